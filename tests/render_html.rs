//! The static renderer: structure, ids, collapse threshold, URL filtering
//! and escaping of hostile text in every position.

mod render_sample;

use article_widget::model::{Article, RelatedLink};
use article_widget::render::{render_html, RenderOptions, StringOverrides, Theme, TimeText};
use render_sample::{hostile, sample, LONG, PAYLOADS};

const TAGS: &[&str] = &[
    "article",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "span",
    "div",
    "time",
    "figure",
    "blockquote",
    "figcaption",
    "button",
    "q",
    "br",
    "nav",
    "aside",
    "ul",
    "li",
    "a",
];
const ATTRS: &[&str] = &[
    "part",
    "lang",
    "data-theme",
    "aria-labelledby",
    "id",
    "datetime",
    "title",
    "type",
    "data-action",
    "data-quote-id",
    "tabindex",
    "data-expanded",
    "aria-expanded",
    "aria-controls",
    "data-target",
    "href",
    "rel",
];

/// Walks the HTML as a browser tokenizer would and checks that every tag and
/// attribute is one the widget writes, every value is properly quoted and
/// every `href` is http(s) or relative. Returns the text content.
fn check_markup(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        rest = rest[lt + 1..].strip_prefix('/').unwrap_or(&rest[lt + 1..]);
        let end = rest.find([' ', '>']).expect("unterminated tag");
        assert!(
            TAGS.contains(&&rest[..end]),
            "unexpected tag {:?}",
            &rest[..end]
        );
        rest = &rest[end..];
        while let Some(attr) = rest.strip_prefix(' ') {
            let eq = attr.find("=\"").expect("attribute without quoted value");
            let name = &attr[..eq];
            assert!(ATTRS.contains(&name), "unexpected attribute {name:?}");
            let value_start = &attr[eq + 2..];
            let close = value_start.find('"').expect("unterminated value");
            let value = &value_start[..close];
            assert!(
                !value.contains(['<', '>']),
                "raw bracket in {name}={value:?}"
            );
            if name == "href" {
                let url = decode(value).to_ascii_lowercase();
                let scheme = match url.find([':', '/', '?', '#']) {
                    Some(i) if url[i..].starts_with(':') => &url[..i],
                    _ => "relative",
                };
                assert!(
                    ["http", "https", "relative"].contains(&scheme)
                        && !url.contains(char::is_control),
                    "unsafe href {value:?}"
                );
            }
            rest = &value_start[close + 1..];
        }
        rest = rest.strip_prefix('>').expect("tag not closed");
    }
    assert!(!rest.contains('>'), "raw '>' in text");
    text.push_str(rest);
    decode(&text)
}

/// Undoes the writer's escapes (the only entities it emits).
fn decode(escaped: &str) -> String {
    escaped
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn render(article: &Article) -> String {
    render_html(article, &RenderOptions::default())
}

#[test]
fn renders_header_with_title_time_dateline_and_sources() {
    let html = render(&sample());
    check_markup(&html);
    assert!(html.starts_with(
        "<article part=\"article\" lang=\"ru\" data-theme=\"auto\" aria-labelledby=\"aw-title\">"
    ));
    assert!(html.contains(
        "<h2 part=\"title\" id=\"aw-title\">Лавров: В Алеппо уже во вторник может наступить перемирие</h2>"
    ));
    assert!(html.contains(
        "<time part=\"time\" datetime=\"2016-05-03T15:51:00+03:00\">15:51 03/05/2016</time>"
    ));
    assert!(html.contains("<span part=\"dateline\">МОСКВА, РИА Новости</span>"));
    assert!(html.contains("<span part=\"sources\"><span>Источники:</span> ТАСС</span>"));
}

#[test]
fn a_time_not_in_the_model_shape_shows_as_written_without_datetime() {
    for (local, offset) in [
        ("yesterday", None),
        ("2016-05-03T15:51\"><b>", None),
        ("2016-05-03T15:51", Some("+3")),
    ] {
        let mut article = sample();
        let published = article.published.as_mut().unwrap();
        published.local = local.into();
        published.offset = offset.map(Into::into);
        let html = render(&article);
        assert!(
            html.contains("<time part=\"time\">15:51 03/05/2016</time>"),
            "{local}: {html}"
        );
        assert!(!html.contains("datetime"), "{local}");
    }
}

#[test]
fn block_quotes_become_figures_and_inline_quotes_q() {
    let html = render(&sample());
    assert_eq!(count(&html, "<figure part=\"quote\""), 3);
    assert_eq!(count(&html, "<blockquote "), 3);
    assert!(html.contains("<q part=\"inline-quote\">на несколько дней</q>»."));
    // The long quote: figure, clamp state, disclosure button bound to the text.
    assert!(html.contains(
        "<figure part=\"quote\" id=\"aw-quote-1\" data-quote-id=\"quote-1\" tabindex=\"-1\" \
         data-expanded=\"false\"><blockquote part=\"quote-text\" id=\"aw-quote-1-text\"><p>"
    ));
    assert!(html.contains(
        "<button part=\"toggle\" type=\"button\" data-action=\"toggle\" aria-expanded=\"false\" \
         aria-controls=\"aw-quote-1-text\">Цитата целиком</button>"
    ));
    assert!(html.contains(
        "<figcaption part=\"caption\"><span part=\"speaker\" title=\"Лавров\">Сергей Лавров</span>\
         <span part=\"attribution\">сказал Лавров</span></figcaption>"
    ));
    // Paragraphs that were only a quote and its punctuation leave no <p>.
    assert_eq!(count(&html, "<p>.</p>"), 0);
}

#[test]
fn split_and_multi_paragraph_quotes_read_as_one_quote() {
    let html = render(&sample());
    assert!(html.contains(
        "<blockquote part=\"quote-text\" id=\"aw-quote-3-text\"><p>Наша общая цель, сделать режим \
         бессрочным</p></blockquote>"
    ));
    assert!(html.contains("<span part=\"attribution\">отметил глава российского МИД</span>"));
    assert!(html.contains(
        "<blockquote part=\"quote-text\" id=\"aw-quote-4-text\"><p>Первый абзац.</p><p>Второй абзац.</p></blockquote>"
    ));
    assert_eq!(
        count(&html, "id=\"aw-quote-4\""),
        1,
        "one figure for both paragraphs"
    );
}

#[test]
fn collapse_threshold_decides_which_quotes_get_a_toggle() {
    let default = render(&sample());
    assert_eq!(count(&default, "part=\"toggle\""), 1);
    assert_eq!(count(&default, "part=\"expand-all\""), 1);

    let at = |threshold| {
        render_html(
            &sample(),
            &RenderOptions {
                collapse_threshold: threshold,
                ..RenderOptions::default()
            },
        )
    };
    assert_eq!(count(&at(0), "part=\"toggle\""), 3);
    assert_eq!(count(&at(0), "data-expanded=\"false\""), 3);
    // Exactly at the threshold stays open; one character over collapses.
    let long = LONG.chars().count();
    assert_eq!(count(&at(long), "part=\"toggle\""), 0);
    assert_eq!(count(&at(long), "part=\"expand-all\""), 0);
    assert_eq!(count(&at(long - 1), "part=\"toggle\""), 1);
}

#[test]
fn speakers_panel_counts_quotes_and_targets_the_first() {
    let html = render(&sample());
    assert!(html.contains(
        "<nav part=\"speakers\" aria-labelledby=\"aw-speakers\"><h3 id=\"aw-speakers\">Кто что сказал</h3><ul>"
    ));
    assert!(html.contains(
        "<button type=\"button\" data-action=\"focus-quote\" data-target=\"aw-quote-1\">Сергей Лавров \
         <span part=\"count\">(2)</span></button>"
    ));
    assert!(html
        .contains("data-target=\"aw-quote-4\">Стаффан де Мистура <span part=\"count\">(1)</span>"));
}

#[test]
fn related_panel_links_only_titles_with_urls() {
    let html = render(&sample());
    assert!(html.contains(
        "<aside part=\"related\" aria-labelledby=\"aw-related\"><h3 id=\"aw-related\">Читайте также</h3><ul>\
         <li>Лавров - де Мистуре: Россия и США стремятся к расширению перемирия в Сирии</li>\
         <li><a href=\"https://example.org/syria\" rel=\"noopener\" part=\"related-link\">Перемирие в Сирии</a></li></ul></aside>"
    ));
}

#[test]
fn related_urls_come_from_host_links_template_and_resolver() {
    let opts = RenderOptions {
        related: vec![
            RelatedLink {
                title: "Перемирие в Сирии".into(),
                url: Some("https://other.test/".into()),
            },
            RelatedLink {
                title: "Host <link>".into(),
                url: Some("/local?a=1&b=2".into()),
            },
        ],
        related_url_template: Some("https://s.test/search?q={title}".into()),
        ..RenderOptions::default()
    };
    let html = render_html(&sample(), &opts);
    check_markup(&html);
    assert!(
        html.contains("href=\"https://s.test/search?q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2%20-%20")
    );
    assert!(
        html.contains("href=\"https://example.org/syria\""),
        "article URL wins"
    );
    assert!(!html.contains("other.test"));
    assert!(html.contains("<a href=\"/local?a=1&amp;b=2\" rel=\"noopener\" part=\"related-link\">Host &lt;link&gt;</a>"));

    let resolver = RenderOptions {
        resolve_related: Some(Box::new(|title: &str| {
            Some(["/r/", &title.chars().count().to_string()].concat())
        })),
        ..RenderOptions::default()
    };
    let title = &sample().related[0].title;
    let href = ["<a href=\"/r/", &title.chars().count().to_string(), "\""].concat();
    assert!(render_html(&sample(), &resolver).contains(&href));
}

#[test]
fn unsafe_urls_never_become_links() {
    let bad = [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " java\tscript:alert(1)",
        "\u{0}javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "jav&#x09;ascript:alert(1)",
    ];
    let mut article = sample();
    article.related = bad
        .iter()
        .enumerate()
        .map(|(i, url)| RelatedLink {
            title: ["t", &i.to_string()].concat().into(),
            url: Some((*url).into()),
        })
        .collect();
    for template in ["javascript:alert('{title}')", " DATA:text/html,{title}"] {
        let opts = RenderOptions {
            related_url_template: Some(template.into()),
            resolve_related: Some(Box::new(|_: &str| Some("vbscript:x".into()))),
            ..RenderOptions::default()
        };
        let html = render_html(&article, &opts);
        check_markup(&html);
        // The entity-looking one is a harmless relative URL, escaped.
        assert_eq!(count(&html, "href="), 1, "{html}");
        assert!(html.contains("href=\"jav&amp;#x09;ascript:alert(1)\""));
        assert_eq!(count(&html, "<li>t"), bad.len() - 1);
    }
}

#[test]
fn hostile_text_stays_text_in_every_position() {
    for payload in PAYLOADS {
        let opts = RenderOptions {
            id_prefix: (*payload).into(),
            source_offset: Some((*payload).into()),
            strings: StringOverrides {
                speakers: Some((*payload).into()),
                related: Some((*payload).into()),
                expand_all: Some((*payload).into()),
                show_quote: Some((*payload).into()),
                sources: Some((*payload).into()),
                ..StringOverrides::default()
            },
            collapse_threshold: 0,
            ..RenderOptions::default()
        };
        let html = render_html(&hostile(payload), &opts);
        let text = check_markup(&html);
        // Title, dateline, time, sources, quotes, speakers, related, UI strings.
        assert!(count(&text, payload) >= 12, "{payload:?}: {text}");
    }
}

#[test]
fn ids_use_the_prefix_and_stay_id_safe() {
    let opts = RenderOptions {
        id_prefix: "w 7\"<".into(),
        ..RenderOptions::default()
    };
    let html = render_html(&sample(), &opts);
    assert!(html.contains("id=\"w_7__title\""));
    assert!(html.contains("aria-controls=\"w_7__quote-1-text\""));
    assert!(html.contains("data-target=\"w_7__quote-1\""));
    assert!(!html.contains("aw-"));
}

#[test]
fn language_theme_heading_and_time_options() {
    let opts = RenderOptions {
        lang: Some("en".into()),
        theme: Theme::Dark,
        heading_level: 1,
        source_offset: Some("+05:00".into()),
        time: Some(TimeText {
            text: "May 3, 2016".into(),
            title: "Tuesday".into(),
        }),
        ..RenderOptions::default()
    };
    let mut article = sample();
    if let Some(p) = &mut article.published {
        p.offset = None;
    }
    let html = render_html(&article, &opts);
    assert!(html.contains("lang=\"ru\" data-theme=\"dark\""));
    assert!(html.contains("<h1 part=\"title\""));
    assert!(html.contains("<h2 lang=\"en\" id=\"aw-speakers\">Who said what</h2>"));
    assert!(html.contains("<button lang=\"en\" part=\"toggle\""));
    assert!(html.contains(
        "<time part=\"time\" datetime=\"2016-05-03T15:51:00+05:00\" title=\"Tuesday\">May 3, 2016</time>"
    ));

    let bad_offset = RenderOptions {
        source_offset: Some("+3".into()),
        heading_level: 200,
        ..RenderOptions::default()
    };
    let html = render_html(&article, &bad_offset);
    assert!(html.contains("datetime=\"2016-05-03T15:51:00\""));
    assert!(html.contains("<h6 part=\"title\""));
}

#[test]
fn empty_article_renders_a_valid_shell() {
    let html = render(&Article::default());
    check_markup(&html);
    assert_eq!(
        html,
        "<article part=\"article\" lang=\"en\" data-theme=\"auto\" aria-labelledby=\"aw-title\">\
         <header part=\"header\"><h2 part=\"title\" id=\"aw-title\"></h2></header>\
         <div part=\"body\"></div></article>"
    );
}
