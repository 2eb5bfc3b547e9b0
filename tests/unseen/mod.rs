//! Helpers shared by the tests of articles written after the parser
//! (tests/fixtures/unseen): read a fixture, check it is rebuilt faithfully,
//! and compare its quotes, timestamp and dateline with a careful reading.

use std::path::Path;

use article_widget::model::{Article, Dateline};
use article_widget::parse::{paragraph_texts, text_of};
use article_widget::{parse, ParseOptions};

/// The fixture `name` parsed with default options, checked to give back
/// every paragraph's text.
pub fn parsed(name: &str) -> Article<'static> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/unseen")
        .join(name);
    let text = std::fs::read_to_string(path).expect("fixture readable");
    let options = ParseOptions::default();
    let article = parse(&text, &options);
    let rebuilt: Vec<String> = article.body.iter().map(text_of).collect();
    assert_eq!(
        rebuilt,
        paragraph_texts(&text, &options),
        "{name}: faithful"
    );
    article.into_owned()
}

/// One quote: its text, speaker as written, resolved speaker, inline.
pub type Want<'a> = (&'a str, Option<&'a str>, Option<&'a str>, bool);

/// Every quote of `a`, in order, is the wanted one.
pub fn assert_quotes(a: &Article, want: &[Want]) {
    let got: Vec<Want> = a
        .quotes
        .iter()
        .map(|q| {
            (
                q.text.as_ref(),
                q.speaker.as_deref(),
                q.speaker_resolved.as_deref(),
                q.inline,
            )
        })
        .collect();
    assert_eq!(got, want);
}

/// The publication time as a local reading.
pub fn published<'a>(a: &'a Article) -> Option<&'a str> {
    a.published.as_ref().map(|p| p.local.as_str())
}

/// The publication time as a local reading and its offset.
pub fn published_at<'a>(a: &'a Article) -> Option<(&'a str, Option<&'a str>)> {
    a.published
        .as_ref()
        .map(|p| (p.local.as_str(), p.offset.as_deref()))
}

/// A dateline of `place` and `agency`.
pub fn dateline(place: &str, agency: &str) -> Option<Dateline> {
    Some(Dateline {
        place: Some(place.into()),
        agency: Some(agency.into()),
    })
}
