//! Outlets the text credits: `сообщает ТАСС`, `передает «Интерфакс»`,
//! `The Evening Standard reported`, `according to Reuters`, and the
//! dateline's agency.

use crate::keyed::Firsts;

use super::lexicon::is_article;
use super::words::Token;

/// Words a source name may have.
const MAX_NAME_WORDS: usize = 4;
/// Words of a credited name with links (`Bank of England`).
const MAX_LINKED_WORDS: usize = 8;

/// Verbs followed by the outlet they credit.
fn credits_next(word: &str) -> bool {
    matches!(
        word,
        "сообщает"
            | "сообщают"
            | "сообщило"
            | "сообщила"
            | "передает"
            | "передаёт"
            | "пишет"
            | "информирует"
            | "данным"
            | "информации"
            | "ссылкой"
            | "выяснил"
            | "выяснили"
    )
}

/// Verbs preceded by the outlet they credit.
fn credits_previous(word: &str) -> bool {
    matches!(word, "reported" | "reports" | "reporting")
}

/// The sources credited so far, each once, in the order first credited.
#[derive(Debug, Default)]
pub struct Credited {
    pub list: Vec<String>,
    /// Each name's place in `list`: a repeat is told in a probe or two,
    /// however many sources an article credits.
    seen: Firsts,
}

impl Credited {
    pub fn add(&mut self, name: String) {
        let list = &self.list;
        if self
            .seen
            .insert(&name.as_str(), list.len(), |i| list.get(i) == Some(&name))
        {
            self.list.push(name);
        }
    }
}

/// Adds the sources credited in `toks` (tokens of `p`) to `out`.
pub fn collect(p: &str, toks: &[Token], out: &mut Credited) {
    for (i, t) in toks.iter().enumerate() {
        // No credit word is shorter than `reports` (seven bytes, as is
        // `пишет` at ten); most words stop here.
        if !t.word || t.text.len() < "reports".len() {
            continue;
        }
        let name = if credits_next(t.text) {
            let mut j = i + 1;
            if toks.get(j).is_some_and(|n| n.text == "на") {
                j += 1;
            }
            let name = following(p, &toks[j.min(toks.len())..]);
            if matches!(t.text, "данным" | "информации") {
                name.map(nominative)
            } else {
                name
            }
        } else if t.text.eq_ignore_ascii_case("according")
            && toks.get(i + 1).is_some_and(|n| n.text == "to")
            || credits_previous(t.text) && toks.get(i + 1).is_some_and(|n| n.text == "by")
        {
            following(p, &toks[(i + 2).min(toks.len())..])
        } else if credits_previous(t.text) {
            preceding(p, &toks[..i])
        } else {
            None
        };
        if let Some(name) = name {
            out.add(name);
        }
    }
}

/// The nominative of a one-word name in the genitive (`по данным
/// Интерфакса`, `Росстата`): a masculine noun's `а` dropped.
fn nominative(mut name: String) -> String {
    let vowel = ['а', 'е', 'и', 'й', 'о', 'у', 'ы', 'ь', 'э', 'ю', 'я'];
    let cut = name
        .strip_suffix('а')
        .filter(|stem| stem.len() >= 6 && !stem.contains(' ') && !stem.ends_with(vowel))
        .map(str::len);
    if let Some(len) = cut {
        name.truncate(len);
    }
    name
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
    // `Bank of England`, `Department of Forestry and Fire Protection`:
    // `of` or `for` links capitals into one longer name, and then `and`
    // does too (`Reuters and AP` are two).
    let mut n = 0;
    let mut linked = false;
    for (k, t) in toks.iter().enumerate().take(MAX_LINKED_WORDS) {
        let link = n == k && k > 0 && (matches!(t.text, "of" | "for") || linked && t.text == "and");
        if t.is_capitalised() && (linked || k < MAX_NAME_WORDS) {
            n = k + 1;
        } else if link {
            linked = true;
        } else {
            break;
        }
    }
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

    fn in_paragraph(p: &str, out: &mut Credited) {
        let toks: Vec<Token> = tokens(p, 0).collect();
        collect(p, &toks, out);
    }

    fn sources(p: &str) -> Vec<String> {
        let mut out = Credited::default();
        in_paragraph(p, &mut out);
        out.list
    }

    #[test]
    fn each_source_once_in_the_order_first_credited() {
        let mut out = Credited::default();
        for p in [
            "сообщает ТАСС.",
            "передает «Интерфакс».",
            "сообщает ТАСС.",
            "according to Reuters and",
            "сообщает Интерфакс.",
        ] {
            in_paragraph(p, &mut out);
        }
        assert_eq!(out.list, ["ТАСС", "Интерфакс", "Reuters"]);
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
        assert_eq!(
            sources("according to the California Department of Forestry and Fire Protection."),
            ["California Department of Forestry and Fire Protection"]
        );
        assert_eq!(sources("according to Reuters and AP."), ["Reuters"]);
        assert_eq!(sources("по данным РИА Новости, мост"), ["РИА Новости"]);
        assert_eq!(sources("he reported nothing"), Vec::<String>::new());
        assert_eq!(sources("по данным Интерфакса, мост"), ["Интерфакс"]);
        assert_eq!(sources("по данным «Коммерсанта», мост"), ["Коммерсант"]);
        assert_eq!(sources("по данным ТАСС, мост"), ["ТАСС"]);
        assert_eq!(sources("was first reported by Axios."), ["Axios"]);
        assert_eq!(sources("выяснил «Коммерсантъ»."), ["Коммерсантъ"]);
    }
}
