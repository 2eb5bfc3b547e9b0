//! The publication time for the reader: `Intl.DateTimeFormat` for the
//! absolute time, `Intl.RelativeTimeFormat` for "9 лет назад".

use std::cell::RefCell;

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsError, JsValue};

use super::to_js::set;
use crate::model::Published;
use crate::render::joined::{concat, join};
use crate::render::markup::published_datetime;
use crate::render::{RenderOptions, TimeText};

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Intl`, or `undefined` where the runtime has none.
    #[wasm_bindgen(thread_local_v2, js_namespace = globalThis, js_name = Intl)]
    static INTL: JsValue;
}

thread_local! {
    /// Formatters already constructed, by name, locale and options:
    /// constructing one costs about 0.1 ms, a third of a whole render, and
    /// a page rarely needs more than two.
    static FORMATTERS: RefCell<Vec<(String, JsValue, Function)>> = const { RefCell::new(Vec::new()) };
}

/// At most this many formatters are kept (oldest dropped first).
const KEPT_FORMATTERS: usize = 8;

/// A new `Intl[name](locale, options)` and its `format`, through `Reflect`
/// and catching calls so that a bad `timeZone` is `None`, not a throw
/// through wasm.
fn construct(name: &str, locale: &str, options: &[(&str, &str)]) -> Option<(JsValue, Function)> {
    let get = |target: &JsValue, key: &str| Reflect::get(target, &JsValue::from_str(key));
    let intl = INTL.with(JsValue::clone);
    let constructor: Function = get(&intl, name).ok()?.dyn_into().ok()?;
    let object = Object::new();
    for (key, value) in options {
        set(&object, key, &(*value).into());
    }
    let instance = Reflect::construct(&constructor, &Array::of2(&locale.into(), &object)).ok()?;
    let format: Function = get(&instance, "format").ok()?.dyn_into().ok()?;
    Some((instance, format))
}

/// `new Intl[name](locale, options).format(...args)`, the formatter reused
/// from an earlier call with the same name, locale and options.
fn intl_format(name: &str, locale: &str, options: &[(&str, &str)], args: &Array) -> Option<String> {
    let mut key = join(&[name, locale], "\0");
    for (option, value) in options {
        // Piece by piece: `String::extend` costs 150 B more wasm.
        for piece in ["\0", option, "=", value] {
            key.push_str(piece);
        }
    }
    let cached = FORMATTERS.with(|kept| {
        kept.borrow()
            .iter()
            .find(|(k, ..)| *k == key)
            .map(|(_, instance, format)| (instance.clone(), format.clone()))
    });
    let (instance, format) = match cached {
        Some(found) => found,
        None => {
            let made = construct(name, locale, options)?;
            FORMATTERS.with(|kept| {
                let mut kept = kept.borrow_mut();
                if kept.len() >= KEPT_FORMATTERS {
                    kept.remove(0);
                }
                kept.push((key, made.0.clone(), made.1.clone()));
            });
            made
        }
    };
    format.apply(&instance, args).ok()?.as_string()
}

fn format_date(
    locale: &str,
    date: &Date,
    time_zone: Option<&str>,
    styles: (&str, &str),
) -> Result<String, JsError> {
    let mut options = vec![("dateStyle", styles.0), ("timeStyle", styles.1)];
    if let Some(zone) = time_zone {
        options.push(("timeZone", zone));
    }
    intl_format("DateTimeFormat", locale, &options, &Array::of1(date)).ok_or_else(|| {
        JsError::new(&concat(&[
            "invalid options: unknown timeZone ",
            time_zone.unwrap_or(""),
        ]))
    })
}

/// "9 years ago" for a time `seconds` from now (negative = past).
fn relative(locale: &str, seconds: f64) -> Option<String> {
    const UNITS: [(&str, f64); 6] = [
        ("year", 365.25 * 86400.0),
        ("month", 30.44 * 86400.0),
        ("day", 86400.0),
        ("hour", 3600.0),
        ("minute", 60.0),
        ("second", 1.0),
    ];
    let (unit, size) = UNITS
        .into_iter()
        .find(|(_, size)| seconds.abs() >= *size)
        .unwrap_or(UNITS[5]);
    let args = Array::of2(&(seconds / size).trunc().into(), &unit.into());
    intl_format("RelativeTimeFormat", locale, &[("numeric", "auto")], &args)
}

/// The reader's view of the publication time in the UI `locale`, or `None`
/// when the model's time is not a valid date (then it shows as written).
/// A time without any offset is a wall-clock reading and is shown as is.
pub fn time_text(
    published: &Published,
    opts: &RenderOptions,
    time_zone: Option<&str>,
    locale: &str,
) -> Result<Option<TimeText>, JsError> {
    // `Date` must only see the model's shape: V8 reads many malformed
    // strings as some date, which would show a time the article never gave.
    let Some(mut datetime) = published_datetime(published, opts) else {
        return Ok(None);
    };
    let floating = datetime.len() <= "YYYY-MM-DDTHH:MM:SS".len();
    let zone = if floating {
        datetime.push('Z');
        Some("UTC")
    } else {
        time_zone
    };
    let date = Date::new(&JsValue::from_str(&datetime));
    if date.get_time().is_nan() {
        return Ok(None);
    }
    let mut text = format_date(locale, &date, zone, ("long", "short"))?;
    // A wall-clock reading has no zone to name.
    let title_time = if floating { "short" } else { "long" };
    let title = format_date(locale, &date, zone, ("full", title_time))?;
    if let Some(ago) = relative(locale, (date.get_time() - Date::now()) / 1000.0) {
        text.push_str(" (");
        text.push_str(&ago);
        text.push(')');
    }
    Ok(Some(TimeText { text, title }))
}
