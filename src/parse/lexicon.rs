//! Closed word lists: reporting verbs, role nouns, pronouns and the small
//! words that bound names and phrases. Matching is on words as written
//! (reporting verbs are lowercase in running text), so no allocation.

/// Russian past-tense reporting verbs, masculine form; the feminine,
/// neuter and plural add `а`, `о`, `и`.
const RU_PAST: &[&str] = &[
    "сказал",
    "заявил",
    "отметил",
    "подчеркнул",
    "добавил",
    "заключил",
    "пояснил",
    "ответил",
    "сообщил",
    "указал",
    "рассказал",
    "уточнил",
    "констатировал",
    "заверил",
    "напомнил",
    "предупредил",
    "заметил",
    "объяснил",
    "спросил",
    "признал",
    "призвал",
    "назвал",
    "выразил",
    "написал",
    "передал",
    "прокомментировал",
    "резюмировал",
    "посетовал",
    "говорил",
    "возразил",
    "парировал",
    "подытожил",
    "пообещал",
    "поделился",
    "процитировал",
    "утверждал",
    "добавлял",
    "отмечал",
    "подчеркивал",
    "подчёркивал",
    "заявлял",
    "пояснял",
    "признался",
    "убежден",
    "убеждён",
    "уверен",
    "рассказывал",
    "сообщал",
    "говорилось",
    "призналась",
];

const RU_PRESENT: &[&str] = &[
    "говорит",
    "считает",
    "полагает",
    "отмечает",
    "подчеркивает",
    "подчёркивает",
    "заявляет",
    "сообщает",
    "пишет",
    "рассказывает",
    "поясняет",
    "добавляет",
    "признает",
    "признаёт",
    "заверяет",
    "уточняет",
    "напоминает",
    "предупреждает",
    "констатирует",
    "утверждает",
    "говорят",
    "считают",
    "сообщают",
    "пишут",
    "уверяет",
];

const EN_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "stressed",
    "explained",
    "replied",
    "asked",
    "warned",
    "insisted",
    "argued",
    "wrote",
    "writes",
    "declared",
    "announced",
    "called",
    "urged",
    "acknowledged",
    "admitted",
    "claimed",
    "confirmed",
    "commented",
    "continued",
    "recalled",
    "remarked",
    "observed",
    "suggested",
    "predicted",
    "promised",
    "vowed",
    "agreed",
    "conceded",
    "cautioned",
    "concluded",
    "emphasised",
    "emphasized",
    "maintained",
    "stated",
    "responded",
    "answered",
    "asserted",
    "tweeted",
    "posted",
    "described",
];

/// A reporting verb (`сказал`, `заявила`, `убежден`, `said`, `told`).
pub fn is_speech_verb(word: &str) -> bool {
    if EN_VERBS.contains(&word) || RU_PRESENT.contains(&word) || RU_PAST.contains(&word) {
        return true;
    }
    let mut chars = word.chars();
    match chars.next_back() {
        Some('а' | 'о' | 'и' | 'ы') => RU_PAST.contains(&chars.as_str()),
        _ => false,
    }
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
    let lower = word.to_lowercase();
    ROLES.iter().find_map(|&(stem, extra)| {
        let rest = lower.strip_prefix(stem)?;
        (rest.chars().count() <= extra).then_some(stem)
    })
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

/// Capitalised words that start sentences or phrases but are never part of
/// a name.
pub fn is_capitalised_function_word(word: &str) -> bool {
    matches!(
        word,
        "В" | "Во"
            | "На"
            | "По"
            | "С"
            | "Со"
            | "К"
            | "Ко"
            | "О"
            | "Об"
            | "У"
            | "Из"
            | "За"
            | "Для"
            | "От"
            | "До"
            | "При"
            | "Про"
            | "Над"
            | "Под"
            | "Но"
            | "И"
            | "А"
            | "Как"
            | "Что"
            | "Это"
            | "Эти"
            | "Этот"
            | "Эта"
            | "Он"
            | "Она"
            | "Они"
            | "Мы"
            | "Я"
            | "Вы"
            | "Его"
            | "Её"
            | "Ее"
            | "Их"
            | "Так"
            | "Также"
            | "Однако"
            | "Ранее"
            | "Кроме"
            | "Именно"
            | "После"
            | "Перед"
            | "Если"
            | "Когда"
            | "Тем"
            | "Все"
            | "Всё"
            | "Уже"
            | "Еще"
            | "Ещё"
            | "Сейчас"
            | "Теперь"
            | "Сегодня"
            | "Вчера"
            | "Завтра"
            | "Не"
            | "Ни"
            | "Между"
            | "Среди"
            | "Позднее"
            | "Затем"
            | "Потом"
            | "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "By"
            | "For"
            | "From"
            | "To"
            | "Of"
            | "With"
            | "But"
            | "And"
            | "Or"
            | "As"
            | "If"
            | "When"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "After"
            | "Before"
            | "Today"
            | "Yesterday"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Sir"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Earlier"
            | "Later"
            | "Meanwhile"
            | "However"
            | "Also"
            | "There"
            | "Then"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
    )
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
