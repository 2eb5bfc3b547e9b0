//! article-widget: parse plain-text news articles into a typed model and
//! render them as an accessible, interactive widget.
//!
//! Data flows one way: text → [`parse::parse`] → [`model::Article`] →
//! [`render`] (static HTML on any target, DOM in the browser).

pub mod model;
pub mod parse;
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::Article;
pub use parse::{parse, ParseOptions};
