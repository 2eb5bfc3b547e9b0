//! article-widget: parse plain-text news articles into a typed model and
//! render them as an accessible, interactive widget.
//!
//! Data flows one way: text → [`parse::parse`] → [`model::Article`] →
//! [`render`] (static HTML on any target, DOM in the browser).

pub mod keyed;
pub mod model;
pub mod parse;
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::Article;
pub use parse::{parse, ParseOptions};

/// The wasm heap: talc is about 7 KB smaller than std's dlmalloc (and
/// faster); the module is single-threaded, which talc's wasm build assumes.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
