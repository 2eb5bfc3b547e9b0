//! Text → `Article`. Never fails and never touches the DOM: any `&str` gives
//! the most faithful article it can. Every step is linear in the input, so
//! hostile text costs what ordinary text of its length costs.
//!
//! Pipeline: `lines` normalises, `layout` finds the title, timestamp,
//! related lines and paragraphs, `quotes` finds direct speech (with
//! `marks` and `attribution`), `reading` resolves speakers and
//! sources in reading order, `inlines` builds the paragraphs.

mod attribution;
mod case;
mod dateline;
mod inlines;
mod joining;
mod lang;
mod layout;
mod lexicon;
mod lines;
mod marks;
mod names;
mod quotes;
mod reading;
mod related;
mod sources;
mod speakers;
mod timestamp;
mod words;
mod wordset;

pub use inlines::{push_number, text_of};
pub use joining::join as join_parts;

use crate::model::{Article, RelatedLink};

/// Parser options. `Default` is what a Russian or English news site needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// Read numeric dates as month/day (`05/03/2016` = May 3) instead of the
    /// default day/month.
    pub month_first: bool,
}

/// Parses article text into the model, whose strings borrow from `text`
/// ([`Article::into_owned`] to keep it longer).
pub fn parse<'a>(text: &'a str, options: &ParseOptions) -> Article<'a> {
    // The steps read the normal form; what goes into the model is made
    // from `text` by `normal.cow`.
    let normal = lines::Normal::new(text);
    let layout = layout::split(&normal.text, options.month_first);
    let paragraphs = &layout.paragraphs;
    // A byline may come first (`By Jane Doe`).
    let dateline = paragraphs
        .iter()
        .take(2)
        .find_map(|p| dateline::find_dateline(p));
    // One pass, paragraph by paragraph, so each is read while it is in
    // cache: quotes, then the reading, then the inlines. The reading waits
    // while a quote runs on, as its attribution may come in a later
    // paragraph and the speaker is resolved where the reading meets it.
    let mut finder = quotes::Finder::default();
    let mut reader = reading::Reader::new(dateline.as_ref());
    // The waiting paragraphs and their pieces, which stay in one buffer
    // (`pieces[range]` for each) rather than a vector per paragraph.
    let mut waiting: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    let mut pieces = Vec::new();
    let mut parts_seen = Vec::new();
    let mut body = Vec::with_capacity(paragraphs.len());
    for (n, p) in paragraphs.iter().enumerate() {
        let from = pieces.len();
        finder.paragraph(n, p, paragraphs.get(n + 1).copied(), &mut pieces, &normal);
        parts_seen.resize(finder.quotes.len(), 0);
        let own = pieces.get(from..).unwrap_or_default();
        body.push(inlines::paragraph(p, own, &mut parts_seen, &normal));
        waiting.push((p, from..pieces.len()));
        if !finder.carrying() {
            read(&mut reader, &mut waiting, &mut pieces, &finder.quotes);
        }
    }
    read(&mut reader, &mut waiting, &mut pieces, &finder.quotes);
    let lang = lang::detect(std::iter::once(layout.title).chain(paragraphs.iter().copied()));
    let reading = reader.finish(finder.quotes);
    let mut related = Vec::with_capacity(layout.related.len());
    for link in layout.related {
        related.push(RelatedLink {
            title: normal.rebase(link.title),
            url: link.url.map(|url| normal.rebase(url)),
        });
    }
    Article {
        title: normal.cow(layout.title),
        lang: lang.to_string(),
        published: layout.published,
        dateline,
        body,
        quotes: reading.quotes,
        related,
        sources: reading.sources,
    }
}

/// Reads the waiting paragraphs, whose pieces are `pieces`, and empties both.
fn read<'a>(
    reader: &mut reading::Reader<'a>,
    waiting: &mut Vec<(&'a str, std::ops::Range<usize>)>,
    pieces: &mut Vec<quotes::Piece>,
    quotes: &[quotes::Draft<'_>],
) {
    for (p, range) in waiting.drain(..) {
        reader.paragraph(p, pieces.get(range).unwrap_or_default(), quotes);
    }
    pieces.clear();
}

/// The normalised text of every body paragraph, as `parse` splits it:
/// what `text_of` must give back for each paragraph.
pub fn paragraph_texts(text: &str, options: &ParseOptions) -> Vec<String> {
    layout::split(&lines::Normal::new(text).text, options.month_first)
        .paragraphs
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::model::Inline;

    #[test]
    fn the_article_borrows_from_the_text() {
        for text in [
            "Title\n\n«Да», - сказал Лавров. Ещё  ",
            "\u{feff}Title \r\n\r\n«Да», - сказал Лавров.\t\r\nЕщё\r\n",
        ] {
            let a = parse(text, &ParseOptions::default());
            let borrowed = |s: &Cow<str>| match s {
                Cow::Borrowed(s) => text.as_bytes().as_ptr_range().contains(&s.as_ptr()),
                Cow::Owned(_) => false,
            };
            assert!(borrowed(&a.title), "{text:?}");
            let quote = &a.quotes[0];
            assert!(borrowed(&quote.text) && quote.parts.iter().all(borrowed));
            assert!(quote.speaker.as_ref().is_some_and(borrowed));
            assert!(quote.verb.as_ref().is_some_and(borrowed));
            for inline in &a.body[0].inlines {
                match inline {
                    Inline::Text { text } | Inline::Attribution { text, .. } => {
                        assert!(borrowed(text), "{text:?}");
                    }
                    Inline::Quote {
                        open, text, close, ..
                    } => assert!([open, text, close].into_iter().all(borrowed)),
                    Inline::SoftBreak => {}
                }
            }
        }
    }
}
