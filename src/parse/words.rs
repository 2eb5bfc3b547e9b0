//! Word and punctuation tokens with byte offsets, the unit every
//! phrase-level step (names, attributions, sources) reads.

/// A word (letters and digits, with inner hyphens, apostrophes and dots as
/// in `пресс-секретарь`, `O'Neill`) or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub word: bool,
}

impl Token<'_> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Starts with an uppercase letter.
    pub fn is_capitalised(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(is_upper)
    }

    /// Capitalised with at least one lowercase letter: `Лавров`, not `МИД`.
    pub fn is_name_like(&self) -> bool {
        self.is_capitalised() && self.text.chars().any(is_lower)
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

    fn next(&mut self) -> Option<Token<'a>> {
        let start = skip_space(self.s, self.pos);
        let first = self.s.get(start..)?.chars().next()?;
        let mut end = start + first.len_utf8();
        if is_word_char(first) {
            let mut joiner = false;
            while let Some(c) = char_at(self.s, end + usize::from(joiner)) {
                if is_word_char(c) {
                    end += usize::from(joiner) + c.len_utf8();
                    joiner = false;
                } else if !joiner && matches!(c, '-' | '\'' | '.') {
                    joiner = true;
                } else if !joiner && c == '’' {
                    // A three-byte apostrophe joins too; step over it whole.
                    match char_at(self.s, end + c.len_utf8()) {
                        Some(n) if is_word_char(n) => end += c.len_utf8() + n.len_utf8(),
                        _ => break,
                    }
                } else {
                    break;
                }
            }
        }
        self.pos = end;
        Some(Token {
            text: &self.s[start..end],
            start: start + self.base,
            word: is_word_char(first),
        })
    }
}

/// The character at byte `i` of `s`, when `i` is on a boundary.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => s.get(i..)?.chars().next(),
        None => None,
    }
}

/// The first byte at or after `i` that is not whitespace.
fn skip_space(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i) {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
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
    } else {
        is_basic_cyrillic(c) || c.is_alphanumeric()
    }
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
                "U.S",
                ".",
                "«",
                "да",
                "»"
            ]
        );
    }

    #[test]
    fn offsets_are_byte_positions() {
        let s = "  Мэр сказал";
        for t in tokens(s, 0) {
            assert_eq!(&s[t.start..t.end()], t.text);
        }
    }
}
