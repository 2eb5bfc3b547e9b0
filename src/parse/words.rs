//! Word and punctuation tokens with byte offsets, the unit every
//! phrase-level step (names, attributions, sources) reads.

/// A word (letters and digits, with inner hyphens, apostrophes and dots as
/// in `пресс-секретарь`, `O'Neill`) or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// The byte offset, as `u32` (clamped) rather than `usize`: a token is
    /// kept per punctuation character, so the narrower field cuts a
    /// paragraph's token buffer from 32 to 24 bytes per token.
    pub offset: u32,
    pub word: bool,
}

impl Token<'_> {
    pub fn start(&self) -> usize {
        self.offset as usize
    }

    pub fn end(&self) -> usize {
        self.start() + self.text.len()
    }

    /// Starts with an uppercase letter.
    pub fn is_capitalised(&self) -> bool {
        self.word && starts_upper(self.text)
    }

    /// Capitalised with at least one lowercase letter: `Лавров`, not `МИД`.
    /// (So at least two letters: no letter is both.)
    pub fn is_name_like(&self) -> bool {
        self.is_capitalised() && has_lower(self.text)
    }
}

/// Tokens of `s`; offsets are relative to `s` plus `base`.
pub fn tokens(s: &str, base: usize) -> Tokens<'_> {
    Tokens { s, pos: 0, base }
}

pub struct Tokens<'a> {
    s: &'a str,
    pos: usize,
    base: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    /// Inlined for its quick way out: ASCII punctuation right where the
    /// last token ended, one byte and no word scan, so that a run of marks
    /// costs a few instructions a mark.
    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        match self.s.as_bytes().get(start) {
            Some(b) if b.is_ascii_punctuation() => {
                self.pos = start + 1;
                Some(Token {
                    text: self.s.get(start..start + 1)?,
                    offset: u32::try_from(start + self.base).unwrap_or(u32::MAX),
                    word: false,
                })
            }
            _ => self.read(),
        }
    }
}

impl<'a> Tokens<'a> {
    /// The next token, after any whitespace.
    fn read(&mut self) -> Option<Token<'a>> {
        let s = self.s;
        let start = skip_space(s, self.pos);
        let lead = *s.as_bytes().get(start)?;
        // ASCII punctuation, a token of one byte, needs no word scan.
        let mut end = if lead.is_ascii() && !lead.is_ascii_alphanumeric() {
            start
        } else {
            word_end(s, start)
        };
        let word = end > start;
        if word {
            loop {
                // Inner joiners: `пресс-секретарь`, `O'Neill`, `U.S`, `O’Neill`.
                let joiner = match s.as_bytes().get(end) {
                    Some(b'-' | b'\'' | b'.') => 1,
                    Some(0xE2) if s.get(end..).is_some_and(|r| r.starts_with('’')) => 3,
                    _ => break,
                };
                let after = word_end(s, end + joiner);
                if after == end + joiner {
                    // `Gov. Gavin Newsom`: a title's abbreviation keeps its
                    // full stop, which ends no sentence.
                    if joiner == 1
                        && s.as_bytes().get(end) == Some(&b'.')
                        && is_title_abbreviation(s.get(start..end))
                    {
                        end += 1;
                    }
                    break;
                }
                end = after;
            }
        } else {
            end += utf8_len(lead);
        }
        self.pos = end;
        Some(Token {
            text: s.get(start..end)?,
            offset: u32::try_from(start + self.base).unwrap_or(u32::MAX),
            word,
        })
    }
}

/// The end of the run of letters and digits from byte `i` of `s` (`i`
/// itself when there is none): one loop, so that a word costs no call per
/// letter.
fn word_end(s: &str, mut i: usize) -> usize {
    while let Some(n) = word_char_len(s, i) {
        i += n;
    }
    i
}

/// `Sen`, `Gov`, `Mr`: titles written abbreviated before a name; `U.S`:
/// initials (their last full stop is theirs as well).
fn is_title_abbreviation(word: Option<&str>) -> bool {
    // Both start with an ASCII capital: other words need no closer look.
    let Some(word) = word.filter(|w| w.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
    else {
        return false;
    };
    let initials = word.contains('.')
        && word
            .split('.')
            .all(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
    initials
        || matches!(
            word,
            "Sen"
                | "Rep"
                | "Gov"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Capt"
                | "Adm"
                | "Dr"
                | "Prof"
                | "Mr"
                | "Mrs"
                | "Ms"
        )
}

/// The byte length of the letter or digit at byte `i` of `s`; `None` for
/// anything else. ASCII and basic Cyrillic are read from the bytes.
fn word_char_len(s: &str, i: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let b0 = *bytes.get(i)?;
    if b0 < 0x80 {
        return b0.is_ascii_alphanumeric().then_some(1);
    }
    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
    // U+0410–U+043F and Ё are D0 90–BF and D0 81; U+0440–U+044F and ё are
    // D1 80–8F and D1 91.
    let cyrillic = match b0 {
        0xD0 => b1 >= 0x90 || b1 == 0x81,
        0xD1 => b1 & 0xF0 == 0x80 || b1 == 0x91,
        _ => false,
    };
    if cyrillic {
        return Some(2);
    }
    // Latin-1 signs and controls (`«`, `»`, no-break space) are C2 80–BF,
    // none of them a word character here (see `is_common_punctuation`).
    if b0 == 0xC2 {
        return None;
    }
    let c = s.get(i..)?.chars().next()?;
    is_word_char(c).then_some(c.len_utf8())
}

/// Whether `chunk` is eight bytes none of which is in `wanted`: a scan for
/// rare bytes skips such chunks whole instead of testing byte by byte.
pub fn skippable(chunk: &[u8], wanted: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let Ok(word) = <[u8; 8]>::try_from(chunk).map(u64::from_le_bytes) else {
        return false;
    };
    // A byte of `x` is zero where `word` holds `b`; the classic test finds
    // whether any is, for all of `wanted` at once.
    let mut zeros = 0;
    for &b in wanted {
        let x = word ^ (ONES * u64::from(b));
        zeros |= x.wrapping_sub(ONES) & !x;
    }
    zeros & HIGHS == 0
}

/// The position of the first byte of `bytes` that is in `wanted`,
/// skipping eight bytes at a time while none is.
pub fn find_any(bytes: &[u8], wanted: &[u8]) -> Option<usize> {
    let clear = bytes
        .chunks_exact(8)
        .take_while(|chunk| skippable(chunk, wanted))
        .count()
        * 8;
    let i = bytes
        .get(clear..)?
        .iter()
        .position(|b| wanted.contains(b))?;
    Some(clear + i)
}

/// The length of the UTF-8 sequence a lead byte starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The first byte at or after `i` that is not whitespace.
fn skip_space(s: &str, mut i: usize) -> usize {
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_whitespace() {
            i += 1;
        } else if b < 0x80 || !matches!(b, 0xC2 | 0xE1..=0xE3) {
            // Beyond ASCII, only sequences led by these bytes encode
            // whitespace (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
            break;
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

// ASCII and basic Cyrillic are answered without Unicode table lookups,
// which dominate the parser's profile otherwise.

fn is_basic_cyrillic(c: char) -> bool {
    matches!(c, '\u{410}'..='\u{44f}' | 'ё' | 'Ё')
}

/// A letter or digit.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_basic_cyrillic(c) {
        true
    } else if is_common_punctuation(c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// `char::is_alphanumeric`, with ASCII and basic Cyrillic answered
/// without its tables.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_basic_cyrillic(c) || c.is_alphanumeric()
    }
}

/// Latin-1 signs (`«`, `»`, `£`) and General Punctuation (dashes, curly
/// quotes): frequent in news text and never letters.
fn is_common_punctuation(c: char) -> bool {
    matches!(c, '\u{a0}'..='\u{bf}' | '\u{2000}'..='\u{206f}')
}

/// Whether `s` starts with an uppercase letter. ASCII and basic Cyrillic
/// are read from the bytes: U+0400–U+042F (uppercase) are D0 80–AF,
/// U+0430–U+045F (lowercase) D0 B0–BF and D1 80–9F.
pub fn starts_upper(s: &str) -> bool {
    match *s.as_bytes() {
        [b, ..] if b.is_ascii() => b.is_ascii_uppercase(),
        [0xD0, b, ..] => b < 0xB0,
        [0xD1, b, ..] if b < 0xA0 => false,
        _ => s.chars().next().is_some_and(is_upper),
    }
}

/// Whether `s` has a lowercase letter, read from the bytes as in
/// `starts_upper`.
fn has_lower(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| match (b, bytes.get(i + 1)) {
            (0..=0x7F, _) => b.is_ascii_lowercase(),
            // Inside a character whose lead byte was read.
            (0x80..=0xBF, _) => false,
            (0xD0, Some(&next)) => next >= 0xB0,
            (0xD1, Some(&next)) if next < 0xA0 => true,
            _ => s
                .get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_lower),
        })
}

/// An uppercase letter.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else if is_basic_cyrillic(c) {
        matches!(c, 'А'..='Я' | 'Ё')
    } else {
        c.is_uppercase()
    }
}

/// A lowercase letter.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else if is_basic_cyrillic(c) {
        matches!(c, 'а'..='я' | 'ё')
    } else {
        c.is_lowercase()
    }
}

/// Sentence-ending punctuation.
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Hyphen, en dash, em dash and their kin all serve as dashes in news text.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―' | '−')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_and_punctuation() {
        let t: Vec<&str> = tokens("пресс-секретарь O'Neill, - сказал U.S. «да»", 0)
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            [
                "пресс-секретарь",
                "O'Neill",
                ",",
                "-",
                "сказал",
                "U.S.",
                "«",
                "да",
                "»"
            ]
        );
    }

    #[test]
    fn title_abbreviations_keep_their_full_stop() {
        let t: Vec<&str> = tokens("said U.S. Secretary", 0).map(|t| t.text).collect();
        assert_eq!(t, ["said", "U.S.", "Secretary"]);
        let t: Vec<&str> = tokens("Mr. Okafor, Ms. Lopez", 0).map(|t| t.text).collect();
        assert_eq!(t, ["Mr.", "Okafor", ",", "Ms.", "Lopez"]);
        let t: Vec<&str> = tokens("Gov. Gavin Newsom, Sen. Ray. Gov-", 0)
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            ["Gov.", "Gavin", "Newsom", ",", "Sen.", "Ray", ".", "Gov", "-"]
        );
    }

    #[test]
    fn skips_only_chunks_without_the_wanted_bytes() {
        assert!(skippable(b"abcdefgh", b"\"-"));
        assert!(!skippable(b"abc\"defg", b"\"-"));
        assert!(!skippable(b"abcdefg-", b"\"-"));
        assert!(!skippable(b"abc", b"\"-"));
        assert!(!skippable("аб«вг".as_bytes(), &[0xC2]));
        assert!(skippable("абвг".as_bytes(), &[0xC2, 0xE2]));
    }

    #[test]
    fn byte_case_tests_agree_with_the_char_ones() {
        let chars = (0..0x600).chain(0x1E00..0x2100).filter_map(char::from_u32);
        for c in chars {
            for s in [
                c.to_string(),
                format!("{c}Я"),
                format!("Я{c}"),
                format!("{c}ж"),
            ] {
                let first = s.chars().next().is_some_and(is_upper);
                assert_eq!(starts_upper(&s), first, "{s:?}");
                assert_eq!(has_lower(&s), s.chars().any(is_lower), "{s:?}");
            }
        }
        assert!(!starts_upper("") && !has_lower(""));
    }

    #[test]
    fn offsets_are_byte_positions() {
        let s = "  Мэр сказал";
        for t in tokens(s, 0) {
            assert_eq!(&s[t.start()..t.end()], t.text);
        }
    }
}
