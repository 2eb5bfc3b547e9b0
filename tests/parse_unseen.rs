//! Articles written after the parser, in the styles of several agencies
//! (TASS, Interfax, RBC, Reuters, AP, BBC): every quote's speaker checked
//! by hand, resolved or left unknown, with texts, sources, related links
//! and timestamps.

mod common;

use std::path::Path;

use article_widget::model::{Article, Dateline};
use article_widget::parse::{paragraph_texts, text_of};
use article_widget::{parse, ParseOptions};
use common::related;

fn parsed(name: &str) -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/unseen")
        .join(name);
    let text = std::fs::read_to_string(path).expect("fixture readable");
    let options = ParseOptions::default();
    let article = parse(&text, &options);
    let rebuilt: Vec<String> = article.body.iter().map(text_of).collect();
    assert_eq!(
        rebuilt,
        paragraph_texts(&text, &options),
        "{name}: faithful"
    );
    article
}

/// One quote: its text, speaker as written, resolved speaker, inline.
type Want<'a> = (&'a str, Option<&'a str>, Option<&'a str>, bool);

/// Every quote of `a`, in order, is the wanted one.
fn assert_quotes(a: &Article, want: &[Want]) {
    let got: Vec<Want> = a
        .quotes
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.speaker.as_deref(),
                q.speaker_resolved.as_deref(),
                q.inline,
            )
        })
        .collect();
    assert_eq!(got, want);
}

fn published(a: &Article) -> Option<&str> {
    a.published.as_ref().map(|p| p.local.as_str())
}

fn dateline(place: &str, agency: &str) -> Option<Dateline> {
    Some(Dateline {
        place: Some(place.into()),
        agency: Some(agency.into()),
    })
}

#[test]
fn ap_storm_quote_goes_on_after_the_speakers_title() {
    let a = parsed("en-ap-storm.txt");
    assert_eq!(published(&a), Some("2024-02-14T07:05"));
    assert_eq!(a.dateline, dateline("DOVER", "AP"));
    assert_quotes(
        &a,
        &[
            (
                "We will not put passengers at risk. Sailings will resume as soon as it is safe.",
                Some("Doug Bannister"),
                Some("Doug Bannister"),
                false,
            ),
            (
                "This is the worst storm we have seen in a decade.",
                Some("Harbour master Jane Whitlock"),
                Some("Jane Whitlock"),
                false,
            ),
            ("It's chaos out here.", Some("a lorry driver"), None, false),
        ],
    );
    assert_eq!(
        a.quotes[0].parts,
        [
            "We will not put passengers at risk,",
            "Sailings will resume as soon as it is safe."
        ]
    );
    assert_eq!(a.sources, ["AP", "Met Office"]);
    assert_eq!(
        related(&a),
        [(
            "Storm Jocelyn leaves thousands without power",
            Some("https://example.com/news/jocelyn")
        )]
    );
}

#[test]
fn council_pronoun_follows_the_person_introduced_last() {
    let a = parsed("en-council-bikes.txt");
    assert_eq!(published(&a), Some("2024-09-12T09:30"));
    assert_eq!(a.dateline, None);
    assert_quotes(
        &a,
        &[
            (
                "This is a historic day for cycling. But the work is just beginning.",
                Some("Mayor Karen Bass"),
                Some("Karen Bass"),
                false,
            ),
            (
                "It's going to be a disaster for small businesses, and nobody asked them.",
                Some("he"),
                Some("Tim Ruiz"),
                false,
            ),
            (
                "We have studied this for three years. The data is clear. Protected lanes save lives.",
                Some("Laura Chen"),
                Some("Laura Chen"),
                false,
            ),
            (
                "We will start construction in the spring.",
                Some("The mayor"),
                Some("Karen Bass"),
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["Chronicle"]);
    assert_eq!(
        related(&a),
        [(
            "Bike sharing expands to the suburbs",
            Some("https://example.com/bikes")
        )]
    );
}

#[test]
fn tass_according_to_him_and_dash_speech_joined() {
    let a = parsed("ru-tass-meeting.txt");
    assert_eq!(published(&a), Some("2026-11-25T10:15"));
    assert_eq!(a.dateline, dateline("МОСКВА", "ТАСС"));
    assert_quotes(
        &a,
        &[
            (
                "Прошу доложить о ходе отопительного сезона",
                Some("президент"),
                Some("Владимир Путин"),
                false,
            ),
            (
                "все котельные работают в штатном режиме",
                Some("его"),
                Some("Сергей Цивилев"),
                false,
            ),
            (
                "Аварий нет. Резерв топлива создан.",
                Some("Цивилев"),
                Some("Сергей Цивилев"),
                false,
            ),
        ],
    );
    assert_eq!(a.quotes[2].parts, ["Аварий нет", "Резерв топлива создан."]);
    assert_eq!(a.sources, ["ТАСС", "Интерфакс"]);
    assert_eq!(
        related(&a),
        [("Цивилев рассказал о подготовке к зиме", None)]
    );
}

#[test]
fn tass_she_reaches_back_past_a_man() {
    let a = parsed("ru-tass-flu.txt");
    assert_eq!(published(&a), Some("2026-11-25T12:40"));
    assert_eq!(a.dateline, dateline("МОСКВА", "ТАСС"));
    let golikova = Some("Татьяна Голикова");
    assert_quotes(
        &a,
        &[
            (
                "Мы рассчитываем привить не менее 70 миллионов человек до конца декабря",
                Some("Голикова"),
                golikova,
                false,
            ),
            (
                "вакцины уже поступили во все регионы",
                Some("ее"),
                golikova,
                false,
            ),
            (
                "Дефицита нет и не будет",
                Some("он"),
                Some("Михаил Мурашко"),
                false,
            ),
            ("Чем раньше, тем лучше", Some("она"), golikova, false),
        ],
    );
    assert_eq!(
        related(&a),
        [(
            "Мурашко рассказал о новых вакцинах",
            Some("https://example.ru/vaccines")
        )]
    );
}

#[test]
fn reuters_ministers_of_two_countries() {
    let a = parsed("en-reuters-farm.txt");
    assert_eq!(published(&a), None, "no timestamp line");
    assert_eq!(a.dateline, dateline("BRUSSELS", "Reuters"));
    let genevard = Some("Annie Genevard");
    let siekierski = Some("Czeslaw Siekierski");
    assert_quotes(
        &a,
        &[
            (
                "destroy family farms.",
                Some("French Agriculture Minister Annie Genevard"),
                genevard,
                true,
            ),
            (
                "We cannot accept a reform that punishes those who feed Europe. France will vote against it.",
                Some("she"),
                genevard,
                false,
            ),
            ("This is not a reform, it is a retreat.", Some("he"), siekierski, false),
            (
                "We need more time. Farmers deserve to be heard before anything is decided.",
                Some("the minister"),
                siekierski,
                false,
            ),
        ],
    );
    assert_eq!(a.quotes[3].parts.len(), 2, "runs over two paragraphs");
    assert_eq!(a.sources, ["Reuters"]);
    assert_eq!(
        related(&a),
        [(
            "EU farm protests spread to Brussels",
            Some("https://example.com/eu/farm")
        )]
    );
}

#[test]
fn interfax_interview_questions_have_no_speaker() {
    let a = parsed("ru-interfax-interview.txt");
    assert_eq!((published(&a), &a.dateline), (None, &None));
    assert_quotes(
        &a,
        &[
            ("Когда вступят в силу новые правила?", None, None, false),
            (
                "С 1 марта. Авиакомпании уже получили разъяснения.",
                Some("Смирнова"),
                Some("Ольга Смирнова"),
                false,
            ),
            ("Не вырастут ли цены на билеты?", None, None, false),
            ("Мы этого не ожидаем.", None, None, false),
            (
                "Все замечания учтены",
                Some("он"),
                Some("Дмитрий Зверев"),
                false,
            ),
        ],
    );
    assert_eq!(
        a.sources,
        ["Интерфакс"],
        "«Интерфаксу» is a name, not a quote"
    );
}

#[test]
fn bbc_apposition_quotes_inside_quotes_and_bodies() {
    let a = parsed("en-bbc-flood.txt");
    assert_eq!(
        a.title,
        "'We were never warned': Flood victims demand answers"
    );
    assert_eq!((published(&a), &a.dateline), (None, &None));
    assert_quotes(
        &a,
        &[
            (
                "The council told us the defences were 'fit for purpose'. They were not.",
                Some("Sarah Pike"),
                Some("Sarah Pike"),
                false,
            ),
            ("I lost everything.", Some("she"), Some("Sarah Pike"), false),
            (
                "around the clock",
                Some("The Environment Agency"),
                None,
                true,
            ),
            (
                "We understand residents' frustration and will review what happened.",
                Some("A spokesperson for Somerset Council"),
                Some("spokesperson for Somerset Council"),
                false,
            ),
        ],
    );
    assert!(a.sources.is_empty(), "{:?}", a.sources);
    assert_eq!(
        related(&a),
        [(
            "Flood warnings in place across England",
            Some("https://example.com/floods")
        )]
    );
}

#[test]
fn rbc_she_the_minister_and_the_head_of_the_bank() {
    let a = parsed("ru-rbc-budget.txt");
    assert_eq!(published(&a), Some("2024-09-12T09:30"));
    assert_eq!(a.dateline, None);
    let nabiullina = Some("Эльвира Набиуллина");
    assert_quotes(
        &a,
        &[
            (
                "Экономика работает на пределе возможностей, и мы видим признаки „перегрева“",
                Some("она"),
                nabiullina,
                false,
            ),
            (
                "инфляция вернется к цели в 2027 году",
                Some("главы ЦБ"),
                nabiullina,
                false,
            ),
            (
                "Бюджет будет сбалансированным",
                Some("министр"),
                Some("Антон Силуанов"),
                false,
            ),
            (
                "Но расходы придется пересмотреть",
                Some("Набиуллина"),
                nabiullina,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["РБК"]);
}

#[test]
fn ap_she_after_he_takes_the_other_senator() {
    let a = parsed("en-ap-senate.txt");
    assert_eq!(published(&a), Some("2016-05-03T15:51"));
    assert_eq!(a.dateline, dateline("WASHINGTON", "AP"));
    let murkowski = Some("Lisa Murkowski");
    assert_quotes(
        &a,
        &[
            (
                "a win for rural America.",
                Some("Lisa Murkowski"),
                murkowski,
                true,
            ),
            (
                "This bill will bring clean water to communities that have waited decades.",
                Some("Murkowski"),
                murkowski,
                false,
            ),
            (
                "We have a lot more work to do.",
                Some("he"),
                Some("Tom Carper"),
                false,
            ),
            (
                "They will vote on it next week.",
                Some("she"),
                murkowski,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["AP", "Washington Post"]);
}

#[test]
fn no_basis_gives_no_name() {
    let text = "Заголовок\n\nМинистр здравоохранения Михаил Мурашко заявил, что всё хорошо.\n\n\
                «Да», — сказала она.\n\n«Нет», — сказали они.\n\n\
                Сергею Лаврову позвонил госсекретарь США Марко Рубио.\n\n\
                «Мы договорились», — сказал он.\n\n\
                Mayor Karen Bass spoke first.\n\n\"No,\" the governor said.\n\n\"We did it,\" they said.";
    let a = parse(text, &ParseOptions::default());
    let resolved: Vec<(Option<&str>, Option<&str>)> = a
        .quotes
        .iter()
        .map(|q| (q.speaker.as_deref(), q.speaker_resolved.as_deref()))
        .collect();
    assert_eq!(
        resolved,
        [
            (Some("она"), None),
            (Some("они"), None),
            (Some("он"), None),
            (Some("the governor"), None),
            (Some("they"), None),
        ]
    );
}

#[test]
fn ria_speakers_after_adverbials_and_as_said() {
    let a = parsed("ru-ria-comments.txt");
    assert_eq!(a.dateline, dateline("МОСКВА", "РИА Новости"));
    let peskov = Some("Дмитрий Песков");
    assert_quotes(
        &a,
        &[
            ("Ситуация под контролем", Some("Песков"), peskov, false),
            (
                "никаких решений пока не принято",
                Some("Песков"),
                peskov,
                false,
            ),
            (
                "Это недопустимо, и мы будем добиваться ответа",
                Some("она"),
                Some("Валентина Матвиенко"),
                false,
            ),
            (
                "Все проверки продолжаются",
                Some("Петрова"),
                Some("Ирина Петрова"),
                false,
            ),
            ("Мы не комментируем", None, None, false),
        ],
    );
    assert_eq!(
        a.quotes[2].parts,
        ["Это недопустимо", "и мы будем добиваться ответа"]
    );
    assert_eq!(a.sources, ["РИА Новости"]);
}

#[test]
fn reuters_nested_single_quotes_and_a_second_speaker() {
    let a = parsed("en-reuters-budget.txt");
    assert_eq!(published(&a), None);
    assert_eq!(a.dateline, dateline("LONDON", "Reuters"));
    let reeves = Some("Rachel Reeves");
    let badenoch = Some("Kemi Badenoch");
    assert_quotes(
        &a,
        &[
            (
                "He told me ‘no way,’ and I believed him.",
                Some("Reeves"),
                reeves,
                false,
            ),
            (
                "We will not raise taxes again.",
                Some("Reeves"),
                reeves,
                false,
            ),
            (
                "a disaster.",
                Some("Opposition leader Kemi Badenoch"),
                badenoch,
                true,
            ),
            ("It will hurt families.", Some("she"), badenoch, false),
            (
                "The outlook is uncertain. We are watching closely.",
                Some("a Treasury spokesman"),
                Some("Treasury spokesman"),
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["Reuters"]);
}

#[test]
fn duma_colleague_named_mid_sentence_in_the_nominative() {
    let a = parsed("ru-duma-marketplaces.txt");
    assert_eq!((published(&a), &a.dateline), (None, &None));
    assert_quotes(
        &a,
        &[
            (
                "Закон защитит и продавцов, и покупателей",
                Some("Топилин"),
                Some("Максим Топилин"),
                false,
            ),
            (
                "Мы давно работаем по этим стандартам",
                Some("она"),
                Some("Анна Иванова"),
                false,
            ),
            (
                "Посмотрим, как закон будет применяться. Пока рано делать выводы.",
                Some("он"),
                Some("Игорь Смирнов"),
                false,
            ),
        ],
    );
}

#[test]
fn ap_analyst_after_the_chief_executive() {
    let a = parsed("en-ap-iphone.txt");
    assert_eq!(a.dateline, dateline("CUPERTINO", "AP"));
    let cook = Some("Tim Cook");
    let munster = Some("Gene Munster");
    assert_quotes(
        &a,
        &[
            (
                "the best value we have ever offered.",
                Some("Chief Executive Tim Cook"),
                cook,
                true,
            ),
            (
                "People want a great phone at a great price. That's what this is.",
                Some("Cook"),
                cook,
                false,
            ),
            ("It's a defensive move.", Some("Munster"), munster, false),
            (
                "I don't think it changes the story.",
                Some("he"),
                munster,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["AP", "Bloomberg"]);
}

#[test]
fn reuters_president_and_press_secretary() {
    let a = parsed("en-reuters-white-house.txt");
    assert_eq!(a.dateline, dateline("WASHINGTON", "Reuters"));
    let jean_pierre = Some("Karine Jean-Pierre");
    assert_quotes(
        &a,
        &[
            (
                "We will win this war. But we need your help.",
                Some("Zelensky"),
                Some("Volodymyr Zelensky"),
                false,
            ),
            (
                "America stands with Ukraine.",
                Some("he"),
                Some("Joe Biden"),
                false,
            ),
            (
                "productive and frank.",
                Some("White House press secretary Karine Jean-Pierre"),
                jean_pierre,
                true,
            ),
            (
                "The president was very clear.",
                Some("she"),
                jean_pierre,
                false,
            ),
        ],
    );
}

#[test]
fn tass_names_first_met_in_the_genitive() {
    let a = parsed("ru-tass-kremlin.txt");
    assert_eq!(a.dateline, dateline("МОСКВА", "ТАСС"));
    let zakharova = Some("Мария Захарова");
    assert_quotes(
        &a,
        &[
            (
                "Мы внимательно следим за такими заявлениями. Но комментировать каждое не будем",
                Some("Песков"),
                Some("Дмитрий Песков"),
                false,
            ),
            (
                "готовиться к худшему",
                Some("Макрон"),
                Some("Эммануэль Макрон"),
                true,
            ),
            (
                "безответственными",
                Some("Официальный представитель МИД России Мария Захарова"),
                zakharova,
                true,
            ),
            (
                "Париж снова пытается сыграть на эскалации",
                Some("ее"),
                zakharova,
                false,
            ),
        ],
    );
}

#[test]
fn tass_he_after_she_is_the_new_subject() {
    let a = parsed("ru-tass-truss.txt");
    assert_eq!(a.dateline, dateline("ЛОНДОН", "ТАСС"));
    assert_quotes(
        &a,
        &[
            (
                "Я не могу выполнить мандат, с которым была избрана",
                Some("Трасс"),
                Some("Лиз Трасс"),
                false,
            ),
            (
                "Стране нужны перемены",
                Some("он"),
                Some("Кир Стармер"),
                false,
            ),
        ],
    );
}

#[test]
fn ap_judge_official_and_advocates_without_dateline() {
    let a = parsed("en-ap-court.txt");
    assert_eq!((published(&a), &a.dateline), (None, &None));
    assert_quotes(
        &a,
        &[
            (
                "imposes a severe burden",
                Some("District Judge Amy Totenberg"),
                Some("Amy Totenberg"),
                true,
            ),
            (
                "The law is constitutional and we will defend it.",
                Some("Raffensperger"),
                Some("Brad Raffensperger"),
                false,
            ),
            (
                "Today is a good day for democracy.",
                Some("Sophia Lakin of the American Civil Liberties Union"),
                Some("Sophia Lakin"),
                false,
            ),
            (
                "We expected this.",
                Some("a spokesman for the governor"),
                Some("spokesman for the governor"),
                false,
            ),
        ],
    );
    assert_eq!(
        a.quotes[1].parts,
        ["The law is constitutional and we will defend it,"]
    );
}
