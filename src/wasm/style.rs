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

/// The one sheet every widget adopts (`render::dom::styled_root`).
pub fn sheet() -> Result<CssStyleSheet, JsValue> {
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

/// Takes the widget styles off `root` (on destroy). Set through `Reflect`
/// so that anything odd is an error rather than a throw through wasm.
pub fn clear_styles(root: &ShadowRoot) -> Result<(), JsValue> {
    Reflect::set(
        root,
        &JsValue::from_str("adoptedStyleSheets"),
        &Array::new(),
    )
    .map(drop)
}
