//! Line-level normalisation: the parser works on one canonical form so that
//! every later step can split on `\n` alone.

use std::borrow::Cow;
use std::cell::Cell;

use super::words::find_any;

/// Text in the parser's normal form: no leading BOM, LF line ends (CRLF
/// and lone CR become LF) and no trailing whitespace on any line. Leading
/// whitespace is kept: it is the writer's text.
pub struct Normal<'a> {
    /// The text without its BOM.
    original: &'a str,
    /// Borrowed when the text is normal already (a long article is not
    /// written out a second time), else a copy in normal form.
    pub text: Cow<'a, str>,
    /// For a copy, where each line starts in it and in `original`.
    lines: Vec<(usize, usize)>,
    /// The line `line_after` found last.
    hint: Cell<usize>,
}

impl<'a> Normal<'a> {
    pub fn new(text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // Space at the very end (a file's last line) is left off by a
        // shorter slice; only space before a line end needs a copy.
        let prefix = text.trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
        let mut normal = Normal {
            original: text,
            text: Cow::Borrowed(prefix),
            lines: Vec::new(),
            hint: Cell::new(0),
        };
        if !text.contains('\r') && split(prefix).all(|l| l.len() == trim_end(l).len()) {
            return normal;
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        loop {
            normal.lines.push((out.len(), text.len() - rest.len()));
            match rest.bytes().position(|b| b == b'\r' || b == b'\n') {
                Some(i) => {
                    out.push_str(trim_end(&rest[..i]));
                    out.push('\n');
                    let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                    rest = &rest[i + skip..];
                }
                None => {
                    out.push_str(rest.trim_end());
                    normal.text = Cow::Owned(out);
                    return normal;
                }
            }
        }
    }

    /// `s`, a slice of the normal form, for the model: borrowed from the
    /// text when it is there as it is, else a copy.
    pub fn cow(&self, s: &str) -> Cow<'a, str> {
        self.find(s)
            .map_or_else(|| Cow::Owned(s.to_owned()), Cow::Borrowed)
    }

    /// Paragraph `p` of the normal form, found in the text once for all
    /// the strings the model takes from it.
    pub fn paragraph<'s>(&'s self, p: &'s str) -> Source<'s, 'a> {
        Source {
            p,
            original: self.find(p),
            normal: self,
        }
    }

    /// `s`, a slice of the normal form, in the text.
    fn find(&self, s: &str) -> Option<&'a str> {
        match &self.text {
            Cow::Borrowed(text) => within(text, s),
            Cow::Owned(_) => self.original(s),
        }
    }

    /// `cow` of a borrowed string; an owned one stays as it is.
    pub fn rebase(&self, s: Cow<'_, str>) -> Cow<'a, str> {
        match s {
            Cow::Borrowed(s) => self.cow(s),
            Cow::Owned(s) => Cow::Owned(s),
        }
    }

    /// The slice of the original text that `s`, a slice of the copy within
    /// one line, was copied from: the same characters, as a line differs
    /// from its copy only after its end.
    fn original(&self, s: &str) -> Option<&'a str> {
        let start = offset(&self.text, s)?;
        let end = start + s.len();
        let line = self.line_after(start);
        let (at, from) = *self.lines.get(line.checked_sub(1)?)?;
        // The next line's start is one past this line's `\n`.
        let line_end = self
            .lines
            .get(line)
            .map_or(self.text.len(), |&(next, _)| next - 1);
        if end > line_end {
            return None;
        }
        self.original.get(from + start - at..from + end - at)
    }

    /// The index of the first line of the copy that starts after `start`.
    /// Paragraphs are looked up in reading order, so the search starts
    /// where the last one ended and looks a few lines ahead before it
    /// halves the rest: short paragraphs between blank lines would pay a
    /// binary search over every line of the text each.
    fn line_after(&self, start: usize) -> usize {
        const NEAR: usize = 8;
        let before = |&(at, _): &(usize, usize)| at <= start;
        let hint = self.hint.get();
        let from = match hint.checked_sub(1).and_then(|h| self.lines.get(h)) {
            Some(line) if !before(line) => 0,
            _ => hint,
        };
        let rest = self.lines.get(from..).unwrap_or_default();
        let near = rest
            .iter()
            .take(NEAR)
            .take_while(|&line| before(line))
            .count();
        let line = from
            + if near < NEAR {
                near
            } else {
                NEAR + rest.get(NEAR..).unwrap_or_default().partition_point(before)
            };
        self.hint.set(line);
        line
    }
}

/// A paragraph of the normal form, to make the model's strings from.
pub struct Source<'s, 'a> {
    p: &'s str,
    /// `p` in the text, when it is there as it is (always, unless the
    /// text needed a copy and `p` has a line end).
    original: Option<&'a str>,
    normal: &'s Normal<'a>,
}

impl<'a> Source<'_, 'a> {
    /// `p[from..to]` for the model. Inlined: it is a slice of the text
    /// for every string of a quote-dense paragraph.
    #[inline]
    pub fn slice(&self, from: usize, to: usize) -> Cow<'a, str> {
        match self.original {
            Some(p) => Cow::Borrowed(p.get(from..to).unwrap_or("")),
            None => self.copied(from, to),
        }
    }

    #[inline(never)]
    fn copied(&self, from: usize, to: usize) -> Cow<'a, str> {
        self.normal.cow(self.p.get(from..to).unwrap_or(""))
    }

    /// `s`, a slice of `p`, for the model.
    pub fn cow(&self, s: &str) -> Cow<'a, str> {
        match offset(self.p, s) {
            Some(from) => self.slice(from, from + s.len()),
            None => self.normal.cow(s),
        }
    }
}

/// Where `s` starts in `text`, when it starts there at all.
fn offset(text: &str, s: &str) -> Option<usize> {
    (s.as_ptr() as usize).checked_sub(text.as_ptr() as usize)
}

/// `s` as a slice of `text`, when it lies in it: the same bytes, since
/// they are the same memory.
fn within<'t>(text: &'t str, s: &str) -> Option<&'t str> {
    let start = offset(text, s)?;
    text.get(start..start.checked_add(s.len())?)
}

/// `text.split('\n')`, with each newline found eight bytes at a time:
/// std's searcher costs over a hundred instructions a line, which short
/// lines (blank, timestamp-like, one-word) pay in full.
pub fn split(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_any(r.as_bytes(), b"\n") {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `s.trim_end()`, with the usual line ends told from the bytes: an
/// ASCII character other than white space, or a two-byte character (none
/// but C2's is white space), needs no decode and no Unicode table.
fn trim_end(s: &str) -> &str {
    match *s.as_bytes() {
        [.., b] if b.is_ascii() && !matches!(b, b' ' | b'\t'..=b'\r') => s,
        [.., 0xC3..=0xDF, _] => s,
        _ => s.trim_end(),
    }
}

/// A line that separates paragraphs.
pub fn is_blank(line: &str) -> bool {
    // Most lines start with a byte that begins no white space (only ASCII
    // space and controls, and C2, E1, E2 and E3 lead bytes, can): told
    // from that byte, without a character decode and a Unicode table.
    match line.as_bytes().first() {
        None => true,
        Some(&b) if !matches!(b, b' ' | b'\t'..=b'\r' | 0xC2 | 0xE1..=0xE3) => false,
        // Stops at the first other character; `trim` would also scan the end.
        Some(_) => line.chars().all(char::is_whitespace),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalise(text: &str) -> Cow<'_, str> {
        Normal::new(text).text
    }

    #[test]
    fn unifies_line_endings_and_trims_trailing_space() {
        assert_eq!(normalise("\u{feff}a \r\nb\t\rc  \n\nd  "), "a\nb\nc\n\nd");
        assert!(matches!(normalise("\u{feff}a\n b"), Cow::Borrowed("a\n b")));
        assert!(matches!(normalise("a\n b \t"), Cow::Borrowed("a\n b")));
        assert!(matches!(normalise("a\n\n"), Cow::Borrowed("a\n\n")));
        assert!(matches!(normalise("a \nb"), Cow::Owned(_)));
        assert_eq!(normalise("a\nb \r"), "a\nb\n");
    }

    #[test]
    fn slices_of_a_line_of_the_copy_come_from_the_original() {
        let text = "\u{feff}Заголовок \r\n\r\n«Да»,  \r\nсказал он.\t";
        let normal = Normal::new(text);
        let copy = normal.text.as_ref();
        assert_eq!(copy, "Заголовок\n\n«Да»,\nсказал он.");
        let original = |from: usize, to: usize| {
            let s = normal.original(&copy[from..to])?;
            // Within `text`, not a copy of its own.
            let at = s.as_ptr() as usize - text.as_ptr() as usize;
            Some((s, at))
        };
        assert_eq!(original(0, 18), Some(("Заголовок", 3)));
        assert_eq!(original(20, 28), Some(("«Да»", 26)));
        assert_eq!(original(30, 42), Some(("сказал", 39)));
        assert_eq!(original(19, 19), Some(("", 24)));
        // Across a line end, or not in the copy at all.
        assert_eq!(original(20, 42), None);
        assert_eq!(original(0, 19), None);
        assert_eq!(normal.original("Заголовок"), None);
    }

    #[test]
    fn splits_as_std_does() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\na",
            "один\n\nдва три четыре\nfive six seven",
        ] {
            assert!(split(text).eq(text.split('\n')), "{text:?}");
        }
    }

    #[test]
    fn keeps_leading_space() {
        assert_eq!(normalise("  a\n  b"), "  a\n  b");
    }
}
