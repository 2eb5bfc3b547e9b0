//! Any bytes that are UTF-8 must parse without panicking, into a body that
//! gives back the text paragraph by paragraph.
#![no_main]

use article_widget::parse::{paragraph_texts, text_of};
use article_widget::{parse, ParseOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = ParseOptions {
        month_first: data.first().is_some_and(|b| b & 1 == 1),
    };
    let article = parse(text, &options);
    let rebuilt: Vec<String> = article.body.iter().map(text_of).collect();
    assert_eq!(rebuilt, paragraph_texts(text, &options));
    for q in &article.quotes {
        assert!(q.paragraph < article.body.len());
    }
});
