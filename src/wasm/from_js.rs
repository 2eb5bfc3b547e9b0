//! JS values → Rust data, field by field. This is what serde would do, but
//! serde's generic deserializers cost tens of KB of wasm; these few readers
//! cost a fraction. Missing or `null` fields take their default, as in the
//! model's serde attributes; a field of the wrong type is an error naming it.

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

use crate::model::{Article, Dateline, Inline, Paragraph, Published, Quote, RelatedLink};
use crate::render::joined::concat;

/// What went wrong, for the caller to wrap in a JS `Error`.
pub type Result<T> = std::result::Result<T, String>;

fn wrong(key: &str, expected: &str) -> String {
    concat(&[key, " must be ", expected])
}

/// `object[key]`, or `None` when it is `undefined` or `null`.
pub fn field(object: &JsValue, key: &str) -> Result<Option<JsValue>> {
    let value = Reflect::get(object, &JsValue::from_str(key))
        .map_err(|_| concat(&["cannot read ", key]))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

pub fn opt_string(object: &JsValue, key: &str) -> Result<Option<String>> {
    field(object, key)?
        .map(|v| v.as_string().ok_or_else(|| wrong(key, "a string")))
        .transpose()
}

fn string(object: &JsValue, key: &str) -> Result<String> {
    Ok(opt_string(object, key)?.unwrap_or_default())
}

pub fn opt_number(object: &JsValue, key: &str) -> Result<Option<f64>> {
    field(object, key)?
        .map(|v| v.as_f64().ok_or_else(|| wrong(key, "a number")))
        .transpose()
}

pub fn opt_bool(object: &JsValue, key: &str) -> Result<Option<bool>> {
    field(object, key)?
        .map(|v| v.as_bool().ok_or_else(|| wrong(key, "a boolean")))
        .transpose()
}

fn opt_object<T>(
    object: &JsValue,
    key: &str,
    read: impl Fn(&JsValue) -> Result<T>,
) -> Result<Option<T>> {
    match field(object, key)? {
        Some(value) if value.is_object() => read(&value).map(Some),
        Some(_) => Err(wrong(key, "an object")),
        None => Ok(None),
    }
}

/// `object[key]` as an array of items read by `read`; missing is empty.
pub fn array<T>(
    object: &JsValue,
    key: &str,
    read: impl Fn(&JsValue) -> Result<T>,
) -> Result<Vec<T>> {
    // A plain loop: `collect` into a `Result` costs about 1 KB of wasm per
    // item type; the walk over the array is one copy for all of them.
    let mut items = Vec::new();
    each_item(object, key, &mut |item| {
        items.push(read(item)?);
        Ok(())
    })?;
    Ok(items)
}

fn each_item(
    object: &JsValue,
    key: &str,
    read: &mut dyn FnMut(&JsValue) -> Result<()>,
) -> Result<()> {
    let Some(value) = field(object, key)? else {
        return Ok(());
    };
    if !Array::is_array(&value) {
        return Err(wrong(key, "an array"));
    }
    for item in Array::from(&value).iter() {
        read(&item)?;
    }
    Ok(())
}

fn object(value: &JsValue, what: &str) -> Result<()> {
    if value.is_object() {
        Ok(())
    } else {
        Err(wrong(what, "an object"))
    }
}

/// A string item of an array.
fn item_string(value: &JsValue) -> Result<String> {
    value
        .as_string()
        .ok_or_else(|| wrong("each item", "a string"))
}

pub fn related_link(value: &JsValue) -> Result<RelatedLink> {
    object(value, "each related link")?;
    Ok(RelatedLink {
        title: string(value, "title")?,
        url: opt_string(value, "url")?,
    })
}

fn inline(value: &JsValue) -> Result<Inline> {
    object(value, "each inline")?;
    let quote_id = || string(value, "quoteId");
    let text = || string(value, "text");
    Ok(match string(value, "type")?.as_str() {
        "text" => Inline::Text { text: text()? },
        "softBreak" => Inline::SoftBreak,
        "quote" => Inline::Quote {
            quote_id: quote_id()?,
            part: index(value, "part")?,
            open: string(value, "open")?,
            text: text()?,
            close: string(value, "close")?,
        },
        "attribution" => Inline::Attribution {
            quote_id: quote_id()?,
            text: text()?,
        },
        _ => {
            return Err(wrong(
                "inline type",
                "text, softBreak, quote or attribution",
            ))
        }
    })
}

fn index(object: &JsValue, key: &str) -> Result<usize> {
    match opt_number(object, key)? {
        Some(n) if n >= 0.0 && n.fract() == 0.0 => Ok(n as usize),
        Some(_) => Err(wrong(key, "a whole number ≥ 0")),
        None => Ok(0),
    }
}

// Deliberately not one struct literal: see the comment inside.
#[allow(clippy::field_reassign_with_default)]
fn quote(value: &JsValue) -> Result<Quote> {
    object(value, "each quote")?;
    // Field by field into place: an error drops one `Quote`, not each
    // partly built one.
    let mut quote = Quote::default();
    quote.id = string(value, "id")?;
    quote.text = string(value, "text")?;
    quote.parts = array(value, "parts", item_string)?;
    quote.speaker = opt_string(value, "speaker")?;
    quote.speaker_resolved = opt_string(value, "speakerResolved")?;
    quote.verb = opt_string(value, "verb")?;
    quote.inline = opt_bool(value, "inline")?.unwrap_or(false);
    quote.paragraph = index(value, "paragraph")?;
    Ok(quote)
}

/// The model's JSON shape (as `parseArticle` returns it) → an [`Article`].
pub fn article(value: &JsValue) -> Result<Article> {
    Ok(Article {
        title: string(value, "title")?,
        lang: string(value, "lang")?,
        published: opt_object(value, "published", |p| {
            Ok(Published {
                text: string(p, "text")?,
                local: string(p, "local")?,
                offset: opt_string(p, "offset")?,
            })
        })?,
        dateline: opt_object(value, "dateline", |d| {
            Ok(Dateline {
                place: opt_string(d, "place")?,
                agency: opt_string(d, "agency")?,
            })
        })?,
        body: array(value, "body", |p| {
            object(p, "each paragraph")?;
            Ok(Paragraph {
                inlines: array(p, "inlines", inline)?,
            })
        })?,
        quotes: array(value, "quotes", quote)?,
        related: array(value, "related", related_link)?,
        sources: array(value, "sources", item_string)?,
    })
}
