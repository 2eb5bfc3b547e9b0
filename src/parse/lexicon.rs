//! Closed word lists: reporting verbs, role nouns, pronouns and the small
//! words that bound names and phrases. Reporting verbs match as written
//! (they are lowercase in running text). The lists checked for every word of
//! the text are hash sets, built on first use.

use std::sync::OnceLock;

use super::wordset::{buffer, fold_first, WordMap, WordSet};

/// Russian past-tense reporting verbs, masculine form; the feminine,
/// neuter and plural add `а`, `о`, `и`.
const RU_PAST: &[&str] = &[
    "возразил",
    "выразил",
    "говорил",
    "говорилось",
    "добавил",
    "добавлял",
    "заверил",
    "заключил",
    "заметил",
    "заявил",
    "заявлял",
    "констатировал",
    "назвал",
    "написал",
    "напомнил",
    "объяснил",
    "ответил",
    "отметил",
    "отмечал",
    "парировал",
    "передал",
    "поделился",
    "подчеркивал",
    "подчеркнул",
    "подчёркивал",
    "подытожил",
    "пообещал",
    "посетовал",
    "пояснил",
    "пояснял",
    "предупредил",
    "призвал",
    "признал",
    "призналась",
    "признался",
    "прокомментировал",
    "процитировал",
    "рассказал",
    "рассказывал",
    "резюмировал",
    "сказал",
    "сообщал",
    "сообщил",
    "спросил",
    "убежден",
    "убеждён",
    "уверен",
    "указал",
    "утверждал",
    "уточнил",
];

const RU_PRESENT: &[&str] = &[
    "говорит",
    "говорят",
    "добавляет",
    "заверяет",
    "заявляет",
    "констатирует",
    "напоминает",
    "отмечает",
    "пишет",
    "пишут",
    "подчеркивает",
    "подчёркивает",
    "полагает",
    "поясняет",
    "предупреждает",
    "признает",
    "признаёт",
    "рассказывает",
    "сообщает",
    "сообщают",
    "считает",
    "считают",
    "уверяет",
    "говорится",
    "отмечается",
    "подчеркивается",
    "подчёркивается",
    "сообщается",
    "указывается",
    "утверждает",
    "уточняет",
];

const EN_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "agreed",
    "announced",
    "answered",
    "argued",
    "asked",
    "asserted",
    "called",
    "cautioned",
    "claimed",
    "commented",
    "conceded",
    "concluded",
    "confirmed",
    "continued",
    "declared",
    "described",
    "emphasised",
    "emphasized",
    "explained",
    "insisted",
    "maintained",
    "noted",
    "notes",
    "observed",
    "posted",
    "predicted",
    "promised",
    "recalled",
    "remarked",
    "replied",
    "responded",
    "said",
    "says",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "told",
    "tweeted",
    "urged",
    "vowed",
    "warned",
    "writes",
    "wrote",
];

/// A reporting verb (`сказал`, `заявила`, `убежден`, `said`, `told`).
pub fn is_speech_verb(word: &str) -> bool {
    static VERBS: OnceLock<WordSet> = OnceLock::new();
    // Cheap rejections first: this runs on every word of the text, and no
    // listed verb is shorter than `says` or `пишет`, or capitalised.
    let min_len = if word.is_ascii() {
        4
    } else {
        "пишет".len()
    };
    if word.len() < min_len || word.chars().next().is_some_and(super::words::is_upper) {
        return false;
    }
    VERBS
        .get_or_init(|| {
            let mut set: WordSet = EN_VERBS
                .iter()
                .chain(RU_PRESENT)
                .map(|w| w.to_string())
                .collect();
            for past in RU_PAST {
                set.insert(past.to_string());
                for ending in ['а', 'о', 'и', 'ы'] {
                    set.insert(format!("{past}{ending}"));
                }
            }
            set
        })
        .contains(word)
}

/// Addressee words that belong to the verb phrase (`told reporters`,
/// `сказал журналистам`).
pub fn is_addressee(word: &str) -> bool {
    matches!(
        word,
        "reporters"
            | "journalists"
            | "lawmakers"
            | "parliament"
            | "me"
            | "us"
            | "him"
            | "her"
            | "them"
            | "журналистам"
            | "репортерам"
            | "корреспонденту"
            | "агентству"
            | "изданию"
            | "нам"
            | "мне"
    )
}

/// Stems of role nouns with the number of case-ending characters allowed
/// after them (`мэр`, `мэра`; `глава`, `главой`, but not `главной`).
const ROLES: &[(&str, usize)] = &[
    ("мэр", 2),
    ("глав", 2),
    ("министр", 2),
    ("президент", 2),
    ("премьер", 2),
    ("председател", 2),
    ("заместител", 2),
    ("замглавы", 0),
    ("представител", 2),
    ("пресс-секретар", 2),
    ("спикер", 2),
    ("губернатор", 2),
    ("директор", 2),
    ("руководител", 2),
    ("спецпосланник", 2),
    ("посланник", 2),
    ("посол", 2),
    ("генсек", 2),
    ("секретар", 2),
    ("депутат", 2),
    ("сенатор", 2),
    ("советник", 2),
    ("помощник", 2),
    ("эксперт", 2),
    ("аналитик", 2),
    ("прокурор", 2),
    ("судья", 1),
    ("адвокат", 2),
    ("начальник", 2),
    ("сотрудник", 2),
    ("чиновник", 2),
    ("лидер", 2),
    ("командующ", 3),
    ("источник", 2),
    ("канцлер", 2),
    ("король", 0),
    ("королев", 1),
    ("minister", 1),
    ("spokesman", 0),
    ("spokeswoman", 0),
    ("spokesperson", 0),
    ("mayor", 1),
    ("president", 1),
    ("secretary", 0),
    ("chief", 1),
    ("head", 1),
    ("director", 1),
    ("governor", 1),
    ("chairman", 0),
    ("chairwoman", 0),
    ("chair", 0),
    ("official", 1),
    ("ambassador", 1),
    ("envoy", 1),
    ("leader", 1),
    ("premier", 1),
    ("senator", 1),
    ("adviser", 1),
    ("advisor", 1),
    ("executive", 1),
    ("ceo", 0),
    ("manager", 1),
    ("analyst", 1),
    ("lawyer", 1),
    ("prosecutor", 1),
    ("judge", 1),
    ("commissioner", 1),
    ("representative", 1),
    ("source", 1),
    ("chancellor", 1),
    ("king", 0),
    ("queen", 0),
    ("mp", 0),
    ("economist", 1),
    ("expert", 1),
    ("officer", 1),
    ("captain", 1),
    ("general", 0),
    ("coach", 0),
];

/// The canonical role a word names (`министра` → `министр`), if any.
pub fn role_of(word: &str) -> Option<&'static str> {
    static STEMS: OnceLock<WordMap<(&'static str, usize)>> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        ROLES
            .iter()
            .map(|&(stem, extra)| (stem.to_string(), (stem, extra)))
            .collect()
    });
    // Roles are lowercase but for a capital first letter, so only that
    // letter is folded; then the word minus up to three ending letters is
    // looked up as a stem.
    let mut buf = buffer();
    let folded = fold_first(word, &mut buf)?;
    let mut end = folded.len();
    for cut in 0..=3 {
        if let Some(&(stem, extra)) = folded.get(..end).and_then(|k| stems.get(k)) {
            if cut <= extra {
                return Some(stem);
            }
        }
        end = folded.get(..end)?.char_indices().next_back()?.0;
    }
    None
}

/// Personal pronouns that can stand for a speaker.
pub fn is_pronoun(word: &str) -> bool {
    matches!(
        word,
        "он" | "она"
            | "они"
            | "Он"
            | "Она"
            | "Они"
            | "he"
            | "she"
            | "they"
            | "He"
            | "She"
            | "They"
    )
}

/// Lowercase particles inside names: `Стаффан де Мистура`, `Ursula von der Leyen`.
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "du"
            | "da"
            | "di"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "де"
            | "ди"
            | "да"
            | "дю"
            | "ван"
            | "фон"
            | "дер"
            | "ла"
            | "ле"
            | "бен"
            | "ибн"
            | "аль"
            | "эль"
    )
}

const FUNCTION_WORDS: &[&str] = &[
    "В",
    "Во",
    "На",
    "По",
    "С",
    "Со",
    "К",
    "Ко",
    "О",
    "Об",
    "У",
    "Из",
    "За",
    "Для",
    "От",
    "До",
    "При",
    "Про",
    "Над",
    "Под",
    "Но",
    "И",
    "А",
    "Как",
    "Что",
    "Это",
    "Эти",
    "Этот",
    "Эта",
    "Он",
    "Она",
    "Они",
    "Мы",
    "Я",
    "Вы",
    "Его",
    "Её",
    "Ее",
    "Их",
    "Так",
    "Также",
    "Однако",
    "Ранее",
    "Кроме",
    "Именно",
    "После",
    "Перед",
    "Если",
    "Когда",
    "Тем",
    "Все",
    "Всё",
    "Уже",
    "Еще",
    "Ещё",
    "Сейчас",
    "Теперь",
    "Сегодня",
    "Вчера",
    "Завтра",
    "Не",
    "Ни",
    "Между",
    "Среди",
    "Позднее",
    "Затем",
    "Потом",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "To",
    "Of",
    "With",
    "But",
    "And",
    "Or",
    "As",
    "If",
    "When",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "After",
    "Before",
    "Today",
    "Yesterday",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Earlier",
    "Later",
    "Meanwhile",
    "However",
    "Also",
    "There",
    "Then",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
];

/// Capitalised words that start sentences or phrases but are never part of
/// a name.
pub fn is_capitalised_function_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| FUNCTION_WORDS.iter().map(|w| w.to_string()).collect())
        .contains(word)
}

/// Lowercase words that end a speaker phrase written after its verb
/// (`сказал Огнев на встрече`, `said Clarke on Tuesday`).
pub fn ends_phrase(word: &str) -> bool {
    matches!(
        word,
        "на" | "в"
            | "во"
            | "по"
            | "с"
            | "со"
            | "после"
            | "перед"
            | "у"
            | "к"
            | "при"
            | "для"
            | "о"
            | "об"
            | "за"
            | "из"
            | "от"
            | "до"
            | "что"
            | "который"
            | "которая"
            | "когда"
            | "и"
            | "а"
            | "но"
            | "также"
            | "журналистам"
            | "on"
            | "in"
            | "at"
            | "after"
            | "before"
            | "to"
            | "for"
            | "during"
            | "while"
            | "from"
            | "with"
            | "that"
            | "who"
            | "which"
            | "when"
            | "as"
            | "and"
            | "but"
            | "adding"
            | "referring"
            | "told"
            | "said"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "today"
            | "yesterday"
    )
}

/// Articles and determiners dropped from the start of a role phrase
/// (`A union spokesman` → `union spokesman`).
pub fn is_article(word: &str) -> bool {
    matches!(word, "a" | "an" | "the" | "A" | "An" | "The")
}

/// Adverbs that may sit between a speaker and the verb (`Ortiz later
/// called`, `Песков также заявил`); not part of the speaker.
pub fn is_adverb(word: &str) -> bool {
    matches!(
        word,
        "later"
            | "earlier"
            | "also"
            | "today"
            | "yesterday"
            | "again"
            | "then"
            | "previously"
            | "already"
            | "также"
            | "ранее"
            | "позже"
            | "затем"
            | "тоже"
            | "уже"
            | "вновь"
            | "снова"
            | "еще"
            | "ещё"
            | "вчера"
            | "сегодня"
            | "позднее"
    )
}

/// Words that join clauses: a phrase containing one is not a speaker.
pub fn links_clauses(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "but"
            | "or"
            | "that"
            | "who"
            | "which"
            | "when"
            | "while"
            | "as"
            | "и"
            | "а"
            | "но"
            | "что"
            | "который"
            | "которая"
            | "которые"
            | "когда"
            | "если"
            | "чтобы"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_and_roles() {
        for w in [
            "сказал",
            "сказала",
            "сказали",
            "заявил",
            "убеждена",
            "признался",
            "said",
            "told",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        for w in ["сказ", "мост", "sad", "Said"] {
            assert!(!is_speech_verb(w), "{w}");
        }
        assert_eq!(role_of("Мэр"), Some("мэр"));
        assert_eq!(role_of("министра"), Some("министр"));
        assert_eq!(role_of("главой"), Some("глав"));
        assert_eq!(role_of("главной"), None);
        assert_eq!(role_of("Minister"), Some("minister"));
    }
}
