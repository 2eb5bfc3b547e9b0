//! The markup tree as HTML text, for server-side rendering and the CLI.

use super::markup::{article_tree, Element, Node};
use super::RenderOptions;
use crate::model::{Article, Inline};

/// The widget's markup as an HTML fragment (the `<article>` element), the
/// same elements `mount` builds in the shadow root.
pub fn render_html(article: &Article, opts: &RenderOptions) -> String {
    let mut out = String::with_capacity(size_hint(article));
    write_element(&article_tree(article, opts), &mut out);
    out
}

/// Room for the HTML: twice the body text (the seed article's markup is
/// 1.7 bytes per byte) and the widget's fixed parts. A fixed size per
/// paragraph reserved tens of megabytes for text of many short paragraphs.
fn size_hint(article: &Article) -> usize {
    let text: usize = article
        .body
        .iter()
        .flat_map(|p| &p.inlines)
        .map(|inline| match inline {
            Inline::Text { text } | Inline::Attribution { text, .. } => text.len(),
            Inline::SoftBreak => 1,
            Inline::Quote {
                open, text, close, ..
            } => open.len() + text.len() + close.len(),
        })
        .sum();
    4096 + article.title.len() + 2 * text
}

fn write_element(el: &Element, out: &mut String) {
    out.push('<');
    out.push_str(el.tag().name());
    for (name, value) in el.attrs() {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(value, true, out);
        out.push('"');
    }
    out.push('>');
    if el.tag().is_void() {
        return;
    }
    for child in el.children() {
        match child {
            Node::Element(child) => write_element(child, out),
            Node::Text(text) => escape(text, false, out),
        }
    }
    out.push_str("</");
    out.push_str(el.tag().name());
    out.push('>');
}

/// Escapes `&`, `<`, `>` everywhere and `"` in attribute values (always
/// double-quoted), which is all HTML needs for text to stay text.
pub(super) fn escape(text: &str, in_attr: bool, out: &mut String) {
    // Byte by byte: the marks are ASCII, so every other byte, including
    // those of multi-byte characters, is copied in runs. A `"` in text
    // needs nothing, so text does not stop at it (a run of them would
    // otherwise cost a search and a copy each).
    let mut run = 0;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if in_attr => "&quot;",
            _ => continue,
        };
        out.push_str(text.get(run..i).unwrap_or_default());
        out.push_str(entity);
        run = i + 1;
    }
    out.push_str(text.get(run..).unwrap_or_default());
}
