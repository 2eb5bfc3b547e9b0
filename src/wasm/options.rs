//! The JS options object → parse and render options, with clear errors for
//! values of the wrong type.

use js_sys::Function;
use wasm_bindgen::{JsCast, JsError, JsValue};

use super::from_js::{self, array, field, opt_bool, opt_number, opt_string, related_link};
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
    let render = &mut options.render;
    render.lang = opt_string(value, "lang")?;
    if let Some(theme) = opt_string(value, "theme")? {
        render.theme = Theme::parse(&theme).ok_or("theme must be light, dark or auto")?;
    }
    if let Some(threshold) = opt_number(value, "collapseThreshold")? {
        if threshold.is_nan() || threshold < 0.0 {
            return Err("collapseThreshold must be a number ≥ 0".into());
        }
        // Saturating: Infinity never collapses.
        render.collapse_threshold = threshold as usize;
    }
    if let Some(level) = opt_number(value, "headingLevel")? {
        if !(1.0..=6.0).contains(&level) {
            return Err("headingLevel must be 1 to 6".into());
        }
        render.heading_level = level as u8;
    }
    render.related = array(value, "related", related_link)?;
    render.related_url_template = opt_string(value, "relatedUrlTemplate")?;
    render.resolve_related = resolver(value)?;
    render.source_offset = opt_string(value, "sourceOffset")?;
    if let Some(strings) = field(value, "strings")? {
        // Field by field into place: an error drops `options` once, not
        // each partly built `StringOverrides`.
        let s = |key| opt_string(&strings, key);
        let own = &mut render.strings;
        own.speakers = s("speakers")?;
        own.related = s("related")?;
        own.expand_all = s("expandAll")?;
        own.collapse_all = s("collapseAll")?;
        own.show_quote = s("showQuote")?;
        own.sources = s("sources")?;
    }
    options.time_zone = opt_string(value, "timeZone")?;
    options.parse.month_first = opt_bool(value, "monthFirst")?.unwrap_or(false);
    Ok(options)
}

/// `options.resolveRelated` as a Rust closure; a call that throws or
/// returns a non-string simply gives no URL.
fn resolver(options: &JsValue) -> from_js::Result<Option<ResolveRelated>> {
    let Some(value) = field(options, "resolveRelated")? else {
        return Ok(None);
    };
    let function: Function = value
        .dyn_into()
        .map_err(|_| "resolveRelated must be a function")?;
    Ok(Some(Box::new(move |title: &str| {
        function
            .call1(&JsValue::UNDEFINED, &JsValue::from_str(title))
            .ok()?
            .as_string()
    })))
}
