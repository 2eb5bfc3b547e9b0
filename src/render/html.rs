//! The markup tree as HTML text, for server-side rendering and the CLI.

use super::markup::{article_tree, Element, Node};
use super::RenderOptions;
use crate::model::Article;

/// The widget's markup as an HTML fragment (the `<article>` element), the
/// same elements `mount` builds in the shadow root.
pub fn render_html(article: &Article, opts: &RenderOptions) -> String {
    let mut out = String::with_capacity(1024 + article.body.len() * 512);
    write_element(&article_tree(article, opts), &mut out);
    out
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
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<', '>', '"']) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ if in_attr => "&quot;",
            _ => "\"",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}
