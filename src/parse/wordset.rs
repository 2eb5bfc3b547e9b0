//! Constant-time membership for the lexicon's word lists: each set is built
//! once, and a lookup hashes the word (FNV-1a, cheap for short keys) instead
//! of comparing it with every entry.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type WordSet = HashSet<String, BuildHasherDefault<Fnv>>;
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// Longest word worth folding for a lookup; no listed word is longer.
const MAX_WORD_BYTES: usize = 64;

/// `word` with its first letter lowercased, in `buf`; `None` when longer
/// than any listed word.
pub fn fold_first<'b>(word: &str, buf: &'b mut [u8; MAX_WORD_BYTES]) -> Option<&'b str> {
    let mut chars = word.chars();
    let first = super::case::lower(chars.next()?);
    let rest = chars.as_str();
    let n = first.len_utf8();
    if n + rest.len() > MAX_WORD_BYTES {
        return None;
    }
    first.encode_utf8(&mut buf[..n]);
    buf[n..n + rest.len()].copy_from_slice(rest.as_bytes());
    std::str::from_utf8(&buf[..n + rest.len()]).ok()
}

/// A fresh `[u8; MAX_WORD_BYTES]` for [`fold_first`].
pub fn buffer() -> [u8; MAX_WORD_BYTES] {
    [0; MAX_WORD_BYTES]
}
