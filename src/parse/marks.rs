//! Quote-mark pairing inside one paragraph: «…» (nesting), „…“, “…”,
//! ‘…’, straight "…" and '…'. One pass with a stack, so 100,000 unmatched or
//! nested marks cost what 100,000 letters do.

use super::words::skippable;

/// The family a quote mark belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// « »
    Guillemet,
    /// „ “ (and „ ” as some writers close it)
    Low,
    /// “ ”
    Curly,
    /// ‘ ’ (and straight ' ')
    Single,
    /// " "
    Straight,
}

/// A matched pair: byte offsets of the opening and closing marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub kind: Kind,
    pub open: usize,
    pub open_len: usize,
    pub close: usize,
    pub close_len: usize,
}

impl Pair {
    /// First byte after the opening mark.
    pub fn inner_start(&self) -> usize {
        self.open + self.open_len
    }

    /// First byte after the closing mark.
    pub fn end(&self) -> usize {
        self.close + self.close_len
    }
}

/// An opening mark still waiting for its close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open {
    pub kind: Kind,
    pub at: usize,
    pub len: usize,
}

/// The quote structure of a paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// Pairs not inside another pair, in order.
    pub outer: Vec<Pair>,
    /// The paragraph's first mark when it opens and never closes: the news
    /// convention for a quote that goes on in the next paragraph.
    pub open_lead: Option<Open>,
    /// The outermost mark still open at the paragraph's end, wherever it is.
    pub unclosed: Option<Open>,
    /// Where the paragraph's text starts after its leading whitespace.
    pub lead: usize,
}

/// How deep under the top of the stack a closing mark looks for its
/// opener; bounded so that mismatched marks cannot make the pass quadratic.
const SEARCH_DEPTH: usize = 8;

enum Action {
    Open(Kind),
    Close(&'static [Kind]),
    None,
}

/// Pairs the quote marks of `p`.
pub fn pair_marks(p: &str) -> Marks {
    let bytes = p.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut outer: Vec<Pair> = Vec::new();
    let mut chunk_start = 0;
    // Marks before `resume` are the inside of a run of one straight mark
    // that changes nothing (see below).
    let mut resume = 0;
    for chunk in bytes.chunks(8) {
        let base = chunk_start;
        chunk_start += chunk.len();
        if chunk_start <= resume {
            continue;
        }
        // `"`, `'`, and the lead bytes of `«` `»` (C2) and of the curly
        // quotes (E2): most text has none, so eight bytes are tested at a
        // time, with bits 0 and 2 set so that three patterns find all four
        // (and `#`, `&` and a few rarer lead bytes, left to the loop).
        let folded = <[u8; 8]>::try_from(chunk)
            .map(|c| (u64::from_le_bytes(c) | 0x0505_0505_0505_0505).to_le_bytes());
        if folded.is_ok_and(|f| skippable(&f, b"'\xC7\xE7")) {
            continue;
        }
        for (offset, &b) in chunk.iter().enumerate() {
            if !matches!(b, b'"' | b'\'' | 0xC2 | 0xE2) {
                continue;
            }
            let i = base + offset;
            if i < resume {
                continue;
            }
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                let Some(c) = p.get(i..).and_then(|s| s.chars().next()) else {
                    continue;
                };
                c
            };
            let len = c.len_utf8();
            let action = classify(p, i, c, &stack);
            match action {
                Action::Open(kind) => stack.push(Open { kind, at: i, len }),
                Action::Close(kinds) => {
                    if let Some((k, &open)) =
                        find(&stack, kinds).and_then(|k| Some((k, stack.get(k)?)))
                    {
                        stack.truncate(k);
                        if open.at + open.len < i {
                            // Pairs close in order and nest properly (an
                            // opener's close drops every opener above it), so
                            // the ones this pair encloses are the last outer
                            // ones opened after it.
                            while outer.last().is_some_and(|last| last.open > open.at) {
                                outer.pop();
                            }
                            outer.push(Pair {
                                kind: open.kind,
                                open: open.at,
                                open_len: open.len,
                                close: i,
                                close_len: len,
                            });
                        }
                    }
                }
                Action::None => {
                    // A straight mark between two of its own kind does
                    // nothing when no opener of its kind is near the top
                    // of the stack, so neither does the next such one:
                    // the run is skipped to its last mark.
                    if matches!(b, b'"' | b'\'') && i > 0 && bytes.get(i - 1) == Some(&b) {
                        let rest = bytes.get(i + 1..).unwrap_or_default();
                        let run = rest.iter().take_while(|&&x| x == b).count();
                        resume = i + run;
                    }
                }
            }
        }
    }
    let lead = p.len() - p.trim_start().len();
    let unclosed = stack.first().copied();
    let open_lead = unclosed.filter(|o| o.at == lead);
    Marks {
        outer,
        open_lead,
        unclosed,
        lead,
    }
}

fn find(stack: &[Open], kinds: &[Kind]) -> Option<usize> {
    stack
        .iter()
        .enumerate()
        .rev()
        .take(SEARCH_DEPTH)
        .find(|(_, o)| kinds.contains(&o.kind))
        .map(|(k, _)| k)
}

fn classify(p: &str, i: usize, c: char, stack: &[Open]) -> Action {
    match c {
        '«' => Action::Open(Kind::Guillemet),
        '»' => Action::Close(&[Kind::Guillemet]),
        '„' => Action::Open(Kind::Low),
        '“' if find(stack, &[Kind::Low]).is_some() => Action::Close(&[Kind::Low]),
        '“' => Action::Open(Kind::Curly),
        '”' => Action::Close(&[Kind::Curly, Kind::Low]),
        '‘' => Action::Open(Kind::Single),
        '’' => {
            let next = p.get(i + c.len_utf8()..).and_then(|s| s.chars().next());
            if next.is_some_and(char::is_alphanumeric) || plural_possessive(p, i, c, stack) {
                Action::None
            } else {
                Action::Close(&[Kind::Single])
            }
        }
        '"' | '\'' => straight(p, i, c, stack),
        _ => Action::None,
    }
}

/// How far ahead a plural possessive looks for the close of its quote.
const POSSESSIVE_LOOKAHEAD: usize = 200;

/// `mark` (`’` or `'`) at `i` is the apostrophe of a plural possessive
/// inside an open ‘…’ (`‘The drivers’ leaders should…’`): after an `s`,
/// before a space, with a closing mark still to come.
fn plural_possessive(p: &str, i: usize, mark: char, stack: &[Open]) -> bool {
    let (Some(before), Some(rest)) = (p.get(..i), p.get(i + mark.len_utf8()..)) else {
        return false;
    };
    before.ends_with('s')
        && rest.starts_with(' ')
        && find(stack, &[Kind::Single]).is_some()
        // Bounded by characters read, not matches found: a search for the
        // next mark could cross the rest of the paragraph each time.
        && rest
            .char_indices()
            .take_while(|&(j, _)| j <= POSSESSIVE_LOOKAHEAD)
            .any(|(j, c)| {
                c == mark
                    && rest
                        .get(j + c.len_utf8()..)
                        .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            })
}

/// A straight `"` opens after space or an opening bracket and before a
/// word, and closes otherwise; a straight `'` likewise, unless it is an
/// apostrophe (see `single`).
fn straight(p: &str, i: usize, mark: char, stack: &[Open]) -> Action {
    // Neighbours are read from the bytes when ASCII: in a run of marks
    // decoding them costs more than the rest of the test.
    let ascii = |j: usize| {
        p.as_bytes()
            .get(j)
            .copied()
            .filter(u8::is_ascii)
            .map(char::from)
    };
    let next = ascii(i + 1).or_else(|| p.get(i + 1..).and_then(|s| s.chars().next()));
    let kind = if mark == '"' {
        Kind::Straight
    } else {
        Kind::Single
    };
    let waiting = find(stack, &[kind]).is_some();
    if kind == Kind::Single && !waiting && !next.is_some_and(char::is_alphanumeric) {
        // Before no word a `'` opens nothing, and with no single quote
        // open it closes nothing: most marks of a run end here.
        return Action::None;
    }
    let prev = i
        .checked_sub(1)
        .and_then(ascii)
        .or_else(|| p.get(..i).and_then(|s| s.chars().next_back()));
    let after_space = prev.map_or(true, |c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '{' | '«' | '„' | '“' | '—' | '–' | '-' | '/')
    });
    if kind == Kind::Single {
        return single(p, i, after_space, next, stack);
    }
    let before_space = next.map_or(true, char::is_whitespace);
    if waiting && !after_space {
        Action::Close(&[Kind::Straight])
    } else if after_space && !before_space {
        Action::Open(Kind::Straight)
    } else if waiting {
        Action::Close(&[Kind::Straight])
    } else {
        Action::None
    }
}

/// A straight `'` (British quotes, or an apostrophe) at `i`: inside a
/// word (`it's`) or after a plural (`farmers' union`) it is an
/// apostrophe; it opens after a space before a letter, and closes an open
/// single quote otherwise.
fn single(p: &str, i: usize, after_space: bool, next: Option<char>, stack: &[Open]) -> Action {
    if after_space {
        if next.is_some_and(char::is_alphabetic) {
            Action::Open(Kind::Single)
        } else {
            Action::None
        }
    } else if next.is_some_and(char::is_alphanumeric) || plural_possessive(p, i, '\'', stack) {
        Action::None
    } else {
        Action::Close(&[Kind::Single])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(p: &str) -> Vec<&str> {
        pair_marks(p)
            .outer
            .iter()
            .map(|x| &p[x.open..x.end()])
            .collect()
    }

    #[test]
    fn nests_guillemets_and_low_quotes() {
        assert_eq!(spans("a «b «c» d» e «f „g“ h»"), ["«b «c» d»", "«f „g“ h»"]);
    }

    #[test]
    fn english_and_straight_quotes() {
        assert_eq!(spans("“a,” he said. “b”"), ["“a,”", "“b”"]);
        assert_eq!(spans("he said \"a\" and \"b\""), ["\"a\"", "\"b\""]);
        assert_eq!(spans("don’t ‘x’ 5\" screen"), ["‘x’"]);
        assert_eq!(
            spans("‘The drivers’ leaders should vote,’ she said."),
            ["‘The drivers’ leaders should vote,’"]
        );
        assert_eq!(
            spans("‘We thank the drivers’ she said."),
            ["‘We thank the drivers’"]
        );
        assert_eq!(
            spans("Residents' groups said: 'It's the farmers' fault, not ours.'"),
            ["'It's the farmers' fault, not ours.'"]
        );
        assert_eq!(spans("in the '90s, the players' union"), Vec::<&str>::new());
    }

    #[test]
    fn unmatched_marks_leave_inner_pairs() {
        assert_eq!(spans("« a «b» c"), ["«b»"]);
        let m = pair_marks("«a «b» c");
        assert_eq!(m.open_lead.map(|o| o.at), Some(0));
        assert_eq!(spans("»» a «"), Vec::<&str>::new());
    }
}
