//! What the widget does when the reader acts: quote toggles, expand/collapse
//! all, speaker shortcuts, `#quote-N` fragments, and the host events. State
//! lives in the DOM attributes the markup already has, so a server-rendered
//! tree and a mounted one behave the same.

use std::cell::RefCell;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, ShadowRoot};

use super::realm;
use crate::render::joined::concat;
use crate::render::markup::id_safe;

pub const QUOTE_TOGGLE: &str = "article-widget:quote-toggle";
pub const LINK_CLICK: &str = "article-widget:link-click";

pub struct Controls {
    pub root: ShadowRoot,
    pub host: Element,
    prefix: String,
    /// Expand-all button labels (expand, collapse) of the current render.
    labels: RefCell<(String, String)>,
}

#[wasm_bindgen]
extern "C" {
    /// What elements and shadow roots share (the DOM's `ParentNode`): one
    /// `querySelector` import for both, where web-sys has one per type.
    type ParentNode;

    #[wasm_bindgen(method, catch, js_name = querySelector)]
    fn query_selector(this: &ParentNode, selectors: &str) -> Result<Option<Element>, JsValue>;
}

/// The first element under `node` (an element or a shadow root) that
/// matches `selectors`.
fn find(node: &JsValue, selectors: &str) -> Option<Element> {
    node.unchecked_ref::<ParentNode>()
        .query_selector(selectors)
        .ok()
        .flatten()
}

fn is_expanded(figure: &Element) -> bool {
    figure.get_attribute("data-expanded").as_deref() == Some("true")
}

impl Controls {
    pub fn new(root: ShadowRoot, host: Element, prefix: String) -> Self {
        Controls {
            root,
            host,
            prefix,
            labels: RefCell::default(),
        }
    }

    pub fn set_labels(&self, expand: &str, collapse: &str) {
        *self.labels.borrow_mut() = (expand.to_owned(), collapse.to_owned());
    }

    /// The one click listener, delegated from the shadow root.
    pub fn on_click(&self, event: &Event) {
        let Some(target) = event.target().and_then(|t| realm::as_element(&t)) else {
            return;
        };
        if let Ok(Some(link)) = target.closest("a[href]") {
            self.link_clicked(event, &link);
            return;
        }
        let Ok(Some(control)) = target.closest("[data-action]") else {
            return;
        };
        match control.get_attribute("data-action").as_deref() {
            Some("toggle") => {
                if let Ok(Some(figure)) = control.closest("figure") {
                    self.set_expanded(&figure, !is_expanded(&figure));
                    self.sync_expand_all();
                }
            }
            Some("expand-all") => self.set_all(self.any_collapsed()),
            Some("focus-quote") => {
                if let Some(figure) = control
                    .get_attribute("data-target")
                    .and_then(|id| self.root.get_element_by_id(&id))
                {
                    focus(&figure);
                }
            }
            _ => {}
        }
    }

    /// Opens and scrolls to the quote named by the page's `#quote-N`.
    pub fn open_from_hash(&self) {
        let hash = self
            .host
            .owner_document()
            .and_then(|doc| doc.location())
            .and_then(|location| location.hash().ok())
            .unwrap_or_default();
        let Some(quote_id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
            return;
        };
        let id = concat(&[self.prefix.as_str(), &id_safe(quote_id)]);
        let Some(figure) = self
            .root
            .get_element_by_id(&id)
            .filter(|el| el.has_attribute("data-quote-id"))
        else {
            return;
        };
        self.set_expanded(&figure, true);
        self.sync_expand_all();
        figure.scroll_into_view();
        focus(&figure);
    }

    pub fn set_all(&self, expanded: bool) {
        if let Ok(figures) = self.root.query_selector_all("[data-expanded]") {
            // Walked as an array, as `from_js` walks arrays: no imports of
            // the `NodeList` accessors (the list is a snapshot either way).
            for figure in Array::from(&figures).iter() {
                // Only elements match a selector; `dyn_into` would refuse
                // those of another window (a same-origin iframe's).
                let figure: Element = figure.unchecked_into();
                // A listener may have destroyed or updated the widget on an
                // earlier toggle event: its old quotes are gone, stop.
                if !self.root.contains(Some(&figure)) {
                    break;
                }
                self.set_expanded(&figure, expanded);
            }
        }
        self.sync_expand_all();
    }

    fn any_collapsed(&self) -> bool {
        find(&self.root, "[data-expanded=false]").is_some()
    }

    fn set_expanded(&self, figure: &Element, expanded: bool) {
        if !figure.has_attribute("data-expanded") || is_expanded(figure) == expanded {
            return;
        }
        let value = if expanded { "true" } else { "false" };
        let _ = figure.set_attribute("data-expanded", value);
        if let Some(button) = find(figure, "[data-action=toggle]") {
            let _ = button.set_attribute("aria-expanded", value);
        }
        let quote_id = figure.get_attribute("data-quote-id").into();
        self.emit(
            QUOTE_TOGGLE,
            ["quoteId", "expanded"],
            [quote_id, expanded.into()],
        );
    }

    fn sync_expand_all(&self) {
        if let Some(button) = find(&self.root, "[data-action=expand-all]") {
            let labels = self.labels.borrow();
            let label = if self.any_collapsed() {
                &labels.0
            } else {
                &labels.1
            };
            button.set_text_content(Some(label));
        }
    }

    /// Tells the host; a host that cancels the event keeps the browser from
    /// following the link (e.g. to route it itself).
    fn link_clicked(&self, event: &Event, link: &Element) {
        let detail = [
            link.get_attribute("href").into(),
            link.text_content().into(),
        ];
        if !self.emit(LINK_CLICK, ["url", "title"], detail) {
            event.prevent_default();
        }
    }

    /// Dispatches a bubbling, composed, cancelable event on the host;
    /// false when a listener cancelled it.
    fn emit(&self, name: &str, keys: [&str; 2], values: [JsValue; 2]) -> bool {
        let [value1, value2] = &values;
        realm::emit(&self.host, name, keys[0], value1, keys[1], value2).unwrap_or(true)
    }
}

/// Focuses `el`, of whichever window: `focus()` is called on the element
/// itself (an `HTMLElement` check would refuse another window's), and an
/// element without one is an error result, not a throw.
fn focus(el: &Element) {
    let _ = el.unchecked_ref::<HtmlElement>().focus();
}
