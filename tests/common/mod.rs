//! Helpers shared by the parser's integration tests.

use article_widget::model::Article;

/// The related links of `a` as (title, URL) pairs.
pub fn related<'a>(a: &'a Article) -> Vec<(&'a str, Option<&'a str>)> {
    a.related
        .iter()
        .map(|r| (r.title.as_ref(), r.url.as_deref()))
        .collect()
}
