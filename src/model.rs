//! The typed article model: what the parser produces and every renderer
//! consumes. Plain data, serde with camelCase JSON, no behaviour beyond small
//! accessors, so that JSON from JS round-trips into the same value.

use serde::{Deserialize, Serialize};

/// A parsed news article.
///
/// Invariant kept by the parser: concatenating the text of every inline of a
/// paragraph (quote marks included, `SoftBreak` as `\n`) gives back that
/// paragraph's source text, so nothing a reader wrote is lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Article {
    /// The headline: the first non-empty line.
    pub title: String,
    /// BCP 47 primary language subtag: `"ru"`, `"en"`, or `"und"` when unknown.
    pub lang: String,
    /// The publication timestamp line, when the article has one.
    pub published: Option<Published>,
    /// `ТВЕРЬ, 12 сентября — РИА Новости.` / `LONDON (Reuters) -`.
    pub dateline: Option<Dateline>,
    /// Body paragraphs in reading order.
    pub body: Vec<Paragraph>,
    /// Every direct quote, in order of first appearance. Inline content of
    /// the body refers to these by `id`.
    pub quotes: Vec<Quote>,
    /// "Read also" items, in order.
    pub related: Vec<RelatedLink>,
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
pub struct Paragraph {
    pub inlines: Vec<Inline>,
}

/// Inline content of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Inline {
    /// Plain text, exactly as written.
    Text { text: String },
    /// A single newline inside a paragraph.
    SoftBreak,
    /// One part of a direct quote. `open` and `close` are the marks as
    /// written (`«` `»`, `“` `”`, `— ` for dash-led speech, or empty when
    /// the part continues past the paragraph); `text` is what is between.
    #[serde(rename_all = "camelCase")]
    Quote {
        quote_id: String,
        part: usize,
        open: String,
        text: String,
        close: String,
    },
    /// The attribution of a direct quote as written, with its punctuation
    /// (`, - сказал Лавров.`, ` Clarke told reporters.`, `Руденко заявил: `),
    /// so a renderer can show it with the quote without re-reading text.
    #[serde(rename_all = "camelCase")]
    Attribution { quote_id: String, text: String },
}

/// A direct quote, possibly split into several parts by its attribution or
/// running over several paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Quote {
    /// `quote-1`, `quote-2`, … in order of appearance; the URL fragment
    /// `#quote-N` of the widget.
    pub id: String,
    /// The whole quote without outer marks: its parts joined with a space
    /// so that they read as the speaker's words. The punctuation an
    /// attribution took from between two parts is restored (a full stop
    /// before a part that starts a sentence, a comma before one that goes
    /// on), and a statement's closing comma (`"…," she said`) is a full
    /// stop. `parts` keep the text exactly as written.
    pub text: String,
    /// The parts as they appear in the body, without outer marks.
    pub parts: Vec<String>,
    /// The speaker as written: `глава российского МИД`, `он`, `Clarke`.
    pub speaker: Option<String>,
    /// The person's full name, from the text; `None` when the text gives no
    /// basis for one.
    pub speaker_resolved: Option<String>,
    /// The attribution verb as written: `сказал`, `told reporters`, `said`.
    pub verb: Option<String>,
    /// A short fragment quoted inside a sentence rather than a statement.
    pub inline: bool,
    /// Index into `Article::body` of the paragraph where the quote starts.
    pub paragraph: usize,
}

/// A "read also" item. `url` is only ever an `http`/`https` URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RelatedLink {
    pub title: String,
    pub url: Option<String>,
}

impl Article {
    /// The quote with this id.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.id == id)
    }
}
