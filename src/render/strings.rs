//! The widget's own words, in Russian and English, overridable by the host.

/// Every UI string the markup uses: the host's overrides or the built-in
/// words, borrowed (no copies per render).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiStrings<'a> {
    /// BCP 47 language of these strings (`ru` or `en`).
    pub lang: &'static str,
    pub speakers: &'a str,
    pub related: &'a str,
    pub expand_all: &'a str,
    pub collapse_all: &'a str,
    pub show_quote: &'a str,
    pub sources: &'a str,
}

/// Host-supplied replacements (`options.strings`); `None` keeps the default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StringOverrides {
    pub speakers: Option<String>,
    pub related: Option<String>,
    pub expand_all: Option<String>,
    pub collapse_all: Option<String>,
    pub show_quote: Option<String>,
    pub sources: Option<String>,
}

impl<'a> UiStrings<'a> {
    /// Russian for `ru` (`ru-RU`…), English for anything else.
    pub fn new(lang: &str, overrides: &'a StringOverrides) -> UiStrings<'a> {
        // The primary subtag, read as bytes: a `str` split by two chars
        // costs a searcher of its own in the wasm.
        let primary = lang.as_bytes().split(|&b| b == b'-' || b == b'_').next();
        let ru = primary.unwrap_or_default().eq_ignore_ascii_case(b"ru");
        let pick = |own: &'a Option<String>, ru_text: &'static str, en_text: &'static str| {
            own.as_deref().unwrap_or(if ru { ru_text } else { en_text })
        };
        let o = overrides;
        UiStrings {
            lang: if ru { "ru" } else { "en" },
            speakers: pick(&o.speakers, "Кто что сказал", "Who said what"),
            related: pick(&o.related, "Читайте также", "Read also"),
            expand_all: pick(&o.expand_all, "Развернуть все цитаты", "Expand all quotes"),
            collapse_all: pick(
                &o.collapse_all,
                "Свернуть все цитаты",
                "Collapse all quotes",
            ),
            show_quote: pick(&o.show_quote, "Цитата целиком", "Full quote"),
            sources: pick(&o.sources, "Источники:", "Sources:"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_for_the_ru_primary_subtag_only() {
        let none = StringOverrides::default();
        for lang in ["ru", "RU", "ru-RU", "Ru_ru", "ru-"] {
            assert_eq!(UiStrings::new(lang, &none).lang, "ru", "{lang}");
        }
        for lang in ["en", "", "rus", "-ru", "r", "ру", "uk-ru"] {
            assert_eq!(UiStrings::new(lang, &none).lang, "en", "{lang}");
        }
        let own = StringOverrides {
            sources: Some("Откуда:".into()),
            ..StringOverrides::default()
        };
        let ui = UiStrings::new("ru-RU", &own);
        assert_eq!((ui.sources, ui.related), ("Откуда:", "Читайте также"));
    }
}
