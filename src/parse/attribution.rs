//! Attribution clauses around a quote: who said it and with which verb.
//! `», - сказал Лавров.`, `,” Clarke told reporters.`, `Руденко заявил: «`,
//! and the clause that interrupts a quote (`…, - отметил де Мистура. - …`).
//! Every function looks at a bounded number of words, so scanning a long
//! paragraph stays linear.

use super::lexicon::{
    ends_phrase, is_addressee, is_adverb, is_article, is_capitalised_function_word, is_pronoun,
    is_speech_verb, links_clauses, pronoun, role_of, verb_gender, Gender,
};
use super::names::{apposition, is_oblique, names_in};
use super::words::{ends_sentence, is_dash, is_word_char, skippable, tokens, Token};

/// Words an attribution clause may have before punctuation ends it.
const MAX_WORDS: usize = 12;
/// Words a speaker written before the verb may have.
const MAX_SPEAKER_WORDS: usize = 8;
/// How far back a speaker-before-quote clause may start.
const MAX_LOOKBACK_CHARS: usize = 200;
/// How far back the sentence framing a quoted fragment may start.
const MAX_SENTENCE_CHARS: usize = 400;

/// The speaker and verb of a clause, as written: slices of the paragraph
/// (a quote keeps them as the model's strings).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Said<S> {
    pub speaker: Option<S>,
    pub verb: S,
}

/// A clause after a quote's closing mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct After<'a> {
    /// Byte offset where the clause's last word ends.
    pub end: usize,
    pub said: Said<&'a str>,
}

/// An attribution inside a quote or dash-led speech: `, - отметил X. - `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interruption<'a> {
    /// Where the attribution starts (the comma, or after `.!?`).
    pub start: usize,
    /// Where the attribution ends: the start of the quote's next part, or
    /// the end of the clause when the speech does not go on.
    pub end: usize,
    /// Whether the speech goes on after it.
    pub continues: bool,
    pub said: Said<&'a str>,
}

/// The words of a clause, at most `MAX_WORDS`. Kept on the stack: every
/// quote looks for one or two, so a heap `Vec` would be an allocation per
/// quote.
struct Clause<'a> {
    words: [Token<'a>; MAX_WORDS],
    len: usize,
}

impl<'a> std::ops::Deref for Clause<'a> {
    type Target = [Token<'a>];

    fn deref(&self) -> &[Token<'a>] {
        self.words.get(..self.len).unwrap_or_default()
    }
}

/// The words of the clause starting at `from`, up to the first punctuation.
fn clause_words(p: &str, from: usize) -> Clause<'_> {
    const NONE: Token = Token {
        text: "",
        offset: 0,
        word: false,
    };
    let mut clause = Clause {
        words: [NONE; MAX_WORDS],
        len: 0,
    };
    let rest = p.get(from..).unwrap_or_default();
    for (slot, t) in clause.words.iter_mut().zip(tokens(rest, from)) {
        if !t.word {
            break;
        }
        *slot = t;
        clause.len += 1;
    }
    clause
}

/// Finds the reporting verb in `words` and the speaker next to it.
pub fn speaker_and_verb<'a>(p: &'a str, words: &[Token]) -> Option<Said<&'a str>> {
    let v = words.iter().position(|w| is_speech_verb(w.text))?;
    let mut verb_end = words[v].end();
    let mut after = v + 1;
    if words.get(after).is_some_and(|w| is_addressee(w.text)) {
        verb_end = words[after].end();
        after += 1;
    }
    let verb = p.get(words[v].start()..verb_end)?;
    let speaker_words: &[Token] = if v == 0 || v == 1 && is_as(words[0].text) {
        // `сказал он РИА Новости`: a pronoun is the whole speaker.
        let pronoun = words.get(after).is_some_and(|w| is_pronoun(w.text));
        let limit = if pronoun { 1 } else { MAX_SPEAKER_WORDS };
        let n = words[after..]
            .iter()
            .take(limit)
            .take_while(|w| !ends_phrase(w.text))
            .count();
        if n > 0 {
            // `сказал РИА Новости глава комитета`: the outlet told is no
            // part of the speaker, whose lowercase role follows it.
            let phrase = &words[after..after + n];
            let lead = phrase
                .iter()
                .position(|w| !w.is_capitalised())
                .filter(|&i| i > 0 && role_of(phrase[i].text).is_some())
                .unwrap_or(0);
            &phrase[lead..]
        } else if verb_gender(words[v].text) == Some(Gender::Plural)
            && words
                .get(after)
                .is_some_and(|w| matches!(w.text, "в" | "во"))
        {
            // `— сообщили в пресс-службе МЧС`: with an impersonal plural
            // verb, the body where it was said speaks.
            words
                .get(after..after + MAX_SPEAKER_WORDS)
                .unwrap_or(&words[after..])
        } else {
            // `сказал в беседе с журналистами Песков`: the name closes
            // the clause (and is no place: `сказал в Москве`).
            let name = words[after..]
                .iter()
                .rev()
                .take_while(|w| w.is_capitalised() && !is_capitalised_function_word(w.text))
                .count();
            let start = words.len() - name;
            let placed = start > 0 && ends_phrase(words[start - 1].text);
            &words[if placed { words.len() } else { start }..]
        }
    } else {
        let kept = words[..v]
            .iter()
            .rposition(|w| !is_adverb(w.text))
            .map_or(0, |i| i + 1);
        let before = &words[..kept];
        if before.iter().any(|w| links_clauses(w.text)) || before.len() > MAX_SPEAKER_WORDS {
            return None;
        }
        // `Японскую сторону она призвала`: the pronoun next to the verb
        // is its subject.
        if before.last().is_some_and(|w| is_pronoun(w.text)) {
            return Some(Said {
                speaker: before.last().and_then(|w| p.get(w.start()..w.end())),
                verb,
            });
        }
        // A role's phrase starts after an opening adverb (`Ранее
        // официальный представитель`).
        let lead = before
            .iter()
            .take_while(|w| {
                is_adverb(w.text) || is_capitalised_function_word(w.text) && !is_article(w.text)
            })
            .count();
        let lead = if lead == before.len() { 0 } else { lead };
        // From the first name word, unless a role comes first (`A
        // spokesperson for Somerset Council`): then the whole phrase.
        let from = before
            .iter()
            .position(|w| {
                w.is_capitalised() && !is_capitalised_function_word(w.text)
                    || role_of(w.text).is_some()
            })
            .filter(|&i| role_of(before[i].text).is_none())
            .map_or(lead, |i| {
                // `The Environment Agency` keeps the article that marks it
                // as a body, not a person.
                i - usize::from(i > 0 && is_article(before[i - 1].text))
            });
        let phrase = &before[from..];
        // `Emmanuel Macron on Friday`, `Алиханов с этой оценкой`: words
        // from a preposition between the name and the verb are not the
        // speaker (`a spokesman for the governor` is).
        let named = |w: &Token| w.is_capitalised() && !is_capitalised_function_word(w.text);
        let end = (1..phrase.len())
            .find(|&k| {
                ends_phrase(phrase[k].text)
                    && phrase[..k].iter().any(named)
                    && !phrase[k..].iter().any(named)
            })
            .unwrap_or(phrase.len());
        &phrase[..end]
    };
    let speaker = match (speaker_words.first(), speaker_words.last()) {
        (Some(a), Some(b)) => p.get(a.start()..b.end()),
        _ => None,
    };
    Some(Said { speaker, verb })
}

/// `Как заявил Песков, «…»`, `As Clarke put it, “…”`: the speaker follows
/// the verb.
fn is_as(word: &str) -> bool {
    matches!(word, "Как" | "как" | "As" | "as")
}

/// The attribution right after a quote that ends at `from`. `last` is the
/// last character inside the quote: `“…,” Clarke said` needs no comma or
/// dash after the closing mark, `«…», - сказал` does.
pub fn after(p: &str, from: usize, last: Option<char>) -> Option<After<'_>> {
    let rest = p.get(from..)?;
    let mut s = rest.trim_start();
    let comma = s.starts_with(',');
    if comma {
        s = s[1..].trim_start();
    }
    let dash = s.chars().next().is_some_and(is_dash);
    if dash {
        let d = s.chars().next().map_or(0, char::len_utf8);
        let after_dash = &s[d..];
        if after_dash.trim_start().len() == after_dash.len() {
            return None;
        }
        s = after_dash.trim_start();
    }
    let inner_punct = last.is_some_and(|c| matches!(c, ',' | '!' | '?' | '…'));
    if !(comma || dash || inner_punct) || s.len() == rest.len() {
        return None;
    }
    // A clause that opens with no word (`«…»— «…»`) has no speaker.
    if !s.chars().next().is_some_and(is_word_char) {
        return None;
    }
    let start = from + rest.len() - s.len();
    let words = clause_words(p, start);
    let mut said = speaker_and_verb(p, &words)?;
    let mut end = words.last()?.end();
    // `— заявила в эфире телеканала «Россия 24» вице-премьер Татьяна
    // Голикова.`: the speaker may follow a quoted name.
    if let Some((to, named)) = past_quoted_addressee(p, end, p.len()) {
        let speaker = match said.speaker {
            None => Some(named),
            Some(role) => role_and_holder(p, role, named),
        };
        if speaker.is_some() {
            (end, said.speaker) = (to, speaker);
        }
    }
    Some(After { end, said })
}

/// The attribution that introduces a quote opening at `open`:
/// `Руденко заявил: «`, `The mayor said: "`, `She said, "`. Searches no
/// further back than `floor`. Returns the clause start and what it says.
pub fn before(p: &str, floor: usize, open: usize) -> Option<(usize, Said<&str>)> {
    let region = p.get(floor..open)?.trim_end();
    let intro = region
        .strip_suffix(':')
        .or_else(|| region.strip_suffix(','))?;
    let mut start = floor;
    for (i, (pos, c)) in intro.char_indices().rev().enumerate() {
        if i > MAX_LOOKBACK_CHARS {
            return None;
        }
        if ends_sentence(c)
            || matches!(c, ';' | ':' | '»' | '”' | '"' | ',' | '(' | ')')
            || is_dash(c) && i > 0
        {
            start = floor + pos + c.len_utf8();
            break;
        }
    }
    let words = clause_words(p, start);
    let last = words.last()?;
    if last.end() != floor + intro.len() {
        return None;
    }
    let mut said = match speaker_and_verb(p, &words) {
        Some(said) => said,
        None if region.ends_with(':') => named_after_verb(p, &words)?,
        None => return None,
    };
    let as_said = words.first().is_some_and(|w| is_as(w.text));
    if region.ends_with(',') && !is_speech_verb(last.text) && !as_said {
        return None;
    }
    if said.speaker.is_none() && p.get(floor..start)?.trim_end().ends_with(',') {
        said.speaker = appositive(p, floor, start).or_else(|| opening_name(p, floor, start));
    }
    Some((words.first()?.start(), said))
}

/// `Костина поддержал глава Сбербанка Герман Греф: «`: with no reporting
/// verb, a colon still introduces the quote of a named subject that
/// follows its verb (and its role), as Russian writes it.
fn named_after_verb<'a>(p: &'a str, words: &[Token<'a>]) -> Option<Said<&'a str>> {
    let name = names_in(p, words).pop().filter(|n| n.last == words.len())?;
    if is_oblique(&name.text) {
        return None;
    }
    let role = words[..name.first]
        .iter()
        .rposition(|w| role_of(w.text).is_some())
        .filter(|&r| name.first - r <= 3);
    let from = role.unwrap_or(name.first);
    let verb = words.get(from.checked_sub(1)?)?;
    if verb.is_capitalised() {
        return None;
    }
    Some(Said {
        speaker: p.get(words.get(from)?.start()..words.last()?.end()),
        verb: verb.text,
    })
}

/// The name set off by commas just before `at`, where the verb is: `The
/// union's president, Tom Bradshaw, said: "…"`.
fn appositive(p: &str, floor: usize, at: usize) -> Option<&str> {
    let start = sentence_start(p, floor, at)?;
    let toks: Vec<Token> = tokens(p.get(start..at)?, start).collect();
    let name = apposition(&toks, toks.len())?;
    p.get(name.first()?.start()..name.last()?.end())
}

/// The capitalised words opening the sentence that holds `at`: the
/// subject of `Sarah Pike, 54, whose home was flooded, said: "…"`.
fn opening_name(p: &str, floor: usize, at: usize) -> Option<&str> {
    let start = sentence_start(p, floor, at)?;
    let words = clause_words(p, start);
    let n = words.iter().take_while(|w| w.is_capitalised()).count();
    // `Председатель правления ВТБ Андрей Костин`: a role opening the
    // sentence runs to the name after it; with no name, the role's phrase
    // is the subject (`A senior Ukrainian official`).
    let role = words.iter().position(|w| role_of(w.text).is_some());
    let n = match (role, names_in(p, &words).first()) {
        (Some(0), Some(name)) => n.max(name.last),
        (Some(_), None) => words.len(),
        _ => n,
    };
    let name = words.get(..n)?;
    if !name.iter().any(|w| !is_capitalised_function_word(w.text)) {
        return None;
    }
    p.get(name.first()?.start()..name.last()?.end())
}

/// The reporting verb framing a quoted fragment within its sentence:
/// `A union spokesman called the timetable “…”`, `Руденко назвал мост «…»`.
/// Looks no further back than `floor` or the sentence start.
pub fn framing(p: &str, floor: usize, open: usize) -> Option<Said<&str>> {
    let start = sentence_start(p, floor, open)?;
    let region = p.get(start..open)?;
    // Without a word there is no verb or phrase to find (`«…»— «…»`).
    if !region.chars().any(is_word_char) {
        return None;
    }
    let toks: Vec<Token> = tokens(region, start).collect();
    // The first verb whose clause has a speaker: not the one of `who
    // asked not to be named` before the `said` of the sentence.
    let found = toks.iter().enumerate().find_map(|(v, t)| {
        if !t.word || !is_speech_verb(t.text) {
            return None;
        }
        let from = toks[..v].iter().rposition(|t| !t.word).map_or(0, |i| i + 1);
        let to = toks[v..]
            .iter()
            .position(|t| !t.word)
            .map_or(toks.len(), |i| v + i);
        Some((v, from, speaker_and_verb(p, &toks[from..to])?))
    });
    let Some((v, from, mut said)) = found else {
        return according_to(p, &toks).map(|(_, _, said)| said);
    };
    if from == v && from > 0 {
        // `Lisa Murkowski, who led the talks, called the vote “…”`: the
        // words after the verb are its object, the subject opens the sentence.
        said.speaker = apposition(&toks, v)
            .and_then(|name| p.get(name.first()?.start()..name.last()?.end()))
            .or_else(|| opening_name(p, start, toks[v].start()));
    }
    Some(said)
}

/// The sentence before `open` when an according-to phrase makes all of
/// it (`По его словам, «`): the phrase's start and what it says.
pub fn according(p: &str, floor: usize, open: usize) -> Option<(usize, Said<&str>)> {
    let start = sentence_start(p, floor, open)?;
    let toks: Vec<Token> = tokens(p.get(start..open)?, start).collect();
    let (k, used, said) = according_to(p, &toks)?;
    let whole = k == 0 && used + 1 == toks.len() && toks.last()?.text == ",";
    whole.then_some((toks.first()?.start(), said))
}

/// Where the sentence holding `open` starts, no further back than `floor`
/// or `MAX_SENTENCE_CHARS`.
fn sentence_start(p: &str, floor: usize, open: usize) -> Option<usize> {
    // Read from the bytes, back to front: of the sentence ends only `…`
    // is not ASCII, and decoding each letter would cost more.
    let region = p.get(floor..open)?.as_bytes();
    let (mut chars, mut end) = (0, region.len());
    for (pos, &b) in region.iter().enumerate().rev() {
        if b & 0xC0 == 0x80 {
            continue;
        }
        // `…` is E2 80 A6.
        let ends = matches!(b, b'.' | b'!' | b'?')
            || matches!(region.get(pos..end), Some([0xE2, 0x80, 0xA6]));
        if ends || chars > MAX_SENTENCE_CHARS {
            return Some(floor + end);
        }
        chars += 1;
        end = pos;
    }
    Some(floor)
}

/// `По словам Лаврова, «…»`, `По его словам, «…»`, `according to the
/// minister, “…”`: the source named after the phrase, as written (a
/// pronoun, a capitalised name, or a role and its complement).
/// Also returns where the phrase starts and how many tokens it takes.
fn according_to<'a>(p: &'a str, toks: &[Token<'a>]) -> Option<(usize, usize, Said<&'a str>)> {
    let (k, len) = toks.windows(3).enumerate().find_map(|(k, w)| {
        let by_words = matches!(w[0].text, "по" | "По");
        if w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to"
            || by_words && w[1].text == "словам"
        {
            Some((k, 2))
        } else if by_words && w[2].text == "словам" && pronoun(w[1].text).is_some() {
            Some((k, 3))
        } else {
            None
        }
    })?;
    let verb = p.get(toks[k].start()..toks[k + len - 1].end())?;
    let phrase = &toks[k + len..];
    let (source, used) = if len == 3 {
        (toks.get(k + 1)?, k + 3)
    } else if phrase.first().is_some_and(|t| pronoun(t.text).is_some()) {
        (phrase.first()?, k + 3)
    } else {
        let lead = phrase
            .iter()
            .position(|t| !is_article(t.text))
            .filter(|&i| i <= 1)?;
        let first = phrase.get(lead)?;
        let n = if first.is_capitalised() {
            phrase[lead..]
                .iter()
                .take(MAX_SPEAKER_WORDS)
                .take_while(|t| t.is_capitalised())
                .count()
        } else if role_of(first.text).is_some() {
            phrase[lead..]
                .iter()
                .take(MAX_SPEAKER_WORDS)
                .take_while(|t| t.word)
                .count()
        } else {
            0
        };
        let last = phrase.get((lead + n).checked_sub(1)?)?;
        let speaker = p.get(phrase.first()?.start()..last.end());
        return Some((k, k + len + lead + n, Said { speaker, verb }));
    };
    let speaker = Some(source.text);
    Some((k, used, Said { speaker, verb }))
}

/// The first attribution clause interrupting speech between `from` and
/// `to`: a dash after `,` or `.!?…`, then a clause with a reporting verb.
/// With `need_more`, only an interruption after which the speech goes on
/// (`. - Сами сирийцы…`) counts, as inside a «…» pair.
pub fn interruption(p: &str, from: usize, to: usize, need_more: bool) -> Option<Interruption<'_>> {
    let region = p.get(from..to)?;
    // Dashes are `-` or start with byte 0xE2 (U+2010–U+2212), so only those
    // bytes need decoding, and chunks without them are skipped whole.
    let mut chunk_start = 0;
    for chunk in region.as_bytes().chunks(8) {
        let base = chunk_start;
        chunk_start += chunk.len();
        if skippable(chunk, b"-\xE2") {
            continue;
        }
        for (offset, &b) in chunk.iter().enumerate() {
            if b != b'-' && b != 0xE2 {
                continue;
            }
            let i = base + offset;
            let Some(c) = region.get(i..).and_then(|r| r.chars().next()) else {
                continue;
            };
            if !is_dash(c) {
                continue;
            }
            let before = &region[..i];
            let trimmed = before.trim_end();
            if trimmed.len() == before.len() {
                continue;
            }
            let after = &region[i + c.len_utf8()..];
            if after.trim_start().len() == after.len() {
                continue;
            }
            let Some(punct) = trimmed.chars().next_back() else {
                continue;
            };
            if !(punct == ',' || ends_sentence(punct)) {
                continue;
            }
            let start = if punct == ',' {
                from + trimmed.len() - 1
            } else {
                from + trimmed.len()
            };
            let clause = from + region.len() - after.trim_start().len();
            let words = clause_words(p, clause);
            let Some(mut said) = speaker_and_verb(p, &words) else {
                continue;
            };
            let Some(last) = words.last() else {
                continue;
            };
            let mut clause_end = last.end();
            if let Some((end, named)) = past_quoted_addressee(p, clause_end, to) {
                clause_end = end;
                said.speaker = match said.speaker {
                    None => Some(named),
                    Some(role) => role_and_holder(p, role, named).or(Some(role)),
                };
            }
            let tail = p.get(clause_end..to).unwrap_or("");
            let punct_len = tail
                .chars()
                .next()
                .filter(|&c| c == '.' || c == ',')
                .map_or(0, char::len_utf8);
            let gap = &tail[punct_len..];
            let gap_trimmed = gap.trim_start();
            let more = gap_trimmed.len() < gap.len()
                && gap_trimmed.chars().next().is_some_and(is_dash)
                && gap_trimmed.chars().nth(1).is_some_and(char::is_whitespace);
            if more {
                let dash_len = gap_trimmed.chars().next().map_or(0, char::len_utf8);
                let after_dash = &gap_trimmed[dash_len..];
                let next_part = to - after_dash.trim_start().len();
                return Some(Interruption {
                    start,
                    end: next_part,
                    continues: true,
                    said,
                });
            }
            if !need_more {
                let end = clause_end + if tail.starts_with('.') { 1 } else { 0 };
                return Some(Interruption {
                    start,
                    end,
                    continues: false,
                    said,
                });
            }
        }
    }
    None
}

/// Longest quoted outlet after a verb (`пояснил „Ъ“`).
const MAX_ADDRESSEE_BYTES: usize = 40;

/// `— пояснил „Ъ“ источник в одном из банков. —`: a quoted outlet after
/// the verb does not end the clause; the speaker follows it, up to the
/// clause's `.` or `,`. Returns where the speaker ends and the speaker.
fn past_quoted_addressee(p: &str, from: usize, to: usize) -> Option<(usize, &str)> {
    let quoted = p.get(from..to)?.trim_start().strip_prefix(['„', '«'])?;
    let close = quoted
        .char_indices()
        .take_while(|&(i, _)| i <= MAX_ADDRESSEE_BYTES)
        .find(|&(_, c)| matches!(c, '“' | '»'))?;
    let after = quoted.get(close.0 + close.1.len_utf8()..)?;
    // Bounded, as a paragraph may hold many such clauses.
    let end = after
        .char_indices()
        .take_while(|&(i, _)| i <= MAX_LOOKBACK_CHARS)
        .find(|&(_, c)| matches!(c, '.' | ','))?
        .0;
    let speaker = after.get(..end)?.trim_end();
    let plain = !speaker.contains(['«', '—', '–']);
    (plain && speaker.trim_start().starts_with(char::is_alphabetic))
        .then(|| (to - after.len() + speaker.len(), speaker.trim_start()))
}

/// Words of a holder's name after a quoted organisation.
const MAX_HOLDER_WORDS: usize = 4;

/// `— сказал главный тренер «Торпедо» Игорь Ларионов`: a role without a
/// name (`role`), then a quoted organisation and, opening `named`, the
/// holder's name: the speaker is all of it, from the role to the name.
fn role_and_holder<'a>(p: &'a str, role: &str, named: &str) -> Option<&'a str> {
    let is_name = |t: &Token| t.is_capitalised() && !is_capitalised_function_word(t.text);
    let mut role_words = tokens(role, 0).filter(|t| t.word);
    if !role_words.any(|t| role_of(t.text).is_some()) || tokens(role, 0).any(|t| is_name(&t)) {
        return None;
    }
    let name_end = tokens(named, 0)
        .take(MAX_HOLDER_WORDS)
        .take_while(|t| t.word && is_name(t))
        .last()?
        .end();
    let offset = |s: &str| (s.as_ptr() as usize).checked_sub(p.as_ptr() as usize);
    p.get(offset(role)?..offset(named)? + name_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said<'a>(speaker: &'a str, verb: &'a str) -> Said<&'a str> {
        Said {
            speaker: Some(speaker),
            verb,
        }
    }

    #[test]
    fn after_russian_and_english_quotes() {
        let p = "«Да», - сказал Лавров.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("Лавров", "сказал"));
        assert_eq!(&p[a.end..], ".");
        let p = "«Да», — заявила в эфире «Россия 24» вице-премьер Татьяна Голикова.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("вице-премьер Татьяна Голикова", "заявила"));
        assert_eq!(&p[a.end..], ".");
        let p = "«Да», — пояснил директор по производству «Тверской генерации» Алексей Смирнов на встрече.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(
            a.said,
            said(
                "директор по производству «Тверской генерации» Алексей Смирнов",
                "пояснил"
            )
        );
        assert_eq!(&p[a.end..], ".");
        // A quoted name after a role with a name of its own, or with no
        // name after it, is no part of the speaker.
        let p = "«Да», — сказал глава компании Иван Петров «Известиям».";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("глава компании Иван Петров", "сказал"));
        let p = "«Да», — сказал тренер «Спартака» после матча.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("тренер", "сказал"));
        let p = "«Да», — сообщили в пресс-службе ГУ МЧС по региону.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("в пресс-службе ГУ МЧС по региону", "сообщили"));
        let p = "“Yes,” Clarke told reporters.";
        let a = after(p, "“Yes,”".len(), Some(',')).unwrap();
        assert_eq!(a.said, said("Clarke", "told reporters"));
        let p = "“Yes,” said Transport Minister Helen Clarke on Monday.";
        let a = after(p, "“Yes,”".len(), Some(',')).unwrap();
        assert_eq!(a.said, said("Transport Minister Helen Clarke", "said"));
        assert_eq!(
            after(
                "«на несколько дней».",
                "«на несколько дней»".len(),
                Some('й')
            ),
            None
        );
    }

    #[test]
    fn speaker_phrases_before_the_verb() {
        let speaker = |clause: &str| {
            let words: Vec<Token> = tokens(clause, 0).collect();
            speaker_and_verb(clause, &words).and_then(|s| s.speaker.map(str::to_string))
        };
        for (clause, want) in [
            (
                "French President Emmanuel Macron on Friday promised",
                "French President Emmanuel Macron",
            ),
            ("Алиханов с этой оценкой согласился", "Алиханов"),
            ("Японскую сторону она призвала", "она"),
            (
                "Ранее официальный представитель МИД Мария Захарова назвала",
                "официальный представитель МИД Мария Захарова",
            ),
            (
                "a spokesman for the governor said",
                "a spokesman for the governor",
            ),
            (
                "Председатель Комитета по бюджету Андрей Макаров сказал",
                "Председатель Комитета по бюджету Андрей Макаров",
            ),
        ] {
            assert_eq!(speaker(clause).as_deref(), Some(want), "{clause}");
        }
    }

    #[test]
    fn an_apposition_before_a_colon() {
        let p = "The National Farmers' Union president, Tom Bradshaw, said: 'No.'";
        let (_, s) = before(p, 0, p.find(" '").unwrap() + 1).unwrap();
        assert_eq!(s, said("Tom Bradshaw", "said"));
    }

    #[test]
    fn before_a_quote() {
        let p = "Ранее он приехал. Руденко заявил: «Мы";
        let (start, s) = before(p, 0, p.find('«').unwrap()).unwrap();
        assert!(p[start..].starts_with("Руденко заявил: "));
        assert_eq!(s, said("Руденко", "заявил"));
        let p = "Sarah Pike, 54, whose home was flooded, said: \"We";
        assert_eq!(
            before(p, 0, p.find('"').unwrap()).unwrap().1,
            said("Sarah Pike", "said")
        );
        let p = "Как заявил Песков, «нет";
        assert_eq!(
            before(p, 0, p.find('«').unwrap()).unwrap().1,
            said("Песков", "заявил")
        );
        let p = "Ранее он ушел. Костина поддержал глава Сбербанка Герман Греф: «Мы";
        assert_eq!(
            before(p, 0, p.find('«').unwrap()).unwrap().1,
            said("глава Сбербанка Герман Греф", "поддержал")
        );
        let p = "Он встретился с министром Сергеем Лавровым: «Мы";
        assert_eq!(before(p, 0, p.find('«').unwrap()), None);
        let p = "The mayor said: \"We";
        assert_eq!(
            before(p, 0, p.find('"').unwrap()).unwrap().1,
            said("The mayor", "said")
        );
    }

    #[test]
    fn pronoun_speakers_and_according_to() {
        let p = "«Да», — сказал в беседе с журналистами Песков.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("Песков", "сказал"));
        let p = "«Да», — сказал в понедельник в Москве.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said.speaker, None);
        let p = "«Да», — сказал РИА Новости глава комитета Андрей Картаполов.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("глава комитета Андрей Картаполов", "сказал"));
        let p = "«Да», — сказал он РИА Новости.";
        let a = after(p, "«Да»".len(), Some('а')).unwrap();
        assert_eq!(a.said, said("он", "сказал"));
        let p = "По словам Лаврова, «да»";
        assert_eq!(
            framing(p, 0, p.find('«').unwrap()),
            Some(said("Лаврова", "По словам"))
        );
        let p = "According to Helen Clarke, “yes”";
        assert_eq!(
            framing(p, 0, p.find('“').unwrap()),
            Some(said("Helen Clarke", "According to"))
        );
        for (p, speaker, verb) in [
            ("По его словам, «да»", "его", "По его словам"),
            (
                "по словам министра энергетики, «да»",
                "министра энергетики",
                "по словам",
            ),
            ("according to him, “yes”", "him", "according to"),
            (
                "According to the minister, “yes”",
                "the minister",
                "According to",
            ),
        ] {
            let open = p.find(['«', '“']).unwrap();
            assert_eq!(framing(p, 0, open), Some(said(speaker, verb)), "{p}");
        }
        let p = "по словам очевидцев, «да»";
        assert_eq!(framing(p, 0, p.find('«').unwrap()), None);
        let p = "The shadow secretary, Rachel Whitby, said the figures were “a disgrace”";
        assert_eq!(
            framing(p, 0, p.find('“').unwrap()),
            Some(said("Rachel Whitby", "said"))
        );
        let p = "Председатель правления ВТБ Андрей Костин, напротив, убежден, что «нет»";
        assert_eq!(
            framing(p, 0, p.find('«').unwrap()),
            Some(said("Председатель правления ВТБ Андрей Костин", "убежден"))
        );
        let p = "A senior official, who asked not to be named, said it was “a mess”";
        assert_eq!(
            framing(p, 0, p.find('“').unwrap()),
            Some(said("A senior official", "said"))
        );
        let p = "Sen. Lisa Murkowski, who led the talks, called the vote \"a win\"";
        assert_eq!(
            framing(p, 0, p.find('"').unwrap()),
            Some(said("Lisa Murkowski", "called"))
        );
    }

    #[test]
    fn interruptions() {
        let p = "Неважно - как, - отметил де Мистура. - Сами";
        let i = interruption(p, 0, p.len(), true).unwrap();
        assert_eq!(&p[i.start..i.end], ", - отметил де Мистура. - ");
        assert_eq!(i.said, said("де Мистура", "отметил"));
        let p = "рынок, — пояснил „Ъ“ источник в одном из банков. — Выдачи";
        let i = interruption(p, 0, p.len(), true).unwrap();
        assert_eq!(
            &p[i.start..i.end],
            ", — пояснил „Ъ“ источник в одном из банков. — "
        );
        assert_eq!(i.said, said("источник в одном из банков", "пояснил"));
        let p = "Да, — сказал представитель «Росатома» Иван Петров. — Будем";
        let i = interruption(p, 0, p.len(), true).unwrap();
        assert_eq!(
            i.said,
            said("представитель «Росатома» Иван Петров", "сказал")
        );
        let p = "Будет, — ответил мэр.";
        let i = interruption(p, 0, p.len(), false).unwrap();
        assert_eq!(&p[i.start..i.end], ", — ответил мэр.");
        assert!(!i.continues);
        assert_eq!(
            interruption("цель - наша, американцев - в том", 0, 40, false),
            None
        );
    }
}
