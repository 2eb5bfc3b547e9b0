//! DOM values that may come from another window: a host element in a
//! same-origin iframe is not an `instanceof` this window's `Element`, so
//! `dyn_into` would refuse it. Checks and events go through `js/dom.js`,
//! which asks the platform rather than this window's prototypes.

use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(module = "/js/dom.js")]
extern "C" {
    /// `value` as an element of any window, or `None` when it is not one.
    #[wasm_bindgen(js_name = asElement)]
    pub fn as_element(value: &JsValue) -> Option<Element>;

    /// Dispatches a bubbling, composed, cancelable `CustomEvent` made in
    /// `host`'s window, its detail `{ key1: value1, key2: value2 }` (made in
    /// JS: no object built field by field through `Reflect`); false when a
    /// listener cancelled it.
    #[wasm_bindgen(catch)]
    pub fn emit(
        host: &Element,
        name: &str,
        key1: &str,
        value1: &JsValue,
        key2: &str,
        value2: &JsValue,
    ) -> Result<bool, JsValue>;
}
