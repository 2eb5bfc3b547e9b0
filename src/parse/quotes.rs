//! Direct quotes across the body: which quote-mark pairs and dash-led lines
//! are speech, where their parts and attributions lie, and which pairs are
//! only quoted names (`«Газпром»`) that stay plain text.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::attribution::{according, after, before, framing, interruption, After, Said};
use super::lines::{Normal, Source};
use super::marks::{pair_marks, Kind, Open, Pair};
use super::words::{ends_sentence, is_dash};

/// A quote as found, before its speaker is resolved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft<'a> {
    /// In the model's type: moved into it.
    pub parts: Vec<Cow<'a, str>>,
    pub paragraph: usize,
    pub inline: bool,
    pub said: Option<Said<Cow<'a, str>>>,
}

/// A span of a paragraph that belongs to a quote. Byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// `start..open_end` is the opening mark, `close_start..end` the closing.
    Part {
        quote: usize,
        start: usize,
        open_end: usize,
        close_start: usize,
        end: usize,
    },
    Attribution {
        quote: usize,
        start: usize,
        end: usize,
    },
}

impl Piece {
    pub fn start(&self) -> usize {
        match *self {
            Piece::Part { start, .. } | Piece::Attribution { start, .. } => start,
        }
    }

    pub fn end(&self) -> usize {
        match *self {
            Piece::Part { end, .. } | Piece::Attribution { end, .. } => end,
        }
    }
}

/// Quotes mark by mark, paragraph by paragraph: the drafts so far and the
/// quote that runs on into the next paragraph, if any.
#[derive(Debug, Default)]
pub struct Finder<'a> {
    pub quotes: Vec<Draft<'a>>,
    carry: Option<(usize, Kind)>,
}

/// Quoted names are short, capitalised and unpunctuated.
const MAX_NAME_CHARS: usize = 40;
const MAX_NAME_WORDS: usize = 4;
/// Longest apposition after a speaker's name (`, chief executive of the
/// Port of Dover.`) across which their quote goes on.
const MAX_APPOSITION_BYTES: usize = 160;

impl<'a> Finder<'a> {
    /// Finds the quotes of paragraph `n`, `p`, and appends the pieces they
    /// occupy to `pieces`, in order and without overlap. `next` is the
    /// paragraph after it.
    /// `p` is a slice of `normal`'s text.
    pub fn paragraph(
        &mut self,
        n: usize,
        p: &str,
        next: Option<&str>,
        pieces: &mut Vec<Piece>,
        normal: &Normal<'a>,
    ) {
        let mut para = Para {
            p,
            n,
            pieces,
            quotes: &mut self.quotes,
            normal,
            source: OnceCell::new(),
        };
        self.carry = para.run(self.carry.take(), next);
    }

    /// Whether a quote runs on into the next paragraph, so that its
    /// attribution may still come.
    pub fn carrying(&self) -> bool {
        self.carry.is_some()
    }
}

struct Para<'s, 'a> {
    p: &'s str,
    n: usize,
    pieces: &'s mut Vec<Piece>,
    quotes: &'s mut Vec<Draft<'a>>,
    normal: &'s Normal<'a>,
    /// Found in the text when a quote first needs it: most paragraphs
    /// have none, and short ones would pay for the search in full.
    source: OnceCell<Source<'s, 'a>>,
}

impl<'s, 'a> Para<'s, 'a> {
    fn source(&self) -> &Source<'s, 'a> {
        self.source.get_or_init(|| self.normal.paragraph(self.p))
    }

    /// Finds the quotes of this paragraph; returns the quote that goes on
    /// into the next paragraph, if any.
    fn run(&mut self, carry: Option<(usize, Kind)>, next: Option<&str>) -> Option<(usize, Kind)> {
        let p = self.p;
        let marks = pair_marks(p);
        let lead = marks.lead;
        let goes_on = |kind| next.is_some_and(|s| leads_with(s, kind));
        let mut cursor = 0;
        let mut outer = marks.outer.as_slice();
        if let Some((q, kind)) = carry {
            if let Some(pair) = outer.first().filter(|x| x.open == lead && x.kind == kind) {
                let pair = *pair;
                outer = &outer[1..];
                self.part(q, pair.open, pair.inner_start(), pair.close, pair.end());
                let follows = after(p, pair.end(), last_inside(p, &pair));
                cursor = self.after_pair(q, &pair, follows, &mut outer);
            } else if let Some(open) = marks.open_lead.filter(|o| o.kind == kind) {
                self.part(q, lead, lead + open.len, p.len(), p.len());
                return goes_on(kind).then_some((q, kind));
            }
        } else if let Some(content) = dash_led(p, lead) {
            let q = self.quote(false);
            cursor = match interruption(p, content, p.len(), false) {
                Some(i) => {
                    self.part(q, lead, content, i.start, i.start);
                    self.attribution(q, i.start, i.end, Some(i.said));
                    if i.continues {
                        self.part(q, i.end, i.end, p.len(), p.len());
                        p.len()
                    } else {
                        i.end
                    }
                }
                None => {
                    self.part(q, lead, content, p.len(), p.len());
                    p.len()
                }
            };
        } else if let Some(open) = marks.open_lead.filter(|o| goes_on(o.kind)) {
            let q = self.quote(false);
            self.part(q, lead, lead + open.len, p.len(), p.len());
            return Some((q, open.kind));
        }
        // A mark opened mid-paragraph and left open may start a quote that
        // goes on: the pairs after it are inside it, unless it does not.
        let mut tail = marks.unclosed.filter(|o| o.at > lead && goes_on(o.kind));
        loop {
            while let Some((&pair, rest)) = outer.split_first() {
                if tail.is_some_and(|t| pair.open > t.at) {
                    break;
                }
                outer = rest;
                if pair.open < cursor {
                    continue;
                }
                cursor = self.pair(pair, cursor, lead, &mut outer).unwrap_or(cursor);
            }
            let open = tail.take()?;
            if open.at >= cursor {
                if let Some(q) = self.runs_on(open, cursor) {
                    return Some((q, open.kind));
                }
            }
        }
    }

    /// A quote opened mid-paragraph that goes on into the next one (`He
    /// added: “…`, `Песков заявил: «…`), when it opens a statement.
    fn runs_on(&mut self, open: Open, cursor: usize) -> Option<usize> {
        let p = self.p;
        let intro = before(p, cursor, open.at);
        let opens_statement = p
            .get(cursor..open.at)?
            .trim_end()
            .ends_with(|c| ends_sentence(c) || c == ':');
        if intro.is_none() && !opens_statement {
            return None;
        }
        let q = self.quote(false);
        if let Some((start, said)) = intro {
            self.attribution(q, start, open.at, Some(said));
        }
        self.part(q, open.at, open.at + open.len, p.len(), p.len());
        Some(q)
    }

    /// Handles one outer pair; returns the new cursor when it is a quote.
    fn pair(
        &mut self,
        pair: Pair,
        cursor: usize,
        lead: usize,
        outer: &mut &[Pair],
    ) -> Option<usize> {
        let p = self.p;
        let content = p.get(pair.inner_start()..pair.close)?;
        if content.trim().is_empty() {
            return None;
        }
        let split = match pair.kind {
            Kind::Single => None,
            _ => interruption(p, pair.inner_start(), pair.close, true),
        };
        let follows = after(p, pair.end(), content.chars().next_back());
        let intro = match (&split, &follows) {
            (None, None) => before(p, cursor, pair.open).or_else(|| {
                ends_sentence_at(p, &pair)
                    .then(|| according(p, cursor, pair.open))
                    .flatten()
            }),
            _ => None,
        };
        let speech = split.is_some() || follows.is_some() || intro.is_some();
        if !speech && is_quoted_name(content) {
            return None;
        }
        let inline = !speech && !is_statement(p, &pair, lead);
        let q = self.quote(inline);
        if inline {
            // `“…,” the company said, adding that it “strongly disagrees”`:
            // with no verb of its own, a fragment in the sentence of the
            // quote before it has that quote's speaker.
            let same_sentence = cursor > 0
                && p.get(cursor..pair.open)
                    .is_some_and(|b| !b.contains(ends_sentence));
            let said = framing(p, cursor, pair.open)
                .map(|s| self.keep(s))
                .or_else(|| {
                    let before = self.quotes.get(q.checked_sub(1)?)?;
                    (same_sentence && before.paragraph == self.n)
                        .then(|| before.said.clone())
                        .flatten()
                });
            if let Some(d) = self.quotes.get_mut(q) {
                d.said = said;
            }
        }
        if let Some((start, said)) = intro {
            self.attribution(q, start, pair.open, Some(said));
        }
        match split {
            Some(i) => {
                self.part(q, pair.open, pair.inner_start(), i.start, i.start);
                self.attribution(q, i.start, i.end, Some(i.said));
                self.part(q, i.end, i.end, pair.close, pair.end());
            }
            None => self.part(q, pair.open, pair.inner_start(), pair.close, pair.end()),
        }
        Some(self.after_pair(q, &pair, follows, outer))
    }

    /// Attaches the attribution after `pair`, `follows` (as `after` finds
    /// it), and, when another quote follows it at once (`“…,” he said.
    /// “…”`), that quote as the next part.
    fn after_pair(
        &mut self,
        q: usize,
        pair: &Pair,
        follows: Option<After>,
        outer: &mut &[Pair],
    ) -> usize {
        let p = self.p;
        let mut pair = *pair;
        let mut follows = follows;
        loop {
            let Some(a) = follows.take() else {
                return pair.end();
            };
            let tail = p.get(a.end..).unwrap_or("");
            let punct = tail
                .chars()
                .next()
                .filter(|c| matches!(c, '.' | ',' | ':'))
                .map_or(0, char::len_utf8);
            let resume = a.end + punct + (tail[punct..].len() - tail[punct..].trim_start().len());
            let next = outer.first().copied();
            // A quote right after the clause, with no mark between, is a
            // name in it (`заявила в эфире «Россия 24»`), not a next part.
            let next = next.filter(|x| x.open == resume && punct > 0).or_else(|| {
                // `"…," said X, chief of Y. "…"`: the same speaker goes on
                // after the sentence that names them, unless the next quote
                // has an attribution of its own.
                let x = next?;
                let between = p
                    .get(a.end..x.open)
                    .filter(|b| b.len() <= MAX_APPOSITION_BYTES)?
                    .trim_end();
                let sentence = between
                    .strip_suffix(ends_sentence)
                    .is_some_and(|b| !b.contains(ends_sentence));
                // `“…,” she said, adding: “…”`
                let adding = matches!(
                    between.trim_start_matches([',', ' ']),
                    "adding:" | "добавив:"
                );
                let own = || after(p, x.end(), last_inside(p, &x));
                ((sentence || adding) && own().is_none()).then_some(x)
            });
            match next {
                Some(next) => {
                    *outer = &outer[1..];
                    self.attribution(q, pair.end(), next.open, Some(a.said));
                    self.part(q, next.open, next.inner_start(), next.close, next.end());
                    pair = next;
                    follows = after(p, pair.end(), last_inside(p, &pair));
                }
                None => {
                    let end = a.end + usize::from(tail.starts_with('.'));
                    self.attribution(q, pair.end(), end, Some(a.said));
                    return end;
                }
            }
        }
    }

    /// `said`, slices of this paragraph, as the model's strings.
    fn keep(&self, said: Said<&str>) -> Said<Cow<'a, str>> {
        Said {
            speaker: said.speaker.map(|s| self.source().cow(s)),
            verb: self.source().cow(said.verb),
        }
    }

    fn quote(&mut self, inline: bool) -> usize {
        self.quotes.push(Draft {
            paragraph: self.n,
            inline,
            ..Draft::default()
        });
        self.quotes.len() - 1
    }

    fn part(
        &mut self,
        quote: usize,
        start: usize,
        open_end: usize,
        close_start: usize,
        end: usize,
    ) {
        let text = self.source().slice(open_end, close_start);
        if let Some(d) = self.quotes.get_mut(quote) {
            // Most quotes have one part: room for just that one.
            if d.parts.is_empty() {
                d.parts.reserve_exact(1);
            }
            d.parts.push(text);
        }
        self.pieces.push(Piece::Part {
            quote,
            start,
            open_end,
            close_start,
            end,
        });
    }

    /// Marks `start..end` as an attribution of `quote`, which keeps `said`
    /// unless it has a speaker and verb already.
    fn attribution(&mut self, quote: usize, start: usize, end: usize, said: Option<Said<&str>>) {
        if self.quotes.get(quote).is_some_and(|d| d.said.is_none()) {
            let said = said.map(|s| self.keep(s));
            if let Some(d) = self.quotes.get_mut(quote) {
                d.said = said;
            }
        }
        if start < end {
            self.pieces.push(Piece::Attribution { quote, start, end });
        }
    }
}

/// The last character inside `pair`'s marks.
fn last_inside(p: &str, pair: &Pair) -> Option<char> {
    p.get(pair.inner_start()..pair.close)?.chars().next_back()
}

/// Where the words start in a paragraph of dash-led speech (`— Будет, —`).
fn dash_led(p: &str, lead: usize) -> Option<usize> {
    let rest = p.get(lead..)?;
    let dash = rest.chars().next().filter(|&c| is_dash(c))?;
    let words = &rest[dash.len_utf8()..];
    let trimmed = words.trim_start();
    if trimmed.len() == words.len() || trimmed.is_empty() {
        return None;
    }
    Some(p.len() - trimmed.len())
}

fn leads_with(p: &str, kind: Kind) -> bool {
    let first = p.trim_start().chars().next();
    matches!(
        (kind, first),
        (Kind::Guillemet, Some('«'))
            | (Kind::Low, Some('„'))
            | (Kind::Curly, Some('“'))
            | (Kind::Single, Some('‘' | '\''))
            | (Kind::Straight, Some('"'))
    )
}

fn is_quoted_name(content: &str) -> bool {
    let t = content.trim();
    t.len() <= MAX_NAME_CHARS * 4
        && t.chars().count() <= MAX_NAME_CHARS
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        // `«Фонтанка.ру»`: a dot inside a word is a name's.
        && !t.ends_with('.')
        && !t.contains(". ")
        && !t.contains(['!', '?', '…', ',', ';', ':'])
        && t.split_whitespace().count() <= MAX_NAME_WORDS
}

/// A quote that is a sentence of its own rather than a fragment of one.
fn is_statement(p: &str, pair: &Pair, lead: usize) -> bool {
    let starts = pair.open == lead
        || p.get(..pair.open)
            .and_then(|s| s.trim_end().chars().next_back())
            .is_some_and(|c| ends_sentence(c) || c == ':');
    starts && ends_sentence_at(p, pair)
}

/// A quote that ends its sentence.
fn ends_sentence_at(p: &str, pair: &Pair) -> bool {
    let inner_end = p
        .get(pair.inner_start()..pair.close)
        .and_then(|s| s.chars().next_back());
    let rest = p.get(pair.end()..).map(str::trim_start).unwrap_or("");
    inner_end.is_some_and(ends_sentence)
        || rest.is_empty()
        || rest.chars().next().is_some_and(ends_sentence)
}
