//! The article as schema.org `NewsArticle` JSON-LD, for search engines
//! reading a server-rendered page.
//!
//! Written by hand rather than with serde_json: this also runs in the wasm
//! build, where every dependency counts against the size budget. The JSON
//! goes inside a `<script>` element, where the HTML parser only looks for
//! `</script` and `<!--`: escaping every `<` (and `>`, `&`) as `\u003c`…
//! means no text can end the element or change how it is parsed, and
//! U+2028/U+2029 are escaped for consumers that evaluate the JSON as JS.

use super::markup::{content_lang, published_datetime};
use super::RenderOptions;
use crate::model::Article;

/// The `<script type="application/ld+json">` element for `article`.
pub fn script(article: &Article, opts: &RenderOptions) -> String {
    let json = news_article(article, opts);
    let mut out = String::with_capacity(json.len() + 48);
    out.push_str("<script type=\"application/ld+json\">");
    out.push_str(&json);
    out.push_str("</script>");
    out
}

/// The `NewsArticle` object as JSON text: headline, language, publication
/// time (with the source offset the markup uses), dateline and the credited
/// sources as `sourceOrganization`.
pub fn news_article(article: &Article, opts: &RenderOptions) -> String {
    let mut out = String::with_capacity(256 + article.title.len());
    out.push_str(r#"{"@context":"https://schema.org","@type":"NewsArticle""#);
    member(&mut out, "headline", &article.title);
    if let Some(lang) = content_lang(article) {
        member(&mut out, "inLanguage", lang);
    }
    if let Some(published) = &article.published {
        member(
            &mut out,
            "datePublished",
            &published_datetime(published, opts),
        );
    }
    let place = article.dateline.as_ref().and_then(|d| d.place.as_deref());
    if let Some(place) = place.map(str::trim).filter(|p| !p.is_empty()) {
        member(&mut out, "dateline", place);
    }
    if !article.sources.is_empty() {
        out.push_str(r#","sourceOrganization":["#);
        for (i, source) in article.sources.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(r#"{"@type":"Organization","name":"#);
            string(&mut out, source);
            out.push('}');
        }
        out.push(']');
    }
    out.push('}');
    out
}

/// `,"key":"value"` (keys are constants, written as they are).
fn member(out: &mut String, key: &str, value: &str) {
    out.push_str(",\"");
    out.push_str(key);
    out.push_str("\":");
    string(out, value);
}

/// A JSON string literal that is also inert inside an HTML `<script>`.
fn string(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if u32::from(c) < 0x20 => {
                let b = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[b >> 4]));
                out.push(char::from(HEX[b & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::{Dateline, Published};
    use serde_json::{json, Value};

    fn article(title: &str, sources: &[&str]) -> Article {
        Article {
            title: title.into(),
            lang: "ru".into(),
            published: Some(Published {
                text: "15:51 03/05/2016".into(),
                local: "2016-05-03T15:51".into(),
                offset: Some("+03:00".into()),
            }),
            dateline: Some(Dateline {
                place: Some("МОСКВА".into()),
                agency: Some("РИА Новости".into()),
            }),
            sources: sources.iter().map(|s| s.to_string()).collect(),
            ..Article::default()
        }
    }

    fn parsed(article: &Article, opts: &RenderOptions) -> Value {
        let json = news_article(article, opts);
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("invalid JSON ({e}): {json}"))
    }

    #[test]
    fn writes_a_news_article() {
        let a = article("Лавров: перемирие", &["РИА Новости", "ТАСС"]);
        assert_eq!(
            parsed(&a, &RenderOptions::default()),
            json!({
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Лавров: перемирие",
                "inLanguage": "ru",
                "datePublished": "2016-05-03T15:51:00+03:00",
                "dateline": "МОСКВА",
                "sourceOrganization": [
                    {"@type": "Organization", "name": "РИА Новости"},
                    {"@type": "Organization", "name": "ТАСС"}
                ]
            })
        );
    }

    #[test]
    fn leaves_out_what_the_article_lacks() {
        let a = Article {
            title: "Untitled".into(),
            lang: "und".into(),
            ..Article::default()
        };
        let v = parsed(&a, &RenderOptions::default());
        assert_eq!(
            v,
            json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Untitled"})
        );
    }

    #[test]
    fn date_takes_the_source_offset_when_the_article_has_none() {
        let mut a = article("t", &[]);
        if let Some(p) = a.published.as_mut() {
            p.offset = None;
        }
        let floating = parsed(&a, &RenderOptions::default());
        assert_eq!(floating["datePublished"], "2016-05-03T15:51:00");
        let opts = RenderOptions {
            source_offset: Some("+05:00".into()),
            ..RenderOptions::default()
        };
        assert_eq!(
            parsed(&a, &opts)["datePublished"],
            "2016-05-03T15:51:00+05:00"
        );
    }

    const HOSTILE: &[&str] = &[
        "</script><script>alert(1)</script>",
        "</SCRIPT >",
        "<!--<script>",
        "-->",
        "\"}]}<b>",
        "back\\slash \\u003c",
        "line\u{2028}para\u{2029}end",
        "ctl\u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f}",
        "tab\tnew\nline\rret",
        "&lt;&#x3c; & ampersands",
        "emoji 🦀 and ‘quotes’ «ёлки»",
    ];

    #[test]
    fn hostile_text_round_trips_and_stays_inside_the_script() {
        for &payload in HOSTILE {
            let a = article(payload, &[payload, "ok"]);
            let mut a = a;
            if let Some(d) = a.dateline.as_mut() {
                d.place = Some(payload.into());
            }
            let v = parsed(&a, &RenderOptions::default());
            assert_eq!(v["headline"], payload);
            assert_eq!(v["sourceOrganization"][0]["name"], payload);
            if !payload.trim().is_empty() {
                assert_eq!(v["dateline"], payload.trim());
            }

            let element = script(&a, &RenderOptions::default());
            let body = element
                .strip_prefix(r#"<script type="application/ld+json">"#)
                .and_then(|rest| rest.strip_suffix("</script>"))
                .unwrap_or_else(|| panic!("not one script element: {element}"));
            for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
                assert!(!body.contains(forbidden), "{forbidden:?} in {body}");
            }
            assert!(body.chars().all(|c| u32::from(c) >= 0x20), "{body:?}");
        }
    }
}
