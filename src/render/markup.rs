//! The one place that decides the widget's markup, from an [`Article`] and
//! [`RenderOptions`], written out by [`super::html`] as text and by
//! `super::dom` as real DOM.
//!
//! Tag and attribute names are compile-time constants; input only ever
//! becomes text or an attribute value, and an `href` only a [`SafeUrl`].

use std::ops::Range;

use super::joined::join;
use super::related::related_items;
use super::strings::UiStrings;
use super::url::SafeUrl;
use super::{is_utc_offset, RenderOptions};
use crate::keyed::Firsts;
use crate::model::{Article, Inline, Published, Quote, QuoteId};
use crate::parse::push_number;

/// The elements the widget uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Article,
    Header,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    P,
    Span,
    Div,
    Time,
    Figure,
    Blockquote,
    Figcaption,
    Button,
    Q,
    Br,
    Nav,
    Aside,
    Ul,
    Li,
    A,
}

/// Each tag's name, in the order of [`Tag`]: a table lookup, not a match
/// of 23 arms.
const TAG_NAMES: [&str; 23] = [
    "article",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "span",
    "div",
    "time",
    "figure",
    "blockquote",
    "figcaption",
    "button",
    "q",
    "br",
    "nav",
    "aside",
    "ul",
    "li",
    "a",
];

const HEADINGS: [Tag; 6] = [Tag::H1, Tag::H2, Tag::H3, Tag::H4, Tag::H5, Tag::H6];

impl Tag {
    pub fn name(self) -> &'static str {
        TAG_NAMES.get(self as usize).copied().unwrap_or_default()
    }

    /// `h1`…`h6` for `level` (past 6 is `h6`).
    pub fn heading(level: u8) -> Tag {
        let index = usize::from(level.clamp(1, 6)) - 1;
        HEADINGS.get(index).copied().unwrap_or(Tag::H6)
    }

    /// Elements without content or end tag.
    pub fn is_void(self) -> bool {
        self == Tag::Br
    }
}

/// Receives the markup in document order: an element is opened, given its
/// attributes, filled, closed. [`super::html`] writes it as text and
/// `super::dom` encodes it for the browser, so no tree is ever built (on
/// quote-dense text a tree was most of a render's memory).
pub trait Sink {
    fn open(&mut self, tag: Tag);
    /// An attribute of the element just opened, before its content.
    fn attr(&mut self, name: &'static str, value: &str);
    /// A text node; never empty.
    fn text(&mut self, text: &str);
    fn close(&mut self, tag: Tag);
}

/// The builder's side of a [`Sink`]: the only way markup is written, so
/// empty text never becomes a node and an `href` is always a [`SafeUrl`].
struct Out<'s>(&'s mut dyn Sink);

// Out of line: a call per element, attribute and text rather than a
// dynamic dispatch inlined at each of them (0.6 KB of wasm).
impl Out<'_> {
    #[inline(never)]
    fn open(&mut self, tag: Tag) -> &mut Self {
        self.0.open(tag);
        self
    }

    #[inline(never)]
    fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        debug_assert!(name != "href" && !name.starts_with("on"));
        self.0.attr(name, value);
        self
    }

    fn href(&mut self, url: &SafeUrl) -> &mut Self {
        self.0.attr("href", url.as_str());
        self
    }

    #[inline(never)]
    fn text(&mut self, text: &str) -> &mut Self {
        if !text.is_empty() {
            self.0.text(text);
        }
        self
    }

    #[inline(never)]
    fn close(&mut self, tag: Tag) {
        self.0.close(tag);
    }

    /// Opens `<tag part="…">`.
    #[inline(never)]
    fn part(&mut self, tag: Tag, part: &'static str) -> &mut Self {
        self.open(tag).attr("part", part)
    }

    /// `<tag part="…">text</tag>`.
    fn part_text(&mut self, tag: Tag, part: &'static str, text: &str) {
        self.part(tag, part).text(text).close(tag);
    }
}

/// Keeps ids and id references to characters that are safe in `id`,
/// `aria-controls` (space-separated) and a URL fragment.
pub fn id_safe(raw: &str) -> String {
    let mut id = String::new();
    push_id_safe(&mut id, raw);
    id
}

fn push_id_safe(id: &mut String, raw: &str) {
    id.extend(raw.chars().map(|c| {
        if c.is_ascii_alphanumeric() || c == '-' {
            c
        } else {
            '_'
        }
    }));
}

/// `<time datetime>` of the publication: the article's offset, else the
/// host's `sourceOffset`, else a floating local time. `None` for a time not
/// in the model's shape (an Article built by hand): it is no machine-readable
/// time, and shows only as written.
pub fn published_datetime(published: &Published, opts: &RenderOptions) -> Option<String> {
    if !published.is_well_formed() {
        return None;
    }
    let mut datetime = published.datetime();
    if published.offset.is_none() {
        if let Some(offset) = opts.source_offset.as_deref().filter(|o| is_utc_offset(o)) {
            datetime.push_str(offset);
        }
    }
    Some(datetime)
}

/// The article's language when it names one (`und` does not).
pub fn content_lang<'a>(article: &'a Article<'_>) -> Option<&'a str> {
    let lang = article.lang.as_str();
    (lang != "und" && (2..=3).contains(&lang.len())).then_some(lang)
}

/// The UI strings: in `opts.lang`, else in the article's language.
pub fn ui_strings<'a>(article: &Article, opts: &'a RenderOptions) -> UiStrings<'a> {
    let lang = opts.lang.as_deref().or(content_lang(article)).unwrap_or("");
    UiStrings::new(lang, &opts.strings)
}

/// A block quote as shown: its parts and attributions (ranges of
/// [`Markup`]'s lists, grouped by quote) and its length.
struct BlockQuote {
    /// Index in `article.quotes`.
    slot: usize,
    parts: Range<usize>,
    attributions: Range<usize>,
    chars: usize,
}

/// How an inline of the body shows in its paragraph.
enum Piece<'a> {
    Text(&'a str),
    Break,
    /// Opening mark, text, closing mark of an inline quote.
    Quote([&'a str; 3]),
    /// Part or attribution of a block quote, shown in its figure.
    InFigure,
}

/// What the widget shows of an article, gathered once; [`Markup::write`]
/// writes its markup.
pub struct Markup<'a> {
    article: &'a Article<'a>,
    opts: &'a RenderOptions,
    ui: UiStrings<'a>,
    content_lang: &'a str,
    prefix: String,
    quote_index: QuoteIndex,
    /// The block (not inline) quotes, in the order of `article.quotes`.
    blocks: Vec<BlockQuote>,
    /// Every block quote's parts then its attributions, quote after quote,
    /// and the body paragraph of each: one list for all quotes, not two
    /// small ones per quote.
    texts: Vec<&'a str>,
    paragraphs: Vec<usize>,
    /// Where each figure goes: (paragraph, inline, block) of the first part
    /// of each block quote, in body order.
    figures: Vec<(usize, usize, usize)>,
    /// One flag per inline of the body, in order: set for the parts and
    /// attributions shown in a figure, so the body does not look their
    /// quotes up again.
    in_figure: Vec<bool>,
}

/// Quote id → index in `article.quotes` (the first quote with that id).
enum QuoteIndex {
    /// Every quote's id is the parser's `quote-N` for its position, so an
    /// id names its index: no hashing per inline on quote-dense text.
    Numbered,
    /// Any other ids (an `Article` built by hand in JS).
    Map(Firsts),
}

impl QuoteIndex {
    fn new(quotes: &[Quote]) -> Self {
        let numbered = quotes
            .iter()
            .enumerate()
            .all(|(i, quote)| quote.id.number() == Some(i + 1));
        if numbered {
            return QuoteIndex::Numbered;
        }
        let mut firsts = Firsts::default();
        for (i, quote) in quotes.iter().enumerate() {
            firsts.insert(&quote.id, i, |j| {
                quotes.get(j).is_some_and(|q| q.id == quote.id)
            });
        }
        QuoteIndex::Map(firsts)
    }

    fn get(&self, quotes: &[Quote], id: &QuoteId) -> Option<usize> {
        match self {
            // Numbered ids are distinct: `quote-N` is the quote at N − 1.
            QuoteIndex::Numbered => {
                let slot = id.number()?.checked_sub(1)?;
                (slot < quotes.len()).then_some(slot)
            }
            QuoteIndex::Map(firsts) => {
                firsts.get(id, |j| quotes.get(j).is_some_and(|q| q.id == *id))
            }
        }
    }
}

/// Appends `item` to the list in `list`, after `separator` unless it is
/// the first; an empty item is left out.
fn push_item(list: &mut String, item: &str, separator: &str) {
    if item.is_empty() {
        return;
    }
    if !list.is_empty() {
        list.push_str(separator);
    }
    list.push_str(item);
}

fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

impl<'a> Markup<'a> {
    /// The widget's `<article>` element, to be written into a [`Sink`]
    /// with [`Markup::write`].
    pub fn new(article: &'a Article<'a>, opts: &'a RenderOptions) -> Self {
        let ui = ui_strings(article, opts);
        let mut blocks = Vec::new();
        for (slot, quote) in article.quotes.iter().enumerate() {
            if !quote.inline {
                blocks.push(BlockQuote {
                    slot,
                    parts: 0..0,
                    attributions: 0..0,
                    chars: 0,
                });
            }
        }
        let mut markup = Markup {
            article,
            opts,
            content_lang: content_lang(article).unwrap_or(ui.lang),
            ui,
            prefix: id_safe(&opts.id_prefix),
            quote_index: QuoteIndex::new(&article.quotes),
            blocks,
            texts: Vec::new(),
            paragraphs: Vec::new(),
            figures: Vec::new(),
            in_figure: Vec::new(),
        };
        markup.collect_blocks();
        markup
    }

    /// The block quote (index in `blocks`) with this id.
    fn block(&self, id: &QuoteId) -> Option<usize> {
        let slot = self.quote_index.get(&self.article.quotes, id)?;
        if self.article.quotes.get(slot)?.inline {
            return None;
        }
        // Without inline quotes before it, a block quote's index is its slot.
        match self.blocks.get(slot) {
            Some(block) if block.slot == slot => Some(slot),
            _ => self.blocks.binary_search_by_key(&slot, |b| b.slot).ok(),
        }
    }

    /// Whether the body's inline number `n` shows in a figure.
    fn in_figure(&self, n: usize) -> bool {
        self.in_figure.get(n) == Some(&true)
    }

    /// Calls `visit` with (paragraph, inline, number of the inline in the
    /// body, block, is it a part, text) for each part and attribution of a
    /// block quote in the body.
    fn visit_block_inlines(&self, mut visit: impl FnMut([usize; 3], usize, bool, &'a str)) {
        let mut n = 0;
        for (index, paragraph) in self.article.body.iter().enumerate() {
            for (at, inline) in paragraph.inlines.iter().enumerate() {
                n += 1;
                let (id, text, is_part) = match inline {
                    Inline::Quote { quote_id, text, .. } => (quote_id, text.as_ref(), true),
                    Inline::Attribution { quote_id, text } => (quote_id, text.as_ref(), false),
                    _ => continue,
                };
                if let Some(block) = self.block(id) {
                    visit([index, at, n - 1], block, is_part, text);
                }
            }
        }
    }

    /// Gathers every part and attribution of each block quote across the
    /// body, so a split or multi-paragraph quote is one figure: counted
    /// first, so that the lists are allocated once, at their size.
    fn collect_blocks(&mut self) {
        if self.blocks.is_empty() {
            return;
        }
        // Per block: parts, attributions and characters, counted, then the
        // next free places in `texts` for its parts and attributions.
        let mut counts = vec![(0, 0, 0); self.blocks.len()];
        let mut figures = Vec::with_capacity(self.blocks.len());
        self.visit_block_inlines(|[index, at, _], block, is_part, text| {
            let Some(count) = counts.get_mut(block) else {
                return;
            };
            if is_part {
                if count.0 == 0 {
                    figures.push((index, at, block));
                }
                count.0 += 1;
                count.2 += text.chars().count();
            } else {
                count.1 += 1;
            }
        });
        let mut len = 0;
        for (block, count) in self.blocks.iter_mut().zip(&mut counts) {
            block.parts = len..len + count.0;
            block.attributions = block.parts.end..block.parts.end + count.1;
            block.chars = count.2;
            len = block.attributions.end;
            *count = (block.parts.start, block.attributions.start, 0);
        }
        let mut texts = vec![""; len];
        let mut paragraphs = vec![0; len];
        let inlines = self
            .article
            .body
            .iter()
            .map(|p| p.inlines.len())
            .sum::<usize>();
        let mut in_figure = vec![false; inlines];
        self.visit_block_inlines(|[index, _, n], block, is_part, text| {
            let Some(next) = counts.get_mut(block) else {
                return;
            };
            // Attributions stay in the body unless their quote has parts.
            if is_part || self.blocks.get(block).is_some_and(|b| !b.parts.is_empty()) {
                if let Some(flag) = in_figure.get_mut(n) {
                    *flag = true;
                }
            }
            let at = if is_part { &mut next.0 } else { &mut next.1 };
            if let (Some(slot), Some(paragraph)) = (texts.get_mut(*at), paragraphs.get_mut(*at)) {
                (*slot, *paragraph) = (text, index);
            }
            *at += 1;
        });
        self.texts = texts;
        self.paragraphs = paragraphs;
        self.figures = figures;
        self.in_figure = in_figure;
    }

    fn id(&self, suffix: &str) -> String {
        // Room for the `-text` a quote's text id adds.
        let mut id = String::with_capacity(self.prefix.len() + suffix.len() + 5);
        id.push_str(&self.prefix);
        push_id_safe(&mut id, suffix);
        id
    }

    /// The element id of quote `id`: the parser's are safe as they are.
    fn quote_id(&self, id: &QuoteId) -> String {
        match id.named() {
            Some(text) => self.id(text),
            None => {
                let mut out = String::with_capacity(self.prefix.len() + 16);
                out.push_str(&self.prefix);
                id.push_to(&mut out);
                out
            }
        }
    }

    /// Opens an element of UI text, marked with its own language when it
    /// differs from the article's.
    fn open_ui<'o, 's>(&self, out: &'o mut Out<'s>, tag: Tag) -> &'o mut Out<'s> {
        out.open(tag);
        if self.ui.lang != self.content_lang {
            out.attr("lang", self.ui.lang);
        }
        out
    }

    fn heading(&self, offset: u8) -> Tag {
        Tag::heading(self.opts.heading_level.clamp(1, 6).saturating_add(offset))
    }

    fn is_collapsible(&self, block: &BlockQuote) -> bool {
        block.chars > self.opts.collapse_threshold
    }

    /// The expand-all button's labels: to expand, to collapse.
    pub fn expand_all_labels(&self) -> (&'a str, &'a str) {
        (self.ui.expand_all, self.ui.collapse_all)
    }

    /// Writes the widget's `<article>` element into `sink`.
    pub fn write(&self, sink: &mut dyn Sink) {
        let out = &mut Out(sink);
        out.part(Tag::Article, "article")
            .attr("lang", self.content_lang)
            .attr("data-theme", self.opts.theme.as_str())
            .attr("aria-labelledby", &self.id("title"));
        self.header(out);
        self.speakers(out);
        self.body(out);
        self.related(out);
        out.close(Tag::Article);
    }

    fn header(&self, out: &mut Out) {
        let article = self.article;
        out.part(Tag::Header, "header");
        let heading = self.heading(0);
        out.part(heading, "title")
            .attr("id", &self.id("title"))
            .text(&article.title)
            .close(heading);
        let mut dateline = String::new();
        if let Some(written) = &article.dateline {
            for word in [&written.place, &written.agency].into_iter().flatten() {
                push_item(&mut dateline, word.trim(), ", ");
            }
        }
        if !dateline.is_empty() || article.published.is_some() || !article.sources.is_empty() {
            out.part(Tag::P, "meta");
            if !dateline.is_empty() {
                out.part_text(Tag::Span, "dateline", &dateline);
            }
            if let Some(published) = &article.published {
                self.time(out, published);
            }
            if !article.sources.is_empty() {
                out.part(Tag::Span, "sources");
                self.open_ui(out, Tag::Span)
                    .text(self.ui.sources)
                    .close(Tag::Span);
                out.text(" ")
                    .text(&join(&article.sources, ", "))
                    .close(Tag::Span);
            }
            out.close(Tag::P);
        }
        if self.blocks.iter().any(|b| self.is_collapsible(b)) {
            self.open_ui(out, Tag::Button)
                .attr("part", "expand-all")
                .attr("type", "button")
                .attr("data-action", "expand-all")
                .text(self.ui.expand_all)
                .close(Tag::Button);
        }
        out.close(Tag::Header);
    }

    fn time(&self, out: &mut Out, published: &Published) {
        out.part(Tag::Time, "time");
        if let Some(datetime) = published_datetime(published, self.opts) {
            out.attr("datetime", &datetime);
        }
        match &self.opts.time {
            Some(shown) => out.attr("title", &shown.title).text(&shown.text),
            None => out.text(&published.text),
        };
        out.close(Tag::Time);
    }

    /// How inline number `n` of the body shows there.
    fn piece(&self, inline: &'a Inline, n: usize) -> Piece<'a> {
        if self.in_figure(n) {
            return Piece::InFigure;
        }
        match inline {
            Inline::Text { text } => Piece::Text(text),
            Inline::SoftBreak => Piece::Break,
            Inline::Quote {
                open, text, close, ..
            } => Piece::Quote([open, text, close]),
            Inline::Attribution { text, .. } => Piece::Text(text),
        }
    }

    /// Whether the paragraph of `run` shows: with letters or digits, or
    /// with any content at all when `content_enough` (letters are looked
    /// for only when needed: outside ASCII that takes a table lookup).
    /// `first` is the number of the run's first inline in the body.
    fn shows(&self, run: &'a [Inline], first: usize, content_enough: bool) -> bool {
        for (n, inline) in (first..).zip(run) {
            let texts = match self.piece(inline, n) {
                Piece::Text(text) => [text, "", ""],
                Piece::Quote(_) | Piece::Break if content_enough => return true,
                Piece::Quote(texts) => texts,
                Piece::Break | Piece::InFigure => continue,
            };
            let shown = |text: &str| {
                if content_enough {
                    !text.is_empty()
                } else {
                    has_words(text)
                }
            };
            if texts.into_iter().any(shown) {
                return true;
            }
        }
        false
    }

    fn body(&self, out: &mut Out) {
        out.part(Tag::Div, "body");
        let mut figures = self.figures.iter().peekable();
        // Number in the body of the paragraph's first inline.
        let mut first = 0;
        for (index, paragraph) in self.article.body.iter().enumerate() {
            let inlines = paragraph.inlines.as_slice();
            let mut from = 0;
            let mut had_figure = false;
            loop {
                let figure = figures.next_if(|figure| figure.0 == index);
                let to = figure.map_or(inlines.len(), |figure| figure.1);
                let run = inlines.get(from..to).unwrap_or_default();
                // Around a block quote the text left over is its
                // punctuation (`, - `, `.`): a paragraph without letters or
                // digits would look empty.
                if self.shows(run, first + from, !had_figure && figure.is_none()) {
                    out.open(Tag::P);
                    for (n, inline) in (first + from..).zip(run) {
                        self.inline(out, inline, n);
                    }
                    out.close(Tag::P);
                }
                let Some(&(_, at, block)) = figure else {
                    break;
                };
                had_figure = true;
                if let Some(block) = self.blocks.get(block) {
                    self.figure(out, block);
                }
                from = at + 1;
            }
            first += inlines.len();
        }
        out.close(Tag::Div);
    }

    fn inline(&self, out: &mut Out, inline: &'a Inline, n: usize) {
        match self.piece(inline, n) {
            Piece::Text(text) => {
                out.text(text);
            }
            Piece::Break => out.open(Tag::Br).close(Tag::Br),
            Piece::Quote([open, text, close]) => {
                out.text(open)
                    .part(Tag::Q, "inline-quote")
                    .text(text)
                    .close(Tag::Q);
                out.text(close);
            }
            Piece::InFigure => {}
        }
    }

    fn figure(&self, out: &mut Out, block: &BlockQuote) {
        let Some(quote) = self.article.quotes.get(block.slot) else {
            return;
        };
        // One string for the three ids: `<prefix><id>-text`, all ASCII.
        let mut ids = self.quote_id(&quote.id);
        let id_end = ids.len();
        ids.push_str("-text");
        let figure_id = ids.get(..id_end).unwrap_or_default();
        let quote_id = ids.get(self.prefix.len()..id_end).unwrap_or_default();
        let collapsible = self.is_collapsible(block);
        out.part(Tag::Figure, "quote")
            .attr("id", figure_id)
            .attr("data-quote-id", quote_id)
            .attr("tabindex", "-1");
        if collapsible {
            out.attr("data-expanded", "false");
        }
        out.part(Tag::Blockquote, "quote-text").attr("id", &ids);
        // A paragraph of the quote for each paragraph of the body it is in.
        let parts = self.texts.get(block.parts.clone()).unwrap_or_default();
        let paragraphs = self.paragraphs.get(block.parts.clone());
        let mut from = 0;
        for paragraph in paragraphs.unwrap_or_default().chunk_by(|a, b| a == b) {
            let to = from + paragraph.len();
            let text = crate::parse::join_parts(parts.get(from..to).unwrap_or_default(), false);
            out.open(Tag::P).text(&text).close(Tag::P);
            from = to;
        }
        out.close(Tag::Blockquote);
        if collapsible {
            self.open_ui(out, Tag::Button)
                .attr("part", "toggle")
                .attr("type", "button")
                .attr("data-action", "toggle")
                .attr("aria-expanded", "false")
                .attr("aria-controls", &ids)
                .text(self.ui.show_quote)
                .close(Tag::Button);
        }
        self.caption(out, quote, block);
        out.close(Tag::Figure);
    }

    fn caption(&self, out: &mut Out, quote: &Quote, block: &BlockQuote) {
        let written = quote
            .speaker
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let name = quote
            .speaker_resolved
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        // Shown after the name, so the punctuation that tied it to the quote
        // in the sentence (`, - сказал Лавров.`) goes.
        let attributions = self.texts.get(block.attributions.clone());
        let mut said = String::new();
        for attribution in attributions.unwrap_or_default() {
            let attribution = attribution.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';' | '-' | '–' | '—')
            });
            push_item(&mut said, attribution, " … ");
        }
        if name.is_none() && written.is_none() && said.is_empty() {
            return;
        }
        out.part(Tag::Figcaption, "caption");
        if let Some(shown) = name.or(written) {
            out.part(Tag::Span, "speaker");
            if let (Some(_), Some(written)) = (name, written) {
                out.attr("title", written);
            }
            out.text(shown).close(Tag::Span);
        }
        if !said.is_empty() {
            out.part_text(Tag::Span, "attribution", &said);
        }
        out.close(Tag::Figcaption);
    }

    /// Resolved speakers of the shown figures, with their counts, in order
    /// of first appearance.
    fn speakers(&self, out: &mut Out) {
        let mut order: Vec<(&str, &QuoteId, usize)> = Vec::new();
        let mut seen = Firsts::default();
        let shown = self.blocks.iter().filter(|block| !block.parts.is_empty());
        for quote in shown.filter_map(|block| self.article.quotes.get(block.slot)) {
            let Some(name) = quote.speaker_resolved.as_deref().map(str::trim) else {
                continue;
            };
            if name.is_empty() {
                continue;
            }
            let is_name = |i: usize| order.get(i).is_some_and(|speaker| speaker.0 == name);
            match seen.first_or_insert(&name, order.len(), is_name) {
                Some(first) => {
                    if let Some(speaker) = order.get_mut(first) {
                        speaker.2 += 1;
                    }
                }
                None => order.push((name, &quote.id, 1)),
            }
        }
        if order.is_empty() {
            return;
        }
        self.open_panel(out, Tag::Nav, "speakers", self.ui.speakers);
        let mut shown = String::new();
        for (name, first, count) in order {
            shown.clear();
            shown.push('(');
            push_number(&mut shown, count);
            shown.push(')');
            out.open(Tag::Li)
                .open(Tag::Button)
                .attr("type", "button")
                .attr("data-action", "focus-quote")
                .attr("data-target", &self.quote_id(first))
                .text(name)
                .text(" ")
                .part_text(Tag::Span, "count", &shown);
            out.close(Tag::Button);
            out.close(Tag::Li);
        }
        close_panel(out, Tag::Nav);
    }

    fn related(&self, out: &mut Out) {
        let items = related_items(self.article, self.opts);
        if items.is_empty() {
            return;
        }
        self.open_panel(out, Tag::Aside, "related", self.ui.related);
        for item in &items {
            out.open(Tag::Li);
            match &item.url {
                Some(url) => {
                    out.open(Tag::A)
                        .href(url)
                        .attr("rel", "noopener")
                        .attr("part", "related-link")
                        .text(item.title)
                        .close(Tag::A);
                }
                None => {
                    out.text(item.title);
                }
            }
            out.close(Tag::Li);
        }
        close_panel(out, Tag::Aside);
    }

    /// Opens a titled panel (`nav`/`aside`) labelled by its heading, and
    /// its list.
    fn open_panel(&self, out: &mut Out, tag: Tag, name: &'static str, heading: &str) {
        let heading_id = self.id(name);
        out.part(tag, name).attr("aria-labelledby", &heading_id);
        let level = self.heading(1);
        self.open_ui(out, level)
            .attr("id", &heading_id)
            .text(heading)
            .close(level);
        out.open(Tag::Ul);
    }
}

fn close_panel(out: &mut Out, tag: Tag) {
    out.close(Tag::Ul);
    out.close(tag);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes<'a>(ids: &[&'a str]) -> Vec<Quote<'a>> {
        ids.iter()
            .map(|id| Quote {
                id: QuoteId::new(*id),
                ..Quote::default()
            })
            .collect()
    }

    #[test]
    fn tag_names_follow_the_tags() {
        assert_eq!(Tag::Article.name(), "article");
        assert_eq!(Tag::H3.name(), "h3");
        assert_eq!(Tag::A.name(), "a");
        assert_eq!(Tag::heading(0), Tag::H1);
        assert_eq!(Tag::heading(7), Tag::H6);
    }

    #[test]
    fn parser_ids_are_looked_up_by_position() {
        let quotes = quotes(&["quote-1", "quote-2", "quote-3"]);
        let index = QuoteIndex::new(&quotes);
        assert!(matches!(index, QuoteIndex::Numbered));
        assert_eq!(index.get(&quotes, &QuoteId::new("quote-2")), Some(1));
        for missing in ["quote-4", "quote-0", "quote-02", "quote-+2", "quote-", "2"] {
            assert_eq!(
                index.get(&quotes, &QuoteId::new(missing)),
                None,
                "{missing}"
            );
        }
    }

    #[test]
    fn other_ids_find_the_first_quote_with_that_id() {
        let quotes = quotes(&["quote-2", "a", "quote-2", "quote-02"]);
        let index = QuoteIndex::new(&quotes);
        assert!(matches!(index, QuoteIndex::Map(_)));
        assert_eq!(index.get(&quotes, &QuoteId::new("quote-2")), Some(0));
        assert_eq!(index.get(&quotes, &QuoteId::new("a")), Some(1));
        assert_eq!(index.get(&quotes, &QuoteId::new("quote-02")), Some(3));
        assert_eq!(index.get(&quotes, &QuoteId::new("quote-1")), None);
    }
}
