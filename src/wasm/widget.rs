//! A mounted widget: its shadow root, its options, and the few listeners
//! it owns (one delegated click on the shadow root, one `hashchange` on the
//! window), removed when it is destroyed or freed.

use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;

use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, ShadowRoot, ShadowRootInit, ShadowRootMode, Window};

use super::controls::Controls;
use super::options::{self, Options};
use super::{prepare, read_article, style};
use crate::model::Article;
use crate::render::dom;
use crate::render::markup::article_tree;

thread_local! {
    /// Hosts with a live widget, so a second mount on one fails clearly.
    static MOUNTED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

fn is_mounted(host: &Element) -> bool {
    MOUNTED.with(|hosts| hosts.borrow().iter().any(|h| Object::is(h, host)))
}

fn set_mounted(host: &Element, mounted: bool) {
    MOUNTED.with(|hosts| {
        let mut hosts = hosts.borrow_mut();
        hosts.retain(|h| !Object::is(h, host));
        if mounted {
            hosts.push(host.clone());
        }
    });
}

/// `aw1-`, `aw2-`, …: one id namespace per widget on the page.
fn next_prefix() -> String {
    let n = NEXT_ID.with(|next| {
        next.set(next.get().wrapping_add(1));
        next.get()
    });
    ["aw", &n.to_string(), "-"].concat()
}

/// A widget mounted with `mount()`.
#[wasm_bindgen]
pub struct ArticleWidget {
    live: RefCell<Option<Live>>,
}

struct Live {
    options: Options,
    controls: Rc<Controls>,
    _listeners: Listeners,
}

impl Drop for Live {
    fn drop(&mut self) {
        set_mounted(&self.controls.host, false);
    }
}

struct Listeners {
    root: ShadowRoot,
    window: Window,
    click: Closure<dyn Fn(Event)>,
    hashchange: Closure<dyn Fn(Event)>,
}

impl Listeners {
    fn attach(controls: &Rc<Controls>, window: Window) -> Result<Listeners, JsValue> {
        let on_click = Rc::clone(controls);
        let on_hash = Rc::clone(controls);
        let listeners = Listeners {
            root: controls.root.clone(),
            window,
            click: Closure::new(move |event: Event| on_click.on_click(&event)),
            hashchange: Closure::new(move |_: Event| on_hash.open_from_hash()),
        };
        listeners
            .root
            .add_event_listener_with_callback("click", listeners.click.as_ref().unchecked_ref())?;
        listeners.window.add_event_listener_with_callback(
            "hashchange",
            listeners.hashchange.as_ref().unchecked_ref(),
        )?;
        Ok(listeners)
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        let _ = self
            .root
            .remove_event_listener_with_callback("click", self.click.as_ref().unchecked_ref());
        let _ = self.window.remove_event_listener_with_callback(
            "hashchange",
            self.hashchange.as_ref().unchecked_ref(),
        );
    }
}

fn error(message: &str) -> JsError {
    JsError::new(message)
}

/// Renders `article` into the widget's shadow root, replacing what was there.
fn render(controls: &Controls, article: &Article, options: &mut Options) -> Result<(), JsError> {
    let ui = prepare(article, options)?;
    let doc = controls
        .host
        .owner_document()
        .ok_or_else(|| error("mount: the element has no document"))?;
    let tree = article_tree(article, &options.render);
    let node = dom::build(&doc, &tree).map_err(|_| error("cannot build the widget's DOM"))?;
    controls.root.replace_children_with_node_1(&node);
    controls.set_labels(ui.expand_all, ui.collapse_all);
    Ok(())
}

pub fn mount(
    element: &JsValue,
    article: &JsValue,
    options: &JsValue,
) -> Result<ArticleWidget, JsError> {
    let host: Element = element
        .clone()
        .dyn_into()
        .map_err(|_| error("mount: the first argument must be an Element"))?;
    if !host.is_connected() {
        return Err(error("mount: the element is not attached to a document"));
    }
    if is_mounted(&host) {
        return Err(error(
            "mount: a widget is already mounted on this element; destroy() it first",
        ));
    }
    // Claimed before anything can run host code (option getters,
    // resolveRelated), so that a re-entrant mount on this element fails too.
    set_mounted(&host, true);
    let mounted = mount_claimed(host.clone(), article, options);
    if mounted.is_err() {
        set_mounted(&host, false);
    }
    mounted
}

fn mount_claimed(
    host: Element,
    article: &JsValue,
    options: &JsValue,
) -> Result<ArticleWidget, JsError> {
    let window = host
        .owner_document()
        .and_then(|doc| doc.default_view())
        .ok_or_else(|| error("mount: the element's document has no window"))?;
    let mut options = options::read(options)?;
    let article = read_article(article, &options.parse)?;
    options.render.id_prefix = next_prefix();
    // Reuse a server-rendered (declarative) open shadow root.
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| error("mount: this element cannot have a shadow root"))?,
    };
    style::set_styles(&root, true).map_err(|_| error("mount: cannot apply the widget styles"))?;
    let controls = Rc::new(Controls::new(root, host, options.render.id_prefix.clone()));
    render(&controls, &article, &mut options)?;
    let listeners = Listeners::attach(&controls, window)
        .map_err(|_| error("mount: cannot add event listeners"))?;
    controls.open_from_hash();
    Ok(ArticleWidget {
        live: RefCell::new(Some(Live {
            options,
            controls,
            _listeners: listeners,
        })),
    })
}

#[wasm_bindgen]
impl ArticleWidget {
    fn slot(&self) -> Result<RefMut<'_, Option<Live>>, JsError> {
        self.live
            .try_borrow_mut()
            .map_err(|_| error("ArticleWidget: called again from inside its own callback"))
    }

    fn live(&self) -> Result<RefMut<'_, Live>, JsError> {
        RefMut::filter_map(self.slot()?, Option::as_mut)
            .map_err(|_| error("ArticleWidget: used after destroy()"))
    }

    /// Renders new text or a new article with the same options.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Article")] article: JsValue,
    ) -> Result<(), JsError> {
        let mut live = self.live()?;
        let live = &mut *live;
        let article = read_article(&article, &live.options.parse)?;
        render(&live.controls, &article, &mut live.options)
    }

    /// Expands every collapsible quote.
    #[wasm_bindgen(js_name = expandAll)]
    pub fn expand_all(&self) -> Result<(), JsError> {
        self.controls()?.set_all(true);
        Ok(())
    }

    /// Collapses every collapsible quote.
    #[wasm_bindgen(js_name = collapseAll)]
    pub fn collapse_all(&self) -> Result<(), JsError> {
        self.controls()?.set_all(false);
        Ok(())
    }

    /// The controls, out of the borrow: toggling runs the host's listeners,
    /// which may call back into this widget.
    fn controls(&self) -> Result<Rc<Controls>, JsError> {
        Ok(Rc::clone(&self.live()?.controls))
    }

    /// Removes the widget's DOM, styles and listeners; the element can be
    /// mounted again. Any later call throws.
    pub fn destroy(&self) -> Result<(), JsError> {
        let live = self
            .slot()?
            .take()
            .ok_or_else(|| error("ArticleWidget: destroy() was already called"))?;
        live.controls.root.replace_children_with_node_0();
        let _ = style::set_styles(&live.controls.root, false);
        Ok(())
    }
}
