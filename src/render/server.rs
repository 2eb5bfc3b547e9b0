//! Server-side rendering: the widget's markup inside a declarative shadow
//! root of an `<article-widget>` host, followed by its JSON-LD. The page
//! shows the styled article before (or without) JavaScript; `mount` (and the
//! custom element) then reuse that shadow root and replace its children
//! with the same markup, so nothing moves.

use super::html::{escape, render_html};
use super::{jsonld, RenderOptions, Theme, WIDGET_CSS};
use crate::model::Article;

/// What only the server page needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerOptions {
    /// URL of `article-widget.css` for a `<link>` in the shadow root (works
    /// under a strict `style-src 'self'` policy); `None` inlines the styles
    /// in a `<style>` element instead.
    pub stylesheet: Option<String>,
    /// The article text's URL, as the host's `src` attribute, for the
    /// `<article-widget>` element to take over from.
    pub src: Option<String>,
}

/// The `<article-widget>` host with the markup in its declarative shadow
/// root, then the `NewsArticle` JSON-LD `<script>`.
pub fn render_server_html(
    article: &Article,
    opts: &RenderOptions,
    server: &ServerOptions,
) -> String {
    let markup = render_html(article, opts);
    let mut out = String::with_capacity(markup.len() + WIDGET_CSS.len() + 512);
    out.push_str("<article-widget");
    let threshold = opts.collapse_threshold.to_string();
    let attrs = [
        ("src", server.src.as_deref()),
        ("lang", opts.lang.as_deref()),
        (
            "theme",
            (opts.theme != Theme::Auto).then_some(opts.theme.as_str()),
        ),
        (
            "collapse-threshold",
            (opts.collapse_threshold != RenderOptions::default().collapse_threshold)
                .then_some(threshold.as_str()),
        ),
    ];
    for (name, value) in attrs {
        if let Some(value) = value {
            attr(&mut out, name, value);
        }
    }
    out.push_str("><template shadowrootmode=\"open\">");
    match &server.stylesheet {
        Some(href) => {
            out.push_str("<link rel=\"stylesheet\"");
            attr(&mut out, "href", href);
            out.push('>');
        }
        None => {
            out.push_str("<style>");
            out.push_str(WIDGET_CSS);
            out.push_str("</style>");
        }
    }
    out.push_str(&markup);
    out.push_str("</template></article-widget>\n");
    out.push_str(&jsonld::script(article, opts));
    out
}

fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape(value, true, out);
    out.push('"');
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn article() -> Article {
        Article {
            title: "</template></article-widget><script>alert(1)</script>".into(),
            lang: "en".into(),
            sources: vec!["Reuters".into()],
            ..Article::default()
        }
    }

    /// The host, the shadow root's content and the JSON-LD, split apart.
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
    fn wraps_the_widget_markup_in_a_declarative_shadow_root() {
        let a = article();
        let opts = RenderOptions::default();
        let html = render_server_html(&a, &opts, &ServerOptions::default());
        let (host, shadow, jsonld) = parts(&html);
        assert_eq!(host, "<article-widget");
        let css = ["<style>", WIDGET_CSS, "</style>"].concat();
        assert_eq!(shadow, [css, render_html(&a, &opts)].concat());
        assert!(
            !WIDGET_CSS.contains("</"),
            "the stylesheet must not close <style>"
        );
        let body = jsonld
            .strip_prefix(r#"<script type="application/ld+json">"#)
            .and_then(|s| s.strip_suffix("</script>"))
            .unwrap_or_else(|| panic!("JSON-LD script expected: {jsonld}"));
        let value: serde_json::Value =
            serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
        assert_eq!(value["headline"], a.title.as_str());
        assert_eq!(value["sourceOrganization"][0]["name"], "Reuters");
    }

    #[test]
    fn links_the_stylesheet_and_mirrors_options_on_the_host() {
        let opts = RenderOptions {
            lang: Some("ru".into()),
            theme: Theme::Dark,
            collapse_threshold: 80,
            ..RenderOptions::default()
        };
        let server = ServerOptions {
            stylesheet: Some("/static/article-widget.css?v=\"1\"&x".into()),
            src: Some("a\"><script>x</script>.txt".into()),
        };
        let html = render_server_html(&article(), &opts, &server);
        let (host, shadow, _) = parts(&html);
        assert_eq!(
            host,
            "<article-widget src=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;.txt\" lang=\"ru\" \
             theme=\"dark\" collapse-threshold=\"80\""
        );
        assert!(shadow.starts_with(
            "<link rel=\"stylesheet\" href=\"/static/article-widget.css?v=&quot;1&quot;&amp;x\"><article "
        ));
        assert!(!shadow.contains("<style>"));
    }
}
