//! Line-level normalisation: the parser works on one canonical form so that
//! every later step can split on `\n` alone.

use std::borrow::Cow;

/// Drops a leading BOM, turns CRLF and lone CR into LF and trims trailing
/// whitespace from every line. Leading whitespace is kept: it is the
/// writer's text. Text already in that form is borrowed, not copied: a
/// long article is not written out a second time.
pub fn normalise(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\r') && text.split('\n').all(|l| l.len() == l.trim_end().len()) {
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
    fn keeps_leading_space() {
        assert_eq!(normalise("  a\n  b"), "  a\n  b");
    }
}
