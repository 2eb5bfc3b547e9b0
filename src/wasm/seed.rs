//! Seeds the maps keyed by article text (`crate::keyed`) when the module
//! starts: wasm32's std has no entropy, so the seed comes from JS (Web
//! Crypto). Nothing else reaches JS for the parser.

use wasm_bindgen::prelude::*;

use crate::keyed;

#[wasm_bindgen(module = "/js/dom.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = randomSeed)]
    fn random_seed() -> Result<u64, JsValue>;
}

#[wasm_bindgen(start)]
fn start() {
    // Without a seed the maps still work, only their hashing is guessable.
    if let Ok(seed) = random_seed() {
        keyed::set_seed(seed);
    }
}
