//! Text → `Article`. Never fails and never touches the DOM: any `&str` gives
//! the most faithful article it can.
//!
//! PLACEHOLDER: title + blank-line paragraphs only; the real parser replaces it.

use crate::model::{Article, Inline, Paragraph};

/// Parser options. `Default` is what a Russian or English news site needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// Read numeric dates as month/day (`05/03/2016` = May 3) instead of the
    /// default day/month.
    pub month_first: bool,
}

/// Parses article text into the model.
pub fn parse(text: &str, _options: &ParseOptions) -> Article {
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text.lines();
    let title = lines
        .by_ref()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    let rest: Vec<&str> = lines.collect();
    let body = rest
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty())
        .map(|p| Paragraph {
            inlines: vec![Inline::Text {
                text: p.join("\n"),
            }],
        })
        .collect();
    Article {
        title,
        lang: "und".into(),
        body,
        ..Article::default()
    }
}
