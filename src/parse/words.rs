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
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Capitalised with at least one lowercase letter: `Лавров`, not `МИД`.
    pub fn is_name_like(&self) -> bool {
        self.is_capitalised() && self.text.chars().any(char::is_lowercase)
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
        let rest = self.s.get(self.pos..)?;
        let skipped = rest.len() - rest.trim_start().len();
        let start = self.pos + skipped;
        let mut chars = self.s.get(start..)?.char_indices();
        let (_, first) = chars.next()?;
        let mut end = start + first.len_utf8();
        if first.is_alphanumeric() {
            let mut joiner: Option<usize> = None;
            for (i, c) in chars {
                if c.is_alphanumeric() {
                    end = start + i + c.len_utf8();
                    joiner = None;
                } else if joiner.is_none() && matches!(c, '-' | '\'' | '’' | '.') {
                    joiner = Some(i);
                } else {
                    break;
                }
            }
        }
        self.pos = end;
        Some(Token {
            text: &self.s[start..end],
            start: start + self.base,
            word: first.is_alphanumeric(),
        })
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
