//! The one gate every URL passes before it can reach an `href`, in the
//! static HTML and in the DOM alike.

/// A URL that is `http:`, `https:` or relative. The only way to get one is
/// [`SafeUrl::new`], so markup can only ever link to checked URLs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    /// Accepts `http:`/`https:` (any case) and relative URLs; rejects every
    /// other scheme. Leading/trailing spaces and C0 controls are trimmed as a
    /// browser would; any control character left inside is rejected, because
    /// browsers silently drop tabs and newlines (`java\tscript:`).
    pub fn new(url: &str) -> Option<SafeUrl> {
        // Byte by byte: the trimmed characters and the delimiters are ASCII,
        // and no byte of a longer UTF-8 character is (less wasm than `char`
        // patterns, the same cuts).
        let bytes = url.as_bytes();
        let start = bytes.iter().position(|&b| b > b' ').unwrap_or(bytes.len());
        let end = bytes
            .iter()
            .rposition(|&b| b > b' ')
            .map_or(start, |i| i + 1);
        let url = url.get(start..end).unwrap_or("");
        if url.is_empty() || url.chars().any(char::is_control) {
            return None;
        }
        // A scheme is what comes before a `:` that precedes any `/`, `?`
        // or `#`.
        let delimiter = url
            .bytes()
            .position(|b| matches!(b, b':' | b'/' | b'?' | b'#'));
        if let Some(at) = delimiter.filter(|&at| url.as_bytes().get(at) == Some(&b':')) {
            let scheme = url.get(..at).unwrap_or("");
            if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
                return None;
            }
        }
        Some(SafeUrl(url.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Fills every `{title}` of a host's URL template with the title encoded as
/// `encodeURIComponent` would, so a title can never add URL syntax.
pub fn fill_template(template: &str, title: &str) -> String {
    let mut encoded = String::with_capacity(title.len() * 3);
    for byte in title.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            encoded.push('%');
            encoded.push(char::from(HEX[usize::from(byte >> 4)]));
            encoded.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    // `split` by one char, not `replace` by a string: no substring
    // searcher in the wasm module.
    let mut filled = String::with_capacity(template.len() + encoded.len());
    let mut pieces = template.split('{');
    filled.push_str(pieces.next().unwrap_or(""));
    for piece in pieces {
        match piece.strip_prefix("title}") {
            Some(rest) => {
                filled.push_str(&encoded);
                filled.push_str(rest);
            }
            None => {
                filled.push('{');
                filled.push_str(piece);
            }
        }
    }
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_and_relative_urls() {
        for url in [
            "https://example.org/a?b=c#d",
            "HTTP://example.org",
            "  http://x.test  ",
            "/news/1",
            "news/1",
            "?q=1",
            "#top",
            "//cdn.example.org/x",
            "a/b:c",
        ] {
            assert!(SafeUrl::new(url).is_some(), "{url}");
        }
    }

    #[test]
    fn rejects_other_schemes_and_smuggling() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "\u{a0}javascript:alert(1)",
            "mailto:a@b.c",
            "",
            "   ",
        ] {
            assert_eq!(SafeUrl::new(url), None, "{url:?}");
        }
    }

    #[test]
    fn template_encodes_like_encode_uri_component() {
        assert_eq!(
            fill_template("https://s.test/?q={title}&again={title}", "Мир & war/«1»"),
            "https://s.test/?q=%D0%9C%D0%B8%D1%80%20%26%20war%2F%C2%AB1%C2%BB\
             &again=%D0%9C%D0%B8%D1%80%20%26%20war%2F%C2%AB1%C2%BB"
        );
    }
}
