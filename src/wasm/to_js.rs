//! The model → plain JS objects in its JSON shape (camelCase, `null` for
//! `None`), as serde would write it, without serde's generic serializer and
//! its wasm weight. A browser test checks it against the serde output.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::model::{Article, Inline, Quote};

/// Sets a data property; on a fresh plain object this cannot fail.
pub fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        set(&object, key, value);
    }
    object.into()
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn opt_text(s: &Option<String>) -> JsValue {
    s.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

fn array<T>(items: &[T], item: impl Fn(&T) -> JsValue) -> JsValue {
    // A plain loop: `collect` into an `Array` is heavier per item type.
    let array = Array::new();
    for i in items {
        array.push(&item(i));
    }
    array.into()
}

/// One instance for every list of strings.
fn texts(items: &[String]) -> JsValue {
    array(items, |s| text(s))
}

fn inline(inline: &Inline) -> JsValue {
    match inline {
        Inline::Text { text: t } => object(&[("type", text("text")), ("text", text(t))]),
        Inline::SoftBreak => object(&[("type", text("softBreak"))]),
        Inline::Quote {
            quote_id,
            part,
            open,
            text: t,
            close,
        } => object(&[
            ("type", text("quote")),
            ("quoteId", text(quote_id)),
            ("part", JsValue::from(*part as f64)),
            ("open", text(open)),
            ("text", text(t)),
            ("close", text(close)),
        ]),
        Inline::Attribution { quote_id, text: t } => object(&[
            ("type", text("attribution")),
            ("quoteId", text(quote_id)),
            ("text", text(t)),
        ]),
    }
}

fn quote(q: &Quote) -> JsValue {
    object(&[
        ("id", text(&q.id)),
        ("text", text(&q.text)),
        ("parts", texts(&q.parts)),
        ("speaker", opt_text(&q.speaker)),
        ("speakerResolved", opt_text(&q.speaker_resolved)),
        ("verb", opt_text(&q.verb)),
        ("inline", JsValue::from_bool(q.inline)),
        ("paragraph", JsValue::from(q.paragraph as f64)),
    ])
}

/// The article as `parseArticle` returns it.
pub fn article(a: &Article) -> JsValue {
    let published = a.published.as_ref().map_or(JsValue::NULL, |p| {
        object(&[
            ("text", text(&p.text)),
            ("local", text(&p.local)),
            ("offset", opt_text(&p.offset)),
        ])
    });
    let dateline = a.dateline.as_ref().map_or(JsValue::NULL, |d| {
        object(&[
            ("place", opt_text(&d.place)),
            ("agency", opt_text(&d.agency)),
        ])
    });
    object(&[
        ("title", text(&a.title)),
        ("lang", text(&a.lang)),
        ("published", published),
        ("dateline", dateline),
        (
            "body",
            array(&a.body, |p| {
                object(&[("inlines", array(&p.inlines, inline))])
            }),
        ),
        ("quotes", array(&a.quotes, quote)),
        (
            "related",
            array(&a.related, |r| {
                object(&[("title", text(&r.title)), ("url", opt_text(&r.url))])
            }),
        ),
        ("sources", texts(&a.sources)),
    ])
}
