//! The typed article model: what the parser produces and every renderer
//! consumes. Plain data, serde with camelCase JSON, no behaviour beyond small
//! accessors, so that JSON from JS round-trips into the same value.
//!
//! The parser's article borrows its text from the input (`Article<'a>`,
//! strings as `Cow<'a, str>`): a quote, its parts and every inline are
//! slices of the text, not strings of their own. [`Article::into_owned`]
//! gives an `Article<'static>` to keep past the text; an article read from
//! JSON or JS owns its strings.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A parsed news article.
///
/// Invariant kept by the parser: concatenating the text of every inline of a
/// paragraph (quote marks included, `SoftBreak` as `\n`) gives back that
/// paragraph's source text, so nothing a reader wrote is lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Article<'a> {
    /// The headline: the first non-empty line.
    pub title: Cow<'a, str>,
    /// BCP 47 primary language subtag: `"ru"`, `"en"`, or `"und"` when unknown.
    pub lang: String,
    /// The publication timestamp line, when the article has one.
    pub published: Option<Published>,
    /// `ТВЕРЬ, 12 сентября — РИА Новости.` / `LONDON (Reuters) -`.
    pub dateline: Option<Dateline>,
    /// Body paragraphs in reading order.
    pub body: Vec<Paragraph<'a>>,
    /// Every direct quote, in order of first appearance. Inline content of
    /// the body refers to these by `id`.
    pub quotes: Vec<Quote<'a>>,
    /// "Read also" items, in order.
    pub related: Vec<RelatedLink<'a>>,
    /// News agencies and outlets the text credits, deduplicated, in order.
    pub sources: Vec<String>,
}

/// A publication timestamp as written, and as a wall-clock reading.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Published {
    /// The line as written (trimmed).
    pub text: String,
    /// Local wall-clock time at the source, `YYYY-MM-DDTHH:MM`.
    pub local: String,
    /// UTC offset of `local`, `+03:00` / `-05:00` / `+00:00`, when the text
    /// states or implies one (a zone like `МСК`); `None` otherwise.
    pub offset: Option<String>,
}

/// Whether `offset` is a UTC offset `±HH:MM` (hours to 29, minutes to 59).
pub fn is_utc_offset(offset: &str) -> bool {
    let b = offset.as_bytes();
    b.len() == 6
        && matches!(b[0], b'+' | b'-')
        && b[3] == b':'
        && [1, 2, 4, 5].iter().all(|&i| b[i].is_ascii_digit())
        && b[1] <= b'2'
        && b[4] <= b'5'
}

impl Published {
    /// Whether `local` is `YYYY-MM-DDTHH:MM` and `offset`, if any, `±HH:MM`:
    /// the only shape `<time datetime>`, JSON-LD and `Date` may be given
    /// (V8's `Date` reads many malformed strings as some date).
    pub fn is_well_formed(&self) -> bool {
        let local = self.local.as_bytes();
        let shape = b"dddd-dd-ddTdd:dd";
        local.len() == shape.len()
            && local.iter().zip(shape).all(|(&c, &s)| match s {
                b'd' => c.is_ascii_digit(),
                _ => c == s,
            })
            && self.offset.as_deref().map_or(true, is_utc_offset)
    }

    /// RFC 3339 form for `<time datetime>`: with seconds, and with the
    /// offset when known (a floating local time otherwise).
    pub fn datetime(&self) -> String {
        let mut s = String::with_capacity(25);
        s.push_str(&self.local);
        s.push_str(":00");
        if let Some(off) = &self.offset {
            s.push_str(off);
        }
        s
    }
}

/// Where and by whom a story was filed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Dateline {
    /// `ТВЕРЬ`, `LONDON`.
    pub place: Option<String>,
    /// `РИА Новости`, `Reuters`.
    pub agency: Option<String>,
}

/// One body paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Paragraph<'a> {
    pub inlines: Vec<Inline<'a>>,
}

/// Inline content of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Inline<'a> {
    /// Plain text, exactly as written.
    Text { text: Cow<'a, str> },
    /// A single newline inside a paragraph.
    SoftBreak,
    /// One part of a direct quote. `open` and `close` are the marks as
    /// written (`«` `»`, `“` `”`, `— ` for dash-led speech, or empty when
    /// the part continues past the paragraph); `text` is what is between.
    #[serde(rename_all = "camelCase")]
    Quote {
        quote_id: QuoteId<'a>,
        part: usize,
        open: Cow<'a, str>,
        text: Cow<'a, str>,
        close: Cow<'a, str>,
    },
    /// The attribution of a direct quote as written, with its punctuation
    /// (`, - сказал Лавров.`, ` Clarke told reporters.`, `Руденко заявил: `),
    /// so a renderer can show it with the quote without re-reading text.
    #[serde(rename_all = "camelCase")]
    Attribution {
        quote_id: QuoteId<'a>,
        text: Cow<'a, str>,
    },
}

/// A direct quote, possibly split into several parts by its attribution or
/// running over several paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Quote<'a> {
    /// `quote-1`, `quote-2`, … in order of appearance; the URL fragment
    /// `#quote-N` of the widget.
    pub id: QuoteId<'a>,
    /// The whole quote without outer marks: its parts joined with a space
    /// so that they read as the speaker's words. The punctuation an
    /// attribution took from between two parts is restored (a full stop
    /// before a part that starts a sentence, a comma before one that goes
    /// on), and a statement's closing comma (`"…," she said`) is a full
    /// stop. `parts` keep the text exactly as written.
    pub text: Cow<'a, str>,
    /// The parts as they appear in the body, without outer marks.
    pub parts: Vec<Cow<'a, str>>,
    /// The speaker as written: `глава российского МИД`, `он`, `Clarke`.
    pub speaker: Option<Cow<'a, str>>,
    /// The person's full name, from the text; `None` when the text gives no
    /// basis for one.
    pub speaker_resolved: Option<Cow<'a, str>>,
    /// The attribution verb as written: `сказал`, `told reporters`, `said`.
    pub verb: Option<Cow<'a, str>>,
    /// A short fragment quoted inside a sentence rather than a statement.
    pub inline: bool,
    /// Index into `Article::body` of the paragraph where the quote starts.
    pub paragraph: usize,
}

/// A "read also" item. `url` is only ever an `http`/`https` URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RelatedLink<'a> {
    pub title: Cow<'a, str>,
    pub url: Option<Cow<'a, str>>,
}

impl<'a> Article<'a> {
    /// The quote with this id.
    pub fn quote(&self, id: &QuoteId) -> Option<&Quote<'a>> {
        self.quotes.iter().find(|q| q.id == *id)
    }

    /// The article with strings of its own, to keep past the text it was
    /// parsed from.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            title: owned(self.title),
            lang: self.lang,
            published: self.published,
            dateline: self.dateline,
            body: self.body.into_iter().map(Paragraph::into_owned).collect(),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            related: self
                .related
                .into_iter()
                .map(RelatedLink::into_owned)
                .collect(),
            sources: self.sources,
        }
    }
}

impl Paragraph<'_> {
    pub fn into_owned(self) -> Paragraph<'static> {
        Paragraph {
            inlines: self.inlines.into_iter().map(Inline::into_owned).collect(),
        }
    }
}

impl Inline<'_> {
    pub fn into_owned(self) -> Inline<'static> {
        match self {
            Inline::Text { text } => Inline::Text { text: owned(text) },
            Inline::SoftBreak => Inline::SoftBreak,
            Inline::Quote {
                quote_id,
                part,
                open,
                text,
                close,
            } => Inline::Quote {
                quote_id: quote_id.into_owned(),
                part,
                open: owned(open),
                text: owned(text),
                close: owned(close),
            },
            Inline::Attribution { quote_id, text } => Inline::Attribution {
                quote_id: quote_id.into_owned(),
                text: owned(text),
            },
        }
    }
}

impl Quote<'_> {
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            id: self.id.into_owned(),
            text: owned(self.text),
            parts: self.parts.into_iter().map(owned).collect(),
            speaker: self.speaker.map(owned),
            speaker_resolved: self.speaker_resolved.map(owned),
            verb: self.verb.map(owned),
            inline: self.inline,
            paragraph: self.paragraph,
        }
    }
}

impl RelatedLink<'_> {
    pub fn into_owned(self) -> RelatedLink<'static> {
        RelatedLink {
            title: owned(self.title),
            url: self.url.map(owned),
        }
    }
}

fn owned(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

/// A quote's id: `Quote::id`, the `quoteId` of its inlines. The parser's
/// ids are `quote-1`, `quote-2`, … and keep only their number, so that no
/// string is made per quote or inline; an article built elsewhere (JS) may
/// use any text. In JSON an id is its text; ids are equal when their texts
/// are (an id that reads `quote-N` is always kept as N).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct QuoteId<'a>(Id<'a>);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Id<'a> {
    /// `quote-N`.
    Numbered(usize),
    /// Any other text.
    Named(Cow<'a, str>),
}

impl<'a> QuoteId<'a> {
    /// The id with text `text`.
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        let text = text.into();
        QuoteId(match numbered(&text) {
            Some(n) => Id::Numbered(n),
            None => Id::Named(text),
        })
    }

    /// `quote-N`.
    pub fn numbered(n: usize) -> Self {
        QuoteId(Id::Numbered(n))
    }

    /// N of an id that reads `quote-N`.
    pub fn number(&self) -> Option<usize> {
        match self.0 {
            Id::Numbered(n) => Some(n),
            Id::Named(_) => None,
        }
    }

    /// The text of an id that does not read `quote-N`.
    pub fn named(&self) -> Option<&str> {
        match &self.0 {
            Id::Numbered(_) => None,
            Id::Named(text) => Some(text),
        }
    }

    /// Appends the id's text to `out`.
    pub fn push_to(&self, out: &mut String) {
        match &self.0 {
            Id::Numbered(n) => {
                out.push_str(NUMBERED);
                crate::parse::push_number(out, *n);
            }
            Id::Named(text) => out.push_str(text),
        }
    }

    pub fn into_owned(self) -> QuoteId<'static> {
        QuoteId(match self.0 {
            Id::Numbered(n) => Id::Numbered(n),
            Id::Named(text) => Id::Named(owned(text)),
        })
    }
}

const NUMBERED: &str = "quote-";

/// N of `quote-N`: the text `push_to` writes for a numbered id, no other.
fn numbered(text: &str) -> Option<usize> {
    let digits = text.strip_prefix(NUMBERED)?;
    if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    digits.bytes().try_fold(0usize, |n, b| {
        let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
        n.checked_mul(10)?.checked_add(usize::from(digit))
    })
}

impl PartialEq<str> for QuoteId<'_> {
    fn eq(&self, other: &str) -> bool {
        *self == QuoteId::new(other)
    }
}

impl PartialEq<&str> for QuoteId<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<String> for QuoteId<'_> {
    fn eq(&self, other: &String) -> bool {
        *self == **other
    }
}

impl fmt::Display for QuoteId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Id::Numbered(n) => write!(f, "{NUMBERED}{n}"),
            Id::Named(text) => f.write_str(text),
        }
    }
}

impl<'a> From<&'a str> for QuoteId<'a> {
    fn from(text: &'a str) -> Self {
        QuoteId::new(text)
    }
}

impl From<String> for QuoteId<'_> {
    fn from(text: String) -> Self {
        QuoteId::new(text)
    }
}

impl Default for QuoteId<'_> {
    fn default() -> Self {
        QuoteId(Id::Named(Cow::Borrowed("")))
    }
}

impl Serialize for QuoteId<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Id::Numbered(_) => serializer.collect_str(self),
            Id::Named(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for QuoteId<'_> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(QuoteId::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_ids_read_as_the_parser_writes_them() {
        assert_eq!(QuoteId::new("quote-7").number(), Some(7));
        assert_eq!(QuoteId::new("quote-0").number(), Some(0));
        for other in ["quote-07", "quote-", "quote-+7", "Quote-7", "7", ""] {
            assert_eq!(QuoteId::new(other).named(), Some(other));
        }
        let max = format!("quote-{}", usize::MAX);
        assert_eq!(QuoteId::new(max.as_str()).number(), Some(usize::MAX));
        assert_eq!(QuoteId::new(format!("{max}0")).number(), None);
    }

    #[test]
    fn quote_ids_compare_and_print_as_their_text() {
        assert_eq!(QuoteId::new("quote-7"), QuoteId::numbered(7));
        assert_ne!(QuoteId::numbered(7), QuoteId::new("quote-07"));
        assert_eq!(QuoteId::numbered(42).to_string(), "quote-42");
        assert_eq!(QuoteId::numbered(42), "quote-42");
        assert_eq!(QuoteId::new("a b"), "a b");
        let mut out = String::from("#");
        QuoteId::numbered(1_000).push_to(&mut out);
        assert_eq!(out, "#quote-1000");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn quote_ids_are_their_text_in_json() {
        let ids = [QuoteId::numbered(3), QuoteId::new("x")];
        let json = serde_json::to_string(&ids).ok();
        assert_eq!(json.as_deref(), Some(r#"["quote-3","x"]"#));
        let read: Option<Vec<QuoteId>> = json.and_then(|j| serde_json::from_str(&j).ok());
        assert_eq!(read.as_deref(), Some(&ids[..]));
    }

    #[test]
    fn into_owned_keeps_every_string() {
        let text = String::from("«Да», - сказал он.");
        let quote = Quote {
            id: QuoteId::numbered(1),
            text: Cow::Borrowed(&text[2..6]),
            parts: vec![Cow::Borrowed(&text[2..6])],
            speaker: Some(Cow::Borrowed(&text[25..29])),
            verb: Some(Cow::Borrowed(&text[12..24])),
            ..Quote::default()
        };
        let owned = quote.into_owned();
        drop(text);
        assert_eq!(owned.text, "Да");
        assert_eq!(owned.speaker.as_deref(), Some("он"));
        assert_eq!(owned.verb.as_deref(), Some("сказал"));
        assert!(matches!(owned.text, Cow::Owned(_)));
    }
}
