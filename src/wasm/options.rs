//! The JS options object → parse and render options, with clear errors for
//! values of the wrong type.

use js_sys::Function;
use wasm_bindgen::{JsCast, JsError, JsValue};

use super::from_js::{self, Reader};
use crate::parse::ParseOptions;
use crate::render::joined::concat;
use crate::render::{RenderOptions, ResolveRelated, Theme};

pub struct Options {
    pub parse: ParseOptions,
    pub render: RenderOptions,
    /// IANA zone to display the publication time in; `None` is the reader's.
    pub time_zone: Option<String>,
}

/// Reads `value` (an object, or `undefined`/`null` for the defaults).
pub fn read(value: &JsValue) -> Result<Options, JsError> {
    read_fields(value).map_err(|what| JsError::new(&concat(&["invalid options: ", &what])))
}

fn read_fields(value: &JsValue) -> from_js::Result<Options> {
    let mut options = Options {
        parse: ParseOptions::default(),
        render: RenderOptions::default(),
        time_zone: None,
    };
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err("expected an object".into());
    }
    let mut r = Reader::default();
    let render = &mut options.render;
    render.lang = r.opt_string(value, "lang");
    if let Some(theme) = r.opt_string(value, "theme") {
        match Theme::parse(&theme) {
            Some(theme) => render.theme = theme,
            None => r.fail("theme must be light, dark or auto"),
        }
    }
    if let Some(threshold) = r.opt_number(value, "collapseThreshold") {
        if threshold.is_nan() || threshold < 0.0 {
            r.fail("collapseThreshold must be a number ≥ 0");
        }
        // Saturating: Infinity never collapses.
        render.collapse_threshold = threshold as usize;
    }
    if let Some(level) = r.opt_number(value, "headingLevel") {
        if !(1.0..=6.0).contains(&level) {
            r.fail("headingLevel must be 1 to 6");
        }
        render.heading_level = level as u8;
    }
    render.related = r.array(value, "related", Reader::related_link);
    render.related_url_template = r.opt_string(value, "relatedUrlTemplate");
    render.resolve_related = resolver(&mut r, value);
    render.source_offset = r.opt_string(value, "sourceOffset");
    if let Some(strings) = r.field(value, "strings") {
        let own = &mut render.strings;
        own.speakers = r.opt_string(&strings, "speakers");
        own.related = r.opt_string(&strings, "related");
        own.expand_all = r.opt_string(&strings, "expandAll");
        own.collapse_all = r.opt_string(&strings, "collapseAll");
        own.show_quote = r.opt_string(&strings, "showQuote");
        own.sources = r.opt_string(&strings, "sources");
    }
    options.time_zone = r.opt_string(value, "timeZone");
    options.parse.month_first = r.opt_bool(value, "monthFirst").unwrap_or(false);
    r.finish(options)
}

/// `options.resolveRelated` as a Rust closure; a call that throws or
/// returns a non-string simply gives no URL.
fn resolver(r: &mut Reader, options: &JsValue) -> Option<ResolveRelated> {
    let Ok(function) = r.field(options, "resolveRelated")?.dyn_into::<Function>() else {
        r.fail("resolveRelated must be a function");
        return None;
    };
    Some(Box::new(move |title: &str| {
        function
            .call1(&JsValue::UNDEFINED, &JsValue::from_str(title))
            .ok()?
            .as_string()
    }))
}
