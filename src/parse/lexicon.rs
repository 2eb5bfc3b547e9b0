//! Closed word lists: reporting verbs, role nouns, pronouns and the small
//! words that bound names and phrases. Reporting verbs match as written
//! (they are lowercase in running text). Each list is a string with a
//! compile-time hash table (see `wordset`), so the module carries the words
//! and little else.

use super::wordset::{hash, hash_byte, hash_more, pair, words, ByteSet, Words};

/// Reporting verbs as written: English, Russian present tense, and Russian
/// past tense in the masculine form, tagged `1`: the feminine, neuter and
/// plural add `а`, `о`, `и` (`ы` after `н`: `уверены`).
const SPEECH_VERBS: Words = words!(
    256,
    "acknowledged added adds admitted agreed announced answered argued asked \
    asserted called cautioned claimed commented conceded concluded confirmed \
    continued declared described emphasised emphasized explained insisted \
    maintained noted notes observed posted predicted promised recalled \
    remarked replied responded said says stated stressed suggested tells told \
    tweeted urged vowed warned writes wrote \
    возмущается вспоминает говорит говорится говорят добавляет заверяет заявляет \
    констатирует называет напоминает объясняет отвечает отмечает отмечается пишет пишут подчеркивает подчеркивается \
    подчёркивает подчёркивается полагает поясняет предупреждает признает \
    признаёт рассказывает сообщает сообщается сообщают считает считают \
    уверяет указывается утверждает уточняет \
    возразил1 вспомнил1 выразил1 говорил1 говорилось1 добавил1 добавлял1 заверил1 \
    заключил1 заметил1 заявил1 заявлял1 констатировал1 назвал1 написал1 \
    напомнил1 объяснил1 ответил1 отметил1 отмечал1 парировал1 передал1 \
    поделился1 подчеркивал1 подчеркнул1 подчёркивал1 подытожил1 пообещал1 \
    посетовал1 пояснил1 пояснял1 предупредил1 призвал1 признал1 призналась \
    признался1 прокомментировал1 процитировал1 рассказал1 рассказывал1 \
    резюмировал1 сказал1 согласилась согласились согласился1 сообщал1 сообщил1 \
    спросил1 убежден1 убеждён1 уверен1 указал1 утверждал1 уточнил1",
);

/// The bytes reporting verbs end in: most words end in another.
const SPEECH_VERB_ENDS: ByteSet = ByteSet::last_bytes(SPEECH_VERBS.list);

/// A reporting verb (`сказал`, `заявила`, `убежден`, `said`, `told`).
pub fn is_speech_verb(word: &str) -> bool {
    // Cheap rejections first: this runs on every word of the text, and no
    // listed verb is shorter than `says` (Latin) or `пишет` (Cyrillic), or
    // capitalised.
    let min_len = if word.as_bytes().first().is_some_and(u8::is_ascii) {
        4
    } else {
        "пишет".len()
    };
    if word.len() < min_len || super::words::starts_upper(word) {
        return false;
    }
    // One hash pass serves the word and its stem without a feminine,
    // neuter or plural ending (`а`, `о`, `и`, `ы`).
    let bytes = word.as_bytes();
    let ending = match bytes {
        [.., 0xD0, 0xB0 | 0xBE | 0xB8] | [.., 0xD1, 0x8B] => 2,
        _ => 0,
    };
    let Some((stem, ending)) = bytes.split_at_checked(bytes.len() - ending) else {
        return false;
    };
    let stem_listed = !ending.is_empty() && SPEECH_VERB_ENDS.has_last_of(stem);
    if !stem_listed && !SPEECH_VERB_ENDS.has_last_of(bytes) {
        return false;
    }
    let stem_hash = hash(stem);
    if SPEECH_VERBS
        .find_hashed(stem, ending, hash_more(stem_hash, ending))
        .is_some()
    {
        return true;
    }
    !ending.is_empty()
        && matches!(
            SPEECH_VERBS.find_hashed(stem, &[], stem_hash),
            Some((_, Some(1)))
        )
}

const ADDRESSEES: Words = words!(
    32,
    "her him journalists lawmakers me parliament reporters them us агентству \
    журналистам изданию корреспонденту мне нам репортерам",
);

/// Addressee words that belong to the verb phrase (`told reporters`,
/// `сказал журналистам`).
pub fn is_addressee(word: &str) -> bool {
    ADDRESSEES.contains(word)
}

/// Stems of role nouns, each with the number of case-ending characters
/// allowed after it (`мэр2`: `мэр`, `мэра`; `глав2`: `глава`, `главой`, but
/// not `главной`).
const ROLES: Words = words!(
    256,
    "мэр2 глав2 министр2 президент2 премьер2 председател2 заместител2 \
    замглавы0 представител2 пресс-секретар2 спикер2 губернатор2 директор2 \
    руководител2 спецпосланник2 посланник2 посол2 генсек2 секретар2 \
    депутат2 дипломат2 вице-премьер2 сенатор2 советник2 помощник2 эксперт2 аналитик2 прокурор2 \
    судья1 адвокат2 начальник2 сотрудник2 чиновник2 лидер2 командующ3 \
    источник2 канцлер2 король0 королев1 тренер2 наставник2 minister1 spokesman0 spokeswoman0 \
    spokesperson0 mayor1 president1 secretary0 chief1 head1 director1 \
    governor1 chairman0 chairwoman0 chair0 official1 ambassador1 envoy1 \
    leader1 premier1 senator1 adviser1 advisor1 executive1 ceo0 manager1 \
    analyst1 lawyer1 prosecutor1 judge1 commissioner1 representative1 \
    source1 chancellor1 king0 queen0 mp0 economist1 expert1 officer1 \
    captain1 general0 coach0 boss0 critic1",
);

/// The first two letters of the roles: most words start otherwise.
const ROLE_STARTS: ByteSet = ByteSet::first_pairs(ROLES.list);

/// The canonical role a word names (`министра` → `министр`), if any.
pub fn role_of(word: &str) -> Option<&'static str> {
    // Roles are lowercase but for a capital first letter, so only that
    // letter is folded; then the word minus up to three ending letters is
    // looked up as a stem that allows that many.
    let mut chars = word.chars();
    let mut first = [0; 4];
    let head = super::case::lower(chars.next()?).encode_utf8(&mut first);
    let head = head.as_bytes();
    let tail = chars.as_str().as_bytes();
    // A role's stem and so the word have at least two letters.
    let second_end = tail.iter().skip(1).position(|&b| b & 0xC0 != 0x80);
    let second = tail.get(second_end.map_or(tail.len(), |i| i + 1).checked_sub(1)?)?;
    if !ROLE_STARTS.has(pair(*head.last()?, *second)) {
        return None;
    }
    // One pass hashes every prefix: the (end in `tail`, hash) of the last
    // four character boundaries, the newest at `count - 1`.
    let mut ends = [(0, 0); 4];
    let mut count = 0;
    let mut h = hash(head);
    for (i, &b) in tail.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            ends[count % 4] = (i, h);
            count += 1;
        }
        h = hash_byte(h, b);
    }
    ends[count % 4] = (tail.len(), h);
    count += 1;
    for cut in 0..count.min(4) {
        let (end, h) = ends[(count - 1 - cut) % 4];
        if let Some((role, Some(extra))) = ROLES.find_hashed(head, tail.get(..end)?, h) {
            if usize::from(extra) >= cut {
                return Some(role);
            }
        }
    }
    None
}

/// Who a pronoun or a verb form can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Plural,
}

/// Personal pronouns tagged with their gender (1 male, 2 female, 3
/// plural), plus 3 for object and possessive forms (`him`, `её`).
const PRONOUNS: Words = words!(
    64,
    "He1 She2 They3 he1 she2 they3 him4 her5 them6 Он1 Она2 Они3 он1 она2 они3 его4 \
    её5 ее5 их6",
);

/// A pronoun that can stand for a speaker, and whether it is a subject form.
pub fn pronoun(word: &str) -> Option<(Gender, bool)> {
    let (_, tag) = PRONOUNS.find_tagged(word)?;
    let tag = tag?;
    let gender = match tag % 3 {
        1 => Gender::Male,
        2 => Gender::Female,
        _ => Gender::Plural,
    };
    Some((gender, tag <= 3))
}

/// A subject pronoun (`он`, `she`): on its own, a whole speaker.
pub fn is_pronoun(word: &str) -> bool {
    pronoun(word).is_some_and(|(_, subject)| subject)
}

/// The gender a Russian past-tense reporting verb agrees with (`сказал`,
/// `сказала`, `сказали`); `None` for other verbs.
pub fn verb_gender(verb: &str) -> Option<Gender> {
    let past = |w: &str| matches!(SPEECH_VERBS.find_tagged(w), Some((_, Some(1))));
    if past(verb) {
        return Some(Gender::Male);
    }
    let (stem, last) = verb.char_indices().next_back()?;
    if !past(verb.get(..stem)?) {
        return None;
    }
    match last {
        'а' => Some(Gender::Female),
        'и' | 'ы' => Some(Gender::Plural),
        _ => None,
    }
}

const NAME_PARTICLES: Words = words!(
    64,
    "al bin da de den der di du el ibn la le van von аль бен ван да де дер ди дю ибн \
    ла ле фон эль",
);

/// Lowercase particles inside names: `Стаффан де Мистура`, `Ursula von der Leyen`.
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(word)
}

const FUNCTION_WORDS: Words = words!(
    256,
    "A After Also An And April As At August Before But By December Dr Earlier \
    February For Friday From He Her His However I If In It Its January July June \
    Later March Meanwhile Monday Mr Mrs Ms My November October Of On Or Our \
    Saturday September She Sir Sunday That The Their Then There These They This \
    Those Thursday To Today Tuesday We Wednesday When With Yesterday You А В Во Все \
    Всё Вчера Вы Для До Его Ее Если Еще Ещё Её За Завтра Затем И Из Именно Их К Как \
    Ко Когда Кроме Между Мы На Над Не Ни Но О Об Однако Он Она Они От Перед По Под \
    Позднее После Потом При Про Ранее С Сегодня Сейчас Со Среди Так Также Тем \
    Теперь У Уже Что Эта Эти Это Этот Я",
);

/// Capitalised words that start sentences or phrases but are never part of
/// a name.
pub fn is_capitalised_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(word)
}

const PHRASE_ENDS: Words = words!(
    128,
    "adding after and as at before but during earlier for from in last later on \
    referring said that this to today told when which while who with yesterday а в \
    во для до журналистам за и из к когда которая который на но о об от перед по \
    после при с со также у что",
);

/// Lowercase words that end a speaker phrase written after its verb
/// (`сказал Огнев на встрече`, `said Clarke on Tuesday`).
pub fn ends_phrase(word: &str) -> bool {
    PHRASE_ENDS.contains(word)
}

const ARTICLES: Words = words!(16, "A An The a an the");

/// Articles and determiners dropped from the start of a role phrase
/// (`A union spokesman` → `union spokesman`).
pub fn is_article(word: &str) -> bool {
    ARTICLES.contains(word)
}

const ADVERBS: Words = words!(
    64,
    "again already also earlier later previously then today yesterday вновь вчера \
    еще ещё затем позднее позже ранее сегодня снова также тоже уже",
);

/// Adverbs that may sit between a speaker and the verb (`Ortiz later
/// called`, `Песков также заявил`); not part of the speaker.
pub fn is_adverb(word: &str) -> bool {
    ADVERBS.contains(word)
}

const CLAUSE_LINKS: Words = words!(
    32,
    "and as but or that when which while who а если и когда которая которые который \
    но что чтобы",
);

/// Words that join clauses: a phrase containing one is not a speaker.
pub fn links_clauses(word: &str) -> bool {
    CLAUSE_LINKS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::super::wordset::assert_well_formed;
    use super::*;

    #[test]
    fn lists_are_well_formed() {
        let lists = [
            &SPEECH_VERBS,
            &ADDRESSEES,
            &PRONOUNS,
            &NAME_PARTICLES,
            &FUNCTION_WORDS,
            &PHRASE_ENDS,
            &ARTICLES,
            &ADVERBS,
            &CLAUSE_LINKS,
        ];
        for list in lists.into_iter().chain([&ROLES]) {
            assert_well_formed(list);
        }
    }

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
        for role in ROLES.words() {
            let stem = role.trim_end_matches(|c: char| c.is_ascii_digit());
            assert_eq!(role_of(stem), Some(stem), "{role}");
        }
        assert_eq!(role_of("Мэр"), Some("мэр"));
        assert_eq!(role_of("министра"), Some("министр"));
        assert_eq!(role_of("главой"), Some("глав"));
        assert_eq!(role_of("главной"), None);
        assert_eq!(role_of("Minister"), Some("minister"));
        assert_eq!(verb_gender("заявила"), Some(Gender::Female));
        assert_eq!(verb_gender("добавил"), Some(Gender::Male));
        assert_eq!(verb_gender("said"), None);
        assert_eq!(pronoun("её"), Some((Gender::Female, false)));
        assert!(is_pronoun("he") && !is_pronoun("him"));
    }
}
