//! The related-links list: the article's items, then the host's, each with
//! the best URL it can safely get.

use crate::keyed::Firsts;

use super::url::{fill_template, SafeUrl};
use super::RenderOptions;
use crate::model::Article;

pub struct RelatedItem<'a> {
    pub title: &'a str,
    pub url: Option<SafeUrl>,
}

/// The article's related items followed by `options.related`. A host link
/// whose title the article already lists only lends it a missing URL. A
/// title without a usable URL gets one from the template, then from the
/// resolver; failing both it stays text.
pub fn related_items<'a>(article: &'a Article, opts: &'a RenderOptions) -> Vec<RelatedItem<'a>> {
    let mut items: Vec<RelatedItem> = Vec::new();
    // Titles seen, by the keyed map the parser uses too (one map type
    // in the wasm, not one per key type).
    let mut index = Firsts::default();
    // Two plain loops, not a chain: less wasm, the same items.
    for links in [&article.related, &opts.related] {
        for link in links {
            let title = link.title.trim();
            if title.is_empty() {
                continue;
            }
            let url = link.url.as_deref().and_then(SafeUrl::new);
            let is_title = |i: usize| items.get(i).is_some_and(|item| item.title == title);
            match index.first_or_insert(&title, items.len(), is_title) {
                Some(seen) => {
                    if let Some(item) = items.get_mut(seen) {
                        if item.url.is_none() {
                            item.url = url;
                        }
                    }
                }
                None => items.push(RelatedItem { title, url }),
            }
        }
    }
    for item in &mut items {
        if item.url.is_none() {
            item.url = fallback_url(item.title, opts);
        }
    }
    items
}

fn fallback_url(title: &str, opts: &RenderOptions) -> Option<SafeUrl> {
    let templated = opts
        .related_url_template
        .as_deref()
        .and_then(|template| SafeUrl::new(&fill_template(template, title)));
    templated.or_else(|| {
        let resolve = opts.resolve_related.as_ref()?;
        SafeUrl::new(&resolve(title)?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RelatedLink;

    fn link(title: &'static str, url: Option<&'static str>) -> RelatedLink<'static> {
        RelatedLink {
            title: title.into(),
            url: url.map(Into::into),
        }
    }

    #[test]
    fn host_links_fill_missing_urls_and_append() {
        let article = Article {
            related: vec![link("A", None), link("B", Some("javascript:x"))],
            ..Article::default()
        };
        let opts = RenderOptions {
            related: vec![link("A", Some("/a")), link("C", Some("https://c.test"))],
            resolve_related: Some(Box::new(|t: &str| (t == "B").then(|| "/b".to_owned()))),
            ..RenderOptions::default()
        };
        let items: Vec<_> = related_items(&article, &opts)
            .into_iter()
            .map(|i| (i.title, i.url.map(|u| u.as_str().to_owned())))
            .collect();
        assert_eq!(
            items,
            [
                ("A", Some("/a".to_owned())),
                ("B", Some("/b".to_owned())),
                ("C", Some("https://c.test".to_owned()))
            ]
        );
    }
}
