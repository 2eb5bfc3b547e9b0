//! A paragraph's inline content from its quote pieces: the text between
//! pieces stays `Text` (newlines become `SoftBreak`), so concatenating the
//! inlines gives back the paragraph exactly.

use crate::model::{Inline, Paragraph, QuoteId};

use super::lines::{Normal, Source};
use super::quotes::Piece;

/// The `id` of the n-th quote (0-based): `quote-1`, `quote-2`, …
pub fn quote_id(n: usize) -> QuoteId<'static> {
    QuoteId::numbered(n + 1)
}

/// Appends `n` in decimal; no `core::fmt` in the wasm module's parser.
/// Higher digits first, by recursion: each digit is one `push` (only
/// the renderer writes numbers; the parser keeps quote ids as numbers).
pub fn push_number(s: &mut String, n: usize) {
    if n >= 10 {
        push_number(s, n / 10);
    }
    s.push(char::from(b'0' + (n % 10) as u8));
}

/// Builds the paragraph `p` of `normal`'s text; `parts_seen` counts each
/// quote's parts so far.
pub fn paragraph<'a>(
    p: &str,
    pieces: &[Piece],
    parts_seen: &mut [usize],
    normal: &Normal<'a>,
) -> Paragraph<'a> {
    let source = normal.paragraph(p);
    let slice = |from: usize, to: usize| source.slice(from, to);
    // Text around each piece, and the pieces: sized for a paragraph
    // without soft breaks, so a one-line paragraph's vector is not four
    // inlines long.
    let mut inlines = Vec::with_capacity(2 * pieces.len() + 1);
    let mut pos = 0;
    for piece in pieces {
        if piece.start() < pos {
            continue;
        }
        push_text(
            &mut inlines,
            p.get(pos..piece.start()).unwrap_or(""),
            &source,
        );
        match *piece {
            Piece::Part {
                quote,
                start,
                open_end,
                close_start,
                end,
            } => {
                let part = parts_seen.get(quote).copied().unwrap_or(0);
                if let Some(n) = parts_seen.get_mut(quote) {
                    *n += 1;
                }
                inlines.push(Inline::Quote {
                    quote_id: quote_id(quote),
                    part,
                    open: slice(start, open_end),
                    text: slice(open_end, close_start),
                    close: slice(close_start, end),
                });
            }
            Piece::Attribution { quote, start, end } => inlines.push(Inline::Attribution {
                quote_id: quote_id(quote),
                text: slice(start, end),
            }),
        }
        pos = piece.end();
    }
    push_text(&mut inlines, p.get(pos..).unwrap_or(""), &source);
    Paragraph { inlines }
}

/// Appends `text`, a slice of `source`'s paragraph.
fn push_text<'a>(inlines: &mut Vec<Inline<'a>>, text: &str, source: &Source<'_, 'a>) {
    for (i, line) in super::lines::split(text).enumerate() {
        if i > 0 {
            inlines.push(Inline::SoftBreak);
        }
        if !line.is_empty() {
            inlines.push(Inline::Text {
                text: source.cow(line),
            });
        }
    }
}

/// The paragraph's text rebuilt from its inlines (the faithfulness
/// invariant, also used by tests).
pub fn text_of(paragraph: &Paragraph) -> String {
    let mut s = String::new();
    for inline in &paragraph.inlines {
        match inline {
            Inline::Text { text } | Inline::Attribution { text, .. } => s.push_str(text),
            Inline::SoftBreak => s.push('\n'),
            Inline::Quote {
                open, text, close, ..
            } => {
                s.push_str(open);
                s.push_str(text);
                s.push_str(close);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 100, 12_345, 1_000_000, usize::MAX] {
            let mut s = String::from("x");
            push_number(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
        assert_eq!(quote_id(0), "quote-1");
        assert_eq!(quote_id(41), "quote-42");
        assert_eq!(quote_id(41).to_string(), "quote-42");
    }
}
