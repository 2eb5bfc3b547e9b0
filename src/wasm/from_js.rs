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

/// Reads JS values field by field and keeps the first error. After it,
/// every read gives its default without touching JS, so a reader builds
/// its value in one go and asks [`Reader::finish`] at the end: an early
/// return (`?`) out of each partly built struct costs a drop path of wasm
/// per field.
#[derive(Default)]
pub struct Reader {
    error: Option<String>,
}

impl Reader {
    /// Records `what`, unless an earlier error is already recorded.
    pub fn fail(&mut self, what: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some(what.into());
        }
    }

    fn wrong(&mut self, key: &str, expected: &str) {
        self.fail(concat(&[key, " must be ", expected]));
    }

    /// `value`, or the first error met while reading it.
    pub fn finish<T>(self, value: T) -> Result<T> {
        match self.error {
            Some(what) => Err(what),
            None => Ok(value),
        }
    }

    /// `object[key]`, or `None` when it is `undefined` or `null`.
    pub fn field(&mut self, object: &JsValue, key: &str) -> Option<JsValue> {
        if self.error.is_some() {
            return None;
        }
        match Reflect::get(object, &JsValue::from_str(key)) {
            Ok(value) => (!value.is_undefined() && !value.is_null()).then_some(value),
            Err(_) => {
                self.fail(concat(&["cannot read ", key]));
                None
            }
        }
    }

    /// `object[key]` converted by `convert`; an error saying it must be
    /// `expected` when it is there but `convert` refuses it.
    fn typed<T>(
        &mut self,
        object: &JsValue,
        key: &str,
        convert: fn(&JsValue) -> Option<T>,
        expected: &str,
    ) -> Option<T> {
        let value = convert(&self.field(object, key)?);
        if value.is_none() {
            self.wrong(key, expected);
        }
        value
    }

    pub fn opt_string(&mut self, object: &JsValue, key: &str) -> Option<String> {
        self.typed(object, key, JsValue::as_string, "a string")
    }

    fn string(&mut self, object: &JsValue, key: &str) -> String {
        self.opt_string(object, key).unwrap_or_default()
    }

    pub fn opt_number(&mut self, object: &JsValue, key: &str) -> Option<f64> {
        self.typed(object, key, JsValue::as_f64, "a number")
    }

    pub fn opt_bool(&mut self, object: &JsValue, key: &str) -> Option<bool> {
        self.typed(object, key, JsValue::as_bool, "a boolean")
    }

    /// `object[key]` read by `read` when it is an object.
    fn opt_object<T>(
        &mut self,
        object: &JsValue,
        key: &str,
        read: impl Fn(&mut Self, &JsValue) -> T,
    ) -> Option<T> {
        let value = self.field(object, key)?;
        if !value.is_object() {
            self.wrong(key, "an object");
            return None;
        }
        Some(read(self, &value))
    }

    /// `object[key]` as an array of items read by `read`; missing is empty.
    pub fn array<T>(
        &mut self,
        object: &JsValue,
        key: &str,
        read: impl Fn(&mut Self, &JsValue) -> T,
    ) -> Vec<T> {
        // A plain loop through one walk over the array for all item types:
        // `collect` costs about 1 KB of wasm per item type.
        let mut items = Vec::new();
        self.each_item(object, key, &mut |reader, item| {
            items.push(read(reader, item))
        });
        items
    }

    fn each_item(
        &mut self,
        object: &JsValue,
        key: &str,
        read: &mut dyn FnMut(&mut Self, &JsValue),
    ) {
        let Some(value) = self.field(object, key) else {
            return;
        };
        if !Array::is_array(&value) {
            return self.wrong(key, "an array");
        }
        for item in Array::from(&value).iter() {
            if self.error.is_some() {
                return;
            }
            read(self, &item);
        }
    }

    /// Whether `value` is an object; an error naming `what` if not.
    fn is_object(&mut self, value: &JsValue, what: &str) -> bool {
        let ok = value.is_object();
        if !ok {
            self.wrong(what, "an object");
        }
        ok
    }

    /// A string item of an array.
    fn item_string(&mut self, value: &JsValue) -> String {
        let item = value.as_string();
        if item.is_none() {
            self.wrong("each item", "a string");
        }
        item.unwrap_or_default()
    }

    pub fn related_link(&mut self, value: &JsValue) -> RelatedLink<'static> {
        self.is_object(value, "each related link");
        RelatedLink {
            title: self.string(value, "title").into(),
            url: self.opt_string(value, "url").map(Into::into),
        }
    }

    fn inline(&mut self, value: &JsValue) -> Inline<'static> {
        self.is_object(value, "each inline");
        match self.string(value, "type").as_str() {
            "text" => Inline::Text {
                text: self.string(value, "text").into(),
            },
            "quote" => Inline::Quote {
                quote_id: self.string(value, "quoteId").into(),
                part: self.index(value, "part"),
                open: self.string(value, "open").into(),
                text: self.string(value, "text").into(),
                close: self.string(value, "close").into(),
            },
            "attribution" => Inline::Attribution {
                quote_id: self.string(value, "quoteId").into(),
                text: self.string(value, "text").into(),
            },
            "softBreak" => Inline::SoftBreak,
            _ => {
                self.wrong("inline type", "text, softBreak, quote or attribution");
                Inline::SoftBreak
            }
        }
    }

    fn index(&mut self, object: &JsValue, key: &str) -> usize {
        match self.opt_number(object, key) {
            Some(n) if n >= 0.0 && n.fract() == 0.0 => n as usize,
            Some(_) => {
                self.wrong(key, "a whole number ≥ 0");
                0
            }
            None => 0,
        }
    }

    fn quote(&mut self, value: &JsValue) -> Quote<'static> {
        self.is_object(value, "each quote");
        Quote {
            id: self.string(value, "id").into(),
            text: self.string(value, "text").into(),
            parts: self.array(value, "parts", |r, item| r.item_string(item).into()),
            speaker: self.opt_string(value, "speaker").map(Into::into),
            speaker_resolved: self.opt_string(value, "speakerResolved").map(Into::into),
            verb: self.opt_string(value, "verb").map(Into::into),
            inline: self.opt_bool(value, "inline").unwrap_or(false),
            paragraph: self.index(value, "paragraph"),
        }
    }

    fn paragraph(&mut self, value: &JsValue) -> Paragraph<'static> {
        self.is_object(value, "each paragraph");
        Paragraph {
            inlines: self.array(value, "inlines", Self::inline),
        }
    }
}

/// The model's JSON shape (as `parseArticle` returns it) → an [`Article`].
pub fn article(value: &JsValue) -> Result<Article<'static>> {
    let mut r = Reader::default();
    // An object without them is not an Article (a typo, the wrong value):
    // say so rather than render an empty widget.
    for key in ["title", "body"] {
        if r.field(value, key).is_none() {
            r.fail(concat(&[key, " is missing"]));
        }
    }
    let article = Article {
        title: r.string(value, "title").into(),
        lang: r.string(value, "lang"),
        published: r.opt_object(value, "published", |r, p| {
            let published = Published {
                text: r.string(p, "text"),
                local: r.string(p, "local"),
                offset: r.opt_string(p, "offset"),
            };
            if !published.is_well_formed() {
                r.fail(
                    "published.local must be YYYY-MM-DDTHH:MM and published.offset ±HH:MM or null",
                );
            }
            published
        }),
        dateline: r.opt_object(value, "dateline", |r, d| Dateline {
            place: r.opt_string(d, "place"),
            agency: r.opt_string(d, "agency"),
        }),
        body: r.array(value, "body", Reader::paragraph),
        quotes: r.array(value, "quotes", Reader::quote),
        related: r.array(value, "related", Reader::related_link),
        sources: r.array(value, "sources", Reader::item_string),
    };
    r.finish(article)
}
