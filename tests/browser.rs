//! The DOM layer in headless Chromium: mount, update, destroy, toggles,
//! events, expand-all, fragments, speakers, related links, time, errors.
//! Run with `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

mod render_sample;

use std::cell::RefCell;
use std::rc::Rc;

use article_widget::wasm::{mount, parse_article, render_html, ArticleWidget};
use js_sys::{Array, Reflect, JSON};
use render_sample::sample;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Document, Element, Event, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn new_host() -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

fn root(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

fn sample_js() -> JsValue {
    sample()
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn find(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn count(root: &ShadowRoot, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Clicks `el`, of whichever window (`dyn_ref` would refuse an iframe's).
fn click(el: &Element) {
    el.unchecked_ref::<HtmlElement>().click();
}

fn set_hash(hash: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    // replaceState changes the fragment without queuing a real hashchange.
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(hash))
        .unwrap();
}

fn fire_hashchange() {
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&Event::new("hashchange").unwrap())
        .unwrap();
}

/// The message of the JS `Error` an export threw.
fn message<T>(result: Result<T, JsError>) -> String {
    let Err(err) = result else {
        panic!("expected an error")
    };
    let value = JsValue::from(err);
    assert!(value.is_instance_of::<js_sys::Error>(), "a real Error");
    String::from(value.unchecked_into::<js_sys::Error>().message())
}

/// Records the `detail` of every `name` event reaching the document (or
/// the window, for `error`), and stops listening when dropped.
struct Recorder {
    target: web_sys::EventTarget,
    name: &'static str,
    seen: Rc<RefCell<Vec<JsValue>>>,
    listener: Closure<dyn Fn(Event)>,
}

impl Recorder {
    fn new(name: &'static str, cancel: bool) -> Recorder {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let sink = Rc::clone(&seen);
        let listener = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            if name != "error" {
                assert!(event.bubbles() && event.composed());
            }
            if cancel {
                event.prevent_default();
            }
            let detail = match event.dyn_ref::<CustomEvent>() {
                Some(custom) => custom.detail(),
                None => event.into(),
            };
            sink.borrow_mut().push(detail);
        });
        let target: web_sys::EventTarget = if name == "error" {
            web_sys::window().unwrap().into()
        } else {
            document().into()
        };
        target
            .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
            .unwrap();
        Recorder {
            target,
            name,
            seen,
            listener,
        }
    }

    fn details(&self) -> Vec<(String, JsValue)> {
        self.seen
            .borrow()
            .iter()
            .map(|d| {
                let first = Reflect::get(d, &"quoteId".into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .or_else(|| Reflect::get(d, &"url".into()).ok()?.as_string())
                    .unwrap_or_default();
                let second = Reflect::get(d, &"expanded".into())
                    .ok()
                    .filter(|v| !v.is_undefined())
                    .or_else(|| Reflect::get(d, &"title".into()).ok())
                    .unwrap();
                (first, second)
            })
            .collect()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.target
            .remove_event_listener_with_callback(self.name, self.listener.as_ref().unchecked_ref())
            .unwrap();
    }
}

fn mount_sample(opts: &str) -> (Element, ArticleWidget) {
    set_hash("#");
    let host = new_host();
    let widget = mount(host.clone().into(), sample_js(), options(opts)).unwrap();
    (host, widget)
}

#[wasm_bindgen_test]
fn mount_renders_the_article_with_styles_in_an_open_shadow_root() {
    let (host, widget) = mount_sample("{}");
    let root = root(&host);
    assert_eq!(
        find(&root, "[part=title]").text_content().unwrap(),
        sample().title
    );
    assert_eq!(count(&root, "figure[part=quote]"), 3);
    assert_eq!(count(&root, "q[part=inline-quote]"), 1);
    assert_eq!(count(&root, "button[part=toggle]"), 1);
    let sheets: Array = Reflect::get(&root, &"adoptedStyleSheets".into())
        .unwrap()
        .unchecked_into();
    assert_eq!(sheets.length(), 1);
    assert_eq!(
        root.query_selector("style").unwrap(),
        None,
        "no <style> needed"
    );
    let speakers = root.query_selector_all("[part=speaker]").unwrap();
    let names: Vec<String> = (0..speakers.length())
        .map(|i| speakers.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Сергей Лавров", "Сергей Лавров", "Стаффан де Мистура"]
    );
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn mounted_markup_is_the_static_markup() {
    let (host, widget) = mount_sample(r#"{"timeZone":"UTC"}"#);
    let mounted = root(&host).inner_html();
    let prefix = find(&root(&host), "[part=title]").id().replace("title", "");
    let html = render_html(sample_js(), options(r#"{"timeZone":"UTC"}"#)).unwrap();
    assert_eq!(mounted, html.replace("aw-", &prefix));
    widget.destroy().unwrap();
}

/// The DOM builder slices one string by UTF-16 offsets: characters outside
/// the Basic Multilingual Plane (two code units, four UTF-8 bytes) and
/// combining marks must not shift any later text or attribute.
#[wasm_bindgen_test]
fn text_outside_the_basic_plane_keeps_every_later_string_in_place() {
    let text = "Заголовок 😀 𝔘\n\n«Цитата 😀😀 из 𝕏», — сказал 𝔏авров.\n\nАбзац e\u{301} 👩\u{200d}👧 конец.";
    let host = new_host();
    let widget = mount(host.clone().into(), text.into(), JsValue::UNDEFINED).unwrap();
    let root = root(&host);
    let prefix = find(&root, "[part=title]").id().replace("title", "");
    let html = render_html(text.into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(root.inner_html(), html.replace("aw-", &prefix));
    assert_eq!(
        find(&root, "[part=title]").text_content().unwrap(),
        "Заголовок 😀 𝔘"
    );
    assert!(root
        .text_content()
        .unwrap()
        .contains("Абзац e\u{301} 👩\u{200d}👧 конец."));
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn toggle_button_expands_and_collapses_with_events() {
    let (host, widget) = mount_sample("{}");
    let root = root(&host);
    let events = Recorder::new("article-widget:quote-toggle", false);
    let button = find(&root, "button[part=toggle]");
    let figure = find(&root, "figure[data-quote-id=quote-1]");
    // A native <button type=button>: Enter and Space activate it as a click.
    assert_eq!(button.tag_name(), "BUTTON");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    let controlled = button.get_attribute("aria-controls").unwrap();
    assert_eq!(
        root.get_element_by_id(&controlled).unwrap().tag_name(),
        "BLOCKQUOTE"
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    click(&button);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        figure.get_attribute("data-expanded").as_deref(),
        Some("true")
    );
    click(&button);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        events.details(),
        [
            ("quote-1".to_owned(), JsValue::TRUE),
            ("quote-1".to_owned(), JsValue::FALSE)
        ]
    );
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn expand_all_and_collapse_all_from_js_and_the_button() {
    let (host, widget) = mount_sample(r#"{"collapseThreshold":0}"#);
    let root = root(&host);
    let events = Recorder::new("article-widget:quote-toggle", false);
    let all = find(&root, "[part=expand-all]");
    assert_eq!(all.text_content().unwrap(), "Развернуть все цитаты");

    widget.expand_all().unwrap();
    assert_eq!(count(&root, "[aria-expanded=true]"), 3);
    assert_eq!(all.text_content().unwrap(), "Свернуть все цитаты");
    widget.expand_all().unwrap();
    assert_eq!(events.details().len(), 3, "no event without a change");

    click(&all);
    assert_eq!(count(&root, "[data-expanded=false]"), 3);
    assert_eq!(all.text_content().unwrap(), "Развернуть все цитаты");
    click(&all);
    assert_eq!(count(&root, "[data-expanded=true]"), 3);
    widget.collapse_all().unwrap();
    assert_eq!(count(&root, "[aria-expanded=false]"), 3);
    assert_eq!(events.details().len(), 12);
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn a_listener_destroying_the_widget_stops_expand_all() {
    let (host, widget) = mount_sample(r#"{"collapseThreshold":0}"#);
    let widget = Rc::new(widget);
    let events = Recorder::new("article-widget:quote-toggle", false);
    let handle = Rc::clone(&widget);
    let destroyer = Closure::<dyn Fn(Event)>::new(move |_: Event| {
        let _ = handle.destroy();
    });
    host.add_event_listener_with_callback(
        "article-widget:quote-toggle",
        destroyer.as_ref().unchecked_ref(),
    )
    .unwrap();
    widget.expand_all().unwrap();
    host.remove_event_listener_with_callback(
        "article-widget:quote-toggle",
        destroyer.as_ref().unchecked_ref(),
    )
    .unwrap();
    assert_eq!(events.details().len(), 1, "no toggle event after destroy()");
    assert_eq!(root(&host).child_nodes().length(), 0);
    assert!(message(widget.expand_all()).contains("destroy"));
}

#[wasm_bindgen_test]
fn fragment_opens_the_quote_on_mount_and_on_hashchange() {
    set_hash("#quote-1");
    let host = new_host();
    let widget = mount(
        host.clone().into(),
        sample_js(),
        options(r#"{"collapseThreshold":0}"#),
    )
    .unwrap();
    let root = root(&host);
    let first = find(&root, "[data-quote-id=quote-1]");
    assert_eq!(
        first.get_attribute("data-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(root.active_element(), Some(first));

    let events = Recorder::new("article-widget:quote-toggle", false);
    set_hash("#quote-4");
    fire_hashchange();
    let fourth = find(&root, "[data-quote-id=quote-4]");
    assert_eq!(
        fourth.get_attribute("data-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(root.active_element(), Some(fourth));
    assert_eq!(events.details(), [("quote-4".to_owned(), JsValue::TRUE)]);

    // Fragments that are not quotes change nothing.
    for hash in ["#title", "#quote-4-text", "#nothing", "#"] {
        set_hash(hash);
        fire_hashchange();
    }
    assert_eq!(events.details().len(), 1);
    set_hash("#");
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn speaker_button_moves_focus_to_their_first_quote() {
    let (host, widget) = mount_sample("{}");
    let root = root(&host);
    let buttons = root
        .query_selector_all("nav[part=speakers] button")
        .unwrap();
    assert_eq!(buttons.length(), 2);
    let de_mistura: Element = buttons.item(1).unwrap().unchecked_into();
    assert_eq!(de_mistura.text_content().unwrap(), "Стаффан де Мистура (1)");
    click(&de_mistura);
    assert_eq!(
        root.active_element(),
        Some(find(&root, "[data-quote-id=quote-4]"))
    );
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn destroy_removes_nodes_styles_and_listeners() {
    let errors = Recorder::new("error", false);
    let (host, widget) = mount_sample(r#"{"collapseThreshold":0}"#);
    let root = root(&host);
    let button = find(&root, "button[part=toggle]");
    let events = Recorder::new("article-widget:quote-toggle", false);
    widget.destroy().unwrap();

    assert_eq!(root.child_nodes().length(), 0);
    let sheets: Array = Reflect::get(&root, &"adoptedStyleSheets".into())
        .unwrap()
        .unchecked_into();
    assert_eq!(sheets.length(), 0);
    // A kept reference to an old button, put back under the root, does
    // nothing: the click listener is gone.
    root.append_child(&button).unwrap();
    click(&button);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    set_hash("#quote-1");
    fire_hashchange();
    set_hash("#");
    assert!(events.details().is_empty());
    assert!(errors.details().is_empty(), "no dropped-closure errors");
    root.replace_children_with_node_0();

    assert!(message(widget.update("x".into())).contains("after destroy()"));
    assert!(message(widget.expand_all()).contains("after destroy()"));
    assert!(message(widget.destroy()).contains("already"));
    // The element can take a new widget.
    let again = mount(host.into(), "Заголовок".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        find(&root, "[part=title]").text_content().unwrap(),
        "Заголовок"
    );
    again.destroy().unwrap();
}

#[wasm_bindgen_test]
fn update_rerenders_text_and_objects() {
    let host = new_host();
    let widget = mount(
        host.clone().into(),
        "Первый\n\nТекст.".into(),
        JsValue::NULL,
    )
    .unwrap();
    let root = root(&host);
    let prefix = find(&root, "[part=title]").id();
    assert_eq!(
        find(&root, "[part=title]").text_content().unwrap(),
        "Первый"
    );
    widget.update("Second\n\nBody.".into()).unwrap();
    assert_eq!(
        find(&root, "[part=title]").text_content().unwrap(),
        "Second"
    );
    widget.update(sample_js()).unwrap();
    assert_eq!(count(&root, "figure"), 3);
    assert_eq!(count(&root, "article"), 1);
    assert_eq!(find(&root, "[part=title]").id(), prefix, "same id prefix");
    assert!(message(widget.update(JsValue::from_f64(1.0))).contains("article text"));
    assert!(message(widget.update(options(r#"{"title":"T","body":5}"#)))
        .contains("body must be an array"));
    widget.destroy().unwrap();
}

const FIXTURES: [&str; 4] = [
    include_str!("fixtures/ru-lavrov-aleppo.txt"),
    include_str!("fixtures/ru-dash-dialogue.txt"),
    include_str!("fixtures/en-reuters-rail.txt"),
    include_str!("fixtures/ru-nested-quotes.txt"),
];

#[wasm_bindgen_test]
fn parse_article_returns_the_model_json() {
    for text in FIXTURES {
        let model = parse_article(text.into(), JsValue::UNDEFINED).unwrap();
        let expected = article_widget::parse(text, &Default::default())
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap();
        assert_eq!(
            JSON::stringify(&model).unwrap(),
            JSON::stringify(&expected).unwrap()
        );
    }
}

#[wasm_bindgen_test]
fn parse_article_round_trips_through_mount() {
    set_hash("#");
    for text in FIXTURES {
        let model = parse_article(text.into(), JsValue::UNDEFINED).unwrap();
        let a = new_host();
        let b = new_host();
        let from_text = mount(a.clone().into(), text.into(), JsValue::UNDEFINED).unwrap();
        let from_model = mount(b.clone().into(), model, JsValue::UNDEFINED).unwrap();
        let strip = |host: &Element| {
            let prefix = find(&root(host), "[part=title]").id().replace("title", "");
            root(host).inner_html().replace(&prefix, "")
        };
        assert!(count(&root(&a), "figure") > 0);
        assert_eq!(strip(&a), strip(&b));
        from_text.destroy().unwrap();
        from_model.destroy().unwrap();
    }
}

#[wasm_bindgen_test]
fn several_widgets_stay_independent() {
    let (a, first) = mount_sample(r#"{"collapseThreshold":0}"#);
    let (b, second) = mount_sample(r#"{"collapseThreshold":0}"#);
    let seen_on_b = Rc::new(RefCell::new(0));
    let sink = Rc::clone(&seen_on_b);
    let on_b = Closure::<dyn Fn(Event)>::new(move |_| *sink.borrow_mut() += 1);
    b.add_event_listener_with_callback(
        "article-widget:quote-toggle",
        on_b.as_ref().unchecked_ref(),
    )
    .unwrap();
    let title_a = find(&root(&a), "[part=title]").id();
    let title_b = find(&root(&b), "[part=title]").id();
    assert_ne!(title_a, title_b);
    click(&find(&root(&a), "button[part=toggle]"));
    first.expand_all().unwrap();
    assert_eq!(count(&root(&b), "[data-expanded=true]"), 0);
    assert_eq!(*seen_on_b.borrow(), 0);
    second.expand_all().unwrap();
    assert_eq!(*seen_on_b.borrow(), 3);
    first.destroy().unwrap();
    second.destroy().unwrap();
}

#[wasm_bindgen_test]
fn related_links_resolve_filter_and_report_clicks() {
    let opts = options(
        r##"{"related":[{"title":"Host link","url":"#aw-test-host"},
                        {"title":"Bad","url":"javascript:window.__pwned=1"}],
             "relatedUrlTemplate":"https://s.test/?q={title}"}"##,
    );
    let resolver = Closure::<dyn Fn(String) -> JsValue>::new(|t: String| {
        JsValue::from_str(&["/resolved/", &t.len().to_string()].concat())
    });
    let host = new_host();
    set_hash("#");
    let widget = mount(host.clone().into(), sample_js(), opts).unwrap();
    let root = root(&host);
    let links = root.query_selector_all("aside[part=related] a").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .map(|i| {
            let a: Element = links.item(i).unwrap().unchecked_into();
            assert_eq!(a.get_attribute("rel").as_deref(), Some("noopener"));
            a.get_attribute("href").unwrap()
        })
        .collect();
    assert_eq!(hrefs.len(), 4, "{hrefs:?}");
    assert!(hrefs[0].starts_with("https://s.test/?q=%D0%9B%D0%B0%D0%B2"));
    assert_eq!(hrefs[1], "https://example.org/syria");
    assert_eq!(hrefs[2], "#aw-test-host");
    assert!(
        hrefs[3].starts_with("https://s.test/?q=Bad"),
        "unsafe URL replaced"
    );

    let clicks = Recorder::new("article-widget:link-click", true);
    click(&find(&root, "a[href='#aw-test-host']"));
    assert_eq!(
        clicks.details(),
        [("#aw-test-host".to_owned(), JsValue::from_str("Host link"))]
    );
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "",
        "cancelled"
    );
    widget.destroy().unwrap();

    // resolveRelated covers titles the template does not.
    let opts = options("{}");
    Reflect::set(&opts, &"resolveRelated".into(), resolver.as_ref()).unwrap();
    let widget = mount(host.clone().into(), sample_js(), opts).unwrap();
    let first = find(&root, "aside[part=related] li a");
    assert!(first
        .get_attribute("href")
        .unwrap()
        .starts_with("/resolved/"));
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn time_shows_reader_time_relative_time_and_tooltip() {
    let (host, widget) = mount_sample(r#"{"timeZone":"UTC"}"#);
    let time = find(&root(&host), "time[part=time]");
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2016-05-03T15:51:00+03:00")
    );
    let text = time.text_content().unwrap();
    assert!(text.contains("2016") && text.contains("12:51"), "{text}");
    assert!(text.contains("лет назад)"), "{text}");
    assert!(time.get_attribute("title").unwrap().contains("2016"));
    widget.destroy().unwrap();

    let (host, widget) = mount_sample(r#"{"timeZone":"America/New_York","lang":"en"}"#);
    let text = find(&root(&host), "time").text_content().unwrap();
    assert!(
        text.contains("8:51") && text.contains("years ago)"),
        "{text}"
    );
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn wrong_arguments_throw_errors() {
    let host = new_host();
    let detached = document().create_element("div").unwrap();
    let text = document().create_text_node("x");
    assert!(message(mount("div".into(), "t".into(), JsValue::UNDEFINED)).contains("Element"));
    assert!(message(mount(text.into(), "t".into(), JsValue::UNDEFINED)).contains("Element"));
    assert!(message(mount(detached.into(), "t".into(), JsValue::UNDEFINED)).contains("attached"));
    assert!(message(mount(
        host.clone().into(),
        JsValue::NULL,
        JsValue::UNDEFINED
    ))
    .contains("article text"));
    for (opts, expected) in [
        ("5", "expected an object"),
        (r#"{"theme":"neon"}"#, "theme"),
        (r#"{"theme":5}"#, "theme must be a string"),
        (r#"{"collapseThreshold":-1}"#, "collapseThreshold"),
        (
            r#"{"collapseThreshold":"1"}"#,
            "collapseThreshold must be a number",
        ),
        (r#"{"related":{}}"#, "related must be an array"),
        (r#"{"related":[5]}"#, "related link"),
        (
            r#"{"resolveRelated":"x"}"#,
            "resolveRelated must be a function",
        ),
        (r#"{"timeZone":"Mars/Base"}"#, "timeZone"),
        (r#"{"headingLevel":9}"#, "headingLevel"),
    ] {
        let err = message(mount(host.clone().into(), sample_js(), options(opts)));
        assert!(
            err.contains("invalid options") && err.contains(expected),
            "{opts}: {err}"
        );
    }
    let widget = mount(host.clone().into(), "t".into(), JsValue::UNDEFINED).unwrap();
    assert!(
        message(mount(host.clone().into(), "t".into(), JsValue::UNDEFINED))
            .contains("already mounted")
    );
    assert!(message(parse_article(JsValue::from_f64(3.0), JsValue::UNDEFINED)).contains("string"));
    assert!(message(render_html(JsValue::UNDEFINED, JsValue::UNDEFINED)).contains("article text"));
    assert!(
        message(render_html(js_sys::Array::new().into(), JsValue::UNDEFINED))
            .contains("article text")
    );
    assert!(message(render_html(options("{}"), JsValue::UNDEFINED)).contains("title is missing"));
    assert!(
        message(render_html(options(r#"{"title":"T"}"#), JsValue::UNDEFINED))
            .contains("body is missing")
    );
    // A time that is not the model's shape never reaches `Date`,
    // `<time datetime>` or JSON-LD.
    for published in [
        r#"{"text":"x","local":"yesterday","offset":null}"#,
        r#"{"text":"x","local":"2016-05-03T15:51\"><b>","offset":null}"#,
        r#"{"text":"x","local":"2016-05-03T15:51","offset":"+3"}"#,
    ] {
        let article = options(&format!(
            r#"{{"title":"T","body":[],"published":{published}}}"#
        ));
        let err = message(render_html(article, JsValue::UNDEFINED));
        assert!(
            err.contains("published.local must be"),
            "{published}: {err}"
        );
    }
    // The module still works after all of that.
    assert!(render_html("Title".into(), JsValue::UNDEFINED)
        .unwrap()
        .contains("Title"));
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn hostile_text_is_shown_literally_and_never_runs() {
    for payload in render_sample::PAYLOADS {
        let host = new_host();
        let mut article = render_sample::hostile(payload);
        // The JS API refuses a malformed time (wrong_arguments_throw_errors):
        // the hostile text stays in the time as written.
        if let Some(published) = &mut article.published {
            published.local = "2016-05-03T15:51".into();
            published.offset = Some("+03:00".into());
        }
        let article = article
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap();
        let opts = options(r#"{"collapseThreshold":0,"strings":{}}"#);
        let strings = Reflect::get(&opts, &"strings".into()).unwrap();
        for key in ["speakers", "related", "expandAll", "showQuote"] {
            Reflect::set(&strings, &key.into(), &(*payload).into()).unwrap();
        }
        Reflect::set(&opts, &"relatedUrlTemplate".into(), &(*payload).into()).unwrap();
        let widget = mount(host.clone().into(), article, opts).unwrap();
        let root = root(&host);
        let window = web_sys::window().unwrap();
        assert!(Reflect::get(&window, &"__pwned".into())
            .unwrap()
            .is_undefined());
        assert_eq!(
            count(&root, "script, img, svg, iframe, [onerror], [onload]"),
            0
        );
        let links = root.query_selector_all("[href]").unwrap();
        for i in 0..links.length() {
            let link: Element = links.item(i).unwrap().unchecked_into();
            // What the browser would follow, resolved against the page.
            let protocol = Reflect::get(&link, &"protocol".into()).unwrap();
            let protocol = protocol.as_string().unwrap();
            assert!(
                ["http:", "https:"].contains(&protocol.as_str()),
                "{protocol}"
            );
        }
        let text = root.text_content().unwrap_or_default();
        assert!(text.matches(payload).count() >= 12, "{payload}: {text}");
        widget.destroy().unwrap();
    }
}

#[wasm_bindgen_test]
fn takes_over_a_server_rendered_shadow_root() {
    set_hash("#");
    let host = new_host();
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    // What a declarative shadow root from the server leaves in the page.
    let html = render_html(sample_js(), JsValue::UNDEFINED).unwrap();
    root.set_inner_html(&["<style>article{color:red}</style>", &html].concat());
    let widget = mount(host.clone().into(), sample_js(), JsValue::UNDEFINED).unwrap();
    assert_eq!(host.shadow_root(), Some(root.clone()), "the same root");
    assert_eq!(root.child_element_count(), 1);
    assert_eq!(count(&root, "article"), 1);
    assert_eq!(count(&root, "style"), 0);
    click(&find(&root, "button[part=toggle]"));
    assert_eq!(count(&root, "[aria-expanded=true]"), 1);
    widget.destroy().unwrap();
}

#[wasm_bindgen_test]
fn reentrant_calls_from_host_callbacks_throw_instead_of_corrupting() {
    set_hash("#");
    let host = new_host();
    let inner: Rc<RefCell<Option<String>>> = Rc::default();
    let sink = Rc::clone(&inner);
    let target = host.clone();
    // resolveRelated runs during mount: mounting the same element again
    // from inside it must fail, and the outer mount still succeed.
    let resolver = Closure::<dyn Fn(String) -> JsValue>::new(move |_: String| {
        let nested = mount(target.clone().into(), "x".into(), JsValue::UNDEFINED);
        *sink.borrow_mut() = Some(message(nested));
        JsValue::UNDEFINED
    });
    let opts = options("{}");
    Reflect::set(&opts, &"resolveRelated".into(), resolver.as_ref()).unwrap();
    let widget = mount(host.clone().into(), sample_js(), opts).unwrap();
    assert!(inner
        .borrow()
        .as_deref()
        .unwrap()
        .contains("already mounted"));
    assert_eq!(count(&root(&host), "article"), 1);
    widget.destroy().unwrap();
    // A failed mount leaves the element free.
    assert!(mount(host.clone().into(), JsValue::NULL, JsValue::UNDEFINED).is_err());
    mount(host.into(), "x".into(), JsValue::UNDEFINED)
        .unwrap()
        .destroy()
        .unwrap();
}

#[wasm_bindgen_test]
fn a_widget_whose_handle_is_freed_keeps_working() {
    // The handle is dropped at once, as the garbage collector would.
    let (host, _) = mount_sample("{}");
    let button = find(&root(&host), "button[part=toggle]");
    click(&button);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(
        message(mount(host.clone().into(), "x".into(), JsValue::UNDEFINED))
            .contains("already mounted")
    );
    // Out of the page its events reach no other test's listeners.
    host.remove();
}

/// `object.name(arg)`, for the DOM calls web-sys has no feature enabled for
/// here.
fn call(object: &JsValue, name: &str, arg: &JsValue) -> JsValue {
    let method: js_sys::Function = Reflect::get(object, &name.into()).unwrap().unchecked_into();
    method.call1(object, arg).unwrap()
}

/// A same-origin iframe in the page: its window and its document.
fn new_iframe() -> (Element, web_sys::Window, Document) {
    let iframe = document().create_element("iframe").unwrap();
    document().body().unwrap().append_child(&iframe).unwrap();
    let window: web_sys::Window = Reflect::get(&iframe, &"contentWindow".into())
        .unwrap()
        .unchecked_into();
    let doc = window.document().unwrap();
    (iframe, window, doc)
}

#[wasm_bindgen_test]
fn mounts_into_a_same_origin_iframe() {
    set_hash("#");
    let (iframe, window, doc) = new_iframe();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    assert!(
        !host.is_instance_of::<Element>(),
        "another window's element"
    );
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let iframe_event = Reflect::get(&window, &"CustomEvent".into()).unwrap();
    let iframe_event = Reflect::get(&iframe_event, &"prototype".into()).unwrap();
    let listener = Closure::<dyn Fn(Event)>::new(move |event: Event| {
        // Made in the host's window, as its own listeners expect.
        let own = JsValue::from(js_sys::Object::get_prototype_of(&event)) == iframe_event;
        let detail = Reflect::get(&event, &"detail".into()).unwrap();
        let expanded = Reflect::get(&detail, &"expanded".into()).unwrap();
        sink.borrow_mut().push((own, expanded.as_bool().unwrap()));
    });
    doc.add_event_listener_with_callback(
        "article-widget:quote-toggle",
        listener.as_ref().unchecked_ref(),
    )
    .unwrap();

    let widget = mount(host.clone().into(), sample_js(), JsValue::UNDEFINED).unwrap();
    let root = root(&host);
    let title = find(&root, "[part=title]");
    assert_eq!(title.text_content().unwrap(), sample().title);
    assert!(
        title.owner_document().unwrap() == doc,
        "built by the iframe's document"
    );
    // The sheet is the iframe's own, so its rules apply there.
    let style = call(
        &window,
        "getComputedStyle",
        &find(&root, "blockquote").into(),
    );
    assert_eq!(Reflect::get(&style, &"fontStyle".into()).unwrap(), "italic");
    let figure = find(&root, "figure[data-quote-id=quote-1]");
    let style = call(&window, "getComputedStyle", &figure.clone().into());
    assert_eq!(
        Reflect::get(&style, &"borderInlineStartWidth".into()).unwrap(),
        "4px"
    );

    // Clicks on the iframe's elements toggle, focus and tell its host.
    let button = find(&root, "button[part=toggle]");
    click(&button);
    assert_eq!(
        figure.get_attribute("data-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    click(&button);
    assert_eq!(
        figure.get_attribute("data-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(*events.borrow(), [(true, true), (true, false)]);
    let speakers = root
        .query_selector_all("nav[part=speakers] button")
        .unwrap();
    click(&speakers.item(1).unwrap().unchecked_into());
    assert_eq!(
        root.active_element(),
        Some(find(&root, "[data-quote-id=quote-4]"))
    );

    // `#quote-N` is the iframe's own fragment: the page's does nothing.
    set_hash("#quote-1");
    fire_hashchange();
    set_hash("#");
    assert_eq!(
        figure.get_attribute("data-expanded").as_deref(),
        Some("false")
    );
    // A fragment navigation (about:blank has no history entries to
    // replace); its own hashchange comes later, after the widget is gone.
    doc.location().unwrap().set_hash("quote-1").unwrap();
    window
        .dispatch_event(&Event::new("hashchange").unwrap())
        .unwrap();
    assert_eq!(
        figure.get_attribute("data-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(root.active_element(), Some(figure.clone()));

    // destroy() leaves nothing: no nodes, no sheet, no listeners.
    widget.collapse_all().unwrap();
    events.borrow_mut().clear();
    widget.destroy().unwrap();
    assert_eq!(root.child_nodes().length(), 0);
    let sheets: Array = Reflect::get(&root, &"adoptedStyleSheets".into())
        .unwrap()
        .unchecked_into();
    assert_eq!(sheets.length(), 0);
    root.append_child(&figure).unwrap();
    click(&button);
    window
        .dispatch_event(&Event::new("hashchange").unwrap())
        .unwrap();
    assert_eq!(
        figure.get_attribute("data-expanded").as_deref(),
        Some("false")
    );
    assert!(events.borrow().is_empty());
    root.replace_children_with_node_0();

    // Mounted again: the iframe's document keeps its sheet.
    let again = mount(host.into(), "Заголовок".into(), JsValue::UNDEFINED).unwrap();
    let sheets: Array = Reflect::get(&root, &"adoptedStyleSheets".into())
        .unwrap()
        .unchecked_into();
    assert_eq!(sheets.length(), 1);
    again.destroy().unwrap();
    doc.remove_event_listener_with_callback(
        "article-widget:quote-toggle",
        listener.as_ref().unchecked_ref(),
    )
    .unwrap();
    iframe.remove();
}

#[wasm_bindgen_test]
fn elements_without_a_window_or_a_document_are_refused() {
    let (iframe, _, doc) = new_iframe();
    let detached = doc.create_element("div").unwrap();
    assert!(message(mount(detached.into(), "t".into(), JsValue::UNDEFINED)).contains("attached"));
    // A document made by script has no window to take events and styles.
    let implementation = Reflect::get(&document(), &"implementation".into()).unwrap();
    let windowless: Document =
        call(&implementation, "createHTMLDocument", &"".into()).unchecked_into();
    let body = windowless.body().unwrap();
    assert!(body.is_connected());
    assert!(
        message(mount(body.clone().into(), "t".into(), JsValue::UNDEFINED)).contains("no window")
    );
    // An object that only looks like an element.
    let fake = options(r#"{"nodeType":1,"isConnected":true}"#);
    assert!(message(mount(fake, "t".into(), JsValue::UNDEFINED)).contains("must be an Element"));
    // Nothing was left claimed: a body with a window takes a widget.
    let widget = mount(doc.body().unwrap().into(), "t".into(), JsValue::UNDEFINED).unwrap();
    widget.destroy().unwrap();
    iframe.remove();
}

/// wasm32's std has no entropy: the maps keyed by article text take their
/// seed from JS by the first parse, and it stays 0 without that.
#[wasm_bindgen_test]
fn hash_maps_are_seeded_from_js() {
    parse_article("Заголовок".into(), JsValue::UNDEFINED).unwrap();
    let seed = article_widget::keyed::seed();
    assert_ne!(seed, 0);
    assert_eq!(seed, article_widget::keyed::seed(), "one seed per load");
}
