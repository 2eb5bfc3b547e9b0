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
    for child in el.children() {
        let child: web_sys::Node = match child {
            Node::Element(child) => build(doc, child)?.into(),
            Node::Text(text) => doc.create_text_node(text).into(),
        };
        node.append_child(&child)?;
    }
    Ok(node)
}
