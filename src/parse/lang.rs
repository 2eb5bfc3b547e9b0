//! Language of the article from its letters: Cyrillic → `ru`, Latin →
//! `en`, none → `und`.

/// Bytes sampled; the script of a news article is clear long before this.
const SAMPLE_BYTES: usize = 16 * 1024;

pub fn detect<'a>(texts: impl IntoIterator<Item = &'a str>) -> &'static str {
    let (mut cyrillic, mut latin, mut seen) = (0usize, 0usize, 0usize);
    for text in texts {
        let sample = &text.as_bytes()[..text.len().min(SAMPLE_BYTES - seen)];
        seen += sample.len();
        for &b in sample {
            // Lead bytes 0xD0–0xD3 start the Cyrillic block U+0400–U+04FF.
            if b.is_ascii_alphabetic() {
                latin += 1;
            } else if (0xD0..=0xD3).contains(&b) {
                cyrillic += 1;
            }
        }
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

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn by_script() {
        assert_eq!(detect(["Мэр Твери сказал", "(Reuters)"]), "ru");
        assert_eq!(detect(["Minister says", "ТАСС"]), "en");
        assert_eq!(detect(["12:30", ""]), "und");
    }
}
