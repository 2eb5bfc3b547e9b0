//! One fixture article per format family of issue 3, in both languages,
//! with the facts the parser must get from it.

mod common;

use std::path::Path;

use article_widget::model::{Article, Dateline, Inline, Quote};
use article_widget::parse::{paragraph_texts, text_of};
use article_widget::{parse, ParseOptions};
use common::related;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/families")
        .join(name);
    std::fs::read_to_string(path).expect("fixture readable")
}

fn parsed(name: &str) -> Article<'static> {
    let text = fixture(name);
    let article = parse(&text, &ParseOptions::default());
    assert_faithful(&text, &article, &ParseOptions::default());
    article.into_owned()
}

fn assert_faithful(text: &str, article: &Article, options: &ParseOptions) {
    let rebuilt: Vec<String> = article.body.iter().map(text_of).collect();
    assert_eq!(rebuilt, paragraph_texts(text, options));
}

fn quote<'a>(a: &'a Article<'a>, starts: &str) -> &'a Quote<'a> {
    a.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {:#?}", a.quotes))
}

fn dateline(place: &str, agency: Option<&str>) -> Option<Dateline> {
    Some(Dateline {
        place: Some(place.into()),
        agency: agency.map(Into::into),
    })
}

#[test]
fn english_straight_quotes_split_and_introduced() {
    let a = parsed("en-ap-council.txt");
    assert_eq!(a.lang, "en");
    let p = a.published.as_ref().expect("ISO timestamp");
    assert_eq!(
        (p.local.as_str(), p.offset.as_deref()),
        ("2024-09-12T21:05", Some("-04:00"))
    );
    assert_eq!(a.dateline, dateline("WASHINGTON", Some("AP")));

    let split = quote(&a, "We listened");
    assert_eq!(split.parts.len(), 2);
    assert_eq!(
        split.text,
        "We listened to every neighborhood, and this budget shows it."
    );
    assert_eq!(split.speaker.as_deref(), Some("she"));
    assert_eq!(
        split.speaker_resolved.as_deref(),
        Some("Karen Bass-Whitley")
    );
    let attribution = a.body[split.paragraph]
        .inlines
        .iter()
        .find_map(|i| match i {
            Inline::Attribution { text, .. } => Some(text.as_ref()),
            _ => None,
        });
    assert_eq!(attribution, Some(" she said, "));

    let before = quote(&a, "Nobody got everything");
    assert_eq!(before.speaker.as_deref(), Some("The mayor"));
    assert_eq!(
        before.speaker_resolved.as_deref(),
        Some("Karen Bass-Whitley")
    );

    let after = quote(&a, "It is a step backwards");
    assert_eq!(after.verb.as_deref(), Some("said"));
    assert_eq!(after.speaker_resolved.as_deref(), Some("Daniel Ortiz"));

    let fragment = quote(&a, "a missed chance");
    assert!(fragment.inline);
    assert!(
        a.sources.iter().any(|s| s == "Washington Post"),
        "{:?}",
        a.sources
    );
    assert_eq!(
        related(&a),
        [
            (
                "Council delays vote again",
                Some("https://example.com/council/delay")
            ),
            ("Mayor's first year in review (javascript:alert(1))", None),
        ]
    );
}

#[test]
fn russian_wire_story_with_multi_paragraph_and_dash_speech() {
    let a = parsed("ru-tass-multipara.txt");
    assert_eq!(a.lang, "ru");
    assert_eq!(
        a.published.as_ref().map(|p| p.local.as_str()),
        Some("2016-05-03T15:51")
    );
    assert_eq!(a.dateline, dateline("МОСКВА", Some("ТАСС")));
    assert!(a.sources.contains(&"ТАСС".to_string()));

    let long = quote(&a, "Мы внимательно следим");
    assert_eq!(long.parts.len(), 2, "runs over two paragraphs");
    assert_eq!(long.paragraph, 1);
    assert!(long.text.contains("партнеры будут их соблюдать"));
    assert_eq!(long.speaker_resolved.as_deref(), Some("Дмитрий Песков"));

    let nested = quote(&a, "Речь идет");
    assert!(nested.text.contains("„на годы вперед“"));
    assert_eq!(nested.speaker.as_deref(), Some("Песков"));
    assert_eq!(nested.verb.as_deref(), Some("пояснил"));
    assert!(quote(&a, "ключевым").inline);

    let question = quote(&a, "А если партнеры");
    assert_eq!(question.verb.as_deref(), Some("спросил"));
    let reply = quote(&a, "Тогда будем думать");
    assert_eq!(
        reply.parts,
        ["Тогда будем думать", "Но пока такого сигнала нет."]
    );
    assert_eq!(reply.speaker.as_deref(), Some("пресс-секретарь"));
    assert_eq!(reply.speaker_resolved.as_deref(), Some("Дмитрий Песков"));
    let open = a.body[reply.paragraph]
        .inlines
        .iter()
        .find_map(|i| match i {
            Inline::Quote { open, .. } => Some(open.as_ref()),
            _ => None,
        });
    assert_eq!(open, Some("— "));

    assert_eq!(
        related(&a),
        [
            ("Кремль прокомментировал переговоры", None),
            (
                "В Кремле оценили итоги визита",
                Some("https://example.org/ru/visit")
            ),
        ]
    );
}

#[test]
fn english_curly_quotes_over_paragraphs_and_pronouns() {
    let a = parsed("en-curly-multipara.txt");
    assert_eq!(
        a.published.as_ref().map(|p| p.local.as_str()),
        Some("2024-09-12T09:30")
    );
    assert_eq!(a.dateline, dateline("LONDON", Some("Reuters")));
    let long = quote(&a, "This was the hardest decision");
    assert_eq!(long.parts.len(), 2);
    assert_eq!(long.speaker_resolved.as_deref(), Some("Maria Lopez"));
    assert!(quote(&a, "a betrayal of the town").inline);
    let fight = quote(&a, "We will fight this");
    assert_eq!(fight.speaker.as_deref(), Some("he"));
    assert_eq!(fight.speaker_resolved.as_deref(), Some("union official"));
    assert_eq!(a.sources, ["Reuters", "Financial Times"]);
    assert_eq!(
        related(&a),
        [("Leeds jobs market slows", Some("https://example.com/leeds"))]
    );
}

#[test]
fn carriage_returns_hyphen_dashes_and_quoted_names() {
    let a = parsed("ru-cr-dash.txt");
    assert_eq!(a.title, "Мэр пообещал мост");
    let p = a.published.as_ref().expect("timestamp with MSK");
    assert_eq!(
        (p.local.as_str(), p.offset.as_deref()),
        ("2016-05-03T15:51", Some("+03:00"))
    );
    assert_eq!(a.dateline, dateline("ТВЕРЬ", Some("РИА Новости")));
    assert_eq!(
        a.quotes.len(),
        1,
        "«Тверьмостстрой», «Газпром межрегионгаз» are names"
    );
    let q = &a.quotes[0];
    assert_eq!(q.parts, ["Будет", "И с обеих сторон."]);
    assert_eq!(q.speaker_resolved.as_deref(), Some("Алексей Огнев"));
    assert_eq!(a.sources, ["РИА Новости", "Интерфакс"]);
}

#[test]
fn impossible_timestamp_stays_text() {
    let a = parsed("en-bad-timestamp.txt");
    assert_eq!(a.title, "Bad clock, good text");
    assert_eq!(a.published, None);
    assert_eq!(text_of(&a.body[0]), "31/02/2016 25:61");
}

#[test]
fn month_first_option() {
    let text = fixture("en-month-first.txt");
    let day_first = parse(&text, &ParseOptions::default());
    assert_eq!(
        day_first.published.map(|p| p.local),
        Some("2016-03-05T15:51".into())
    );
    let options = ParseOptions { month_first: true };
    let month_first = parse(&text, &options);
    assert_faithful(&text, &month_first, &options);
    assert_eq!(
        month_first.published.map(|p| p.local),
        Some("2016-05-03T15:51".into())
    );
    assert_eq!(month_first.dateline, dateline("CHICAGO", None));
}

#[test]
fn quote_ids_are_sequential_and_paragraphs_point_at_the_start() {
    for name in [
        "en-ap-council.txt",
        "ru-tass-multipara.txt",
        "en-curly-multipara.txt",
    ] {
        let a = parsed(name);
        for (i, q) in a.quotes.iter().enumerate() {
            assert_eq!(q.id, format!("quote-{}", i + 1));
            let first = a.body[q.paragraph].inlines.iter().find(|inline| {
                matches!(inline, Inline::Quote { quote_id, part: 0, .. } if *quote_id == q.id)
            });
            assert!(
                first.is_some(),
                "{name}: {} starts in paragraph {}",
                q.id,
                q.paragraph
            );
        }
    }
}

#[test]
fn timestamp_formats_in_place() {
    let cases = [
        ("15:51 03/05/2016", "2016-05-03T15:51", None),
        ("15:51 03.05.2016", "2016-05-03T15:51", None),
        ("03.05.2016 15:51", "2016-05-03T15:51", None),
        ("12.09.2024, 09:30", "2024-09-12T09:30", None),
        ("3 МАЯ 2016, 15:51", "2016-05-03T15:51", None),
        ("3 Май 2016 15:51 МСК", "2016-05-03T15:51", Some("+03:00")),
        ("May 3, 2016 3:51 PM", "2016-05-03T15:51", None),
        (
            "Sep 12, 2024, 9:30 AM GMT+3",
            "2024-09-12T09:30",
            Some("+03:00"),
        ),
        ("3 May 2016 15:51 UTC", "2016-05-03T15:51", Some("+00:00")),
        ("2016-05-03T15:51:00Z", "2016-05-03T15:51", Some("+00:00")),
        ("2016-05-03 15:51+03:00", "2016-05-03T15:51", Some("+03:00")),
        ("29.02.2024 10:00", "2024-02-29T10:00", None),
    ];
    for (line, local, offset) in cases {
        let text = format!("Title\n\n{line}\n\nBody.");
        let a = parse(&text, &ParseOptions::default());
        let p = a
            .published
            .unwrap_or_else(|| panic!("{line} is a timestamp"));
        assert_eq!(
            (p.text.as_str(), p.local.as_str(), p.offset.as_deref()),
            (line, local, offset)
        );
        assert_eq!(a.body.len(), 1);
    }
    for line in [
        "29.02.2023 10:00",
        "31/02/2016 15:51",
        "03/05/2016 24:00",
        "May 3, 2016",
    ] {
        let text = format!("Title\n\n{line}\n\nBody.");
        let a = parse(&text, &ParseOptions::default());
        assert_eq!(a.published, None, "{line}");
        assert_eq!(text_of(&a.body[0]), line);
    }
}

#[test]
fn according_to_and_pronoun_before_an_addressee() {
    let text = "Заголовок\n\nМинистр иностранных дел Сергей Лавров провел переговоры.\n\n\
                По словам Лаврова, «стороны договорились о перемирии».\n\n\
                «Это важный шаг», — сказал он РИА Новости.";
    let a = parse(text, &ParseOptions::default());
    assert_faithful(text, &a, &ParseOptions::default());
    let first = quote(&a, "стороны договорились");
    assert_eq!(first.speaker.as_deref(), Some("Лаврова"));
    assert_eq!(first.speaker_resolved.as_deref(), Some("Сергей Лавров"));
    let second = quote(&a, "Это важный шаг");
    assert_eq!(second.speaker.as_deref(), Some("он"));
    assert_eq!(second.speaker_resolved.as_deref(), Some("Сергей Лавров"));
}
