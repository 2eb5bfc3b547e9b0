//! The article's structural lines and paragraphs: the title (first
//! non-empty line), the timestamp (one of the next two, when it reads as
//! a date-time), related-link lines anywhere, and blank-line separated
//! paragraphs of everything else.

use crate::model::{Published, RelatedLink};

use super::lines::is_blank;
use super::related::{self, parse_related};
use super::timestamp::parse_timestamp;

#[derive(Debug, Default)]
pub struct Layout<'a> {
    pub title: &'a str,
    pub published: Option<Published>,
    pub related: Vec<RelatedLink<'a>>,
    /// Paragraph texts, lines joined with `\n`: slices of the text, as a
    /// paragraph is a run of consecutive lines.
    pub paragraphs: Vec<&'a str>,
}

/// Non-blank lines after the title that may be its timestamp.
const TIMESTAMP_LINES: usize = 2;

/// Splits normalised text (LF only, no trailing spaces).
pub fn split(text: &str, month_first: bool) -> Layout<'_> {
    let mut layout = Layout::default();
    let mut lines = super::lines::split(text);
    if let Some(title) = lines.by_ref().find(|l| !is_blank(l)) {
        layout.title = title.trim();
    }
    // The timestamp is one of the first lines after the title: a byline
    // or a standfirst may come before it (`By Jane Doe`).
    let mut stamp_lines = TIMESTAMP_LINES;
    // The byte range of the paragraph being read.
    let mut current: Option<(usize, usize)> = None;
    // Under a heading line alone, each line up to a blank one is an item.
    let mut listing = false;
    for line in lines {
        if stamp_lines > 0 && !is_blank(line) {
            stamp_lines -= 1;
            if let Some(published) = parse_timestamp(line, month_first) {
                layout.published = Some(published);
                stamp_lines = 0;
                close(text, &mut current, &mut layout.paragraphs);
                continue;
            }
        }
        if is_blank(line) {
            close(text, &mut current, &mut layout.paragraphs);
            listing = false;
        } else if listing {
            layout.related.extend(related::item(line));
        } else if let Some(item) = parse_related(line) {
            close(text, &mut current, &mut layout.paragraphs);
            layout.related.push(item);
        } else if related::is_heading(line) {
            close(text, &mut current, &mut layout.paragraphs);
            listing = true;
        } else {
            // Lines are slices of `text`, so the offset is pointer arithmetic.
            let start = line.as_ptr() as usize - text.as_ptr() as usize;
            let end = start + line.len();
            match current.as_mut() {
                Some((_, to)) => *to = end,
                None => current = Some((start, end)),
            }
        }
    }
    close(text, &mut current, &mut layout.paragraphs);
    layout
}

/// Ends the paragraph `current` of `text`, if one is open.
fn close<'a>(text: &'a str, current: &mut Option<(usize, usize)>, paragraphs: &mut Vec<&'a str>) {
    if let Some(p) = current.take().and_then(|(from, to)| text.get(from..to)) {
        paragraphs.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure() {
        let l = split(
            "\n\nTitle\n12.09.2024, 09:30\nOne\ntwo\n\n\nRelated: X\nThree",
            false,
        );
        assert_eq!(l.title, "Title");
        assert_eq!(
            l.published.map(|p| p.local),
            Some("2024-09-12T09:30".into())
        );
        assert_eq!(l.paragraphs, ["One\ntwo", "Three"]);
        assert_eq!(l.related.len(), 1);
    }

    #[test]
    fn a_related_heading_lists_the_lines_after_it() {
        let l = split(
            "Title\n\nBody\n\nRead also:\nOne\nTwo https://a.org/2\n\nEnd",
            false,
        );
        assert_eq!(l.paragraphs, ["Body", "End"]);
        let items: Vec<_> = l
            .related
            .iter()
            .map(|r| (r.title.as_ref(), r.url.as_deref()))
            .collect();
        assert_eq!(items, [("One", None), ("Two", Some("https://a.org/2"))]);
    }

    #[test]
    fn a_byline_may_come_before_the_timestamp() {
        let l = split("Title\nBy Jane Doe\n12.09.2024, 09:30\nBody", false);
        assert_eq!(
            l.published.map(|p| p.local),
            Some("2024-09-12T09:30".into())
        );
        assert_eq!(l.paragraphs, ["By Jane Doe", "Body"]);
        let l = split("Title\nBody\nMore\n12.09.2024, 09:30", false);
        assert_eq!(l.published, None);
    }

    #[test]
    fn a_second_line_that_is_not_a_timestamp_is_body() {
        let l = split("Title\n31.02.2024, 09:30\n\nBody", false);
        assert_eq!(l.published, None);
        assert_eq!(l.paragraphs, ["31.02.2024, 09:30", "Body"]);
    }
}
