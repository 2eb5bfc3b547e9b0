//! A mounted widget: its shadow root, its options, and the few listeners
//! it owns (one delegated click on the shadow root, one `hashchange` on the
//! window), removed by `destroy()`.
//!
//! Live widgets are owned by a registry here, not by the JS `ArticleWidget`
//! handle: a page that drops the handle (the garbage collector frees it)
//! keeps a working widget; only `destroy()` ends one.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, ShadowRoot, Window};

use super::controls::Controls;
use super::options::{self, Options};
use super::{prepare, read_article, realm, style};
use crate::model::Article;
use crate::parse::push_number;
use crate::render::dom;
use crate::render::markup::Markup;

/// One element with a widget on it; `live` is `None` while mounting.
struct Entry {
    id: u32,
    host: Element,
    live: Option<Rc<Live>>,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// The last widget id given out (a plain static: a number needs no
/// thread-local's access code).
static LAST_ID: AtomicU32 = AtomicU32::new(0);

/// Claims `host` for a new widget id; `None` when it already has one.
fn claim(host: &Element) -> Option<u32> {
    WIDGETS.with(|widgets| {
        let mut widgets = widgets.borrow_mut();
        if widgets.iter().any(|e| Object::is(&e.host, host)) {
            return None;
        }
        let id = LAST_ID.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
        widgets.push(Entry {
            id,
            host: host.clone(),
            live: None,
        });
        Some(id)
    })
}

/// Sets the live widget of entry `id`, or with `None` removes the entry and
/// returns what it held.
fn set_live(id: u32, live: Option<Rc<Live>>) -> Option<Rc<Live>> {
    WIDGETS.with(|widgets| {
        let mut widgets = widgets.borrow_mut();
        let index = widgets.iter().position(|e| e.id == id)?;
        match live {
            Some(live) => widgets[index].live.replace(live),
            None => widgets.swap_remove(index).live,
        }
    })
}

fn find_live(id: u32) -> Option<Rc<Live>> {
    WIDGETS.with(|widgets| {
        let widgets = widgets.borrow();
        widgets.iter().find(|e| e.id == id)?.live.clone()
    })
}

/// A widget mounted with `mount()`.
#[wasm_bindgen]
pub struct ArticleWidget {
    id: u32,
}

struct Live {
    options: RefCell<Options>,
    controls: Rc<Controls>,
    _listeners: Listeners,
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
    prepare(article, options)?;
    let markup = Markup::new(article, &options.render);
    dom::render_into(&controls.root, &markup)
        .map_err(|_| error("cannot build the widget's DOM"))?;
    let (expand, collapse) = markup.expand_all_labels();
    controls.set_labels(expand, collapse);
    Ok(())
}

pub fn mount(
    element: &JsValue,
    article: &JsValue,
    options: &JsValue,
) -> Result<ArticleWidget, JsError> {
    // An element of this window or of a same-origin iframe's.
    let host = realm::as_element(element)
        .ok_or_else(|| error("mount: the first argument must be an Element"))?;
    if !host.is_connected() {
        return Err(error("mount: the element is not attached to a document"));
    }
    // Claimed before anything can run host code (option getters,
    // resolveRelated), so that a re-entrant mount on this element fails too.
    let id = claim(&host).ok_or_else(|| {
        error("mount: a widget is already mounted on this element; destroy() it first")
    })?;
    match mount_claimed(id, host, article, options) {
        Ok(live) => {
            set_live(id, Some(Rc::clone(&live)));
            live.controls.open_from_hash();
            Ok(ArticleWidget { id })
        }
        Err(err) => {
            set_live(id, None);
            Err(err)
        }
    }
}

fn mount_claimed(
    id: u32,
    host: Element,
    article: &JsValue,
    options: &JsValue,
) -> Result<Rc<Live>, JsError> {
    // The host's own window (an iframe's, maybe): its `hashchange`, its
    // stylesheets.
    let document = host
        .owner_document()
        .ok_or_else(|| error("mount: the element has no document"))?;
    let window = document
        .default_view()
        .ok_or_else(|| error("mount: the element's document has no window"))?;
    let mut options = options::read(options)?;
    let mut text = String::new();
    let article = read_article(article, &mut text, &options.parse)?;
    // `aw1-`, `aw2-`, …: one id namespace per widget on the page.
    let mut prefix = String::from("aw");
    push_number(&mut prefix, id as usize);
    prefix.push('-');
    options.render.id_prefix = prefix;
    let sheet =
        style::sheet(&document).map_err(|_| error("mount: cannot apply the widget styles"))?;
    // Reuses a server-rendered (declarative) open shadow root.
    let root = dom::styled_root(&host, &sheet)
        .map_err(|_| error("mount: this element cannot have a shadow root"))?;
    let controls = Rc::new(Controls::new(root, host, options.render.id_prefix.clone()));
    render(&controls, &article, &mut options)?;
    let listeners = Listeners::attach(&controls, window)
        .map_err(|_| error("mount: cannot add event listeners"))?;
    Ok(Rc::new(Live {
        options: RefCell::new(options),
        controls,
        _listeners: listeners,
    }))
}

#[wasm_bindgen]
impl ArticleWidget {
    /// The live widget, outside the registry's borrow: its methods run host
    /// code (events, resolveRelated) that may call back into any widget.
    fn live(&self) -> Result<Rc<Live>, JsError> {
        find_live(self.id).ok_or_else(|| error("ArticleWidget: used after destroy()"))
    }

    /// Renders new text or a new article with the same options.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Article")] article: JsValue,
    ) -> Result<(), JsError> {
        let live = self.live()?;
        let mut options = live
            .options
            .try_borrow_mut()
            .map_err(|_| error("ArticleWidget: update() called from inside its own update()"))?;
        let mut text = String::new();
        let article = read_article(&article, &mut text, &options.parse)?;
        render(&live.controls, &article, &mut options)?;
        // resolveRelated may have destroyed this widget meanwhile.
        if find_live(self.id).is_none() {
            let _ = dom::clear_root(&live.controls.root);
        }
        Ok(())
    }

    /// Expands every collapsible quote.
    #[wasm_bindgen(js_name = expandAll)]
    pub fn expand_all(&self) -> Result<(), JsError> {
        self.live()?.controls.set_all(true);
        Ok(())
    }

    /// Collapses every collapsible quote.
    #[wasm_bindgen(js_name = collapseAll)]
    pub fn collapse_all(&self) -> Result<(), JsError> {
        self.live()?.controls.set_all(false);
        Ok(())
    }

    /// Removes the widget's DOM, styles and listeners; the element can be
    /// mounted again. Any later call throws.
    pub fn destroy(&self) -> Result<(), JsError> {
        let live = set_live(self.id, None)
            .ok_or_else(|| error("ArticleWidget: destroy() was already called"))?;
        let _ = dom::clear_root(&live.controls.root);
        Ok(())
    }
}
