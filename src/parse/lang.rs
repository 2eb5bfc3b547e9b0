//! Language of the article from its letters: Cyrillic → `ru`, Latin →
//! `en`, none → `und`.

/// Bytes sampled; the script of a news article is clear long before this.
const SAMPLE_BYTES: usize = 16 * 1024;

pub fn detect<'a>(texts: impl IntoIterator<Item = &'a str>) -> &'static str {
    let (mut cyrillic, mut latin, mut seen) = (0usize, 0usize, 0usize);
    for text in texts {
        let sample = &text.as_bytes()[..text.len().min(SAMPLE_BYTES - seen)];
        seen += sample.len();
        let (l, c) = count(sample);
        latin += l;
        cyrillic += c;
        if seen >= SAMPLE_BYTES {
            break;
        }
    }
    if cyrillic == 0 && latin == 0 {
        "und"
    } else if cyrillic >= latin {
        "ru"
    } else {
        "en"
    }
}

/// How many bytes of `bytes` are ASCII letters, and how many are the lead
/// bytes 0xD0–0xD3 that start the Cyrillic block U+0400–U+04FF. Eight
/// bytes at a time: a byte loop costs a dozen instructions a byte.
fn count(bytes: &[u8]) -> (usize, usize) {
    let chunks = bytes.chunks_exact(8);
    let mut last = [0; 8];
    for (slot, &b) in last.iter_mut().zip(chunks.remainder()) {
        *slot = b;
    }
    let (mut latin, mut cyrillic) = tally(u64::from_le_bytes(last));
    for chunk in chunks {
        if let Ok(word) = <[u8; 8]>::try_from(chunk) {
            let (l, c) = tally(u64::from_le_bytes(word));
            latin += l;
            cyrillic += c;
        }
    }
    (latin, cyrillic)
}

/// `count` of the eight bytes of `w`.
fn tally(w: u64) -> (usize, usize) {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const LOW: u64 = ONES * 0x7F;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each flagged byte, as a count.
    let sum = |flags: u64| ((flags & HIGH) >> 7).wrapping_mul(ONES) >> 56;
    // ASCII bytes that fold to a–z: 0x60 < byte | 0x20 < 0x7B, for bytes
    // below 0x80 (no carry crosses a byte).
    let folded = w | (ONES * 0x20);
    let low = folded & LOW;
    let letters = (ONES * (127 + 0x7B) - low) & !folded & (low + ONES * (127 - 0x60));
    // Bytes whose top six bits are 0xD0's: zero after the xor.
    let x = (w & (ONES * 0xFC)) ^ (ONES * 0xD0);
    let leads = !(((x & LOW) + LOW) | x);
    (sum(letters) as usize, sum(leads) as usize)
}

#[cfg(test)]
mod tests {
    use super::{count, detect};

    #[test]
    fn counts_letters_and_cyrillic_leads_byte_by_byte() {
        let all: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        for len in 0..all.len() {
            let bytes = &all[len % 7..len];
            let latin = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
            let cyrillic = bytes.iter().filter(|b| (0xD0..=0xD3).contains(*b)).count();
            assert_eq!(count(bytes), (latin, cyrillic), "{len}");
        }
    }

    #[test]
    fn by_script() {
        assert_eq!(detect(["Мэр Твери сказал", "(Reuters)"]), "ru");
        assert_eq!(detect(["Minister says", "ТАСС"]), "en");
        assert_eq!(detect(["12:30", ""]), "und");
    }
}
