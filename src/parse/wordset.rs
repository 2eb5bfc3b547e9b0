//! Closed word lists, each stored as one space-separated string with a
//! small open-addressing hash table of word offsets, both made at compile
//! time: the wasm module carries only the words' bytes and the table, with
//! no hash-set building code, and a lookup hashes the word once.

/// A space-separated word list and its hash table.
pub struct Words {
    pub(super) list: &'static str,
    /// 1 + the byte offset of a word in `list`, or 0 for an empty slot.
    pub(super) table: &'static [u16],
}

/// A `Words` from a string literal, with a table of `$slots` slots (a power
/// of two, at least half again the number of words).
macro_rules! words {
    ($slots:literal, $list:expr $(,)?) => {
        $crate::parse::wordset::Words {
            list: $list,
            table: &$crate::parse::wordset::table::<$slots>($list),
        }
    };
}
pub(super) use words;

const HASH_START: usize = 0x811c_9dc5;

/// Table entries keep a word's offset (plus one) in the low bits and a few
/// bits of its hash above them, so that most probes that miss are told
/// apart without reading the list.
const OFFSET_BITS: u32 = 12;
const OFFSET_MASK: u16 = (1 << OFFSET_BITS) - 1;

const fn fingerprint(hash: usize) -> u16 {
    ((hash >> 28) & 0xF) as u16
}

/// The FNV-1a hash of `bytes`.
pub const fn hash(bytes: &[u8]) -> usize {
    hash_more(HASH_START, bytes)
}

/// FNV-1a continued from `h` over `bytes`: cheap for short keys, usable at
/// compile time, and a word's hash can be made from its parts.
pub const fn hash_more(mut h: usize, mut bytes: &[u8]) -> usize {
    while let [b, rest @ ..] = bytes {
        h = hash_byte(h, *b);
        bytes = rest;
    }
    h
}

/// FNV-1a continued from `h` over one byte: small enough to be inlined
/// where a caller hashes byte by byte.
pub const fn hash_byte(h: usize, b: u8) -> usize {
    ((h as u32 ^ b as u32).wrapping_mul(0x0100_0193)) as usize
}

/// A listed word without its tag: a trailing digit is data, not part of
/// the word (`мэр2`).
const fn key(word: &[u8]) -> &[u8] {
    match word {
        [head @ .., b'0'..=b'9'] => head,
        _ => word,
    }
}

/// The hash table of `list`; evaluated by the compiler only.
pub const fn table<const SLOTS: usize>(list: &str) -> [u16; SLOTS] {
    let bytes = list.as_bytes();
    let mut table = [0u16; SLOTS];
    let (mut start, mut i) = (0, 0);
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b' ' {
            let (head, _) = bytes.split_at(i);
            let (_, word) = head.split_at(start);
            let h = hash(key(word));
            let mut slot = h & (SLOTS - 1);
            while table[slot] != 0 {
                slot = (slot + 1) & (SLOTS - 1);
            }
            assert!(start < OFFSET_MASK as usize, "word list too long");
            table[slot] = fingerprint(h) << OFFSET_BITS | (start as u16 + 1);
            start = i + 1;
        }
        i += 1;
    }
    table
}

/// A set of bytes, as a 256-bit map.
pub struct ByteSet([u64; 4]);

impl ByteSet {
    /// The last bytes of the words of `list`, tags dropped: a word ending
    /// in another byte is not listed, which a caller can tell before
    /// hashing it. Evaluated by the compiler only.
    pub const fn last_bytes(list: &str) -> ByteSet {
        let mut set = ByteSet([0; 4]);
        let mut at = 0;
        while let Some((word, next)) = next_word(list.as_bytes(), at) {
            if let [.., b] = key(word) {
                set = set.with(*b);
            }
            at = next;
        }
        set
    }

    /// The `pair` of the first two letters of each word of `list`, every
    /// one of which must have two, tags dropped. Evaluated by the compiler
    /// only.
    pub const fn first_pairs(list: &str) -> ByteSet {
        let mut set = ByteSet([0; 4]);
        let mut at = 0;
        while let Some((word, next)) = next_word(list.as_bytes(), at) {
            let word = key(word);
            let first = char_end(word, 0);
            assert!(first < word.len(), "a word of one letter");
            set = set.with(pair(word[first - 1], word[char_end(word, first) - 1]));
            at = next;
        }
        set
    }

    /// The first bytes of `words`. Evaluated by the compiler only.
    pub const fn first_bytes(words: &[&str]) -> ByteSet {
        let mut set = ByteSet([0; 4]);
        let mut i = 0;
        while i < words.len() {
            if let [b, ..] = *words[i].as_bytes() {
                set = set.with(b);
            }
            i += 1;
        }
        set
    }

    const fn with(mut self, b: u8) -> ByteSet {
        self.0[(b >> 6) as usize] |= 1 << (b & 63);
        self
    }

    /// Whether `word`'s last byte is in the set.
    pub fn has_last_of(&self, word: &[u8]) -> bool {
        word.last().is_some_and(|&b| self.has(b))
    }

    pub fn has(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] >> (b & 63) & 1 == 1
    }
}

/// The word of space-separated `list` that starts at byte `at`, and where
/// the next one starts; `None` past the end. Evaluated by the compiler only.
const fn next_word(list: &[u8], at: usize) -> Option<(&[u8], usize)> {
    if at > list.len() {
        return None;
    }
    let mut end = at;
    while end < list.len() && list[end] != b' ' {
        end += 1;
    }
    let (head, _) = list.split_at(end);
    let (_, word) = head.split_at(at);
    Some((word, end + 1))
}

/// Two letters as one byte, from the last bytes of their encodings.
pub const fn pair(first: u8, second: u8) -> u8 {
    first.rotate_left(3) ^ second
}

/// The end of the UTF-8 character that starts at byte `i` of `word`.
const fn char_end(word: &[u8], i: usize) -> usize {
    let mut end = i + 1;
    while end < word.len() && word[end] & 0xC0 == 0x80 {
        end += 1;
    }
    end
}

impl Words {
    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_some()
    }

    /// The listed word equal to `word`, borrowed from the list.
    pub fn find(&self, word: &str) -> Option<&'static str> {
        self.find_tagged(word)
            .and_then(|(w, tag)| tag.is_none().then_some(w))
    }

    /// The listed word equal to `word`, and its tag digit if it has one.
    pub fn find_tagged(&self, word: &str) -> Option<(&'static str, Option<u8>)> {
        self.find_hashed(&[], word.as_bytes(), hash(word.as_bytes()))
    }

    /// [`Words::find_tagged`] for the word `head` + `tail`, whose hash the
    /// caller has made (so that it can fold a letter, or hash a word and
    /// its stem in one pass, without copying the word).
    pub fn find_hashed(
        &self,
        head: &[u8],
        tail: &[u8],
        hash: usize,
    ) -> Option<(&'static str, Option<u8>)> {
        let mask = self.table.len().checked_sub(1)?;
        let len = head.len() + tail.len();
        let mut slot = hash & mask;
        for _ in 0..self.table.len() {
            let entry = *self.table.get(slot)?;
            let at = usize::from(entry & OFFSET_MASK).checked_sub(1)?;
            if entry >> OFFSET_BITS == fingerprint(hash) {
                let rest = self.list.as_bytes().get(at..)?;
                // Byte by byte rather than by `starts_with`: listed words
                // are short, and a call to `memcmp` per probe costs more
                // than comparing them.
                // Head and tail apart: a chained iterator costs a test per
                // byte for which half it is in.
                let same = rest.len() >= len
                    && rest.iter().zip(head).all(|(a, b)| a == b)
                    && rest
                        .get(head.len()..)
                        .is_some_and(|r| r.iter().zip(tail).all(|(a, b)| a == b));
                if same {
                    let tag = match rest.get(len..)? {
                        [] | [b' ', ..] => Some(None),
                        [d @ b'0'..=b'9'] | [d @ b'0'..=b'9', b' ', ..] => Some(Some(d - b'0')),
                        _ => None,
                    };
                    if let Some(tag) = tag {
                        return Some((self.list.get(at..at + len)?, tag));
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
        None
    }

    /// Every word of the list, in order (for tests).
    #[cfg(test)]
    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        self.list.split(' ')
    }
}

/// Checks that `words` has no repeats or empty words and that its table
/// keeps a third of its slots free, so lookups stay short.
#[cfg(test)]
pub fn assert_well_formed(words: &Words) {
    let all: Vec<&str> = words.words().collect();
    let mut sorted = all.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), all.len(), "repeated word");
    assert!(all.iter().all(|w| !w.is_empty()));
    assert!(all.len() * 3 <= words.table.len() * 2, "table too full");
    assert!(words.table.len().is_power_of_two());
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: Words = words!(16, "and a bb ba c сказал сказала");

    #[test]
    fn finds_every_listed_word_and_nothing_else() {
        assert_well_formed(&LIST);
        for w in LIST.words() {
            assert_eq!(LIST.find(w), Some(w));
        }
        for w in [
            "",
            "an",
            "b",
            "bc",
            "d",
            "ab",
            "сказа",
            "сказали",
            "a ",
            "and a",
        ] {
            assert!(!LIST.contains(w), "{w}");
        }
        const ONE: Words = words!(2, "x");
        assert!(ONE.contains("x") && !ONE.contains("y"));
        const TAGGED: Words = words!(8, "ab2 a1 b");
        assert_eq!(TAGGED.find_tagged("ab"), Some(("ab", Some(2))));
        assert_eq!(TAGGED.find_tagged("a"), Some(("a", Some(1))));
        assert_eq!(TAGGED.find_tagged("b"), Some(("b", None)));
        assert_eq!(TAGGED.find("a"), None);
        assert_eq!(TAGGED.find_tagged("c"), None);
    }

    #[test]
    fn pairs_of_first_letters() {
        const STARTS: ByteSet = ByteSet::first_pairs("ab2 мэр1");
        let has = |a: &str, b: &str| {
            STARTS.has(pair(a.as_bytes()[a.len() - 1], b.as_bytes()[b.len() - 1]))
        };
        assert!(has("a", "b") && has("м", "э"));
        assert!(!has("a", "d") && !has("м", "а"));
    }

    #[test]
    fn last_bytes_of_the_words_without_their_tags() {
        const ENDS: ByteSet = ByteSet::last_bytes("ab2 c сказал");
        for w in ["b", "xc", "л"] {
            assert!(ENDS.has_last_of(w.as_bytes()), "{w}");
        }
        for w in ["", "a", "x2", "ла"] {
            assert!(!ENDS.has_last_of(w.as_bytes()), "{w}");
        }
    }
}
