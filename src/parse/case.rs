//! Lower case for the scripts the lexicons are written in (Latin, Greek,
//! Cyrillic); any other character is kept as is. std's full Unicode case
//! mapping costs about 18 KB of wasm (its tables and code), a tenth of the
//! module.

/// `c` in lower case: Latin-1, Latin Extended-A, modern Greek and Cyrillic
/// letters as std maps them (`İ` to a plain `i`); others unchanged.
pub fn lower(c: char) -> char {
    let u = c as u32;
    // Lowercase ASCII and basic Cyrillic, most letters of the text, first.
    if matches!(u, 0x61..=0x7A | 0x430..=0x45F) {
        return c;
    }
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        0x388..=0x38A => u + 0x25,
        0x38E..=0x38F => u + 0x3F,
        0x386 => 0x3AC,
        0x38C => 0x3CC,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x4C0 => 0x4CF,
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F
            if u % 2 == 0 =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `s` in lower case, as [`lower`] does it.
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::lower;

    #[test]
    fn matches_std_for_the_covered_scripts() {
        let covered = (0..=0x17F).chain(0x386..=0x3AB).chain(0x400..=0x52F);
        for c in covered.filter_map(char::from_u32) {
            assert_eq!(Some(lower(c)), c.to_lowercase().next(), "{c:?}");
        }
    }

    #[test]
    fn never_lengthens_a_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(lower(c).len_utf8() <= c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn keeps_characters_without_case_or_outside_those_scripts() {
        for c in ['ß', 'ё', '1', '«', '中', 'Ɓ'] {
            assert_eq!(lower(c), c);
        }
    }
}
