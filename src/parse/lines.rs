//! Line-level normalisation: the parser works on one canonical form so that
//! every later step can split on `\n` alone.

use std::borrow::Cow;

use super::words::find_any;

/// Drops a leading BOM, turns CRLF and lone CR into LF and trims trailing
/// whitespace from every line. Leading whitespace is kept: it is the
/// writer's text. Text already in that form is borrowed, not copied: a
/// long article is not written out a second time.
pub fn normalise(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\r') && split(text).all(|l| l.len() == l.trim_end().len()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        match rest.bytes().position(|b| b == b'\r' || b == b'\n') {
            Some(i) => {
                out.push_str(rest[..i].trim_end());
                out.push('\n');
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
            }
            None => {
                out.push_str(rest.trim_end());
                return Cow::Owned(out);
            }
        }
    }
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

/// A line that separates paragraphs.
pub fn is_blank(line: &str) -> bool {
    // Stops at the first other character; `trim` would also scan the end.
    line.chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_line_endings_and_trims_trailing_space() {
        assert_eq!(normalise("\u{feff}a \r\nb\t\rc  \n\nd  "), "a\nb\nc\n\nd");
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
