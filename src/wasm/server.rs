//! `renderServerHtml`: the server-side page block (declarative shadow root
//! plus JSON-LD) from JS, for Node servers using `article-widget/node`.

use wasm_bindgen::prelude::*;

use super::from_js::Reader;
use super::{options, prepare, read_article};
use crate::render::joined::concat;
use crate::render::ServerOptions;

/// `renderHtml`'s markup inside an `<article-widget>` host's declarative
/// shadow root, then the article's `NewsArticle` JSON-LD.
#[wasm_bindgen(js_name = renderServerHtml)]
pub fn render_server_html(
    #[wasm_bindgen(unchecked_param_type = "string | Article")] article: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ServerRenderOptions")] options: JsValue,
) -> Result<String, JsError> {
    let mut render = options::read(&options)?;
    let server = if options.is_object() {
        let mut r = Reader::default();
        let server = ServerOptions {
            stylesheet: r.opt_string(&options, "stylesheet"),
            src: r.opt_string(&options, "src"),
        };
        r.finish(server)
            .map_err(|what| JsError::new(&concat(&["invalid options: ", &what])))?
    } else {
        ServerOptions::default()
    };
    let mut text = String::new();
    let article = read_article(&article, &mut text, &render.parse)?;
    prepare(&article, &mut render)?;
    Ok(crate::render::render_server_html(
        &article,
        &render.render,
        &server,
    ))
}
