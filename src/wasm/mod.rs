//! The JavaScript API (wasm-bindgen): `parseArticle`, `mount` →
//! [`ArticleWidget`], `renderHtml`, `renderServerHtml`. Every export returns
//! a JS `Error` for bad arguments; nothing here panics on input.

mod controls;
mod from_js;
mod intl;
mod options;
mod realm;
mod seed;
mod server;
mod style;
mod to_js;
mod types;
mod widget;

use wasm_bindgen::prelude::*;

use crate::model::Article;
use crate::parse::{parse, ParseOptions};
use crate::render::joined::concat;
use crate::render::markup::ui_strings;
use options::Options;
pub use widget::ArticleWidget;

/// Text → the article, or an `Article` object (the model's JSON) → itself.
/// The text goes into `text`, which the parsed article borrows.
fn read_article<'t>(
    value: &JsValue,
    text: &'t mut String,
    parse_options: &ParseOptions,
) -> Result<Article<'t>, JsError> {
    seed::ensure();
    if let Some(value) = value.as_string() {
        *text = value;
        return Ok(parse(text, parse_options));
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(JsError::new(
            "expected the article text (a string) or an Article object",
        ));
    }
    from_js::article(value)
        .map_err(|what| JsError::new(&concat(&["invalid Article object: ", &what])))
}

/// Fills in what only the browser knows: the reader-formatted time, in
/// the UI's language.
fn prepare(article: &Article, options: &mut Options) -> Result<(), JsError> {
    let lang = ui_strings(article, &options.render).lang;
    options.render.time = match &article.published {
        Some(published) => intl::time_text(
            published,
            &options.render,
            options.time_zone.as_deref(),
            lang,
        )?,
        None => None,
    };
    Ok(())
}

/// Parses article text into the model (a plain object, the model's JSON).
#[wasm_bindgen(js_name = parseArticle, unchecked_return_type = "Article")]
pub fn parse_article(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ArticleWidgetOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("parseArticle: expected the article text as a string"))?;
    let options = options::read(&options)?;
    seed::ensure();
    to_js::article(&parse(&text, &options.parse))
        .ok_or_else(|| JsError::new("parseArticle: cannot make the Article object"))
}

/// Renders the article into `element`'s open shadow root.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Article")] article: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ArticleWidgetOptions")] options: JsValue,
) -> Result<ArticleWidget, JsError> {
    widget::mount(&element, &article, &options)
}

/// The markup `mount` builds, as an HTML string (the `<article>` element).
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(
    #[wasm_bindgen(unchecked_param_type = "string | Article")] article: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ArticleWidgetOptions")] options: JsValue,
) -> Result<String, JsError> {
    let mut options = options::read(&options)?;
    let mut text = String::new();
    let article = read_article(&article, &mut text, &options.parse)?;
    prepare(&article, &mut options)?;
    Ok(crate::render::render_html(&article, &options.render))
}
