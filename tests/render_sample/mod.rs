//! A hand-built article with every kind of content the renderers handle,
//! shared by the host and browser render tests (the parser is tested on its
//! own; these tests must not depend on it).

use article_widget::model::{
    Article, Dateline, Inline, Paragraph, Published, Quote, QuoteId, RelatedLink,
};

fn text(t: &str) -> Inline<'_> {
    Inline::Text { text: t.into() }
}

fn part<'a>(id: &'a str, n: usize, open: &'a str, t: &'a str, close: &'a str) -> Inline<'a> {
    Inline::Quote {
        quote_id: id.into(),
        part: n,
        open: open.into(),
        text: t.into(),
        close: close.into(),
    }
}

fn said<'a>(id: &'a str, t: &'a str) -> Inline<'a> {
    Inline::Attribution {
        quote_id: id.into(),
        text: t.into(),
    }
}

fn quote<'a>(
    id: &'a str,
    text: &'a str,
    speaker: &'a str,
    resolved: Option<&'a str>,
    paragraph: usize,
) -> Quote<'a> {
    Quote {
        id: id.into(),
        text: text.into(),
        parts: vec![text.into()],
        speaker: Some(speaker.into()),
        speaker_resolved: resolved.map(Into::into),
        verb: None,
        inline: false,
        paragraph,
    }
}

pub const LONG: &str = "Сейчас завершается согласование между российскими и американскими \
военными объявления о прекращении огня в городе Алеппо. Надеюсь, что в самое ближайшее время, \
даже ближайшие часы, такое решение будет объявлено";

/// Paragraphs: 0 plain; 1 a long quote (collapsible at 160) with its
/// attribution; 2 an inline quote; 3 a short quote split by its
/// attribution; 4–5 one quote over two paragraphs.
pub fn sample() -> Article<'static> {
    let para = |inlines: Vec<Inline<'static>>| Paragraph { inlines };
    Article {
        title: "Лавров: В Алеппо уже во вторник может наступить перемирие".into(),
        lang: "ru".into(),
        published: Some(Published {
            text: "15:51 03/05/2016".into(),
            local: "2016-05-03T15:51".into(),
            offset: Some("+03:00".into()),
        }),
        dateline: Some(Dateline {
            place: Some("МОСКВА".into()),
            agency: Some("РИА Новости".into()),
        }),
        body: vec![
            para(vec![text(
                "Режим прекращения огня может быть введен уже во вторник.",
            )]),
            para(vec![
                part("quote-1", 0, "«", LONG, "»"),
                said("quote-1", ", - сказал Лавров."),
            ]),
            para(vec![
                text("Он указал, что перемирие введено "),
                part("quote-2", 0, "«", "на несколько дней", "»"),
                text("."),
            ]),
            para(vec![
                part("quote-3", 0, "«", "Наша общая цель,", ""),
                said("quote-3", " - отметил глава российского МИД, - "),
                part("quote-3", 1, "", "сделать режим бессрочным", "»"),
                text("."),
            ]),
            para(vec![part("quote-4", 0, "«", "Первый абзац.", "")]),
            para(vec![
                part("quote-4", 1, "«", "Второй абзац.", "»"),
                said("quote-4", " - заявил де Мистура."),
            ]),
        ],
        quotes: vec![
            quote("quote-1", LONG, "Лавров", Some("Сергей Лавров"), 1),
            Quote {
                inline: true,
                ..quote("quote-2", "на несколько дней", "он", None, 2)
            },
            quote(
                "quote-3",
                "Наша общая цель, сделать режим бессрочным",
                "глава российского МИД",
                Some("Сергей Лавров"),
                3,
            ),
            quote(
                "quote-4",
                "Первый абзац. Второй абзац.",
                "де Мистура",
                Some("Стаффан де Мистура"),
                4,
            ),
        ],
        related: vec![
            RelatedLink {
                title: "Лавров - де Мистуре: Россия и США стремятся к расширению перемирия в Сирии"
                    .into(),
                url: None,
            },
            RelatedLink {
                title: "Перемирие в Сирии".into(),
                url: Some("https://example.org/syria".into()),
            },
        ],
        sources: vec!["ТАСС".into()],
    }
}

/// Hostile strings for every position; each must come out as literal text.
pub const PAYLOADS: &[&str] = &[
    "<script>window.__pwned=1</script>",
    "\"><img src=x onerror=window.__pwned=1>",
    "'><svg onload=window.__pwned=1>",
    "&lt;b&gt;&amp;&quot;",
    "</article><iframe src=javascript:window.__pwned=1>",
    "\u{202e}evil\u{202c} <!-- -->",
];

/// [`sample`] with `payload` in every string field a host or author controls.
pub fn hostile(payload: &str) -> Article<'static> {
    let p = || payload.to_owned();
    let id = |id: &QuoteId| QuoteId::from(format!("{payload}{id}"));
    let mut article = sample();
    article.title = p().into();
    article.lang = p();
    if let Some(published) = &mut article.published {
        published.text = p();
        published.local = p();
        published.offset = Some(p());
    }
    article.dateline = Some(Dateline {
        place: Some(p()),
        agency: Some(p()),
    });
    for paragraph in &mut article.body {
        for inline in &mut paragraph.inlines {
            match inline {
                Inline::Text { text } => *text = p().into(),
                Inline::SoftBreak => {}
                Inline::Quote {
                    quote_id,
                    open,
                    text,
                    close,
                    ..
                } => {
                    *quote_id = id(quote_id);
                    *open = p().into();
                    *text = p().into();
                    *close = p().into();
                }
                Inline::Attribution { quote_id, text } => {
                    *quote_id = id(quote_id);
                    *text = p().into();
                }
            }
        }
        paragraph.inlines.push(Inline::SoftBreak);
    }
    for quote in &mut article.quotes {
        quote.id = id(&quote.id);
        quote.speaker = Some(p().into());
        quote.speaker_resolved = Some(p().into());
    }
    for link in &mut article.related {
        link.title = p().into();
        link.url = Some(p().into());
    }
    article.sources = vec![p(), p()];
    article
}
