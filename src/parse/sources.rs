//! Outlets the text credits: `сообщает ТАСС`, `передает «Интерфакс»`,
//! `The Evening Standard reported`, `according to Reuters`, and the
//! dateline's agency.

use super::lexicon::is_article;
use super::words::Token;
use super::wordset::{words, ByteSet, Words};

/// Words a source name may have.
const MAX_NAME_WORDS: usize = 4;

/// Words that credit an outlet, tagged with where it stands: 1 after
/// them (`сообщает ТАСС`), 2 before them (`Reuters reported`).
const CREDITS: Words = words!(
    32,
    "сообщает1 сообщают1 сообщило1 сообщила1 передает1 передаёт1 пишет1 \
    информирует1 данным1 информации1 ссылкой1 reported2 reports2 reporting2",
);

/// The first two letters of the credit words: most words start otherwise,
/// and are told apart without hashing.
const CREDIT_STARTS: ByteSet = ByteSet::first_pairs(CREDITS.list);

/// Where the outlet a word credits stands, as tagged in `CREDITS`.
fn credit(word: &str) -> Option<u8> {
    if !CREDIT_STARTS.has_first_pair_of(word.as_bytes()) {
        return None;
    }
    CREDITS.find_tagged(word)?.1
}

/// Adds the sources credited in `toks` (tokens of `p`) to `out`.
pub fn collect(p: &str, toks: &[Token], out: &mut Vec<String>) {
    for (i, t) in toks.iter().enumerate() {
        // No credit word is shorter than `reports` (seven bytes, as is
        // `пишет` at ten); most words stop here.
        if !t.word || t.text.len() < "reports".len() {
            continue;
        }
        let credit = credit(t.text);
        let name = if credit == Some(1) {
            let mut j = i + 1;
            if toks.get(j).is_some_and(|n| n.text == "на") {
                j += 1;
            }
            following(p, &toks[j.min(toks.len())..])
        } else if t.text.eq_ignore_ascii_case("according")
            && toks.get(i + 1).is_some_and(|n| n.text == "to")
        {
            following(p, &toks[(i + 2).min(toks.len())..])
        } else if credit == Some(2) {
            preceding(p, &toks[..i])
        } else {
            None
        };
        if let Some(name) = name {
            add(out, name);
        }
    }
}

pub fn add(out: &mut Vec<String>, name: String) {
    if !out.contains(&name) {
        out.push(name);
    }
}

/// A «quoted» name or a run of capitalised words at the start of `toks`.
fn following(p: &str, toks: &[Token]) -> Option<String> {
    let mut toks = toks;
    if toks.first().is_some_and(|t| is_article(t.text)) {
        toks = &toks[1..];
    }
    if matches!(toks.first()?.text, "«" | "\"" | "“") {
        let inner = &toks[1..];
        let close = inner
            .iter()
            .take(MAX_NAME_WORDS + 1)
            .position(|t| matches!(t.text, "»" | "\"" | "”"))?;
        return span(p, &inner[..close]);
    }
    let n = toks
        .iter()
        .take(MAX_NAME_WORDS)
        .take_while(|t| t.is_capitalised())
        .count();
    span(p, &toks[..n])
}

/// A run of capitalised words ending just before a verb, without an
/// article.
fn preceding(p: &str, toks: &[Token]) -> Option<String> {
    let n = toks
        .iter()
        .rev()
        .take(MAX_NAME_WORDS)
        .take_while(|t| t.is_capitalised() && !is_article(t.text))
        .count();
    span(p, &toks[toks.len() - n..])
}

fn span(p: &str, toks: &[Token]) -> Option<String> {
    let (first, last) = (toks.first()?, toks.last()?);
    p.get(first.start()..last.end()).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn in_paragraph(p: &str, out: &mut Vec<String>) {
        let toks: Vec<Token> = tokens(p, 0).collect();
        collect(p, &toks, out);
    }

    fn sources(p: &str) -> Vec<String> {
        let mut out = Vec::new();
        in_paragraph(p, &mut out);
        out
    }

    #[test]
    fn credit_words() {
        super::super::wordset::assert_well_formed(&CREDITS);
        assert_eq!(credit("сообщает"), Some(1));
        assert_eq!(credit("reporting"), Some(2));
        assert_eq!(credit("сообщ"), None);
        assert_eq!(credit("Reported"), None);
    }

    #[test]
    fn credits() {
        assert_eq!(sources("заявил он, сообщает ТАСС."), ["ТАСС"]);
        assert_eq!(sources("предложение, передает «Интерфакс»."), ["Интерфакс"]);
        assert_eq!(
            sources("The Evening Standard reported that"),
            ["Evening Standard"]
        );
        assert_eq!(sources("according to Reuters calculations"), ["Reuters"]);
        assert_eq!(sources("по данным РИА Новости, мост"), ["РИА Новости"]);
        assert_eq!(sources("he reported nothing"), Vec::<String>::new());
    }
}
