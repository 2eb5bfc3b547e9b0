//! "Read also" lines: `Читайте также: …`, `READ MORE: … (https://…)`.
//! Only http and https URLs are kept; anything else that looks like a link
//! is dropped from the title without becoming a URL.

use crate::model::RelatedLink;

use super::words::is_dash;
use super::wordset::ByteSet;

/// Prefixes (compared case-insensitively) that mark a related-link line.
const PREFIXES: &[&str] = &[
    "читайте также",
    "читайте еще",
    "читайте ещё",
    "смотрите также",
    "см. также",
    "по теме",
    "ранее",
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "related coverage",
    "read next",
    "more on this",
    "more on this story",
    "related stories",
    "related story",
];

/// The bytes the prefixes start with: a line whose first letter starts
/// with another byte is rejected at once.
const LEADS: ByteSet = ByteSet::first_bytes(PREFIXES);

/// Longest prefix before the colon worth comparing.
const MAX_PREFIX_BYTES: usize = 64;

/// Reads `line` as a related-link line.
pub fn parse_related(line: &str) -> Option<RelatedLink<'_>> {
    // Its end is trimmed with the rest after the colon.
    let line = line.trim_start();
    // A byte scan: `:` is ASCII, so never part of another character.
    let colon = line
        .bytes()
        .take(MAX_PREFIX_BYTES + 1)
        .position(|b| b == b':')?;
    if !is_prefix(line.get(..colon)?) {
        return None;
    }
    item(&line[colon + 1..])
}

/// A line that is only a prefix (`Читайте также:`, `More on this story`):
/// the heading of items on the lines after it.
pub fn is_heading(line: &str) -> bool {
    // Headings are short; a body line is rejected on its length alone.
    let line = line.trim();
    line.len() <= MAX_PREFIX_BYTES && is_prefix(line.strip_suffix(':').unwrap_or(line))
}

/// `prefix` comes trimmed at the start.
fn is_prefix(prefix: &str) -> bool {
    let prefix = prefix.trim_end();
    let mut folded = prefix.chars().map(super::case::lower);
    // Lowered once and told by its lead byte: most lines differ from every
    // prefix in their first letter.
    let Some(first) = folded.next() else {
        return false;
    };
    let mut lead = [0; 4];
    first.encode_utf8(&mut lead);
    let [b, ..] = lead;
    LEADS.has(b)
        && PREFIXES.iter().any(|p| {
            let mut rest = p.chars();
            // Lowering never lengthens a character's UTF-8.
            p.len() <= prefix.len()
                && p.as_bytes().first() == lead.first()
                && rest.next() == Some(first)
                && folded.clone().eq(rest)
        })
}

/// One item: a title with an optional URL, or a URL alone.
pub fn item(rest: &str) -> Option<RelatedLink<'_>> {
    let (title, url) = split_url(rest.trim());
    let title = if title.is_empty() { url? } else { title };
    Some(RelatedLink {
        title: title.into(),
        url: url.map(Into::into),
    })
}

/// Splits a trailing `(url)` or bare URL off `rest`.
fn split_url(rest: &str) -> (&str, Option<&str>) {
    if let Some(inner) = rest.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let candidate = inner[open + 1..].trim();
            if looks_like_link(candidate) {
                return (inner[..open].trim_end(), web_url(candidate));
            }
        }
    }
    let last_start = rest
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let candidate = &rest[last_start..];
    if looks_like_link(candidate) {
        return (without_separator(&rest[..last_start]), web_url(candidate));
    }
    (rest, None)
}

/// A title without the dash, colon or bar that set a bare URL off from it
/// (`Bike sharing expands - https://…`).
fn without_separator(title: &str) -> &str {
    let t = title.trim_end();
    let t = t
        .strip_suffix(|c: char| is_dash(c) || matches!(c, ':' | '|'))
        .unwrap_or(t);
    t.trim_end()
}

fn looks_like_link(s: &str) -> bool {
    // Case folding maps no other character to `:` or `/`, so `://` is
    // found as written; the schemes are compared folded.
    let starts = |p: &&str| {
        s.chars()
            .map(super::case::lower)
            .take(p.chars().count())
            .eq(p.chars())
    };
    !s.contains(char::is_whitespace)
        && (s.contains("://")
            || ["www.", "javascript:", "data:", "mailto:"]
                .iter()
                .any(starts))
}

/// `s` when it is an absolute http(s) URL with a host.
pub fn web_url(s: &str) -> Option<&str> {
    let scheme = |name: &str| {
        s.get(..name.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(name))
    };
    let host = if scheme("https://") {
        &s[8..]
    } else if scheme("http://") {
        &s[7..]
    } else {
        return None;
    };
    let host_ok = host
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '[');
    (host_ok
        && !s.contains(|c: char| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`')
        }))
    .then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item<'a>(title: &'a str, url: Option<&'a str>) -> Option<RelatedLink<'a>> {
        Some(RelatedLink {
            title: title.into(),
            url: url.map(Into::into),
        })
    }

    #[test]
    fn prefixes_in_any_case() {
        assert_eq!(
            parse_related("ЧИТАЙТЕ ТАКЖЕ: Лавров - де Мистуре"),
            item("Лавров - де Мистуре", None)
        );
        assert_eq!(parse_related("read more: Rail"), item("Rail", None));
        assert_eq!(
            parse_related("Ранее: Мост открыли"),
            item("Мост открыли", None)
        );
        assert_eq!(parse_related("Ранее сообщалось: мост открыли"), None);
        assert_eq!(
            parse_related("See Also: X https://a.org/x"),
            item("X", Some("https://a.org/x"))
        );
        assert_eq!(
            parse_related("Related: X (HTTP://a.org/x)"),
            item("X", Some("HTTP://a.org/x"))
        );
        assert_eq!(parse_related("Also read: X"), item("X", None));
        assert_eq!(parse_related("Read also: X"), item("X", None));
        assert_eq!(
            parse_related("Read also: Bikes - https://a.org/b"),
            item("Bikes", Some("https://a.org/b"))
        );
        assert_eq!(
            parse_related("По теме: Мост — открыт: https://a.org/m"),
            item("Мост — открыт", Some("https://a.org/m"))
        );
    }

    #[test]
    fn headings_alone() {
        assert!(is_heading("Читайте также:"));
        assert!(is_heading("More on this story"));
        assert!(!is_heading("Читайте также: Мост"));
        assert!(!is_heading("The minister said:"));
        assert_eq!(
            super::item(" Мост (https://a.org/m)"),
            item("Мост", Some("https://a.org/m"))
        );
    }

    #[test]
    fn drops_other_schemes() {
        assert_eq!(
            parse_related("Related: X (javascript:alert(1))"),
            item("X (javascript:alert(1))", None)
        );
        assert_eq!(
            parse_related("Related: X (javascript:alert)"),
            item("X", None)
        );
        assert_eq!(parse_related("Related: X (ftp://a.org)"), item("X", None));
        assert_eq!(parse_related("Related: X (https://)"), item("X", None));
    }

    #[test]
    fn ignores_prose() {
        assert_eq!(parse_related("Related issues: none"), None);
        assert_eq!(parse_related("The minister said: related"), None);
        assert_eq!(parse_related("Read more:"), None);
    }
}
