//! Who a speaker is: a surname resolves to the person's fuller mention
//! (Russian case forms included), a role or pronoun to the person the text
//! is about at that point. Reads the body once in order, tracking the
//! current subject; returns nothing rather than guessing.

use std::collections::HashMap;

use super::lexicon::ends_phrase;
use super::lexicon::{
    is_article, is_capitalised_function_word, is_pronoun, is_speech_verb, role_of,
};
use super::names::{names_in, nominative, same_surname, surname};
use super::words::{tokens, Token};

/// Mentions kept per person; the first ones are the fullest in news text.
const MAX_MENTIONS: usize = 4;
/// Candidates compared per surname lookup, so lookups stay constant-time.
const MAX_CANDIDATES: usize = 16;
/// Words of a subject phrase considered.
const MAX_SUBJECT_WORDS: usize = 8;

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
    )
}

#[derive(Debug, Default)]
struct Person {
    mentions: Vec<String>,
    nominative: Option<String>,
}

/// Everyone the text names.
#[derive(Debug, Default)]
pub struct People {
    persons: Vec<Person>,
    by_key: HashMap<[char; 3], Vec<usize>>,
    /// The last person named with each role; at most one entry per listed
    /// role, so a scan is cheap.
    by_role: Vec<(&'static str, usize)>,
}

/// The first three letters of a surname, lowercased: the bucket its case
/// forms share.
fn surname_key(s: &str) -> [char; 3] {
    let mut key = ['\0'; 3];
    for (k, c) in key.iter_mut().zip(s.chars()) {
        *k = super::case::lower(c);
    }
    key
}

impl People {
    /// Records every name in `tokens`.
    pub fn learn(&mut self, tokens: &[Token]) {
        for name in names_in(tokens) {
            let idx = self.add(&name.text);
            for role in name.roles {
                match self.by_role.iter_mut().find(|(r, _)| *r == role) {
                    Some(entry) => entry.1 = idx,
                    None => self.by_role.push((role, idx)),
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
        self.persons.push(Person {
            mentions: vec![name.to_string()],
            nominative: None,
        });
        self.by_key
            .entry(surname_key(surname(name)))
            .or_default()
            .push(idx);
        idx
    }

    fn find(&self, written: &str) -> Option<usize> {
        self.by_key
            .get(&surname_key(written))?
            .iter()
            .take(MAX_CANDIDATES)
            .copied()
            .find(|&i| {
                self.persons[i]
                    .mentions
                    .first()
                    .is_some_and(|m| same_surname(surname(m), written))
            })
    }

    /// The person's full name: the mention with the surname as written
    /// when there is one, else a nominative mention.
    fn display(&self, idx: usize, written: Option<&str>) -> Option<String> {
        let person = self.persons.get(idx)?;
        let longest = |ms: &mut dyn Iterator<Item = &String>| {
            ms.max_by_key(|m| m.split(' ').count()).cloned()
        };
        if let Some(w) = written {
            if let Some(m) = longest(&mut person.mentions.iter().filter(|m| surname(m) == w)) {
                return Some(m);
            }
        }
        if let Some(n) = &person.nominative {
            return Some(n.clone());
        }
        let first = longest(&mut person.mentions.iter())?;
        Some(nominative(&first))
    }
}

/// What a speaker or subject phrase refers to.
enum Ref {
    Pronoun,
    Person(usize, String),
    Unknown(String),
    Anonymous(String),
    Titled(&'static str),
    Nothing,
}

#[derive(Debug, Clone)]
enum Focus {
    Person(usize),
    Phrase(String),
}

/// Resolves speakers in reading order.
#[derive(Debug, Default)]
pub struct Resolver {
    pub people: People,
    focus: Option<Focus>,
    last_person: Option<usize>,
}

impl Resolver {
    /// The full name behind `speaker` as written, at this point of the text.
    pub fn resolve(&mut self, speaker: &str) -> Option<String> {
        let words: Vec<Token> = tokens(speaker, 0).filter(|t| t.word).collect();
        match self.classify(speaker, &words) {
            Ref::Pronoun => self.focus_name(),
            Ref::Person(idx, written) => {
                self.set_person(idx);
                self.people.display(idx, Some(&written))
            }
            Ref::Unknown(name) => {
                self.focus = Some(Focus::Phrase(name.clone()));
                Some(name)
            }
            Ref::Anonymous(phrase) => {
                self.focus = Some(Focus::Phrase(phrase.clone()));
                Some(phrase)
            }
            Ref::Titled(role) => {
                let idx = self.holder(role)?;
                self.set_person(idx);
                self.people.display(idx, None)
            }
            Ref::Nothing => None,
        }
    }

    /// Follows the subjects of reporting verbs in narrative text
    /// (`Представитель ФАС сообщил`, `заявил мэр Твери Алексей Огнев`).
    pub fn observe(&mut self, p: &str, toks: &[Token]) {
        for (v, verb) in toks.iter().enumerate() {
            if !verb.word || !is_speech_verb(verb.text) {
                continue;
            }
            // Only the last few words can be the subject; looking no further
            // keeps a long unpunctuated run linear.
            let window = v.saturating_sub(MAX_SUBJECT_WORDS + 1);
            let clause_start = toks[window..v]
                .iter()
                .rposition(|t| !t.word)
                .map_or(window, |i| window + i + 1);
            let subject: &[Token] = if clause_start < v {
                let from = v.saturating_sub(MAX_SUBJECT_WORDS).max(clause_start);
                let before = &toks[from..v];
                let lead = before
                    .iter()
                    .position(|w| w.is_capitalised() && !is_capitalised_function_word(w.text))
                    .unwrap_or(0);
                &before[lead..]
            } else {
                let n = toks[v + 1..]
                    .iter()
                    .take(MAX_SUBJECT_WORDS)
                    .take_while(|t| t.word && !ends_phrase(t.text))
                    .count();
                &toks[v + 1..v + 1 + n]
            };
            let (Some(first), Some(last)) = (subject.first(), subject.last()) else {
                continue;
            };
            let Some(phrase) = p.get(first.start..last.end()) else {
                continue;
            };
            match self.classify(phrase, subject) {
                Ref::Person(idx, _) => {
                    if let Some(name) = names_in(subject).last() {
                        if let Some(person) = self.people.persons.get_mut(idx) {
                            person.nominative.get_or_insert_with(|| name.text.clone());
                        }
                    }
                    self.set_person(idx);
                }
                Ref::Anonymous(phrase) => self.focus = Some(Focus::Phrase(phrase)),
                Ref::Titled(role) => {
                    if let Some(idx) = self.holder(role) {
                        self.set_person(idx);
                    }
                }
                Ref::Pronoun | Ref::Unknown(_) | Ref::Nothing => {}
            }
        }
    }

    fn classify(&self, phrase: &str, words: &[Token]) -> Ref {
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
        if words.len() == 1 && is_pronoun(words[0].text) {
            return Ref::Pronoun;
        }
        if let Some(name) = names_in(words).last() {
            let written = surname(&name.text).to_string();
            return match self.people.find(&written) {
                Some(idx) => Ref::Person(idx, written),
                None => Ref::Unknown(name.text.clone()),
            };
        }
        let single = words.iter().find(|t| {
            t.is_name_like() && !is_capitalised_function_word(t.text) && role_of(t.text).is_none()
        });
        if let Some(w) = single {
            if let Some(idx) = self.people.find(w.text) {
                return Ref::Person(idx, w.text.to_string());
            }
            if words.len() == 1 {
                return Ref::Unknown(w.text.to_string());
            }
        }
        match words.iter().find_map(|t| role_of(t.text)) {
            Some(role) if is_anonymous_role(role) => {
                let start = words.iter().position(|t| !is_article(t.text)).unwrap_or(0);
                let text = phrase
                    .get(words[start].start - words[0].start..)
                    .unwrap_or(phrase);
                Ref::Anonymous(text.to_string())
            }
            Some(role) => Ref::Titled(role),
            None => Ref::Nothing,
        }
    }

    /// The named person holding `role`, or the last person the text was about.
    fn holder(&self, role: &str) -> Option<usize> {
        self.people
            .by_role
            .iter()
            .find(|(r, _)| *r == role)
            .map(|&(_, idx)| idx)
            .or(self.last_person)
    }

    fn set_person(&mut self, idx: usize) {
        self.focus = Some(Focus::Person(idx));
        self.last_person = Some(idx);
    }

    fn focus_name(&self) -> Option<String> {
        match self.focus.as_ref()? {
            Focus::Person(idx) => self.people.display(*idx, None),
            Focus::Phrase(p) => Some(p.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(narration: &str) -> Resolver {
        let toks: Vec<Token> = tokens(narration, 0).collect();
        let mut r = Resolver::default();
        r.people.learn(&toks);
        r.observe(narration, &toks);
        r
    }

    #[test]
    fn surnames_resolve_to_the_nominative_mention() {
        let mut r =
            reader("встреча со Стаффаном де Мистурой. Позже Стаффан де Мистура выразил надежду.");
        assert_eq!(
            r.resolve("де Мистура").as_deref(),
            Some("Стаффан де Мистура")
        );
        let mut r = reader("встреча со Стаффаном де Мистурой.");
        assert_eq!(
            r.resolve("де Мистура").as_deref(),
            Some("Стаффан де Мистура")
        );
    }

    #[test]
    fn roles_and_pronouns_follow_the_subject() {
        let mut r = reader(
            "Мост откроют, заявил мэр Твери Алексей Огнев. Глава региона Игорь Руденко приехал.",
        );
        assert_eq!(r.resolve("мэр").as_deref(), Some("Алексей Огнев"));
        assert_eq!(r.resolve("он").as_deref(), Some("Алексей Огнев"));
        let mut r = reader("Представитель ведомства сообщил, что решение отложено.");
        assert_eq!(r.resolve("он").as_deref(), Some("Представитель ведомства"));
        let mut r = reader("A union spokesman called it a step.");
        assert_eq!(r.resolve("he").as_deref(), Some("union spokesman"));
    }

    #[test]
    fn no_basis_gives_none() {
        let mut r = reader("Жители спросили о мосте.");
        assert_eq!(r.resolve("он"), None);
        assert_eq!(r.resolve("мэр"), None);
        assert_eq!(r.resolve("один"), None);
    }
}
