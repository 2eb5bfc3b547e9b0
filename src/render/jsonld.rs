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
    if let Some(datetime) = article
        .published
        .as_ref()
        .and_then(|published| published_datetime(published, opts))
    {
        member(&mut out, "datePublished", &datetime);
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
pub fn string(out: &mut String, value: &str) {
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
