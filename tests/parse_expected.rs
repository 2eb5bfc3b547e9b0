//! Every fact in tests/fixtures/expected.json, checked as issue 3 states:
//! `published` local to the minute; a quote matches when its
//! whitespace-normalised text, quote marks trimmed, starts with `starts`
//! and holds `contains`, and `speaker` is part of `speakerResolved` or
//! `speaker`; related items exactly and no others; each source part of one
//! of `sources`.

// Host only: its dev-dependencies are not built for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use article_widget::model::{Article, Quote};
use article_widget::{parse, ParseOptions};
use serde_json::Value;

const MARKS: &[char] = &['«', '»', '„', '“', '”', '‘', '’', '"', '—', '–', '-', ' '];

fn normalised(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(MARKS)
        .to_string()
}

fn matches(q: &Quote, want: &Value) -> bool {
    let text = normalised(&q.text);
    let starts = want["starts"].as_str().unwrap_or("");
    let contains = want["contains"].as_str().unwrap_or("");
    let speaker_ok = match want["speaker"].as_str() {
        None => true,
        Some(s) => [&q.speaker_resolved, &q.speaker]
            .iter()
            .any(|v| v.as_deref().is_some_and(|v| v.contains(s))),
    };
    text.starts_with(starts) && text.contains(contains) && speaker_ok
}

fn check(name: &str, want: &Value) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read_to_string(dir.join(name)).expect("fixture readable");
    let a: Article = parse(&text, &ParseOptions::default());
    let mut failures = Vec::new();
    let mut fail = |what: String| failures.push(format!("{name}: {what}"));
    if let Some(title) = want["title"].as_str() {
        if a.title != title {
            fail(format!("title {:?}", a.title));
        }
    }
    if let Some(p) = want["published"].as_str() {
        if a.published.as_ref().map(|x| x.local.as_str()) != Some(p) {
            fail(format!("published {:?}", a.published));
        }
    }
    for w in want["quotes"].as_array().into_iter().flatten() {
        if !a.quotes.iter().any(|q| matches(q, w)) {
            let near: Vec<_> = a
                .quotes
                .iter()
                .filter(|q| normalised(&q.text).starts_with(w["starts"].as_str().unwrap_or("")))
                .collect();
            fail(format!("quote {w} not found; candidates {near:#?}"));
        }
    }
    if let Some(rel) = want["related"].as_array() {
        let got: Vec<(String, Option<String>)> = a
            .related
            .iter()
            .map(|r| (r.title.to_string(), r.url.as_deref().map(str::to_string)))
            .collect();
        let exp: Vec<(String, Option<String>)> = rel
            .iter()
            .map(|r| {
                (
                    r["title"].as_str().unwrap_or("").to_string(),
                    r["url"].as_str().map(str::to_string),
                )
            })
            .collect();
        if got != exp {
            fail(format!("related {got:?}"));
        }
    }
    for s in want["sources"].as_array().into_iter().flatten() {
        let s = s.as_str().unwrap_or("");
        if !a.sources.iter().any(|x| x.contains(s)) {
            fail(format!("source {s} not in {:?}", a.sources));
        }
    }
    failures
}

#[test]
fn every_expected_fact_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .expect("valid JSON");
    let files = expected.as_object().expect("an object of files");
    assert!(files.len() >= 4);
    let failures: Vec<String> = files
        .iter()
        .flat_map(|(name, want)| check(name, want))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
