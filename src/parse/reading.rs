//! Reads the body in order around the quotes: learns the people it names
//! (up to the current paragraph), follows the subject of its reporting
//! verbs, resolves each quote's speaker where the reading meets it, and
//! collects credited sources.

use std::borrow::Cow;
use std::ops::Range;

use crate::model::{Dateline, Quote};

use super::inlines::quote_id;
use super::joining;
use super::names::{push_names, Name};
use super::quotes::{Draft, Piece};
use super::sources;
use super::speakers::Resolver;
use super::words::{is_dash, tokens, Token};

pub struct Reading<'a> {
    pub quotes: Vec<Quote<'a>>,
    pub sources: Vec<String>,
}

/// A stretch of a paragraph: narration, an attribution, or quoted words.
enum Span {
    Narration(usize, usize),
    Attribution(usize, usize, usize),
    Quoted(usize),
}

/// Calls `f` with each span of `p`, in order; a visitor rather than a
/// vector, so a paragraph of many quotes allocates no list of spans.
fn spans(p: &str, pieces: &[Piece], mut f: impl FnMut(Span)) {
    let mut pos = 0;
    for piece in pieces {
        if piece.start() > pos {
            f(Span::Narration(pos, piece.start()));
        }
        f(match *piece {
            Piece::Attribution { quote, start, end } => Span::Attribution(quote, start, end),
            Piece::Part { quote, .. } => Span::Quoted(quote),
        });
        pos = pos.max(piece.end());
    }
    if pos < p.len() {
        f(Span::Narration(pos, p.len()));
    }
}

/// Resolves quote `q`'s speaker the first time the reading meets it.
fn resolve(
    resolver: &mut Resolver,
    quotes: &[Draft],
    resolved: &mut [Option<Option<String>>],
    q: usize,
) {
    let said = quotes.get(q).and_then(|d| d.said.as_ref());
    let speaker = said.and_then(|s| Some((s.speaker.as_deref()?, s.verb.as_ref())));
    if let (Some(slot @ None), Some((speaker, verb))) = (resolved.get_mut(q), speaker) {
        *slot = Some(resolver.resolve(speaker, verb));
    }
}

/// A turn of an interview in dash-led paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Turn {
    Question,
    Answer,
    Other,
}

/// The turn quote `q` takes after `last` (a quote and its turn): an
/// unattributed question opens an interview, and then answers and
/// questions alternate (the interviewer may also state: `— Потребители
/// жалуются.`) while each paragraph of speech follows the last.
fn next_turn(quotes: &[Draft], q: usize, last: (usize, Turn), dash_led: bool) -> Turn {
    let Some(draft) = quotes.get(q).filter(|d| dash_led && !d.inline) else {
        return Turn::Other;
    };
    let follows = last.0.checked_add(1) == Some(q)
        && quotes
            .get(last.0)
            .is_some_and(|l| l.paragraph + 1 == draft.paragraph);
    match (follows, last.1) {
        (true, Turn::Question) => Turn::Answer,
        (true, Turn::Answer) => Turn::Question,
        _ if draft.said.is_none() && draft.parts.last().is_some_and(|p| p.ends_with('?')) => {
            Turn::Question
        }
        _ => Turn::Other,
    }
}

/// Whether paragraph `p` opens with a dash: speech, not narration.
fn is_dash_led(p: &str) -> bool {
    p.trim_start().starts_with(is_dash)
}

/// The reading so far.
pub struct Reader<'a> {
    resolver: Resolver,
    credited: sources::Credited,
    /// Per quote: `None` until the reading meets it with a speaker.
    resolved: Vec<Option<Option<String>>>,
    // One token buffer for the whole body, refilled per paragraph: spans
    // hold ranges of it, so reading allocates nothing per span.
    toks: Vec<Token<'a>>,
    ranges: Vec<(Span, Range<usize>)>,
    /// The names in each span's tokens, found once for learning and reading.
    names: Vec<Name<'a>>,
    name_ranges: Vec<Range<usize>>,
    /// The last quote met and its turn in an interview.
    turn: (usize, Turn),
}

impl<'a> Reader<'a> {
    pub fn new(dateline: Option<&Dateline>) -> Reader<'a> {
        let mut credited = sources::Credited::default();
        if let Some(agency) = dateline.and_then(|d| d.agency.clone()) {
            credited.add(agency);
        }
        Reader {
            resolver: Resolver::default(),
            credited,
            resolved: Vec::new(),
            toks: Vec::new(),
            ranges: Vec::new(),
            names: Vec::new(),
            name_ranges: Vec::new(),
            turn: (usize::MAX, Turn::Other),
        }
    }

    /// Reads paragraph `p` with its quote pieces. The names a paragraph
    /// mentions are learnt before its speakers are resolved (a quote may
    /// precede its speaker's full name in the same paragraph), and memory
    /// stays one paragraph deep.
    pub fn paragraph(&mut self, p: &'a str, pieces: &[Piece], quotes: &[Draft]) {
        if self.resolved.len() < quotes.len() {
            self.resolved.resize(quotes.len(), None);
        }
        self.toks.clear();
        self.ranges.clear();
        let (toks, ranges) = (&mut self.toks, &mut self.ranges);
        spans(p, pieces, |span| {
            let from = toks.len();
            if let Span::Narration(a, b) | Span::Attribution(_, a, b) = span {
                if let Some(s) = p.get(a..b) {
                    toks.extend(tokens(s, a));
                }
            }
            ranges.push((span, from..toks.len()));
        });
        self.names.clear();
        self.name_ranges.clear();
        for (_, range) in &self.ranges {
            let toks = self.toks.get(range.clone()).unwrap_or_default();
            let from = self.names.len();
            push_names(p, toks, &mut self.names);
            self.name_ranges.push(from..self.names.len());
            let names = self.names.get(from..).unwrap_or_default();
            self.resolver.people.learn(p, names);
        }
        for ((span, range), names) in self.ranges.iter().zip(&self.name_ranges) {
            let toks = self.toks.get(range.clone()).unwrap_or_default();
            let names = self.names.get(names.clone()).unwrap_or_default();
            let (resolver, resolved) = (&mut self.resolver, &mut self.resolved);
            match *span {
                Span::Narration(..) => {
                    resolver.observe(p, toks, names);
                    sources::collect(p, toks, &mut self.credited);
                }
                Span::Attribution(q, ..) => {
                    sources::collect(p, toks, &mut self.credited);
                    resolve(resolver, quotes, resolved, q);
                }
                Span::Quoted(q) => {
                    resolve(resolver, quotes, resolved, q);
                    if self.turn.0 != q {
                        self.turn = (q, next_turn(quotes, q, self.turn, is_dash_led(p)));
                        if let (Some(slot @ None), Turn::Answer) =
                            (resolved.get_mut(q), self.turn.1)
                        {
                            // Unattributed: the interviewee's.
                            *slot = Some(resolver.subject());
                        }
                    }
                }
            }
        }
    }

    /// The quotes with their speakers resolved, and the sources.
    pub fn finish<'q>(mut self, drafts: Vec<Draft<'q>>) -> Reading<'q> {
        self.resolved.resize(drafts.len(), None);
        let quotes = drafts
            .into_iter()
            .zip(self.resolved)
            .enumerate()
            .map(|(i, (draft, resolved))| {
                let (speaker, verb) = match draft.said {
                    Some(said) => (said.speaker, Some(said.verb)),
                    None => (None, None),
                };
                Quote {
                    id: quote_id(i),
                    text: joining::join_borrowed(&draft.parts, draft.inline),
                    parts: draft.parts,
                    speaker,
                    speaker_resolved: resolved.flatten().map(Cow::Owned),
                    verb,
                    inline: draft.inline,
                    paragraph: draft.paragraph,
                }
            })
            .collect();
        Reading {
            quotes,
            sources: self.credited.list,
        }
    }
}
