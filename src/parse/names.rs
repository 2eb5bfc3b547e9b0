//! Person names in running text: runs of capitalised words (with particles
//! such as `де`, `von`) that are not function words, roles or acronyms, and
//! a best nominative form for Russian names met in an oblique case.

use std::borrow::Cow;

use super::case::lower;
use super::lexicon::{is_article, is_capitalised_function_word, is_name_particle, role_of, Gender};
use super::words::Token;

/// A person name found in a token slice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name<'a> {
    /// Index of the first and one past the last token of the name.
    pub first: usize,
    pub last: usize,
    /// The name as written, its words one space apart: `Стаффаном де
    /// Мистурой`; borrowed from the text when it is so written there.
    pub text: Cow<'a, str>,
    /// Roles written next to it (`мэр Твери Алексей Огнев` → `мэр`).
    pub roles: Roles,
    /// Where the words naming what the nearest role is of are, as byte
    /// offsets of the tokens' text (`Твери`; `иностранных дел России`); an
    /// empty range when there are none.
    pub body: (usize, usize),
}

/// How many words before a name can carry its role.
const ROLE_WINDOW: usize = 5;

/// The roles before a name, nearest first: at most one per word of the
/// window, so held in place rather than in a vector per name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Roles {
    list: [&'static str; ROLE_WINDOW],
    len: usize,
}

impl Roles {
    fn push(&mut self, role: &'static str) {
        if let Some(slot) = self.list.get_mut(self.len) {
            *slot = role;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Roles {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.list.get(..self.len).unwrap_or_default()
    }
}

/// Every person name in `tokens` (of `p`), in order.
pub fn names_in<'a>(p: &'a str, tokens: &[Token<'a>]) -> Vec<Name<'a>> {
    let mut found = Vec::new();
    push_names(p, tokens, &mut found);
    found
}

/// Appends every person name in `tokens` to `found`, in order: a reader
/// keeps one list for a paragraph rather than one per span.
pub fn push_names<'a>(p: &'a str, tokens: &[Token<'a>], found: &mut Vec<Name<'a>>) {
    let mut i = 0;
    while let Some((first, j)) = next_name(tokens, &mut i) {
        let text = as_written(p, &tokens[first..j]);
        let window_start = first.saturating_sub(ROLE_WINDOW);
        let window = &tokens[window_start..first];
        let run = window.iter().rev().take_while(|t| t.word).count();
        let words = &window[window.len() - run..];
        let mut roles = Roles::default();
        let mut nearest = None;
        for (k, t) in words.iter().enumerate().rev() {
            if let Some(role) = role_of(t.text) {
                roles.push(role);
                nearest.get_or_insert(k);
            }
        }
        let body = match (nearest.and_then(|r| words.get(r + 1)), words.last()) {
            (Some(from), Some(to)) => (from.start(), to.end()),
            _ => (0, 0),
        };
        found.push(Name {
            first,
            last: j,
            text,
            roles,
            body,
        });
    }
}

/// The tokens of the last person name in `tokens` (`first..last`, as in
/// `Name`), found without building any: a speaker needs only where it is.
pub fn last_name(tokens: &[Token]) -> Option<(usize, usize)> {
    let mut i = 0;
    std::iter::from_fn(|| next_name(tokens, &mut i)).last()
}

/// The next name in `tokens` from index `*i` on, as the range of its
/// tokens; `*i` moves past it.
fn next_name(tokens: &[Token], i: &mut usize) -> Option<(usize, usize)> {
    while *i < tokens.len() {
        if !is_name_word(&tokens[*i]) {
            *i += 1;
            continue;
        }
        let run_start = *i;
        // The last three capitalised words of the run and how many it has.
        let mut last = [run_start; 3];
        let mut count = 1;
        let mut j = run_start + 1;
        while j < tokens.len() {
            let t = &tokens[j];
            if is_name_word(t) {
                last = [last[1], last[2], j];
                count += 1;
                j += 1;
            } else if t.word
                && is_name_particle(t.text)
                && tokens.get(j + 1).is_some_and(is_name_word)
            {
                j += 1;
            } else {
                break;
            }
        }
        // `tokens[j]`, if any, is no name word: the next run starts after it.
        *i = j + 1;
        let after_article = || run_start > 0 && is_article(tokens[run_start - 1].text);
        // `French Agriculture Minister`: capitals that qualify a role.
        let before_role = || tokens.get(j).is_some_and(|t| role_of(t.text).is_some());
        if count < 2 || after_article() || before_role() {
            continue;
        }
        let first = if count >= 3 && is_patronymic(tokens[last[1]].text) {
            last[0]
        } else {
            last[1]
        };
        if is_adjective(tokens[first].text) {
            continue;
        }
        return Some((first, j));
    }
    None
}

/// The name set off by commas just before token `v`, the verb of `The
/// shadow environment secretary, Rachel Whitby, said` or `His finance
/// minister, Eric Lombard, said`.
pub fn apposition<'s, 'a>(toks: &'s [Token<'a>], v: usize) -> Option<&'s [Token<'a>]> {
    let comma = v
        .checked_sub(1)
        .filter(|&c| toks.get(c).is_some_and(|t| t.text == ","))?;
    let open = toks.get(..comma)?.iter().rposition(|t| !t.word)?;
    let run = toks.get(open + 1..comma)?;
    let named = run.len() >= 2 && run.iter().all(is_name_word);
    (toks[open].text == "," && named).then_some(run)
}

/// A word that may be part of a person's name: not a title's abbreviation
/// (`Mr.`), a function word or a role.
pub fn is_name_word(t: &Token) -> bool {
    t.is_name_like()
        && !t.text.ends_with('.')
        && !is_capitalised_function_word(t.text)
        && role_of(t.text).is_none()
}

/// `Заречный`, `Новое`: a Russian adjective's ending no given name has,
/// so the run is a place or a body (`поселок Заречный Костромской области`).
fn is_adjective(word: &str) -> bool {
    // `ый`, `ое`, `ые`, `ых`, `ую` in UTF-8.
    matches!(
        word.as_bytes(),
        [.., 0xD1, 0x8B, 0xD0, 0xB9 | 0xB5]
            | [.., 0xD0, 0xBE, 0xD0, 0xB5]
            | [.., 0xD1, 0x8B, 0xD1, 0x85]
            | [.., 0xD1, 0x83, 0xD1, 0x8E]
    )
}

fn is_patronymic(word: &str) -> bool {
    ["вич", "вна", "чна", "ich"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// The words of `run`, tokens of `p`, one space apart: the span of `p`
/// they cover when it is just that (no copy), else joined.
fn as_written<'a>(p: &'a str, run: &[Token<'a>]) -> Cow<'a, str> {
    // Each token is that span of `p` itself (an address check, not a
    // comparison of letters), and one space parts each from the next.
    let of_p = |t: &Token| {
        p.get(t.start()..t.end())
            .is_some_and(|s| std::ptr::eq(s, t.text))
    };
    let in_place = run.iter().all(of_p)
        && run
            .windows(2)
            .all(|w| w[1].start() == w[0].end() + 1 && p.as_bytes().get(w[0].end()) == Some(&b' '));
    let span = match (run.first(), run.last()) {
        (Some(a), Some(b)) if in_place => p.get(a.start()..b.end()),
        _ => None,
    };
    span.map_or_else(|| Cow::Owned(join(run)), Cow::Borrowed)
}

/// Words of a token run joined by single spaces.
pub fn join(tokens: &[Token]) -> String {
    // Sized at once: growing word by word reallocates.
    let mut s = String::with_capacity(tokens.iter().map(|t| t.text.len() + 1).sum());
    for t in tokens {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

/// The last word of a name: its surname.
pub fn surname(name: &str) -> &str {
    // A byte scan: `rsplit` sets up a searcher, dear for a short name.
    match name.bytes().rposition(|b| b == b' ') {
        Some(i) => name.get(i + 1..).unwrap_or(name),
        None => name,
    }
}

/// Two spellings of one surname, allowing Russian case endings:
/// `мистура` / `Мистурой`, `лавров` / `Лаврова`. `a` is lowercased already
/// (`case::lowercase`), so a person's is lowered once, not per comparison;
/// `b` is lowered here as it is read, with no copy.
pub fn same_surname(a: &str, b: &str) -> bool {
    let common = a
        .chars()
        .zip(b.chars().map(lower))
        .take_while(|(x, y)| x == y)
        .count();
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    let cyrillic = a
        .chars()
        .next()
        .is_some_and(|c| matches!(c, 'а'..='я' | 'ё'));
    if !cyrillic {
        return common == a_len && common == b_len;
    }
    let (short, long) = (a_len.min(b_len), a_len.max(b_len));
    short > 0 && common >= short.min(3) && common + 3 >= long && common + 2 >= short
}

/// Where `same_surname(a, b)` holds for lowercased `a` of `n` letters and
/// `b` of `m`: the letters the two must share from the start, or `None`
/// when their lengths alone rule it out (the Russian rule; other scripts
/// need the whole word). Surnames under three letters match only one of
/// their own length, as when people were filed by their first three.
fn shared_prefix(n: usize, m: usize) -> Option<usize> {
    let (short, long) = (n.min(m), n.max(m));
    let lengths = if short < 3 {
        long == short
    } else {
        long - short <= 3
    };
    (short > 0 && lengths).then(|| {
        long.saturating_sub(3)
            .max(short.saturating_sub(2))
            .max(short.min(3))
    })
}

/// Hashes of the lowered prefixes of `s` (slot `len % 4` holds the prefix
/// of `len` letters, for the last four lengths) and its length in letters.
fn prefix_hashes(s: &str) -> ([u64; 4], usize) {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    let mut hashes = [OFFSET; 4];
    let mut h = OFFSET;
    let mut len = 0;
    for c in s.chars().map(lower) {
        h = mix(h, c as u64);
        len += 1;
        hashes[len % 4] = h;
    }
    (hashes, len)
}

fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x0000_0100_0000_01b3)
}

/// The key of a prefix hash for a surname of `n` letters (0: any script
/// but Russian, whole words) looked up as one of `m`.
fn key(prefix: u64, n: usize, m: usize) -> u64 {
    mix(mix(prefix, n as u64), m as u64)
}

fn is_russian(c: Option<char>) -> bool {
    c.is_some_and(|c| matches!(c, 'а'..='я' | 'ё'))
}

/// The keys of a surname: `filed`, those a person's (`s`, lowercased) is
/// filed under, one per length of spelling it may be met in; else those
/// to probe for `s` as written. Every person whose surname
/// `same_surname` matches a spelling is filed under one of its probes, so
/// a lookup is a few exact probes however many people share its first
/// letters. Both start with the same letter: a Russian spelling can only
/// be a Russian surname's, and any other must be the whole word.
pub fn surname_keys(s: &str, filed: bool) -> [Option<u64>; 7] {
    let (hashes, len) = prefix_hashes(s);
    let mut keys = [None; 7];
    if !is_russian(s.chars().next().map(lower)) {
        keys[0] = Some(key(hashes[len % 4], 0, len));
        return keys;
    }
    for (slot, other) in keys.iter_mut().zip(len.saturating_sub(3)..) {
        let (n, m) = if filed { (len, other) } else { (other, len) };
        *slot = shared_prefix(n, m).map(|k| key(hashes[k % 4], n, m));
    }
    keys
}

/// The gender a name met as a sentence's subject shows: a Russian
/// surname's nominative ending (`Смирнова`, `Лавров`), else a Russian first
/// name's (`Анна`), or an English title or role word before it (`Mrs`,
/// `Councilman`). `prefix` is the words before the name.
pub fn name_gender(name: &str, prefix: &[Token]) -> Option<Gender> {
    let last = surname(name);
    let ends = |endings: &[&str]| endings.iter().any(|e| last.ends_with(e));
    if ends(&["ова", "ева", "ёва", "ина", "ына", "ская", "цкая"]) {
        return Some(Gender::Female);
    }
    if ends(MALE_NOMINATIVE) {
        return Some(Gender::Male);
    }
    let first = name.split(' ').next().filter(|f| *f != last);
    if first.is_some_and(|f| f.ends_with(['а', 'я'])) {
        return Some(Gender::Female);
    }
    // `Mr.` keeps its full stop as a title's abbreviation.
    let before = prefix.last()?.text.trim_end_matches('.');
    let ends = |e: &str| {
        let cut = before.len().checked_sub(e.len());
        cut.and_then(|i| before.get(i..))
            .is_some_and(|t| t.eq_ignore_ascii_case(e))
    };
    if matches!(before, "Mrs" | "Ms" | "Miss") || ends("woman") {
        Some(Gender::Female)
    } else if before == "Mr" || ends("man") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether two roles' complements (`МИД`, `российского МИД`) may name the
/// same body: one is missing, or they share a word. A head of the finance
/// ministry is not the head of the foreign ministry.
pub fn same_body(a: &str, b: &[Token]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.split_whitespace()
            .any(|w| b.iter().any(|t| same_word(w, t.text)))
}

/// One word of a body's name in two forms: the same first four letters
/// (`российского`, `России`), or an abbreviation and a word its letters
/// are in, first to first (`ЦБ`, `Центробанка`; not `МИД`, `Минфина`).
fn same_word(a: &str, b: &str) -> bool {
    let abbreviation = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_uppercase);
    let (short, long) = if abbreviation(a) { (a, b) } else { (b, a) };
    if abbreviation(short) && !abbreviation(long) {
        let mut rest = long.chars().map(lower);
        return short.chars().map(lower).enumerate().all(|(i, c)| {
            if i == 0 {
                rest.next() == Some(c)
            } else {
                rest.any(|l| l == c)
            }
        });
    }
    a.chars()
        .map(lower)
        .take(4)
        .eq(b.chars().map(lower).take(4))
}

/// Surname endings of the Russian nominative only (`Смирнов`, `Путин`,
/// `Вяземская`); `Смирнова` may be a man's genitive.
const MALE_NOMINATIVE: &[&str] = &["ов", "ев", "ёв", "ин", "ын", "ский", "цкий"];

/// A Russian name that can only be a sentence's subject, wherever it stands.
pub fn is_nominative(name: &str) -> bool {
    let last = surname(name);
    MALE_NOMINATIVE
        .iter()
        .chain(&["ская", "цкая"])
        .any(|e| last.ends_with(e))
}

/// A Russian surname in a case other than the nominative (`Лаврову`,
/// `Голиковой`, `Лавровым`): such a name is not a sentence's subject.
pub fn is_oblique(name: &str) -> bool {
    ["у", "ю", "ом", "ем", "ым", "им", "ой", "е"]
        .iter()
        .any(|e| surname(name).ends_with(e))
}

/// `name` (`Эммануэля Макрона`) in the case of `written`, a nominative
/// form of its surname (`Макрон`): every word takes the ending the surname
/// shows; `None` when the two differ otherwise.
pub fn in_case_of(name: &str, written: &str) -> Option<String> {
    let oblique = surname(name);
    let mut common = oblique
        .bytes()
        .zip(written.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !oblique.is_char_boundary(common) {
        common -= 1;
    }
    let endings: &[(&str, &str)] = match (oblique.get(common..)?, written.get(common..)?) {
        ("а" | "у" | "ом" | "ым" | "е", "") => &[
            ("ием", "ий"),
            ("еем", "ей"),
            ("ия", "ий"),
            ("ея", "ей"),
            ("ая", "ай"),
            ("ию", "ий"),
            ("ею", "ей"),
            ("ом", ""),
            ("ем", "ь"),
            ("я", "ь"),
            ("ю", "ь"),
            ("а", ""),
            ("у", ""),
            ("е", ""),
        ],
        ("ой" | "ою", "а") => &[
            ("ией", "ия"),
            ("ии", "ия"),
            ("ьи", "ья"),
            ("ой", "а"),
            ("ы", "а"),
            ("и", "а"),
            ("е", "а"),
            ("у", "а"),
        ],
        _ => return None,
    };
    let mut out = String::with_capacity(name.len() + 4);
    with_endings(&mut out, name, endings, 2, &|w| {
        (w == oblique).then_some(written)
    });
    Some(out)
}

/// A nominative reading of a Russian name met in the instrumental case
/// (`Стаффаном де Мистурой` → `Стаффан де Мистура`); other words unchanged.
pub fn nominative(name: &str) -> String {
    let endings = [
        ("ием", "ий"),
        ("еем", "ей"),
        ("аем", "ай"),
        ("ым", ""),
        ("ом", ""),
        ("ой", "а"),
        ("ем", "ь"),
    ];
    let mut out = String::with_capacity(name.len() + 4);
    with_endings(&mut out, name, &endings, 3, &|w| {
        is_name_particle(w).then_some(w)
    });
    out
}

/// `name` with its given names in the nominative where an oblique ending
/// shows (`Александром Лукашенко` → `Александр Лукашенко`), for a surname
/// that does not decline and so was matched as written.
pub fn nominative_given(name: &str) -> String {
    let Some((given, last)) = name.rsplit_once(' ') else {
        return name.to_string();
    };
    let endings = [("ием", "ий"), ("ом", ""), ("ой", "а")];
    // Sized for the whole name: the surname is appended after the rest.
    let mut out = String::with_capacity(name.len() + 4);
    with_endings(&mut out, given, &endings, 3, &|w| {
        is_name_particle(w).then_some(w)
    });
    out.push(' ');
    out.push_str(last);
    out
}

/// Appends `name` to `out` with the first of `endings` each word has
/// replaced, where at least `min` letters stay; words `fixed` answers for
/// are replaced whole.
fn with_endings<'a>(
    out: &mut String,
    name: &'a str,
    endings: &[(&str, &str)],
    min: usize,
    fixed: &dyn Fn(&'a str) -> Option<&'a str>,
) {
    for (i, w) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Some(whole) = fixed(w) {
            out.push_str(whole);
            continue;
        }
        let ending = endings.iter().find_map(|&(e, r)| {
            let stem = w.strip_suffix(e)?;
            (stem.chars().count() >= min).then_some((stem, r))
        });
        let (stem, r) = ending.unwrap_or((w, ""));
        out.push_str(stem);
        out.push_str(r);
    }
}

#[cfg(test)]
mod tests {
    use super::super::case::lowercase;
    use super::super::words::tokens;
    use super::*;

    fn names(s: &str) -> Vec<String> {
        let t: Vec<Token> = tokens(s, 0).collect();
        names_in(s, &t)
            .into_iter()
            .map(|n| n.text.into_owned())
            .collect()
    }

    #[test]
    fn finds_names_after_roles_and_places() {
        assert_eq!(
            names("заявил министр иностранных дел России Сергей Лавров по итогам"),
            ["Сергей Лавров"]
        );
        assert_eq!(
            names("со спецпосланником ООН по Сирии Стаффаном де Мистурой, сообщает ТАСС"),
            ["Стаффаном де Мистурой"]
        );
        assert_eq!(
            names("Transport Minister Helen Clarke said"),
            ["Helen Clarke"]
        );
        assert_eq!(names("The Evening Standard reported"), Vec::<String>::new());
        assert_eq!(
            names("French Agriculture Minister Annie Genevard said"),
            ["Annie Genevard"]
        );
        assert_eq!(
            names("В Алеппо и Представитель Федеральной антимонопольной службы"),
            Vec::<String>::new()
        );
        assert_eq!(
            names("в поселке Заречный Костромской области и Новые Черемушки"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn bodies_of_roles() {
        let t = |s: &'static str| tokens(s, 0).collect::<Vec<_>>();
        assert!(same_body("Центробанка", &t("ЦБ")));
        assert!(same_body("иностранных дел России", &t("российского МИД")));
        assert!(same_body("", &t("МИД")));
        assert!(!same_body("Минфина", &t("МИД")));
        assert!(!same_body("иностранных дел России", &t("финансов")));
    }

    #[test]
    fn appositions_between_commas() {
        let text = |s: &str| {
            let t: Vec<Token> = tokens(s, 0).collect();
            let v = t.iter().position(|t| t.text == "said").unwrap();
            apposition(&t, v).map(join)
        };
        assert_eq!(
            text("The shadow secretary, Rachel Whitby, said").as_deref(),
            Some("Rachel Whitby")
        );
        assert_eq!(text("Reeves, 45, said"), None);
        assert_eq!(text("Rachel Whitby said"), None);
        assert_eq!(text("Sarah Pike, whose home was flooded, said"), None);
    }

    #[test]
    fn records_roles() {
        let t: Vec<Token> = tokens("заявил мэр Твери Алексей Огнев на встрече", 0).collect();
        assert_eq!(
            names_in("заявил мэр Твери Алексей Огнев на встрече", &t)[0].roles[..],
            ["мэр"]
        );
    }

    #[test]
    fn matches_case_forms() {
        assert!(same_surname(&lowercase("Мистура"), &lowercase("Мистурой")));
        assert!(same_surname(&lowercase("Лавров"), &lowercase("Лаврова")));
        assert!(same_surname(&lowercase("Clarke"), &lowercase("Clarke")));
        assert!(!same_surname(&lowercase("Лавров"), &lowercase("Лапин")));
        assert!(!same_surname(&lowercase("Clarke"), &lowercase("Clark")));
        assert_eq!(nominative("Стаффаном де Мистурой"), "Стаффан де Мистура");
        assert_eq!(nominative("Сергеем Лавровым"), "Сергей Лавров");
        for (name, written, want) in [
            ("Эммануэля Макрона", "Макрон", "Эммануэль Макрон"),
            ("Сергею Лаврову", "Лавров", "Сергей Лавров"),
            ("Игорем Смирновым", "Смирнов", "Игорь Смирнов"),
            ("Марии Захаровой", "Захарова", "Мария Захарова"),
            ("Анной Ивановой", "Иванова", "Анна Иванова"),
        ] {
            assert_eq!(in_case_of(name, written).as_deref(), Some(want), "{name}");
        }
        assert_eq!(in_case_of("Tim Ruiz", "Ruiz"), None);
        for (name, want) in [
            ("Александром Лукашенко", "Александр Лукашенко"),
            ("Валентиной Матвиенко", "Валентина Матвиенко"),
            ("Артем Жога", "Артем Жога"),
            ("Лев Толстой", "Лев Толстой"),
        ] {
            assert_eq!(nominative_given(name), want);
        }
    }

    #[test]
    fn surname_keys_meet_exactly_where_surnames_match() {
        let words = [
            "Лавров",
            "Лаврова",
            "Лавровым",
            "Лаврову",
            "Лапин",
            "Лаврентьев",
            "Мистура",
            "Мистурой",
            "Ли",
            "Лиу",
            "Лю",
            "Ан",
            "Ана",
            "Clarke",
            "Clark",
            "CLARKE",
            "Ruiz",
            "Ёлкин",
            "Ёлкина",
            "Петров0",
            "Петров10",
            "Петров1000",
            "Петров1100",
        ];
        for a in words {
            let lowered = lowercase(a);
            let filed = surname_keys(&lowered, true);
            for b in words {
                let probes = surname_keys(b, false);
                let meet = probes.iter().flatten().any(|k| filed.contains(&Some(*k)));
                // People used to be filed by their first three letters.
                let first3 = |s: &str| {
                    lowercase(s)
                        .chars()
                        .chain(['\0'; 3])
                        .take(3)
                        .collect::<String>()
                };
                let same = same_surname(&lowered, b) && first3(a) == first3(b);
                assert_eq!(meet, same, "{a} / {b}");
            }
        }
    }

    #[test]
    fn genders_of_subjects() {
        let t: Vec<Token> = tokens("Councilwoman", 0).collect();
        assert_eq!(name_gender("Ольга Смирнова", &[]), Some(Gender::Female));
        assert_eq!(name_gender("Сергей Цивилев", &[]), Some(Gender::Male));
        assert_eq!(name_gender("Анна Шмидт", &[]), Some(Gender::Female));
        assert_eq!(name_gender("Tim Ruiz", &t), Some(Gender::Female));
        assert_eq!(name_gender("Tim Ruiz", &[]), None);
        assert!(is_oblique("Сергею Лаврову") && is_oblique("Татьяной Голиковой"));
        assert!(!is_oblique("Сергей Лавров") && !is_oblique("Tim Ruiz"));
        assert!(is_nominative("Игорь Смирнов") && !is_nominative("Сергея Лаврова"));
    }
}
