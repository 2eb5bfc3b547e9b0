//! The widget stylesheet as a constructable `CSSStyleSheet` adopted by
//! every shadow root (CSP-safe: no `<style>` element, no inline styles).
//! A sheet can only be adopted in the documents of the window that made it,
//! so `js/dom.js` keeps one per document (a same-origin iframe's widgets
//! get their own).

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Document};

use crate::render::WIDGET_CSS;

#[wasm_bindgen(module = "/js/dom.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = sheetFor)]
    fn sheet_for(doc: &Document, css: &JsValue) -> Result<CssStyleSheet, JsValue>;
}

thread_local! {
    /// The CSS as one JS string, so that a mount passes a handle, not the
    /// text to decode again.
    static CSS: JsValue = JsValue::from_str(WIDGET_CSS);
}

/// The sheet for the widgets of `doc` (`render::dom::styled_root`).
pub fn sheet(doc: &Document) -> Result<CssStyleSheet, JsValue> {
    CSS.with(|css| sheet_for(doc, css))
}
