//! Strings built from pieces. std's `concat` and `join` go through one
//! generic copier of about 1 KB of wasm; pushing the pieces costs a
//! fraction of that.

/// The pieces one after another.
pub fn concat(pieces: &[&str]) -> String {
    join(pieces, "")
}

/// The pieces with `separator` between each two.
pub fn join<S: AsRef<str>>(pieces: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(piece.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_std() {
        assert_eq!(concat(&["a", "", "bc"]), "abc");
        assert_eq!(concat(&[]), "");
        assert_eq!(join(&["Москва", "ТАСС"], ", "), "Москва, ТАСС");
        assert_eq!(join(&[String::from("one")], " … "), "one");
        assert_eq!(join::<&str>(&[], ", "), "");
    }
}
