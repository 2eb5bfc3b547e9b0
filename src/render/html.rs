//! The widget's markup as HTML text, for server-side rendering and the CLI.

use super::markup::{Markup, Sink, Tag};
use super::RenderOptions;
use crate::model::{Article, Inline};

/// The widget's markup as an HTML fragment (the `<article>` element), the
/// same elements `mount` builds in the shadow root.
pub fn render_html(article: &Article, opts: &RenderOptions) -> String {
    let mut out = String::with_capacity(size_hint(article));
    write_html(article, opts, &mut out);
    out
}

/// Appends the markup of [`render_html`] to `out`.
pub(super) fn write_html(article: &Article, opts: &RenderOptions, out: &mut String) {
    Markup::new(article, opts).write(&mut Writer { out, in_tag: false });
}

/// Room for the HTML: the body's text, the markup of each paragraph and
/// quote (a figure with its caption and its speaker's entry in the panel),
/// the related links and the widget's fixed parts. Too little doubles the string, copying it;
/// too much is memory a wasm module never gives back.
pub(super) fn size_hint(article: &Article) -> usize {
    let mut size = 1024 + article.title.len();
    for paragraph in &article.body {
        size += "<p></p>".len();
        for inline in &paragraph.inlines {
            size += match inline {
                Inline::Text { text } | Inline::Attribution { text, .. } => text.len(),
                Inline::SoftBreak => "<br>".len(),
                Inline::Quote {
                    open, text, close, ..
                } => open.len() + text.len() + close.len(),
            };
        }
    }
    for quote in &article.quotes {
        size += if quote.inline {
            "<q part=\"inline-quote\"></q>".len()
        } else {
            // With its speaker's name three times, and a toggle button
            // when long (most quotes over the default 160 characters are
            // over 160 bytes).
            if quote.text.len() > 160 {
                512
            } else {
                384
            }
        };
    }
    for link in &article.related {
        size += 64 + link.title.len() + link.url.as_deref().map_or(0, str::len);
    }
    size
}

/// Writes HTML text; `in_tag` while the start tag just opened still takes
/// attributes.
struct Writer<'s> {
    out: &'s mut String,
    in_tag: bool,
}

impl Writer<'_> {
    fn end_start_tag(&mut self) {
        if self.in_tag {
            self.out.push('>');
            self.in_tag = false;
        }
    }
}

impl Sink for Writer<'_> {
    fn open(&mut self, tag: Tag) {
        self.end_start_tag();
        self.out.push('<');
        self.out.push_str(tag.name());
        self.in_tag = true;
    }

    fn attr(&mut self, name: &'static str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape(value, true, self.out);
        self.out.push('"');
    }

    fn text(&mut self, text: &str) {
        self.end_start_tag();
        escape(text, false, self.out);
    }

    fn close(&mut self, tag: Tag) {
        self.end_start_tag();
        if !tag.is_void() {
            self.out.push_str("</");
            self.out.push_str(tag.name());
            self.out.push('>');
        }
    }
}

/// Escapes `&`, `<`, `>` everywhere and `"` in attribute values (always
/// double-quoted), which is all HTML needs for text to stay text.
pub(super) fn escape(text: &str, in_attr: bool, out: &mut String) {
    // The marks are ASCII, so the text between them is copied whole, and
    // text without any (nearly all of it) in one copy. A `"` in text needs
    // nothing, so text does not stop at it.
    let mut rest = text;
    while let Some(at) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>') || (in_attr && b == b'"'))
    {
        out.push_str(rest.get(..at).unwrap_or_default());
        out.push_str(match rest.as_bytes().get(at) {
            Some(b'&') => "&amp;",
            Some(b'<') => "&lt;",
            Some(b'>') => "&gt;",
            _ => "&quot;",
        });
        rest = rest.get(at + 1..).unwrap_or_default();
    }
    out.push_str(rest);
}
