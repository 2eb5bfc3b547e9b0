//! Seeds the maps keyed by article text (`crate::keyed`) before the first
//! parse or render: wasm32's std has no entropy, so the seed comes from JS
//! (Web Crypto). Nothing else reaches JS for the parser. Done on the first
//! call rather than in a `start` function, which wasm-bindgen's test
//! harness never runs.

use wasm_bindgen::prelude::*;

use crate::keyed;

#[wasm_bindgen(module = "/js/dom.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = randomSeed)]
    fn random_seed() -> Result<u64, JsValue>;
}

/// Sets the seed unless it is set. Without one the maps still work, only
/// their hashing is guessable.
pub fn ensure() {
    if keyed::seed() == 0 {
        if let Ok(seed) = random_seed() {
            keyed::set_seed(seed);
        }
    }
}
