//! Hash maps whose keys come from hostile text (surnames, quote ids). std's
//! `RandomState` would do natively, but on wasm32-unknown-unknown its keys
//! are a stack and a heap address, the same on every load of a page: an
//! attacker could precompute keys that all land in one bucket. Here every
//! map hashes with std's `DefaultHasher` (SipHash-1-3) after a per-process
//! secret seed, drawn from `RandomState` natively and set on wasm by the JS
//! API (`crate::wasm`) from the browser's randomness. Only this seed is
//! shared; the parser never touches JS.

use std::collections::hash_map::{DefaultHasher, RandomState};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// A `HashMap` seeded with the process's secret.
pub type KeyedMap<K, V> = HashMap<K, V, Keyed>;

/// The process's seed; 0 until drawn or set.
static SEED: AtomicU64 = AtomicU64::new(0);

/// Sets the seed every map made from now on uses (wasm: from JS, before
/// the first parse or render).
pub fn set_seed(seed: u64) {
    SEED.store(seed, Ordering::Relaxed);
}

/// The seed, drawn from std's `RandomState` on first use natively. On wasm
/// std has no entropy (its draw would be as guessable as none), so an
/// unset seed stays 0 there: the JS API sets it when the module starts.
pub fn seed() -> u64 {
    let seed = SEED.load(Ordering::Relaxed);
    if seed != 0 || cfg!(target_arch = "wasm32") {
        return seed;
    }
    let drawn = RandomState::new().hash_one(0u8);
    // Another thread may have drawn first: every map uses the one kept.
    match SEED.compare_exchange(0, drawn, Ordering::Relaxed, Ordering::Relaxed) {
        Ok(_) => drawn,
        Err(kept) => kept,
    }
}

/// `BuildHasher` for [`KeyedMap`]: SipHash-1-3 that has already taken in
/// the seed, cloned per key (cheaper than hashing the seed every time).
#[derive(Clone, Debug)]
pub struct Keyed(DefaultHasher);

impl Keyed {
    pub fn with_seed(seed: u64) -> Keyed {
        let mut hasher = DefaultHasher::new();
        hasher.write_u64(seed);
        Keyed(hasher)
    }
}

impl Default for Keyed {
    fn default() -> Keyed {
        Keyed::with_seed(seed())
    }
}

impl BuildHasher for Keyed {
    type Hasher = DefaultHasher;

    fn build_hasher(&self) -> DefaultHasher {
        self.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_decides_the_hash() {
        let (a, b) = (Keyed::with_seed(1), Keyed::with_seed(2));
        for key in ["Петров", "quote-1", ""] {
            assert_eq!(a.hash_one(key), Keyed::with_seed(1).hash_one(key));
            assert_ne!(a.hash_one(key), b.hash_one(key), "{key:?}");
        }
        assert_ne!(a.hash_one(7u64), b.hash_one(7u64));
    }

    #[test]
    fn natively_the_seed_is_drawn_once() {
        let seed = seed();
        assert_ne!(seed, 0);
        assert_eq!(seed, super::seed());
        assert_eq!(
            Keyed::default().hash_one("Лавров"),
            Keyed::with_seed(seed).hash_one("Лавров")
        );
    }

    #[test]
    fn maps_find_what_they_hold() {
        let mut map: KeyedMap<String, usize> = KeyedMap::default();
        for i in 0..1000 {
            map.insert(format!("Петров{i}"), i);
        }
        assert_eq!(map.len(), 1000);
        assert!((0..1000).all(|i| map.get(&format!("Петров{i}")) == Some(&i)));
        assert_eq!(map.get("Петров1000"), None);
    }
}
