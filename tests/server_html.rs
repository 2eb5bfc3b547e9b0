//! Server-side rendering: the NewsArticle JSON-LD (parsed back with
//! serde_json, hostile text in every field) and the declarative shadow root
//! wrapped around the widget markup.
#![cfg(not(target_arch = "wasm32"))]

mod render_sample;

use article_widget::model::Article;
use article_widget::render::{
    jsonld, render_html, render_server_html, RenderOptions, ServerOptions, Theme, WIDGET_CSS,
};
use render_sample::{hostile, sample, PAYLOADS};
use serde_json::{json, Value};

fn parsed(article: &Article, opts: &RenderOptions) -> Value {
    let json = jsonld::news_article(article, opts);
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("invalid JSON ({e}): {json}"))
}

/// The JSON inside the one `<script type="application/ld+json">` element.
fn script_body(element: &str) -> &str {
    element
        .strip_prefix(r#"<script type="application/ld+json">"#)
        .and_then(|rest| rest.strip_suffix("</script>"))
        .unwrap_or_else(|| panic!("not one JSON-LD script element: {element}"))
}

#[test]
fn json_ld_describes_the_news_article() {
    assert_eq!(
        parsed(&sample(), &RenderOptions::default()),
        json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Лавров: В Алеппо уже во вторник может наступить перемирие",
            "inLanguage": "ru",
            "datePublished": "2016-05-03T15:51:00+03:00",
            "dateline": "МОСКВА",
            "sourceOrganization": [{"@type": "Organization", "name": "ТАСС"}]
        })
    );
}

#[test]
fn json_ld_leaves_out_what_the_article_lacks() {
    let article = Article {
        title: "Untitled".into(),
        lang: "und".into(),
        ..Article::default()
    };
    assert_eq!(
        parsed(&article, &RenderOptions::default()),
        json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Untitled"})
    );
}

#[test]
fn json_ld_date_takes_the_source_offset_when_the_article_has_none() {
    let mut article = sample();
    if let Some(published) = article.published.as_mut() {
        published.offset = None;
    }
    let floating = parsed(&article, &RenderOptions::default());
    assert_eq!(floating["datePublished"], "2016-05-03T15:51:00");
    let opts = RenderOptions {
        source_offset: Some("+05:00".into()),
        ..RenderOptions::default()
    };
    assert_eq!(
        parsed(&article, &opts)["datePublished"],
        "2016-05-03T15:51:00+05:00"
    );
}

#[test]
fn json_ld_leaves_out_a_time_not_in_the_model_shape() {
    let mut article = sample();
    if let Some(published) = article.published.as_mut() {
        published.local = "yesterday".into();
    }
    let json = parsed(&article, &RenderOptions::default());
    assert!(json.get("datePublished").is_none(), "{json}");
    assert_eq!(json["headline"], article.title.as_ref());
}

/// What could end a `<script>` element, start a comment, or break JSON or JS.
const SCRIPT_BREAKERS: &[&str] = &[
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!--<script>",
    "-->",
    "\"}]}<b>",
    "back\\slash \\u003c",
    "line\u{2028}para\u{2029}end",
    "ctl\u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f}",
    "tab\tnew\nline\rret",
    "emoji 🦀 and ‘quotes’ «ёлки»",
];

#[test]
fn json_ld_keeps_hostile_text_as_data_inside_the_script() {
    for &payload in PAYLOADS.iter().chain(SCRIPT_BREAKERS) {
        let article = hostile(payload);
        let value = parsed(&article, &RenderOptions::default());
        assert_eq!(value["headline"], payload);
        assert_eq!(value["dateline"], payload.trim());
        assert_eq!(value["sourceOrganization"][1]["name"], payload);

        let element = jsonld::script(&article, &RenderOptions::default());
        let body = script_body(&element);
        for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(!body.contains(forbidden), "{forbidden:?} in {body}");
        }
        assert!(body.chars().all(|c| u32::from(c) >= 0x20), "{body:?}");
    }
}

/// The host's start tag, the shadow root's content and the rest, split apart.
fn parts(html: &str) -> (&str, &str, &str) {
    let (host, rest) = html
        .split_once("><template shadowrootmode=\"open\">")
        .unwrap_or_else(|| panic!("no declarative shadow root: {html}"));
    let (shadow, rest) = rest
        .split_once("</template></article-widget>\n")
        .unwrap_or_else(|| panic!("template not closed once: {html}"));
    (host, shadow, rest)
}

#[test]
fn server_html_puts_the_widget_markup_in_a_declarative_shadow_root() {
    for &payload in PAYLOADS {
        let article = hostile(payload);
        let opts = RenderOptions::default();
        let html = render_server_html(&article, &opts, &ServerOptions::default());
        let (host, shadow, rest) = parts(&html);
        assert_eq!(host, "<article-widget");
        let css = ["<style>", WIDGET_CSS, "</style>"].concat();
        assert_eq!(shadow, [css, render_html(&article, &opts)].concat());
        assert_eq!(rest, jsonld::script(&article, &opts));
    }
    assert!(
        !WIDGET_CSS.contains("</"),
        "the stylesheet must not close <style>"
    );
}

#[test]
fn server_html_links_the_stylesheet_and_mirrors_options_on_the_host() {
    let opts = RenderOptions {
        lang: Some("en".into()),
        theme: Theme::Dark,
        collapse_threshold: 80,
        ..RenderOptions::default()
    };
    let server = ServerOptions {
        stylesheet: Some("/static/article-widget.css?v=\"1\"&x".into()),
        src: Some("a\"><script>x</script>.txt".into()),
    };
    let html = render_server_html(&sample(), &opts, &server);
    let (host, shadow, _) = parts(&html);
    assert_eq!(
        host,
        "<article-widget src=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;.txt\" lang=\"en\" \
         theme=\"dark\" collapse-threshold=\"80\""
    );
    assert!(shadow.starts_with(
        "<link rel=\"stylesheet\" href=\"/static/article-widget.css?v=&quot;1&quot;&amp;x\"><article "
    ));
    assert!(!shadow.contains("<style>"));
}
