//! The publication time for the reader: `Intl.DateTimeFormat` for the
//! absolute time, `Intl.RelativeTimeFormat` for "9 лет назад", in
//! `js/dom.js` (`timeText`), which also keeps the formatters it makes.
//! There it is a few hundred bytes; through `Reflect` from Rust it was
//! about 3 KB of wasm and glue.

use js_sys::Array;
use wasm_bindgen::prelude::*;

use crate::model::Published;
use crate::render::joined::concat;
use crate::render::markup::published_datetime;
use crate::render::{RenderOptions, TimeText};

#[wasm_bindgen(module = "/js/dom.js")]
extern "C" {
    /// `[text, title]`, or `undefined` when the datetime reads as no date;
    /// throws when `zone` is unknown.
    #[wasm_bindgen(catch, js_name = timeText)]
    fn time_text_js(datetime: &str, zone: Option<&str>, locale: &str) -> Result<JsValue, JsValue>;
}

/// The reader's view of the publication time in the UI `locale`, or `None`
/// when the model's time is not a valid date (then it shows as written).
pub fn time_text(
    published: &Published,
    opts: &RenderOptions,
    time_zone: Option<&str>,
    locale: &str,
) -> Result<Option<TimeText>, JsError> {
    // `Date` must only see the model's shape: V8 reads many malformed
    // strings as some date, which would show a time the article never gave.
    let Some(datetime) = published_datetime(published, opts) else {
        return Ok(None);
    };
    let shown = time_text_js(&datetime, time_zone, locale).map_err(|_| {
        JsError::new(&concat(&[
            "invalid options: unknown timeZone ",
            time_zone.unwrap_or(""),
        ]))
    })?;
    if shown.is_undefined() {
        return Ok(None);
    }
    let shown: Array = shown.unchecked_into();
    Ok(Some(TimeText {
        // `get_unchecked`, as `Array::iter` reads items: one import for both.
        text: shown.get_unchecked(0).as_string().unwrap_or_default(),
        title: shown.get_unchecked(1).as_string().unwrap_or_default(),
    }))
}
