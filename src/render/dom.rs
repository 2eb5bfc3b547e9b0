//! The markup tree as real DOM: elements, attributes and text nodes only,
//! never HTML parsing, so text from the article can only ever be text.

use wasm_bindgen::JsValue;
use web_sys::Document;

use super::markup::{Element, Node};

/// Creates `el` and its subtree in `doc` (not yet attached anywhere).
pub fn build(doc: &Document, el: &Element) -> Result<web_sys::Element, JsValue> {
    let node = doc.create_element(el.tag().name())?;
    for (name, value) in el.attrs() {
        node.set_attribute(name, value)?;
    }
    // `append(string)` makes the text node in the same call: one crossing
    // from wasm to JS instead of two (createTextNode, appendChild).
    for child in el.children() {
        match child {
            Node::Element(child) => {
                let child = build(doc, child)?;
                node.append_child(&child)?;
            }
            Node::Text(text) => node.append_with_str_1(text)?,
        }
    }
    Ok(node)
}
