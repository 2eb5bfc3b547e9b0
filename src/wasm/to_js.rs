//! The model → plain JS objects in its JSON shape (camelCase, `null` for
//! `None`), as serde would write it: written here as JSON text, made into
//! objects by one `JSON.parse`. Building them through `Reflect.set` cost
//! about 2 KB more wasm and a crossing per field. A browser test checks it
//! against the serde output.

use js_sys::JSON;
use wasm_bindgen::JsValue;

use std::borrow::Cow;

use crate::model::{Article, Inline, Quote, QuoteId};
use crate::parse::push_number;
use crate::render::jsonld::string;

/// JSON text written member by member; commas go in as members follow.
struct Json(String);

// Out of line: one call per member rather than its pushes at each.
impl Json {
    /// A comma unless the value opens an object or array.
    #[inline(never)]
    fn comma(&mut self) {
        if !self.0.ends_with(['{', '[']) {
            self.0.push(',');
        }
    }

    /// `"key":` (keys are constants, written as they are).
    #[inline(never)]
    fn key(&mut self, key: &str) -> &mut Self {
        self.comma();
        self.0.push('"');
        self.0.push_str(key);
        self.0.push_str("\":");
        self
    }

    #[inline(never)]
    fn text(&mut self, key: &str, value: &str) {
        string(&mut self.key(key).0, value);
    }

    #[inline(never)]
    fn opt_text(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(value) => self.text(key, value),
            None => self.key(key).0.push_str("null"),
        }
    }

    /// A quote id: the parser's `quote-N` needs no escaping.
    #[inline(never)]
    fn id(&mut self, key: &str, id: &QuoteId) {
        match id.named() {
            Some(text) => self.text(key, text),
            None => {
                let out = &mut self.key(key).0;
                out.push('"');
                id.push_to(out);
                out.push('"');
            }
        }
    }

    #[inline(never)]
    fn number(&mut self, key: &str, value: usize) {
        push_number(&mut self.key(key).0, value);
    }

    /// `"key":[…]`, each item written by `item`.
    fn list<T>(&mut self, key: &str, items: &[T], item: impl Fn(&mut Self, &T)) {
        self.key(key).0.push('[');
        for i in items {
            self.comma();
            item(self, i);
        }
        self.0.push(']');
    }

    fn texts<S: AsRef<str>>(&mut self, key: &str, items: &[S]) {
        self.list(key, items, |json, s| string(&mut json.0, s.as_ref()));
    }

    /// `{…}` with the members `members` writes.
    fn object(&mut self, members: impl FnOnce(&mut Self)) {
        self.0.push('{');
        members(self);
        self.0.push('}');
    }

    fn inline(&mut self, inline: &Inline) {
        self.object(|json| match inline {
            Inline::Text { text } => {
                json.text("type", "text");
                json.text("text", text);
            }
            Inline::SoftBreak => json.text("type", "softBreak"),
            Inline::Quote {
                quote_id,
                part,
                open,
                text,
                close,
            } => {
                json.text("type", "quote");
                json.id("quoteId", quote_id);
                json.number("part", *part);
                json.text("open", open);
                json.text("text", text);
                json.text("close", close);
            }
            Inline::Attribution { quote_id, text } => {
                json.text("type", "attribution");
                json.id("quoteId", quote_id);
                json.text("text", text);
            }
        });
    }

    fn quote(&mut self, q: &Quote) {
        self.object(|json| {
            json.id("id", &q.id);
            json.text("text", &q.text);
            json.texts::<Cow<str>>("parts", &q.parts);
            json.opt_text("speaker", q.speaker.as_deref());
            json.opt_text("speakerResolved", q.speaker_resolved.as_deref());
            json.opt_text("verb", q.verb.as_deref());
            json.key("inline")
                .0
                .push_str(if q.inline { "true" } else { "false" });
            json.number("paragraph", q.paragraph);
        });
    }
}

/// The model's JSON text.
fn article_json(a: &Article) -> String {
    let mut json = Json(String::new());
    json.object(|json| {
        json.text("title", &a.title);
        json.text("lang", &a.lang);
        match &a.published {
            Some(p) => json.key("published").object(|json| {
                json.text("text", &p.text);
                json.text("local", &p.local);
                json.opt_text("offset", p.offset.as_deref());
            }),
            None => json.key("published").0.push_str("null"),
        }
        match &a.dateline {
            Some(d) => json.key("dateline").object(|json| {
                json.opt_text("place", d.place.as_deref());
                json.opt_text("agency", d.agency.as_deref());
            }),
            None => json.key("dateline").0.push_str("null"),
        }
        json.list("body", &a.body, |json, p| {
            json.object(|json| json.list("inlines", &p.inlines, Json::inline));
        });
        json.list("quotes", &a.quotes, Json::quote);
        json.list("related", &a.related, |json, r| {
            json.object(|json| {
                json.text("title", &r.title);
                json.opt_text("url", r.url.as_deref());
            });
        });
        json.texts::<String>("sources", &a.sources);
    });
    json.0
}

/// The article as `parseArticle` returns it; `None` only if the runtime
/// refuses the JSON (out of memory).
pub fn article(a: &Article) -> Option<JsValue> {
    JSON::parse(&article_json(a)).ok()
}
