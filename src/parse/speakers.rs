//! Who a speaker is: a surname resolves to the person's fuller mention
//! (Russian case forms included), a role or pronoun to the person the text
//! is about at that point. Reads the body once in order, tracking the
//! current subject; returns nothing rather than guessing.

use crate::keyed::KeyedMap;

use super::case::lowercase;

use super::lexicon::{
    ends_phrase, is_article, is_capitalised_function_word, is_speech_verb, pronoun, role_of,
    verb_gender, Gender,
};
use super::names::{
    apposition, in_case_of, is_name_word, is_nominative, is_oblique, join, last_name, name_gender,
    nominative, nominative_given, same_body, same_surname, surname, surname_keys, Name,
};
use super::words::{ends_sentence, tokens, Token};

/// Mentions kept per person; the first ones are the fullest in news text.
const MAX_MENTIONS: usize = 4;
/// Words of a subject phrase considered.
const MAX_SUBJECT_WORDS: usize = 8;
/// Words a sentence may have before the name of its subject
/// (`Министр энергетики Сергей Цивилев`, `Councilman Tim Ruiz`).
const MAX_SUBJECT_PREFIX: usize = 6;
/// Recent subjects a pronoun may reach back to past an incompatible one.
const MAX_RECENT: usize = 4;

/// Roles that introduce someone unnamed (`a union spokesman`); other roles
/// (`мэр`, `глава`) refer to a named holder.
fn is_anonymous_role(role: &str) -> bool {
    matches!(
        role,
        "представител"
            | "источник"
            | "эксперт"
            | "аналитик"
            | "сотрудник"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "source"
            | "official"
            | "expert"
            | "analyst"
            | "representative"
            | "critic"
    )
}

/// Roles that may name the holder of a more specific one.
fn is_generic_role(role: &str) -> bool {
    matches!(
        role,
        "глав"
            | "руководител"
            | "начальник"
            | "лидер"
            | "дипломат"
            | "премьер"
            | "head"
            | "chief"
            | "leader"
    )
}

#[derive(Debug, Default)]
struct Person {
    mentions: Vec<String>,
    /// The surname of the first mention, lowercased for lookups.
    surname: String,
    nominative: Option<String>,
    gender: Option<Gender>,
}

/// Everyone the text names.
#[derive(Debug, Default)]
pub struct People {
    persons: Vec<Person>,
    /// Surname keys (`names::surname_keys`) → the first person filed
    /// under each. The keys are predictable hashes of the text, so the map
    /// hashes them again with std's keyed hasher: hostile text must not be
    /// able to pile its names into one bucket.
    by_key: KeyedMap<u64, usize>,
    /// The last person named with each role; at most one entry per listed
    /// role, so a scan is cheap.
    by_role: Vec<(&'static str, usize, String)>,
    /// The last surname looked up, how many persons there were then, and
    /// the answer: a speaker's surname is looked up when its attribution
    /// is learnt and again when it is resolved, and persons are only ever
    /// added, so the answer holds until the next one is.
    last_found: (String, usize, Option<usize>),
}

impl People {
    /// Records `names`, found by `names_in` in tokens of `text`.
    pub fn learn(&mut self, text: &str, names: &[Name]) {
        for name in names {
            let idx = self.add(&name.text);
            let body = text.get(name.body.0..name.body.1).unwrap_or_default();
            for &role in name.roles.iter() {
                match self.by_role.iter_mut().find(|(r, _, _)| *r == role) {
                    Some(entry) => {
                        entry.1 = idx;
                        entry.2.clear();
                        entry.2.push_str(body);
                    }
                    None => self.by_role.push((role, idx, body.to_string())),
                }
            }
        }
    }

    fn add(&mut self, name: &str) -> usize {
        if let Some(idx) = self.find(surname(name)) {
            let person = &mut self.persons[idx];
            if person.mentions.len() < MAX_MENTIONS && !person.mentions.iter().any(|m| m == name) {
                person.mentions.push(name.to_string());
            }
            return idx;
        }
        let idx = self.persons.len();
        let lowered = lowercase(surname(name));
        for key in surname_keys(&lowered, true).into_iter().flatten() {
            self.by_key.entry(key).or_insert(idx);
        }
        self.persons.push(Person {
            mentions: vec![name.to_string()],
            surname: lowered,
            nominative: None,
            gender: None,
        });
        idx
    }

    /// The first person whose surname `written` may be a form of. Every
    /// such person is first under one of its lookup keys (a key holds
    /// only surnames that match), so this is a few probes, not a scan.
    fn find(&mut self, written: &str) -> Option<usize> {
        let (last, persons, found) = &self.last_found;
        if *persons == self.persons.len() && last == written {
            return *found;
        }
        let found = self.lookup(written);
        let last = &mut self.last_found;
        last.0.clear();
        last.0.push_str(written);
        (last.1, last.2) = (self.persons.len(), found);
        found
    }

    fn lookup(&self, written: &str) -> Option<usize> {
        let mut found = None;
        for key in surname_keys(written, false).into_iter().flatten() {
            let Some(&i) = self.by_key.get(&key) else {
                continue;
            };
            // Only an earlier person than the one found can change the
            // answer: no comparison for a person already compared.
            if found.is_some_and(|f| i >= f) {
                continue;
            }
            if self
                .persons
                .get(i)
                .is_some_and(|p| same_surname(&p.surname, written))
            {
                found = Some(i);
            }
        }
        found
    }

    /// The person's full name: the mention with the surname as written
    /// when there is one, else a nominative mention or the fullest mention
    /// put in the case of the surname as written.
    fn display(&self, idx: usize, written: Option<&str>) -> Option<String> {
        fn longest<'a>(ms: &mut dyn Iterator<Item = &'a String>) -> Option<&'a String> {
            ms.max_by_key(|m| m.bytes().filter(|&b| b == b' ').count())
        }
        let person = self.persons.get(idx)?;
        if let Some(w) = written {
            if let Some(m) = longest(&mut person.mentions.iter().filter(|m| surname(m) == w)) {
                return Some(nominative_given(m));
            }
        }
        if let Some(n) = &person.nominative {
            return Some(n.clone());
        }
        let first = longest(&mut person.mentions.iter())?;
        let cased = written.and_then(|w| in_case_of(first, w));
        Some(nominative(cased.as_deref().unwrap_or(first)))
    }
}

/// What a speaker or subject phrase refers to.
enum Ref<'a> {
    Pronoun(Gender),
    /// The person and their surname as written.
    /// The person, their surname as written and, when the phrase names
    /// them, the span of the name in its words.
    Person(usize, &'a str, Option<(usize, usize)>),
    Unknown(String),
    /// A phrase and whether its role is plural (`union officials`).
    Anonymous(String, bool),
    /// A role, and the index of the word its complement starts at.
    Titled(&'static str, usize),
    Nothing,
}

#[derive(Debug, Clone)]
enum Focus {
    Person(usize),
    /// A phrase, and whether it stands for several people (`Critics`).
    Phrase(String, bool),
}

/// A phrase naming someone by an anonymous role, without its article.
fn anonymous(phrase: &str, words: &[Token]) -> Ref<'static> {
    let start = words.iter().position(|t| !is_article(t.text)).unwrap_or(0);
    let offset = match (words.get(start), words.first()) {
        (Some(s), Some(f)) => s.start() - f.start(),
        _ => 0,
    };
    // `Critics`, `officials`, `источники`: a plural role is no `he`.
    let plural = words
        .iter()
        .find(|t| role_of(t.text).is_some())
        .is_some_and(|t| {
            let w = t.text;
            w.ends_with(['и', 'ы']) || w.ends_with('s') && !w.ends_with("ss")
        });
    Ref::Anonymous(phrase.get(offset..).unwrap_or(phrase).to_string(), plural)
}

/// What a sentence of narration has shown so far.
#[derive(Debug, Default)]
struct Sentence {
    /// Index of its first token.
    start: usize,
    /// Someone became the subject.
    subject: bool,
    /// Someone other than the subject was named.
    other: bool,
}

/// Resolves speakers in reading order.
#[derive(Debug, Default)]
pub struct Resolver {
    pub people: People,
    focus: Option<Focus>,
    /// Persons who were subjects, the latest last; at most `MAX_RECENT`.
    recent: Vec<usize>,
}

impl Resolver {
    /// The full name behind `speaker` as written, at this point of the
    /// text; `verb` is the reporting verb, whose form may tell the gender.
    pub fn resolve(&mut self, speaker: &str, verb: &str) -> Option<String> {
        let words: Vec<Token> = tokens(speaker, 0).filter(|t| t.word).collect();
        let agrees = verb_gender(verb);
        match self.classify(speaker, &words) {
            Ref::Pronoun(gender) => self.referent(gender),
            Ref::Person(idx, written, _) => {
                self.set_person(idx, agrees);
                self.people.display(idx, Some(written))
            }
            Ref::Unknown(name) => {
                self.focus = Some(Focus::Phrase(name.clone(), false));
                Some(name)
            }
            Ref::Anonymous(phrase, plural) => {
                self.focus = Some(Focus::Phrase(phrase.clone(), plural));
                Some(phrase)
            }
            Ref::Titled(role, of) => {
                let idx = self.holder(role, agrees, words.get(of..).unwrap_or_default())?;
                self.set_person(idx, agrees);
                self.people.display(idx, None)
            }
            Ref::Nothing => None,
        }
    }

    /// The person the text is about at this point (who answers an
    /// interview's questions), if it is a named person.
    pub fn subject(&self) -> Option<String> {
        match self.focus.as_ref()? {
            Focus::Person(idx) => self.people.display(*idx, None),
            Focus::Phrase(..) => None,
        }
    }

    /// Who a pronoun of `gender` stands for: the current subject when it
    /// may have that gender (or number), else the latest subject who may.
    fn referent(&mut self, gender: Gender) -> Option<String> {
        let idx = match self.focus.as_ref()? {
            Focus::Phrase(p, plural) if *plural == (gender == Gender::Plural) => {
                return Some(p.clone())
            }
            _ if gender == Gender::Plural => return None,
            Focus::Person(idx) if self.fits(*idx, Some(gender)) => *idx,
            // `Critics said… she said`: back past the group, too.
            _ => *self
                .recent
                .iter()
                .rev()
                .find(|&&i| self.fits(i, Some(gender)))?,
        };
        self.set_person(idx, Some(gender));
        self.people.display(idx, None)
    }

    fn gender_of(&self, idx: usize) -> Option<Gender> {
        self.people.persons.get(idx).and_then(|p| p.gender)
    }

    /// Whether person `idx` can be referred to with `gender`.
    fn fits(&self, idx: usize, gender: Option<Gender>) -> bool {
        match (self.gender_of(idx), gender) {
            (Some(known), Some(g)) => known == g,
            _ => true,
        }
    }

    /// Follows the subjects of narrative text (`toks`, whose `names` were
    /// learnt): names that open a sentence
    /// (`Councilman Tim Ruiz, who…`) and the subjects of reporting verbs
    /// (`Представитель ФАС сообщил`, `заявил мэр Твери Алексей Огнев`).
    pub fn observe(&mut self, p: &str, toks: &[Token], names: &[Name]) {
        let mut names = names.iter().peekable();
        let mut sentence = Sentence::default();
        for (v, t) in toks.iter().enumerate() {
            if !t.word {
                if t.text.chars().next().is_some_and(ends_sentence) {
                    self.close(&sentence);
                    sentence = Sentence {
                        start: v + 1,
                        ..Sentence::default()
                    };
                }
                continue;
            }
            let named = names.peek().is_some_and(|n| n.first == v);
            if v == sentence.start && !named {
                // `Фидан, в свою очередь, поблагодарил`: a known surname
                // opening a sentence, in a case only a subject has.
                sentence.subject |= self.opening_surname(t, toks.get(v + 1));
            }
            if let Some(name) = names.next_if(|n| n.first == v) {
                let apposition = toks.get(name.last).is_some_and(|t| t.text == ",");
                let prefix = toks.get(sentence.start..v).unwrap_or(&[]);
                let focus = match self.focus {
                    Some(Focus::Person(idx)) => Some(idx),
                    _ => None,
                };
                let found = self.people.find(surname(&name.text));
                if self.subject_name(name, found, prefix, apposition) {
                    sentence.subject = true;
                } else if found != focus {
                    sentence.other = true;
                }
            }
            if is_speech_verb(t.text) && self.verb_subject(p, toks, v) {
                sentence.subject = true;
            }
        }
        self.close(&sentence);
    }

    /// Makes the person whose surname `t` is the subject, when `t` is
    /// one of theirs, cannot be an object (`Лаврову`, `Костина`) and is
    /// followed by a comma or a past-tense verb (not `Путь к миру`, whose
    /// first letters are Путин's).
    fn opening_surname(&mut self, t: &Token, next: Option<&Token>) -> bool {
        let verb_or_comma = next.is_some_and(|n| {
            n.text == "," || ["л", "ла", "ли"].iter().any(|e| n.text.ends_with(e))
        });
        if !verb_or_comma
            || !t.is_name_like()
            || is_capitalised_function_word(t.text)
            || is_oblique(t.text)
            || t.text.ends_with(['а', 'я'])
        {
            return false;
        }
        let Some(idx) = self.people.find(t.text) else {
            return false;
        };
        self.set_person(idx, None);
        true
    }

    /// A sentence that names someone else but has no subject found leaves
    /// no one a pronoun can safely stand for (`Сергею Лаврову позвонил
    /// госсекретарь США Марко Рубио.`).
    fn close(&mut self, sentence: &Sentence) {
        if sentence.other && !sentence.subject {
            self.focus = None;
        }
    }

    /// Follows the subject of the reporting verb at `v`; whether there was one.
    fn verb_subject(&mut self, p: &str, toks: &[Token], v: usize) -> bool {
        let verb = &toks[v];
        // Only the last few words can be the subject; looking no further
        // keeps a long unpunctuated run linear.
        let window = v.saturating_sub(MAX_SUBJECT_WORDS + 1);
        let clause_start = toks[window..v]
            .iter()
            .rposition(|t| !t.word)
            .map_or(window, |i| window + i + 1);
        let before: &[Token] = if clause_start < v {
            let from = v.saturating_sub(MAX_SUBJECT_WORDS).max(clause_start);
            let before = &toks[from..v];
            let lead = before
                .iter()
                .position(|w| w.is_capitalised() && !is_capitalised_function_word(w.text))
                .unwrap_or(0);
            &before[lead..]
        } else {
            &[]
        };
        // `С Решетниковым не согласилась председатель ЦБ`: a name in an
        // oblique case before the verb is its object; the subject follows.
        let object = before
            .first()
            .is_some_and(|w| w.is_capitalised() && is_oblique(w.text));
        let subject: &[Token] = if !before.is_empty() && !object {
            before
        } else if let Some(name) = apposition(toks, v) {
            name
        } else {
            let n = toks[v + 1..]
                .iter()
                .take(MAX_SUBJECT_WORDS)
                .take_while(|t| t.word && !ends_phrase(t.text))
                .count();
            &toks[v + 1..v + 1 + n]
        };
        let (Some(first), Some(last)) = (subject.first(), subject.last()) else {
            return false;
        };
        let Some(phrase) = p.get(first.start()..last.end()) else {
            return false;
        };
        let agrees = verb_gender(verb.text);
        match self.classify(phrase, subject) {
            Ref::Person(idx, _, name) => {
                if let (Some((first, last)), Some(person)) =
                    (name, self.people.persons.get_mut(idx))
                {
                    // `subject` is words only, so `classify` read it as is.
                    let name = subject.get(first..last).unwrap_or_default();
                    person.nominative.get_or_insert_with(|| join(name));
                }
                self.set_person(idx, agrees);
                true
            }
            Ref::Anonymous(phrase, plural) => {
                self.focus = Some(Focus::Phrase(phrase, plural));
                true
            }
            Ref::Titled(role, of) => {
                match self.holder(role, agrees, subject.get(of..).unwrap_or_default()) {
                    Some(idx) => {
                        self.set_person(idx, agrees);
                        true
                    }
                    None => false,
                }
            }
            Ref::Pronoun(_) | Ref::Unknown(_) | Ref::Nothing => false,
        }
    }

    /// Makes `name` the subject when it opens its sentence (only capitalised
    /// words, or a role and its complement, come before it) or its case
    /// says so (`Её коллега Игорь Смирнов`), and something marks it as a
    /// person's: a role, a gender, an apposition (`Sarah Pike, 54,`) or an
    /// earlier turn as a subject. `Storm Karl brought` and `European Union
    /// ministers` stay things.
    /// `found` is the person `name` names, if known.
    fn subject_name(
        &mut self,
        name: &Name,
        found: Option<usize>,
        prefix: &[Token],
        apposition: bool,
    ) -> bool {
        let mut role = false;
        let opens = is_nominative(&name.text)
            || prefix.len() <= MAX_SUBJECT_PREFIX
                && !is_oblique(&name.text)
                && prefix.iter().all(|t| {
                    role |= role_of(t.text).is_some();
                    t.word && (role || t.is_capitalised())
                });
        let Some(idx) = found.filter(|_| opens) else {
            return false;
        };
        let gender = name_gender(&name.text, prefix);
        let person =
            !name.roles.is_empty() || gender.is_some() || apposition || self.recent.contains(&idx);
        if !person {
            return false;
        }
        if let Some(p) = self.people.persons.get_mut(idx) {
            p.nominative.get_or_insert_with(|| name.text.to_string());
        }
        self.set_person(idx, gender);
        true
    }

    fn classify<'a>(&mut self, phrase: &str, words: &[Token<'a>]) -> Ref<'a> {
        // Callers pass words only; punctuation would be filtered out.
        let filtered: Vec<Token>;
        let words = if words.iter().all(|t| t.word) {
            words
        } else {
            filtered = words.iter().filter(|t| t.word).copied().collect();
            &filtered
        };
        if words.is_empty() {
            return Ref::Nothing;
        }
        if let [word] = words {
            if let Some((gender, _)) = pronoun(word.text) {
                return Ref::Pronoun(gender);
            }
        }
        if let Some((first, last)) = last_name(words) {
            // `spokesperson for Somerset Council`: the name is not the
            // speaker's own.
            let qualified = words[..first]
                .iter()
                .skip_while(|t| !role_of(t.text).is_some_and(is_anonymous_role))
                .any(|t| !t.is_capitalised() && role_of(t.text).is_none());
            if qualified {
                return anonymous(phrase, words);
            }
            // The name's last word: its surname.
            let written = last
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .map_or("", |t| t.text);
            return match self.people.find(written) {
                Some(idx) => Ref::Person(idx, written, Some((first, last))),
                None => Ref::Unknown(join(words.get(first..last).unwrap_or_default())),
            };
        }
        // `Mr. Okafor`: the surname, not the title before it.
        let single = words.iter().find(|t| is_name_word(t));
        if let Some(w) = single {
            if let Some(idx) = self.people.find(w.text) {
                return Ref::Person(idx, w.text, None);
            }
            if words.len() == 1 {
                return Ref::Unknown(w.text.to_string());
            }
        }
        match words
            .iter()
            .enumerate()
            .find_map(|(i, t)| Some((i, role_of(t.text)?)))
        {
            Some((_, role)) if is_anonymous_role(role) => anonymous(phrase, words),
            Some((i, role)) => Ref::Titled(role, i + 1),
            None => Ref::Nothing,
        }
    }

    /// The named person holding `role` of the body `of` (`главы МИД`), or
    /// the last person the text was about when nothing says otherwise.
    fn holder(&self, role: &str, gender: Option<Gender>, of: &[Token]) -> Option<usize> {
        let named = self.people.by_role.iter().find(|(r, _, _)| *r == role);
        let idx = match named {
            Some((_, _, body)) if !same_body(body, of) => return None,
            Some(&(_, idx, _)) => idx,
            None => {
                let idx = *self.recent.last()?;
                // `the governor` is not the mayor the text named; a head
                // (`глава российского МИД`) may be its minister.
                let titled = self.people.by_role.iter().any(|&(_, i, _)| i == idx);
                if titled && !is_generic_role(role) {
                    return None;
                }
                idx
            }
        };
        self.fits(idx, gender).then_some(idx)
    }

    /// Makes person `idx` the subject, learning its gender when known.
    fn set_person(&mut self, idx: usize, gender: Option<Gender>) {
        if let Some(person) = self.people.persons.get_mut(idx) {
            if person.gender.is_none() && gender != Some(Gender::Plural) {
                person.gender = gender;
            }
        }
        self.focus = Some(Focus::Person(idx));
        self.recent.retain(|&i| i != idx);
        if self.recent.len() == MAX_RECENT {
            self.recent.remove(0);
        }
        self.recent.push(idx);
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::names_in;
    use super::*;

    fn reader(narration: &str) -> Resolver {
        let toks: Vec<Token> = tokens(narration, 0).collect();
        let names = names_in(narration, &toks);
        let mut r = Resolver::default();
        r.people.learn(narration, &names);
        r.observe(narration, &toks, &names);
        r
    }

    impl Resolver {
        fn resolve_said(&mut self, speaker: &str) -> Option<String> {
            self.resolve(speaker, "said")
        }
    }

    #[test]
    fn surnames_resolve_to_the_nominative_mention() {
        let mut r =
            reader("встреча со Стаффаном де Мистурой. Позже Стаффан де Мистура выразил надежду.");
        assert_eq!(
            r.resolve_said("де Мистура").as_deref(),
            Some("Стаффан де Мистура")
        );
        let mut r = reader("встреча со Стаффаном де Мистурой.");
        assert_eq!(
            r.resolve_said("де Мистура").as_deref(),
            Some("Стаффан де Мистура")
        );
    }

    #[test]
    fn roles_and_pronouns_follow_the_subject() {
        let mut r = reader(
            "Мост откроют, заявил мэр Твери Алексей Огнев. Глава региона Игорь Руденко приехал.",
        );
        assert_eq!(r.resolve_said("мэр").as_deref(), Some("Алексей Огнев"));
        assert_eq!(r.resolve_said("он").as_deref(), Some("Алексей Огнев"));
        let mut r = reader("Представитель ведомства сообщил, что решение отложено.");
        assert_eq!(
            r.resolve_said("он").as_deref(),
            Some("Представитель ведомства")
        );
        let mut r = reader("A union spokesman called it a step.");
        assert_eq!(r.resolve_said("he").as_deref(), Some("union spokesman"));
    }

    #[test]
    fn an_oblique_name_before_the_verb_is_its_object() {
        let mut r = reader(
            "Министр Максим Решетников выступил. С Решетниковым не согласилась председатель ЦБ Эльвира Набиуллина.",
        );
        assert_eq!(
            r.resolve("она", "сказала").as_deref(),
            Some("Эльвира Набиуллина")
        );
    }

    #[test]
    fn a_known_surname_opening_a_sentence_is_its_subject() {
        let mut r = reader(
            "Глава МИД Турции Хакан Фидан прибыл в Москву. Его встретил Сергей Лавров. \
             Фидан, в свою очередь, поблагодарил хозяев.",
        );
        assert_eq!(r.resolve("он", "сказал").as_deref(), Some("Хакан Фидан"));
    }

    #[test]
    fn a_word_sharing_a_surnames_letters_is_no_subject() {
        let mut r = reader(
            "Президент Владимир Путин выступил. Пресс-секретарь Дмитрий Песков заявил, что решения нет. \
             Путь к миру долог.",
        );
        assert_eq!(r.resolve("он", "сказал").as_deref(), Some("Дмитрий Песков"));
    }

    #[test]
    fn a_surname_is_found_among_many_with_the_same_first_letters() {
        let mut people = People::default();
        let names: Vec<String> = (0..40).map(|n| format!("Иван Пет{n}ров")).collect();
        for name in &names {
            people.add(name);
        }
        assert_eq!(people.persons.len(), 40);
        assert_eq!(people.find("Пет37рова"), Some(37));
        assert_eq!(people.find("Пет3ров"), Some(3));
        assert_eq!(people.find("Пет99ров"), None);
    }

    #[test]
    fn no_basis_gives_none() {
        let mut r = reader("Жители спросили о мосте.");
        assert_eq!(r.resolve_said("он"), None);
        assert_eq!(r.resolve_said("мэр"), None);
        assert_eq!(r.resolve_said("один"), None);
    }
}
