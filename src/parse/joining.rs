//! A quote's `text` from its parts. The attribution that splits a quote
//! takes the punctuation that closed the speaker's words (`«Аварий нет, —
//! добавил он. — Резерв…»`, `“…cycling,” she said. “But…”`), and news style
//! writes a comma where the speaker's sentence ended. Joined, the parts
//! read as the speaker's own words: a comma or a missing mark before a
//! part that starts a sentence is a full stop, a missing mark before a
//! part that goes on with the sentence is the comma the writer put there,
//! and a statement does not end on a comma.

use std::borrow::Cow;

use super::words::{is_alphanumeric, starts_upper};

/// `join`, borrowing a lone part that joining leaves as written: most
/// quotes have one part.
pub fn join_borrowed<'a>(parts: &[Cow<'a, str>], inline: bool) -> Cow<'a, str> {
    match parts {
        [Cow::Borrowed(part)] if inline || !part.trim().ends_with(',') => {
            Cow::Borrowed(part.trim())
        }
        _ => Cow::Owned(join(parts, inline)),
    }
}

pub fn join<S: AsRef<str>>(parts: &[S], inline: bool) -> String {
    let mut text = String::new();
    let mut parts = parts
        .iter()
        .map(|s| s.as_ref().trim())
        .filter(|s| !s.is_empty());
    let Some(first) = parts.next() else {
        return text;
    };
    text.push_str(first);
    for part in parts {
        let starts_sentence = starts_upper(part);
        match text.chars().next_back() {
            Some(',') if starts_sentence => {
                text.pop();
                text.push('.');
            }
            Some(c) if is_alphanumeric(c) => text.push(if starts_sentence { '.' } else { ',' }),
            _ => {}
        }
        text.push(' ');
        text.push_str(part);
    }
    if !inline && text.ends_with(',') {
        text.pop();
        text.push('.');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(parts: &[&str]) -> String {
        join(parts, false)
    }

    #[test]
    fn parts_read_as_one_statement() {
        assert_eq!(
            joined(&["Аварий нет", "Резерв топлива создан."]),
            "Аварий нет. Резерв топлива создан."
        );
        assert_eq!(
            joined(&["historic day,", "But the work is beginning."]),
            "historic day. But the work is beginning."
        );
        assert_eq!(
            joined(&["a disaster,", "and nobody asked them."]),
            "a disaster, and nobody asked them."
        );
        assert_eq!(joined(&["Я думаю", "что будет"]), "Я думаю, что будет");
        assert_eq!(joined(&["Ясно!", "Да."]), "Ясно! Да.");
        assert_eq!(
            joined(&["Protected lanes save lives,"]),
            "Protected lanes save lives."
        );
    }

    #[test]
    fn fragments_keep_their_comma() {
        assert_eq!(join(&["new normal,".to_string()], true), "new normal,");
        assert_eq!(join::<&str>(&[], false), "");
    }
}
