//! The stylesheet as pages get it: `widget.css` without its comments and
//! line breaks, stripped at compile time, so the file stays readable (it is
//! also what the npm package ships as `article-widget.css`) while the
//! `.wasm` and every server-rendered `<style>` carry about 600 bytes less.

const SOURCE: &str = include_str!("widget.css");

/// `source` without `/* … */` comments, and without each line break and
/// the indentation after it (every line of the file ends a declaration, a
/// rule or a selector list, so nothing is joined that must stay apart), in
/// the first bytes of an `N`-byte buffer; also how many bytes that is.
const fn strip<const N: usize>(source: &[u8]) -> ([u8; N], usize) {
    let mut out = [0u8; N];
    let (mut i, mut n) = (0, 0);
    while i < source.len() {
        if source[i] == b'/' && i + 1 < source.len() && source[i + 1] == b'*' {
            i += 2;
            while i + 1 < source.len() && !(source[i] == b'*' && source[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else if source[i] == b'\n' {
            i += 1;
            while i < source.len() && source[i] == b' ' {
                i += 1;
            }
        } else {
            if n < N {
                out[n] = source[i];
            }
            n += 1;
            i += 1;
        }
    }
    (out, n)
}

const LEN: usize = strip::<0>(SOURCE.as_bytes()).1;
const BYTES: [u8; LEN] = strip::<LEN>(SOURCE.as_bytes()).0;

/// The stripped stylesheet.
pub const CSS: &str = match std::str::from_utf8(&BYTES) {
    Ok(css) => css,
    Err(_) => panic!("widget.css: stripping split a UTF-8 character"),
};

#[cfg(test)]
mod tests {
    use super::{CSS, SOURCE};

    #[test]
    fn only_comments_line_breaks_and_indentation_go() {
        assert!(!CSS.contains("/*") && !CSS.contains('\n'));
        let without_comments: String = SOURCE
            .split("/*")
            .enumerate()
            .map(|(i, part)| match i {
                0 => part,
                _ => part.split_once("*/").map_or("", |(_, rest)| rest),
            })
            .collect();
        let joined: String = without_comments.lines().map(str::trim_start).collect();
        assert_eq!(CSS, joined);
        assert!(CSS.len() < SOURCE.len() - 500);
    }
}
