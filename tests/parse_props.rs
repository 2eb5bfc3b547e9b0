//! Properties that hold for any input: parsing never panics, the body is a
//! faithful copy of the text, and the model's cross-references are sound.

// Host only: its dev-dependencies are not built for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use article_widget::model::{Article, Inline};
use article_widget::parse::{paragraph_texts, text_of};
use article_widget::{parse, ParseOptions};
use proptest::prelude::*;

/// Pieces that exercise every rule: quote marks, dashes, line breaks,
/// numbers, month names, reporting verbs, names, related prefixes, URLs.
const PIECES: &[&str] = &[
    "«",
    "»",
    "„",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "—",
    "–",
    "-",
    " - ",
    ", — ",
    ". - ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    ":",
    ",",
    ".",
    "(",
    ")",
    "/",
    "0",
    "3",
    "12",
    "29",
    "31",
    "2016",
    "2024",
    "15:51",
    "25:61",
    "02",
    "мая",
    "May",
    "Sep",
    "PM",
    "МСК",
    "GMT+3",
    "Z",
    "T",
    "+03:00",
    "сказал",
    "заявил",
    "said",
    "told reporters",
    "он",
    "he",
    "мэр",
    "the mayor",
    "Сергей Лавров",
    "Лавров",
    "Стаффаном де Мистурой",
    "Helen Clarke",
    "Clarke",
    "Читайте также:",
    "READ MORE:",
    "Related:",
    "https://example.org/x",
    "javascript:alert(1)",
    "ТВЕРЬ, 12 сентября — РИА Новости.",
    "LONDON (Reuters) -",
    "сообщает ТАСС",
    "according to",
    "Reuters",
    "\u{feff}",
    "é",
    "😀",
    "\u{301}",
    "\t",
    "\u{a0}",
];

fn built() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn check(text: &str, options: &ParseOptions) -> Result<(), TestCaseError> {
    let a: Article = parse(text, options);
    let rebuilt: Vec<String> = a.body.iter().map(text_of).collect();
    prop_assert_eq!(rebuilt, paragraph_texts(text, options));
    for (i, q) in a.quotes.iter().enumerate() {
        prop_assert_eq!(&q.id, &format!("quote-{}", i + 1));
        prop_assert!(q.paragraph < a.body.len());
        prop_assert!(!q.parts.is_empty());
    }
    for p in &a.body {
        for inline in &p.inlines {
            match inline {
                Inline::Quote { quote_id, part, .. } => {
                    let q = a.quote(quote_id);
                    prop_assert!(
                        q.is_some_and(|q| *part < q.parts.len()),
                        "{} part {}",
                        quote_id,
                        part
                    );
                }
                Inline::Attribution { quote_id, .. } => prop_assert!(a.quote(quote_id).is_some()),
                _ => {}
            }
            if let Inline::Text { text } = inline {
                prop_assert!(!text.contains('\n'));
            }
        }
    }
    for r in &a.related {
        if let Some(url) = &r.url {
            let lower = url.to_ascii_lowercase();
            prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"));
        }
    }
    if let Some(p) = &a.published {
        prop_assert_eq!(p.local.len(), 16);
        prop_assert!(p.is_well_formed(), "{:?}", p);
    }
    prop_assert!(!a.title.contains('\n'));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text, &ParseOptions::default())?;
    }

    #[test]
    fn strings_built_from_article_pieces(text in built(), month_first in any::<bool>()) {
        check(&text, &ParseOptions { month_first })?;
    }

    #[test]
    fn article_pieces_after_a_title_and_timestamp(body in built()) {
        check(&format!("Заголовок\n\n3 мая 2016, 15:51\n\n{body}"), &ParseOptions::default())?;
    }
}
