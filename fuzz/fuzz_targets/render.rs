//! Any text, or any `Article` a JS caller could hand over (dangling quote
//! ids, out-of-range indexes, duplicate ids), with hostile render options,
//! must render without panicking into markup where input can only be text:
//! re-scanning the HTML, every `<` opens or closes one of the widget's own
//! tags, tags balance, attribute names are the widget's, every `href` is
//! http(s) or relative, and the title comes out literally.
#![no_main]

use article_widget::model::{
    Article, Dateline, Inline, Paragraph, Published, Quote, QuoteId, RelatedLink,
};
use article_widget::render::{render_html, RenderOptions, Theme};
use article_widget::{parse, ParseOptions};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// The widget's tags, space-separated.
const TAGS: &str = "article header h1 h2 h3 h4 h5 h6 p span div time figure blockquote \
                    figcaption button q br nav aside ul li a";

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        // Bytes that are not text build a model instead.
        if let Ok(article) = model(&mut Unstructured::new(data)) {
            let shown = check_markup(&render_html(&article, &RenderOptions::default()));
            assert!(
                shown.contains(article.title.as_ref()),
                "title not shown literally"
            );
        }
        return;
    };
    // NUL separates the article text from hostile option values.
    let mut fields = input.split('\0');
    let text = fields.next().unwrap_or("");
    let mut next = || fields.next().map(str::to_owned);
    let first = data.first().copied().unwrap_or(0);
    let template = next();
    let related = next().map(|title| RelatedLink {
        title: title.into(),
        url: next().map(Into::into),
    });
    let opts = RenderOptions {
        lang: next(),
        source_offset: next(),
        related_url_template: template,
        related: related.into_iter().collect(),
        collapse_threshold: usize::from(first),
        heading_level: first % 8,
        theme: [Theme::Light, Theme::Dark, Theme::Auto][usize::from(first % 3)],
        resolve_related: Some(Box::new(|title: &str| Some(title.to_owned()))),
        ..RenderOptions::default()
    };
    let article = parse(
        text,
        &ParseOptions {
            month_first: first & 1 == 1,
        },
    );
    let html = render_html(&article, &opts);
    let shown = check_markup(&html);
    assert!(
        shown.contains(article.title.as_ref()),
        "title not shown literally: {:?}",
        article.title
    );
});

/// Checks the markup's shape and returns its text with entities decoded.
fn check_markup(html: &str) -> String {
    let mut text = String::new();
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let (before, tag) = rest.split_at(lt);
        decode_into(before, &mut text);
        let gt = tag.find('>').expect("unterminated tag");
        let inside = &tag[1..gt];
        rest = &tag[gt + 1..];
        if let Some(name) = inside.strip_prefix('/') {
            assert_eq!(open.pop(), Some(name), "unbalanced </{name}>");
            continue;
        }
        let name = check_start_tag(inside);
        if name != "br" {
            open.push(name);
        }
    }
    decode_into(rest, &mut text);
    assert!(open.is_empty(), "unclosed {open:?}");
    text
}

/// `name attr="value" …` of a start tag; returns the tag name.
fn check_start_tag(inside: &str) -> &str {
    let (name, mut attrs) = inside.split_once(' ').unwrap_or((inside, ""));
    assert!(
        TAGS.split_whitespace().any(|t| t == name),
        "unknown tag <{name}"
    );
    while !attrs.is_empty() {
        let (attr, after) = attrs.split_once("=\"").expect("attribute without value");
        assert!(
            !attr.is_empty() && attr.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "bad attribute name {attr:?}"
        );
        assert!(!attr.starts_with("on"), "event handler attribute {attr}");
        let (value, after) = after.split_once('"').expect("unterminated attribute");
        assert!(!value.contains(['<', '>']), "raw < or > in {attr}");
        if attr == "href" || attr == "src" {
            let mut url = String::new();
            decode_into(value, &mut url);
            assert!(is_web_or_relative(&url), "unsafe {attr}: {url:?}");
        }
        attrs = after.strip_prefix(' ').unwrap_or(after);
    }
    name
}

/// What a browser would navigate to: no controls (browsers drop them inside
/// schemes) and a scheme, if any, of http or https.
fn is_web_or_relative(url: &str) -> bool {
    if url.is_empty() || url.chars().any(char::is_control) {
        return false;
    }
    match url.find([':', '/', '?', '#']) {
        Some(i) if url[i..].starts_with(':') => {
            let scheme = url[..i].to_ascii_lowercase();
            scheme == "http" || scheme == "https"
        }
        _ => true,
    }
}

/// Appends `raw` with the four entities the writer emits decoded; any other
/// `&` must have been escaped, and no raw `>` may appear in text.
fn decode_into(raw: &str, out: &mut String) {
    assert!(!raw.contains('>'), "raw > in text");
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let (entity, ch) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
        ]
        .into_iter()
        .find(|(e, _)| rest.starts_with(e))
        .expect("unescaped &");
        out.push(ch);
        rest = &rest[entity.len()..];
    }
    out.push_str(rest);
}

/// Quote ids from a small set, so that inlines and quotes refer to each
/// other (or to nothing) often.
fn quote_id(u: &mut Unstructured) -> Result<QuoteId<'static>> {
    if u.ratio(1, 8)? {
        u.arbitrary::<String>().map(QuoteId::from)
    } else {
        let id: &'static str = u.choose(&["quote-1", "quote-2", "quote-3", ""])?;
        Ok(QuoteId::from(id))
    }
}

fn inline<'a>(u: &mut Unstructured<'a>) -> Result<Inline<'a>> {
    Ok(match u.int_in_range(0..=3)? {
        0 => Inline::Text {
            text: u.arbitrary()?,
        },
        1 => Inline::SoftBreak,
        2 => Inline::Quote {
            quote_id: quote_id(u)?,
            part: u.arbitrary::<u8>()?.into(),
            open: u.arbitrary()?,
            text: u.arbitrary()?,
            close: u.arbitrary()?,
        },
        _ => Inline::Attribution {
            quote_id: quote_id(u)?,
            text: u.arbitrary()?,
        },
    })
}

fn quote<'a>(u: &mut Unstructured<'a>) -> Result<Quote<'a>> {
    Ok(Quote {
        id: quote_id(u)?,
        text: u.arbitrary()?,
        parts: u.arbitrary()?,
        speaker: u.arbitrary()?,
        speaker_resolved: u.arbitrary()?,
        verb: u.arbitrary()?,
        inline: u.arbitrary()?,
        paragraph: u.arbitrary::<u8>()?.into(),
    })
}

fn model<'a>(u: &mut Unstructured<'a>) -> Result<Article<'a>> {
    let body = (0..u.int_in_range(0..=8)?)
        .map(|_| {
            let inlines = (0..u.int_in_range(0..=8)?).map(|_| inline(u));
            Ok(Paragraph {
                inlines: inlines.collect::<Result<_>>()?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Article {
        title: u.arbitrary()?,
        lang: u.arbitrary()?,
        published: u
            .arbitrary::<Option<(String, String, Option<String>)>>()?
            .map(|(text, local, offset)| Published {
                text,
                local,
                offset,
            }),
        dateline: u
            .arbitrary::<Option<(Option<String>, Option<String>)>>()?
            .map(|(place, agency)| Dateline { place, agency }),
        body,
        quotes: (0..u.int_in_range(0..=4)?)
            .map(|_| quote(u))
            .collect::<Result<_>>()?,
        related: u
            .arbitrary::<Vec<(String, Option<String>)>>()?
            .into_iter()
            .map(|(title, url)| RelatedLink {
                title: title.into(),
                url: url.map(Into::into),
            })
            .collect(),
        sources: u.arbitrary()?,
    })
}
