//! The widget stylesheet as one constructable `CSSStyleSheet`, adopted by
//! every shadow root (CSP-safe: no `<style>` element, no inline styles).

use std::cell::RefCell;

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

use crate::render::WIDGET_CSS;

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

fn sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(WIDGET_CSS)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

/// Gives `root` the widget styles, or none (`Array::new()` on destroy).
/// Set through `Reflect` so that a sheet from another document is an error
/// rather than a throw through wasm.
pub fn set_styles(root: &ShadowRoot, on: bool) -> Result<(), JsValue> {
    let sheets = if on {
        Array::of1(&sheet()?.into())
    } else {
        Array::new()
    };
    Reflect::set(root, &JsValue::from_str("adoptedStyleSheets"), &sheets).map(drop)
}
