//! Articles written after the parser, in the styles of several agencies
//! (TASS, Interfax, RBC, Reuters, AP, BBC): every quote's speaker checked
//! by hand, resolved or left unknown, with texts, sources, related links
//! and timestamps.

mod common;
mod unseen;

use article_widget::model::Dateline;
use article_widget::{parse, ParseOptions};
use common::related;
use unseen::{assert_quotes, dateline, parsed, published, published_at};

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
            // An unattributed answer is the interviewee's.
            ("Мы этого не ожидаем.", None, Some("Ольга Смирнова"), false),
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
            // A body speaks through an impersonal plural verb.
            ("Мы не комментируем", Some("в пресс-службе"), None, false),
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

#[test]
fn tass_colon_intro_genitive_source_and_instrumental_name() {
    let a = parsed("ru-tass-lavrov-fidan.txt");
    assert_eq!(
        a.title,
        "Лавров назвал условия возобновления диалога с Вашингтоном"
    );
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, dateline("МОСКВА", "ТАСС"));
    let lavrov = Some("Сергей Лавров");
    assert_quotes(
        &a,
        &[
            (
                "Мы готовы к диалогу, но только на равноправной основе",
                Some("Лавров"),
                lavrov,
                false,
            ),
            ("конкретного и „осязаемого“", Some("Лаврова"), lavrov, true),
            (
                "Турция по-прежнему готова предоставить площадку для переговоров",
                Some("он"),
                Some("Хакан Фидан"),
                false,
            ),
            (
                "Мы договорились продолжить контакты на уровне экспертов",
                Some("российский министр"),
                lavrov,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["ТАСС"]);
    assert_eq!(
        related(&a),
        [(
            "Лавров и Фидан обсудили ситуацию в Сирии",
            Some("https://tass.example/politika/2311")
        )]
    );
}

#[test]
fn ria_interview_questions_answers_and_a_related_heading_with_items() {
    let a = parsed("ru-ria-aircraft-interview.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, dateline("МОСКВА", "РИА Новости"));
    let alikhanov = Some("Антон Алиханов");
    assert_quotes(
        &a,
        &[
            (
                "Антон Андреевич, когда первые серийные МС-21 получат авиакомпании?",
                None,
                None,
                false,
            ),
            (
                "Первые поставки запланированы на конец следующего года. Сейчас идут сертификационные испытания.",
                Some("министр"),
                alikhanov,
                false,
            ),
            ("А что с двигателями?", None, None, false),
            (
                "Здесь мы идем даже с опережением. ПД-14 полностью готов",
                Some("Алиханов"),
                alikhanov,
                false,
            ),
            (
                "выходит на плато",
                Some("вице-премьер Денис Мантуров"),
                Some("Денис Мантуров"),
                true,
            ),
            (
                "Самое сложное уже позади",
                Some("Алиханов"),
                alikhanov,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["РИА Новости"]);
    assert_eq!(
        related(&a),
        [
            (
                "Мантуров рассказал о поставках SSJ New",
                Some("https://ria.example/20250310/ssj.html")
            ),
            ("В Минпромторге оценили спрос на МС-21", None),
        ]
    );
}

#[test]
fn interfax_quote_opened_after_a_colon_runs_over_three_paragraphs() {
    let a = parsed("ru-interfax-peskov-multipara.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", Some("+03:00"))));
    assert_eq!(a.dateline, dateline("Москва", "INTERFAX.RU"));
    let peskov = Some("Дмитрий Песков");
    assert_quotes(
        &a,
        &[
            (
                "Разговор был долгим и содержательным. Стороны обсудили весь комплекс двусторонних отношений. \
                 Президенты договорились поручить экспертам подготовить встречу на высшем уровне. \
                 Сроки такой встречи пока не определены",
                Some("Песков"),
                peskov,
                false,
            ),
            (
                "Я не могу сейчас вдаваться в детали",
                Some("он"),
                peskov,
                false,
            ),
        ],
    );
    assert_eq!(a.quotes[0].parts.len(), 3);
    assert_eq!(a.sources, ["INTERFAX.RU", "Коммерсантъ"]);
    assert!(a.related.is_empty());
}

#[test]
fn kommersant_source_splits_a_quote_and_a_colon_after_another_verb() {
    let a = parsed("ru-kommersant-split.txt");
    assert_eq!((published_at(&a), &a.dateline), (None, &None));
    let zabotkin = Some("Алексей Заботкин");
    let gref = Some("Герман Греф");
    assert_quotes(
        &a,
        &[
            (
                "Лимиты в нынешнем виде душат рынок. Выдачи упали почти вдвое за квартал",
                Some("источник в одном из банков топ-10"),
                Some("источник в одном из банков топ-10"),
                false,
            ),
            (
                "не видит оснований",
                Some("Зампред Банка России Алексей Заботкин"),
                zabotkin,
                true,
            ),
            (
                "Рынок охлаждается так, как мы и ожидали",
                Some("Заботкин"),
                zabotkin,
                false,
            ),
            (
                "рынок новостроек остановится",
                Some("Председатель правления ВТБ Андрей Костин"),
                Some("Андрей Костин"),
                true,
            ),
            (
                "Мы видим, что спрос уходит в теневой сегмент",
                Some("глава Сбербанка Герман Греф"),
                gref,
                false,
            ),
            ("Время для решений еще есть", Some("Греф"), gref, false),
        ],
    );
    assert_eq!(a.quotes[0].parts.len(), 2);
    assert_eq!(a.sources, ["Коммерсантъ"]);
}

#[test]
fn rbc_three_ministers_and_an_agency_in_the_genitive() {
    let a = parsed("ru-rbc-budget-speakers.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, None);
    let reshetnikov = Some("Максим Решетников");
    let nabiullina = Some("Эльвира Набиуллина");
    assert_quotes(
        &a,
        &[
            (
                "Мы закладываем в бюджет консервативный прогноз",
                Some("Силуанов"),
                Some("Антон Силуанов"),
                false,
            ),
            (
                "избыточно осторожным",
                Some("Решетников"),
                reshetnikov,
                true,
            ),
            (
                "Экономика адаптировалась к санкциям лучше, чем многие ожидали",
                Some("он"),
                reshetnikov,
                false,
            ),
            ("риски перегрева сохраняются", Some("ее"), nabiullina, false),
            (
                "Инфляция пока не побеждена",
                Some("глава ЦБ"),
                nabiullina,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["РБК", "Интерфакс"]);
    assert_eq!(
        related(&a),
        [(
            "Набиуллина допустила снижение ключевой ставки",
            Some("https://rbc.example/economics/14/03/2025/rate")
        )]
    );
}

#[test]
fn regional_low_quotes_as_the_main_marks_with_single_low_inside() {
    let a = parsed("ru-regional-low-quotes.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, None);
    let pasler = Some("Денис Паслер");
    assert_quotes(
        &a,
        &[
            (
                "Подрядчик отстает от графика на два месяца, хотя сам называет это ‚рабочим моментом‘",
                Some("Паслер"),
                pasler,
                false,
            ),
            (
                "Очереди на диагностику сократятся до недели",
                Some("она"),
                Some("Ольга Коробейникова"),
                false,
            ),
            (
                "Мы будем следить за стройкой лично",
                Some("Паслер"),
                pasler,
                false,
            ),
        ],
    );
    assert!(a.sources.is_empty(), "{:?}", a.sources);
    assert_eq!(
        related(&a),
        [("В Екатеринбурге открыли новую поликлинику", None)]
    );
}

#[test]
fn izvestia_diplomat_interview_and_a_pronoun_after_the_object() {
    let a = parsed("ru-izvestia-dialogue.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T09:30", Some("+03:00"))));
    assert_eq!(a.dateline, None);
    let nozdrev = Some("Николай Ноздрев");
    let zakharova = Some("Мария Захарова");
    assert_quotes(
        &a,
        &[
            (
                "Николай Николаевич, есть ли сейчас шансы на подписание мирного договора?",
                None,
                None,
                false,
            ),
            (
                "В нынешних условиях это невозможно. Токио сам заморозил переговоры",
                Some("дипломат"),
                nozdrev,
                false,
            ),
            ("Но контакты продолжаются?", None, None, false),
            (
                "Да, на уровне экспертов. Мы открыты для диалога",
                Some("Ноздрев"),
                nozdrev,
                false,
            ),
            (
                "недружественной",
                Some("официальный представитель МИД РФ Мария Захарова"),
                zakharova,
                true,
            ),
            (
                "не политизировать гуманитарные вопросы",
                Some("она"),
                zakharova,
                true,
            ),
        ],
    );
    assert_eq!(a.sources, ["ТАСС"]);
    assert_eq!(
        related(&a),
        [("Захарова ответила на заявление МИД Японии", None)]
    );
}

#[test]
fn ap_updated_timestamp_secretary_and_a_spokeswoman_after_the_quote() {
    let a = parsed("en-ap-rubio-updated.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T15:05", Some("-04:00"))));
    assert_eq!(a.dateline, dateline("WASHINGTON", "AP"));
    let rubio = Some("Marco Rubio");
    let murphy = Some("Chris Murphy");
    assert_quotes(
        &a,
        &[
            (
                "We have made real progress, but we are not there yet.",
                Some("Rubio"),
                rubio,
                false,
            ),
            (
                "The ball is now in Russia's court.",
                Some("He"),
                rubio,
                false,
            ),
            (
                "Any deal has to be durable. We are not interested in a pause that lets either side rearm.",
                Some("Elena Marquez"),
                Some("Elena Marquez"),
                false,
            ),
            // The title abbreviation ends a sentence for the reader, as
            // `Sen. Lisa Murkowski` gives `Lisa Murkowski` above.
            (
                "a gift to Moscow.",
                Some("Chris Murphy of Connecticut"),
                murphy,
                true,
            ),
            (
                "The administration has given away leverage for nothing.",
                Some("he"),
                murphy,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["AP", "Axios"]);
    assert_eq!(
        related(&a),
        [(
            "Trump and Putin speak by phone for two hours",
            Some("https://apnews.example/article/trump-putin-call")
        )]
    );
}

#[test]
fn bbc_curly_single_quotes_as_the_main_marks() {
    let a = parsed("en-bbc-rail-single-quotes.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T10:05", Some("+00:00"))));
    assert_eq!(a.dateline, None);
    assert_quotes(
        &a,
        &[
            (
                "Our members have not had a pay rise in three years. They have been more than patient.",
                Some("Gareth Rowe"),
                Some("Gareth Rowe"),
                false,
            ),
            (
                "deeply disappointed",
                Some("A Northern spokesperson"),
                Some("Northern spokesperson"),
                true,
            ),
            (
                "We have made a fair offer. The drivers’ leaders should put it to their members.",
                Some("Managing director Tricia Holloway"),
                Some("Tricia Holloway"),
                false,
            ),
            (
                "Passengers have had enough of strikes. I want a deal by the end of the month.",
                Some("she"),
                Some("Helen Marsh"),
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["Network Rail"]);
    assert_eq!(
        related(&a),
        [
            ("Rail fares in England to rise by 4.6%", None),
            (
                "Northern cancels hundreds of services",
                Some("https://bbc.example/news/uk-england-68112345")
            ),
        ]
    );
}

#[test]
fn guardian_dotted_time_and_a_quote_opened_mid_paragraph_running_on() {
    let a = parsed("en-guardian-sewage.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T10:05", Some("+00:00"))));
    assert_eq!(a.dateline, None);
    let whitby = Some("Rachel Whitby");
    let ashworth = Some("Tom Ashworth");
    assert_quotes(
        &a,
        &[
            (
                "a damning indictment of a government that has lost control",
                Some("Rachel Whitby"),
                whitby,
                true,
            ),
            (
                "People are swimming in sewage. The minister should come to the house and explain.",
                Some("she"),
                whitby,
                false,
            ),
            // Limitation: the comma inside the department's name ends the
            // clause searched for a speaker, so the reader's `A spokesperson
            // for the Department for Environment, Food and Rural Affairs` is
            // not found.
            (
                "We are taking the toughest action in history against polluting water companies.",
                None,
                None,
                false,
            ),
            (
                "what we have been saying for years: the regulator is toothless",
                Some("Campaigner Tom Ashworth"),
                ashworth,
                true,
            ),
            (
                "Nobody believes the official figures any more. Until bosses face jail, nothing will change.",
                Some("He"),
                ashworth,
                false,
            ),
        ],
    );
    assert_eq!(a.quotes[4].parts.len(), 2);
    assert_eq!(a.sources, ["Environment Agency"]);
}

#[test]
fn reuters_attribution_inside_a_split_quote() {
    let a = parsed("en-reuters-ecb-split.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", Some("+01:00"))));
    assert_eq!(a.dateline, dateline("FRANKFURT", "Reuters"));
    let lagarde = Some("Christine Lagarde");
    assert_quotes(
        &a,
        &[
            (
                "We are not there yet, but we are making good progress.",
                Some("ECB President Christine Lagarde"),
                lagarde,
                false,
            ),
            (
                "We will know a lot more in June. That is all I can say.",
                Some("she"),
                lagarde,
                false,
            ),
            (
                "It would be a mistake to declare victory too early.",
                Some("Nagel"),
                Some("Joachim Nagel"),
                false,
            ),
            (
                "The market has got ahead of itself.",
                Some("Carsten Brzeski"),
                Some("Carsten Brzeski"),
                false,
            ),
        ],
    );
    assert_eq!(a.quotes[0].parts.len(), 2);
    assert_eq!(a.sources, ["Reuters", "LSEG"]);
    assert!(a.related.is_empty());
}

#[test]
fn bloomberg_at_in_the_timestamp_and_executives_by_title() {
    let a = parsed("en-bloomberg-bank-cuts.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T08:05", Some("-04:00"))));
    assert_eq!(a.dateline, None);
    assert_quotes(
        &a,
        &[
            (
                "This is about simplifying the firm. It is not about cost-cutting for its own sake.",
                Some("Benton"),
                Some("Laura Benton"),
                false,
            ),
            (
                "We are ahead of schedule.",
                Some("he"),
                Some("Paul Ritter"),
                false,
            ),
            (
                "bold but overdue.",
                Some("Sam Whitaker"),
                Some("Sam Whitaker"),
                true,
            ),
        ],
    );
    assert_eq!(a.sources, ["Bloomberg"]);
}

#[test]
fn afp_title_case_dateline_and_published_on() {
    let a = parsed("en-afp-tariffs.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, dateline("Paris", "AFP"));
    let macron = Some("Emmanuel Macron");
    let lombard = Some("Eric Lombard");
    assert_quotes(
        &a,
        &[
            (
                "firm and proportionate",
                Some("French President Emmanuel Macron"),
                macron,
                true,
            ),
            (
                "Europe will not be intimidated. We will defend our workers and our industries.",
                Some("Macron"),
                macron,
                false,
            ),
            ("billions of euros.", Some("Eric Lombard"), lombard, true),
            (
                "We are ready to negotiate, but not under threat.",
                Some("Lombard"),
                lombard,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["AFP"]);
    assert_eq!(
        related(&a),
        [(
            "EU prepares countermeasures on US goods",
            Some("https://france24.example/en/europe/20250313-eu-countermeasures")
        )]
    );
}

#[test]
fn local_paper_posted_timestamp_and_a_nested_straight_single_quote() {
    let a = parsed("en-local-school-board.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: Some("PORTLAND".into()),
            agency: None,
        })
    );
    let reyes = Some("Michael Reyes");
    assert_quotes(
        &a,
        &[
            (
                "two years of listening to families.",
                Some("Board chair Michael Reyes"),
                reyes,
                true,
            ),
            (
                "Teenagers need sleep. The research on that is overwhelming.",
                Some("he"),
                reyes,
                false,
            ),
            (
                "You're asking families to rearrange their whole lives. My son told me, 'I'll have to quit my job.'",
                Some("Delgado"),
                Some("Maria Delgado"),
                false,
            ),
            (
                "We will work with every family to make this transition as smooth as possible.",
                Some("Superintendent Dana Whitfield"),
                Some("Dana Whitfield"),
                false,
            ),
        ],
    );
    assert!(a.sources.is_empty(), "{:?}", a.sources);
    assert_eq!(
        related(&a),
        [(
            "Portland teachers reach tentative deal",
            Some("https://oregonlive.example/education/2025/03/teachers-deal.html")
        )]
    );
}

#[test]
fn british_straight_single_quotes_with_apostrophes_inside() {
    let a = parsed("en-uk-straight-single-quotes.txt");
    assert_eq!(a.title, "Council leader quits over bin strike");
    assert_eq!(published_at(&a), Some(("2025-03-14T18:40", Some("+00:00"))));
    assert_eq!(a.dateline, None);
    // Straight single quotes are quote marks where they open before a
    // word and close after one, and apostrophes inside words
    // (`It's`) or after a plural (`Residents'`) outside a quote.
    assert_quotes(
        &a,
        &[
            (
                "I have done everything I can, but the city needs a fresh start.",
                Some("Councillor John Hale"),
                Some("John Hale"),
                false,
            ),
            (
                "It's been a nightmare. The rats are the size of cats.",
                Some("Maureen Platt"),
                Some("Maureen Platt"),
                false,
            ),
            (
                "Our members want a fair deal, not a new face.",
                Some("he"),
                Some("Dev Sharma"),
                false,
            ),
        ],
    );
    assert!(a.sources.is_empty(), "{:?}", a.sources);
    assert_eq!(
        related(&a),
        [(
            "Bin strike enters its fourth month",
            Some("https://kingsford-news.example/bin-strike-fourth-month")
        )]
    );
}

#[test]
fn interfax_question_and_answer_in_one_paragraph() {
    let a = parsed("ru-interfax-qa-inline.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, dateline("Москва", "INTERFAX.RU"));
    let sergeev = Some("Александр Сергеев");
    let besprozvannykh = Some("Алексей Беспрозванных");
    assert_quotes(
        &a,
        &[
            // Limitation: a question and its answer in one paragraph of
            // dash-led speech are read as one quote, and `генерал` (a
            // rank, not a listed role) is not resolved; the reader sees
            // the question (no speaker) and the answer (генерал:
            // Александр Сергеев).
            (
                "Учения носят плановый характер? — Да, они были запланированы еще в прошлом году",
                Some("генерал"),
                None,
                false,
            ),
            ("более 500 единиц техники", Some("Сергеева"), sergeev, true),
            (
                "не поддаваться на провокации",
                Some("Губернатор Калининградской области Алексей Беспрозванных"),
                besprozvannykh,
                true,
            ),
            (
                "Никакой угрозы для мирного населения нет",
                Some("он"),
                besprozvannykh,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["INTERFAX.RU"]);
    assert_eq!(
        related(&a),
        [(
            "В Калининграде проверили бомбоубежища",
            Some("https://www.interfax.example/russia/1012345")
        )]
    );
}

#[test]
fn reuters_title_after_said_two_cities_and_an_anonymous_official() {
    let a = parsed("en-reuters-title-after.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T11:05", Some("+00:00"))));
    assert_eq!(a.dateline, dateline("KYIV/WASHINGTON", "Reuters"));
    let rubio = Some("Marco Rubio");
    let shmyhal = Some("Denys Shmyhal");
    assert_quotes(
        &a,
        &[
            (
                "This is a good deal for both countries, and it is a deal that makes America stronger.",
                Some("U.S. Secretary of State Marco Rubio"),
                rubio,
                false,
            ),
            (
                "in the coming days.",
                Some("Ukrainian Prime Minister Denys Shmyhal"),
                shmyhal,
                true,
            ),
            (
                "We did not sign anything that contradicts our constitution.",
                Some("Shmyhal"),
                shmyhal,
                false,
            ),
            (
                "That is a separate conversation. But the president has been very clear that he wants a lasting peace.",
                Some("Rubio"),
                rubio,
                false,
            ),
            (
                "at least five times.",
                Some("A senior Ukrainian official"),
                Some("senior Ukrainian official"),
                true,
            ),
        ],
    );
    assert_eq!(a.quotes[3].parts.len(), 2);
    assert_eq!(a.sources, ["Reuters"]);
    assert!(a.related.is_empty());
}

#[test]
fn regional_photo_credit_and_a_related_list_under_po_teme() {
    let a = parsed("ru-fontanka-regional.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T10:15", None)));
    assert_eq!(a.dateline, None);
    let kozin = Some("Евгений Козин");
    assert_quotes(
        &a,
        &[
            (
                "Работы продлятся около двух лет. Пассажирам рекомендуем пользоваться станциями \
                 „Площадь Восстания“ и „Чкаловская“",
                Some("начальник метрополитена Евгений Козин"),
                kozin,
                false,
            ),
            (
                "будут ходить с интервалом не более пяти минут",
                Some("его"),
                Some("Кирилл Поляков"),
                true,
            ),
            (
                "Мы понимаем, что это неудобно, но без ремонта станция просто не выдержит нагрузки",
                Some("Козин"),
                kozin,
                false,
            ),
        ],
    );
    assert_eq!(a.sources, ["ТАСС"]);
    assert_eq!(
        related(&a),
        [
            (
                "Какие станции метро закроют в 2025 году",
                Some("https://www.fontanka.example/2025/01/15/metro/")
            ),
            ("Открытие «Горного института» снова перенесли", None),
        ]
    );
}

#[test]
fn adding_goes_on_and_a_quoted_channel_stays_in_the_clause() {
    let text = "Заголовок\n\n\
                «Мы готовы», — заявила в эфире телеканала «Россия 24» вице-премьер Татьяна Голикова.\n\n\
                «Вакцин достаточно», — сказала она, добавив: «Очередей нет».\n\n\
                Mayor Jane Okafor met residents on Monday.\n\n\
                “We are ready,” she said, adding: “The shelters will open tonight.”";
    let a = parse(text, &ParseOptions::default());
    assert_quotes(
        &a,
        &[
            (
                "Мы готовы",
                Some("вице-премьер Татьяна Голикова"),
                Some("Татьяна Голикова"),
                false,
            ),
            (
                "Вакцин достаточно. Очередей нет",
                Some("она"),
                Some("Татьяна Голикова"),
                false,
            ),
            (
                "We are ready. The shelters will open tonight.",
                Some("she"),
                Some("Jane Okafor"),
                false,
            ),
        ],
    );
}

#[test]
fn us_title_abbreviations_before_names() {
    let text = "Wildfire evacuations ordered\n\n\
                \"It is over,\" Gov. Gavin Newsom told reporters on Tuesday.\n\n\
                \"We are not going anywhere,\" said Rep. Maria Ocampo, whose district burned.";
    let a = parse(text, &ParseOptions::default());
    assert_quotes(
        &a,
        &[
            (
                "It is over.",
                Some("Gov. Gavin Newsom"),
                Some("Gavin Newsom"),
                false,
            ),
            (
                "We are not going anywhere.",
                Some("Rep. Maria Ocampo"),
                Some("Maria Ocampo"),
                false,
            ),
        ],
    );
}

#[test]
fn a_surname_that_does_not_decline_names_the_person_in_the_nominative() {
    let text = "Заголовок\n\n\
                Президент России Владимир Путин встретился с президентом Белоруссии Александром Лукашенко.\n\n\
                «Мы обсудили все вопросы», — сказал российский лидер.\n\n\
                «Согласен», — ответил Лукашенко.";
    let a = parse(text, &ParseOptions::default());
    assert_quotes(
        &a,
        &[
            (
                "Мы обсудили все вопросы",
                Some("российский лидер"),
                Some("Владимир Путин"),
                false,
            ),
            (
                "Согласен",
                Some("Лукашенко"),
                Some("Александр Лукашенко"),
                false,
            ),
        ],
    );
}

#[test]
fn a_fragment_after_a_statement_in_its_sentence_has_its_speaker() {
    let text = "Court fines carmaker\n\nA court fined Velora Motors $2 million on Monday.\n\n\
                \"We will appeal,\" the company said in a statement, adding that it \"strongly disagrees\" with the ruling.";
    let a = parse(text, &ParseOptions::default());
    assert_quotes(
        &a,
        &[
            ("We will appeal.", Some("the company"), None, false),
            ("strongly disagrees", Some("the company"), None, true),
        ],
    );
}

#[test]
fn ap_eastern_time_governor_and_fragments_after_a_statement() {
    let a = parsed("en-ap-governor-et.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, dateline("SACRAMENTO", "AP"));
    let lopez = Some("Maria Lopez");
    assert_quotes(
        &a,
        &[
            (
                "Nobody should lose their home insurance because of where they live.",
                Some("Gov. Gavin Newsom"),
                Some("Gavin Newsom"),
                false,
            ),
            (
                "drive insurers out of the state.",
                Some("The Personal Insurance Federation of California"),
                None,
                true,
            ),
            (
                "We will consider all our options.",
                Some("the group"),
                None,
                false,
            ),
            ("sharply.", Some("the group"), None, true),
            // `State Sen.` ends a sentence for the reader, as `Sen. Lisa
            // Murkowski` gives `Lisa Murkowski` above.
            ("waited long enough.", Some("Maria Lopez"), lopez, true),
            ("This is a good day.", Some("she"), lopez, false),
        ],
    );
    assert_eq!(a.sources, ["AP"]);
    assert_eq!(
        related(&a),
        [(
            "California wildfire season starts early",
            Some("https://apnews.example/article/wildfire-season")
        )]
    );
}

#[test]
fn tass_minsk_update_time_a_channel_in_the_attribution_and_dobaviv() {
    let a = parsed("ru-minsk-lukashenko.txt");
    assert_eq!(published_at(&a), Some(("2025-03-14T12:05", None)));
    assert_eq!(a.dateline, dateline("МИНСК", "ТАСС"));
    assert_quotes(
        &a,
        &[
            (
                "Цены на газ для Белоруссии останутся на прежнем уровне",
                Some("российский премьер"),
                Some("Михаил Мишустин"),
                false,
            ),
            (
                "Мы благодарны за поддержку. Союзное государство работает",
                Some("Лукашенко"),
                Some("Александр Лукашенко"),
                false,
            ),
        ],
    );
    assert_eq!(a.quotes[1].parts.len(), 2);
    assert_eq!(a.sources, ["ТАСС", "Минэнерго"]);
    assert_eq!(
        related(&a),
        [("Мишустин прибыл в Минск с рабочим визитом", None)]
    );
}
