//! Server-side rendering: the widget's markup inside a declarative shadow
//! root of an `<article-widget>` host, followed by its JSON-LD. The page
//! shows the styled article before (or without) JavaScript; `mount` (and the
//! custom element) then reuse that shadow root and replace its children
//! with the same markup, so nothing moves.

use super::html::{escape, size_hint, write_html};
use super::url::SafeUrl;
use super::{jsonld, RenderOptions, Theme, WIDGET_CSS};
use crate::model::Article;
use crate::parse::push_number;

/// What only the server page needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerOptions {
    /// URL of `article-widget.css` for a `<link>` in the shadow root (works
    /// under a strict `style-src 'self'` policy); `None`, or a URL that is
    /// not http(s) or relative, inlines the styles in a `<style>` element
    /// instead.
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
    // The markup is written in place (a copy of it would double the memory
    // a large article takes); the title is in the JSON-LD too.
    let room = size_hint(article) + WIDGET_CSS.len() + 1024 + article.title.len();
    let mut out = String::with_capacity(room);
    out.push_str("<article-widget");
    let mut threshold = String::new();
    push_number(&mut threshold, opts.collapse_threshold);
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
    match server.stylesheet.as_deref().and_then(SafeUrl::new) {
        Some(href) => {
            out.push_str("<link rel=\"stylesheet\"");
            attr(&mut out, "href", href.as_str());
            out.push('>');
        }
        None => {
            out.push_str("<style>");
            out.push_str(WIDGET_CSS);
            out.push_str("</style>");
        }
    }
    write_html(article, opts, &mut out);
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
