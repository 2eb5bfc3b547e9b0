//! The widget's markup as real DOM, built in one call into `js/dom.js`:
//! elements, attributes and text nodes only, never HTML parsing, so text
//! from the article can only ever be text.
//!
//! The markup goes over as a list of instructions and the UTF-16 code units of
//! every name and text: one crossing and one string decode per render, where
//! building it through web-sys took one of each per element, attribute and
//! text (about a third of a mount's time before layout). UTF-16, not UTF-8:
//! JS strings are UTF-16, so the decode is a copy.

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, ShadowRoot};

use super::markup::{Markup, Sink, Tag};

#[wasm_bindgen(module = "/js/dom.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = buildDom)]
    fn build_dom(root: &ShadowRoot, ops: &[u32], units: &[u16]) -> Result<(), JsValue>;

    /// `host`'s open shadow root, attached unless it has one, with `sheet`
    /// adopted.
    #[wasm_bindgen(catch, js_name = styledRoot)]
    pub fn styled_root(
        host: &web_sys::Element,
        sheet: &CssStyleSheet,
    ) -> Result<ShadowRoot, JsValue>;

    /// Empties `root` and takes the widget styles off it (on destroy);
    /// anything odd is an error rather than a throw through wasm.
    #[wasm_bindgen(catch, js_name = clearRoot)]
    pub fn clear_root(root: &ShadowRoot) -> Result<(), JsValue>;
}

// The instructions `buildDom` reads.
const OPEN: u32 = 0;
const ATTR: u32 = 1;
const TEXT: u32 = 2;
const CLOSE: u32 = 3;

/// The instruction list and its strings as UTF-16 code units; positions
/// are offsets into them. Tag and attribute names are written once each.
#[derive(Default)]
struct Encoder {
    ops: Vec<u32>,
    units: Vec<u16>,
    names: Vec<(&'static str, [u32; 2])>,
}

impl Encoder {
    fn push_str(&mut self, s: &str) -> [u32; 2] {
        // Saturating: past 4 G code units a page has long run out of memory.
        let offset = |units: &Vec<u16>| u32::try_from(units.len()).unwrap_or(u32::MAX);
        let start = offset(&self.units);
        self.units.extend(s.encode_utf16());
        [start, offset(&self.units)]
    }

    fn push_name(&mut self, name: &'static str) -> [u32; 2] {
        if let Some((_, span)) = self.names.iter().find(|(n, _)| std::ptr::eq(*n, name)) {
            return *span;
        }
        let span = self.push_str(name);
        self.names.push((name, span));
        span
    }
}

impl Sink for Encoder {
    fn open(&mut self, tag: Tag) {
        let tag = self.push_name(tag.name());
        self.ops.extend([OPEN, tag[0], tag[1]]);
    }

    fn attr(&mut self, name: &'static str, value: &str) {
        let name = self.push_name(name);
        let value = self.push_str(value);
        self.ops
            .extend([ATTR, name[0], name[1], value[0], value[1]]);
    }

    fn text(&mut self, text: &str) {
        let text = self.push_str(text);
        self.ops.extend([TEXT, text[0], text[1]]);
    }

    fn close(&mut self, _: Tag) {
        self.ops.push(CLOSE);
    }
}

/// Creates the markup and puts it in `root` in place of what was there.
pub fn render_into(root: &ShadowRoot, markup: &Markup) -> Result<(), JsValue> {
    let mut encoder = Encoder::default();
    markup.write(&mut encoder);
    build_dom(root, &encoder.ops, &encoder.units)
}
