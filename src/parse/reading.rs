//! Reads the body in order around the quotes: learns the people it names
//! (up to the current paragraph), follows the subject of its reporting
//! verbs, resolves each quote's speaker where the reading meets it, and
//! collects credited sources.

use std::ops::Range;

use crate::model::{Dateline, Quote};

use super::inlines::quote_id;
use super::quotes::{Found, Piece};
use super::sources;
use super::speakers::Resolver;
use super::words::{tokens, Token};

pub struct Reading {
    pub quotes: Vec<Quote>,
    pub sources: Vec<String>,
}

/// A stretch of a paragraph: narration, an attribution, or quoted words.
enum Span {
    Narration(usize, usize),
    Attribution(usize, usize, usize),
    Quoted(usize),
}

fn spans(p: &str, pieces: &[Piece]) -> Vec<Span> {
    let mut out = Vec::with_capacity(pieces.len() * 2 + 1);
    let mut pos = 0;
    for piece in pieces {
        if piece.start() > pos {
            out.push(Span::Narration(pos, piece.start()));
        }
        out.push(match *piece {
            Piece::Attribution { quote, start, end } => Span::Attribution(quote, start, end),
            Piece::Part { quote, .. } => Span::Quoted(quote),
        });
        pos = pos.max(piece.end());
    }
    if pos < p.len() {
        out.push(Span::Narration(pos, p.len()));
    }
    out
}

/// Resolves quote `q`'s speaker the first time the reading meets it.
fn resolve(
    resolver: &mut Resolver,
    found: &Found,
    resolved: &mut [Option<Option<String>>],
    q: usize,
) {
    let speaker = found
        .quotes
        .get(q)
        .and_then(|d| d.said.as_ref()?.speaker.as_deref());
    if let (Some(slot @ None), Some(speaker)) = (resolved.get_mut(q), speaker) {
        *slot = Some(resolver.resolve(speaker));
    }
}

pub fn read(paragraphs: &[String], found: &Found, dateline: Option<&Dateline>) -> Reading {
    let mut resolver = Resolver::default();
    let mut credited = Vec::new();
    if let Some(agency) = dateline.and_then(|d| d.agency.clone()) {
        sources::add(&mut credited, agency);
    }
    let mut resolved: Vec<Option<Option<String>>> = vec![None; found.quotes.len()];
    // Paragraph by paragraph: the names a paragraph mentions are learnt
    // before its speakers are resolved (a quote may precede its speaker's
    // full name in the same paragraph), and memory stays one paragraph deep.
    // One token buffer for the whole body, refilled per paragraph: spans
    // hold ranges of it, so reading allocates nothing per span.
    let mut toks: Vec<Token> = Vec::new();
    let mut ranges: Vec<(Span, Range<usize>)> = Vec::new();
    for (p, pieces) in paragraphs.iter().zip(&found.pieces) {
        toks.clear();
        ranges.clear();
        for span in spans(p, pieces) {
            let from = toks.len();
            if let Span::Narration(a, b) | Span::Attribution(_, a, b) = span {
                if let Some(s) = p.get(a..b) {
                    toks.extend(tokens(s, a));
                }
            }
            ranges.push((span, from..toks.len()));
        }
        for (_, range) in &ranges {
            resolver
                .people
                .learn(toks.get(range.clone()).unwrap_or_default());
        }
        for (span, range) in &ranges {
            let toks = toks.get(range.clone()).unwrap_or_default();
            match *span {
                Span::Narration(..) => {
                    resolver.observe(p, toks);
                    sources::collect(p, toks, &mut credited);
                }
                Span::Attribution(q, ..) => {
                    sources::collect(p, toks, &mut credited);
                    resolve(&mut resolver, found, &mut resolved, q);
                }
                Span::Quoted(q) => resolve(&mut resolver, found, &mut resolved, q),
            }
        }
    }
    let quotes = found
        .quotes
        .iter()
        .zip(resolved)
        .enumerate()
        .map(|(i, (draft, resolved))| Quote {
            id: quote_id(i),
            text: draft
                .parts
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            parts: draft.parts.clone(),
            speaker: draft.said.as_ref().and_then(|s| s.speaker.clone()),
            speaker_resolved: resolved.flatten(),
            verb: draft.said.as_ref().map(|s| s.verb.clone()),
            inline: draft.inline,
            paragraph: draft.paragraph,
        })
        .collect();
    Reading {
        quotes,
        sources: credited,
    }
}
