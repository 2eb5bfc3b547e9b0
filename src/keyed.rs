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
use std::hash::{BuildHasher, Hash, Hasher};
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

/// The first of a list's items with each key, by the key's keyed hash
/// (then the next numbers, should two keys share one) → its index. Items
/// are compared by the caller (`is`), so every kind of key shares this one
/// small map type, and a repeat is told in a probe or two.
#[derive(Debug, Default)]
pub struct Firsts(KeyedMap<u64, usize>);

impl Firsts {
    /// The index of the first item recorded whose key equals `key` (`is`
    /// tells whether the item at an index has it).
    pub fn get(&self, key: &impl Hash, is: impl Fn(usize) -> bool) -> Option<usize> {
        self.probe(key, is).ok()
    }

    /// Records item `i` under `key`, unless an item with the same key (`is`)
    /// is recorded: whether it was the first.
    pub fn insert(&mut self, key: &impl Hash, i: usize, is: impl Fn(usize) -> bool) -> bool {
        self.first_or_insert(key, i, is).is_none()
    }

    /// The index of the first item recorded whose key equals `key`, or
    /// `None` after recording item `i` as that first: one probe for both.
    pub fn first_or_insert(
        &mut self,
        key: &impl Hash,
        i: usize,
        is: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        match self.probe(key, is) {
            Ok(first) => Some(first),
            Err(free) => {
                self.0.insert(free, i);
                None
            }
        }
    }

    /// The index of the item with `key`, or the free slot for it.
    fn probe(&self, key: &impl Hash, is: impl Fn(usize) -> bool) -> Result<usize, u64> {
        let mut slot = self.0.hasher().hash_one(key);
        while let Some(&i) = self.0.get(&slot) {
            if is(i) {
                return Ok(i);
            }
            slot = slot.wrapping_add(1);
        }
        Err(slot)
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

    #[test]
    fn firsts_keep_the_first_item_of_each_key() {
        let items = ["a", "b", "a", "c", "b"];
        fn is<'a>(items: &'a [&str], key: &'a str) -> impl Fn(usize) -> bool + 'a {
            move |i| items[i] == key
        }
        let mut firsts = Firsts::default();
        let new: Vec<bool> = (0..items.len())
            .map(|i| firsts.insert(&items[i], i, is(&items, items[i])))
            .collect();
        assert_eq!(new, [true, true, false, true, false]);
        assert_eq!(firsts.get(&"a", is(&items, "a")), Some(0));
        assert_eq!(firsts.get(&"c", is(&items, "c")), Some(3));
        assert_eq!(firsts.get(&"d", is(&items, "d")), None);
        assert_eq!(firsts.first_or_insert(&"b", 9, is(&items, "b")), Some(1));
        assert_eq!(firsts.first_or_insert(&"d", 9, |_| false), None);
        assert_eq!(firsts.get(&"d", |i| i == 9), Some(9));
    }
}
