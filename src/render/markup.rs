//! The one place that decides the widget's markup: a small element tree
//! built from an [`Article`] and [`RenderOptions`], written out by
//! [`super::html`] as text and by `super::dom` as real DOM.
//!
//! Tag and attribute names are compile-time constants; input only ever
//! becomes text or an attribute value, and an `href` only a [`SafeUrl`].

use std::borrow::Cow;

use super::joined::join;
use super::related::related_items;
use super::strings::UiStrings;
use super::url::SafeUrl;
use super::{is_utc_offset, RenderOptions};
use crate::keyed::{Keyed, KeyedMap};
use crate::model::{Article, Inline, Published, Quote};
use crate::parse::push_number;

/// The elements the widget uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Article,
    Header,
    Heading(u8),
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

impl Tag {
    pub fn name(self) -> &'static str {
        match self {
            Tag::Article => "article",
            Tag::Header => "header",
            Tag::Heading(1) => "h1",
            Tag::Heading(2) => "h2",
            Tag::Heading(3) => "h3",
            Tag::Heading(4) => "h4",
            Tag::Heading(5) => "h5",
            Tag::Heading(_) => "h6",
            Tag::P => "p",
            Tag::Span => "span",
            Tag::Div => "div",
            Tag::Time => "time",
            Tag::Figure => "figure",
            Tag::Blockquote => "blockquote",
            Tag::Figcaption => "figcaption",
            Tag::Button => "button",
            Tag::Q => "q",
            Tag::Br => "br",
            Tag::Nav => "nav",
            Tag::Aside => "aside",
            Tag::Ul => "ul",
            Tag::Li => "li",
            Tag::A => "a",
        }
    }

    /// Elements without content or end tag.
    pub fn is_void(self) -> bool {
        self == Tag::Br
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node<'a> {
    Element(Element<'a>),
    Text(Cow<'a, str>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element<'a> {
    tag: Tag,
    /// Borrowed for an element whose attributes are all constant.
    attrs: Cow<'a, [Attr<'a>]>,
    children: Vec<Node<'a>>,
}

type Attr<'a> = (&'static str, Cow<'a, str>);

/// An inline quote's attributes: one per quote, so not one allocation each.
const INLINE_QUOTE: &[Attr] = &[("part", Cow::Borrowed("inline-quote"))];

// Generic over the value (`&str`, `String`, …) only in one-line shims: the
// work is one out-of-line copy, not inlined into every call site (0.8 KB of
// wasm). `new` and `child` stay out of line too (another 1 KB).
impl<'a> Element<'a> {
    #[inline(never)]
    pub fn new(tag: Tag) -> Self {
        Element::sized(tag, 0, 0)
    }

    /// An element with room for exactly `attrs` attributes and `children`
    /// children: a Vec's first push reserves 4, which on quote-dense text
    /// (an element per quote) is most of the tree's memory.
    #[inline(never)]
    pub fn sized(tag: Tag, attrs: usize, children: usize) -> Self {
        Element {
            tag,
            attrs: Cow::Owned(Vec::with_capacity(attrs)),
            children: Vec::with_capacity(children),
        }
    }

    /// Adds an attribute. Links go through [`Element::href`] instead.
    pub fn attr(self, name: &'static str, value: impl Into<Cow<'a, str>>) -> Self {
        self.with_attr(name, value.into())
    }

    #[inline(never)]
    fn with_attr(mut self, name: &'static str, value: Cow<'a, str>) -> Self {
        debug_assert!(name != "href" && !name.starts_with("on"));
        self.attrs.to_mut().push((name, value));
        self
    }

    pub fn href(mut self, url: SafeUrl) -> Self {
        self.attrs
            .to_mut()
            .push(("href", Cow::Owned(url.as_str().to_owned())));
        self
    }

    pub fn text(mut self, text: impl Into<Cow<'a, str>>) -> Self {
        self.push_node_text(text.into());
        self
    }

    #[inline(never)]
    pub fn child(mut self, child: Element<'a>) -> Self {
        self.push(child);
        self
    }

    #[inline(never)]
    pub fn push(&mut self, child: Element<'a>) {
        self.children.push(Node::Element(child));
    }

    pub fn push_text(&mut self, text: impl Into<Cow<'a, str>>) {
        self.push_node_text(text.into());
    }

    #[inline(never)]
    fn push_node_text(&mut self, text: Cow<'a, str>) {
        if !text.is_empty() {
            self.children.push(Node::Text(text));
        }
    }

    pub fn tag(&self) -> Tag {
        self.tag
    }

    pub fn attrs(&self) -> &[Attr<'a>] {
        &self.attrs
    }

    pub fn children(&self) -> &[Node<'a>] {
        &self.children
    }

    fn has_words(&self) -> bool {
        self.children.iter().any(|node| match node {
            Node::Text(text) => text.chars().any(char::is_alphanumeric),
            Node::Element(el) => el.has_words(),
        })
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
pub fn content_lang(article: &Article) -> Option<&str> {
    let lang = article.lang.as_str();
    (lang != "und" && (2..=3).contains(&lang.len())).then_some(lang)
}

/// The UI strings: in `opts.lang`, else in the article's language.
pub fn ui_strings(article: &Article, opts: &RenderOptions) -> UiStrings {
    let lang = opts.lang.as_deref().or(content_lang(article)).unwrap_or("");
    UiStrings::new(lang, &opts.strings)
}

/// Builds the widget's `<article>` element.
pub fn article_tree<'a>(article: &'a Article, opts: &'a RenderOptions) -> Element<'a> {
    Builder::new(article, opts).article()
}

/// A block quote as shown: its parts grouped by paragraph, and what the
/// text says about who said it. One per quote of the article, same index.
#[derive(Default)]
struct BlockQuote<'a> {
    paragraphs: Vec<Vec<&'a str>>,
    attributions: Vec<&'a str>,
    chars: usize,
    last_paragraph: usize,
    shown: bool,
}

struct Builder<'a> {
    article: &'a Article,
    opts: &'a RenderOptions,
    ui: UiStrings,
    content_lang: &'a str,
    prefix: String,
    blocks: Vec<BlockQuote<'a>>,
    quote_index: QuoteIndex<'a>,
}

/// Quote id → index in `article.quotes` (the first quote with that id).
enum QuoteIndex<'a> {
    /// Every quote's id is the parser's `quote-N` for its position, so an
    /// id names its index: no hashing per inline on quote-dense text.
    Numbered,
    /// Any other ids (an `Article` built by hand in JS).
    Map(KeyedMap<&'a str, usize>),
}

impl<'a> QuoteIndex<'a> {
    fn new(quotes: &'a [Quote]) -> Self {
        let numbered = quotes
            .iter()
            .enumerate()
            .all(|(i, quote)| numbered_slot(&quote.id) == Some(i));
        if numbered {
            return QuoteIndex::Numbered;
        }
        let mut map = KeyedMap::with_capacity_and_hasher(quotes.len(), Keyed::default());
        for (i, quote) in quotes.iter().enumerate() {
            map.entry(quote.id.as_str()).or_insert(i);
        }
        QuoteIndex::Map(map)
    }

    fn get(&self, quotes: &[Quote], id: &str) -> Option<usize> {
        match self {
            // Numbered ids are distinct, so the one quote whose id is
            // exactly `id` is the first.
            QuoteIndex::Numbered => {
                numbered_slot(id).filter(|&slot| quotes.get(slot).is_some_and(|q| q.id == id))
            }
            QuoteIndex::Map(map) => map.get(id).copied(),
        }
    }
}

/// The index `quote-N` stands for (N − 1); the caller checks the id itself.
fn numbered_slot(id: &str) -> Option<usize> {
    let digits = id.strip_prefix("quote-")?;
    let n = digits.bytes().try_fold(0usize, |n, b| {
        let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
        n.checked_mul(10)?.checked_add(usize::from(digit))
    })?;
    n.checked_sub(1)
}

impl<'a> Builder<'a> {
    fn new(article: &'a Article, opts: &'a RenderOptions) -> Self {
        let ui = ui_strings(article, opts);
        let mut builder = Builder {
            article,
            opts,
            content_lang: content_lang(article).unwrap_or(ui.lang),
            ui,
            prefix: id_safe(&opts.id_prefix),
            blocks: article
                .quotes
                .iter()
                .map(|_| BlockQuote::default())
                .collect(),
            quote_index: QuoteIndex::new(&article.quotes),
        };
        builder.collect_blocks();
        builder
    }

    /// Index of the block (not inline) quote with this id.
    fn block_slot(&self, id: &str) -> Option<usize> {
        let slot = self.quote_index.get(&self.article.quotes, id)?;
        (!self.article.quotes[slot].inline).then_some(slot)
    }

    /// Index of the block quote with this id when it has quoted text to show
    /// as a figure; attributions alone stay in the body.
    fn figure_slot(&self, id: &str) -> Option<usize> {
        self.block_slot(id)
            .filter(|&slot| !self.blocks[slot].paragraphs.is_empty())
    }

    /// Gathers every part and attribution of each block quote across the
    /// body, so a split or multi-paragraph quote is one figure.
    fn collect_blocks(&mut self) {
        for (index, paragraph) in self.article.body.iter().enumerate() {
            for inline in &paragraph.inlines {
                let (id, text, is_part) = match inline {
                    Inline::Quote { quote_id, text, .. } => (quote_id, text, true),
                    Inline::Attribution { quote_id, text } => (quote_id, text, false),
                    _ => continue,
                };
                let Some(slot) = self.block_slot(id) else {
                    continue;
                };
                let block = &mut self.blocks[slot];
                if !is_part {
                    block.attributions.push(text);
                    continue;
                }
                block.chars += text.chars().count();
                match block.paragraphs.last_mut() {
                    Some(parts) if block.last_paragraph == index => parts.push(text),
                    _ => block.paragraphs.push(vec![text]),
                }
                block.last_paragraph = index;
            }
        }
    }

    fn id(&self, suffix: &str) -> String {
        // Room for the `-text` a quote's text id adds.
        let mut id = String::with_capacity(self.prefix.len() + suffix.len() + 5);
        id.push_str(&self.prefix);
        push_id_safe(&mut id, suffix);
        id
    }

    /// Marks UI text with its own language when it differs from the article's.
    fn ui_el(&self, tag: Tag) -> Element<'a> {
        let el = Element::new(tag);
        if self.ui.lang == self.content_lang {
            el
        } else {
            el.attr("lang", self.ui.lang)
        }
    }

    fn heading(&self, offset: u8) -> Tag {
        Tag::Heading(self.opts.heading_level.clamp(1, 6).saturating_add(offset))
    }

    fn is_collapsible(&self, block: &BlockQuote) -> bool {
        block.chars > self.opts.collapse_threshold
    }

    fn article(mut self) -> Element<'a> {
        let body = self.body();
        let mut root = Element::new(Tag::Article)
            .attr("part", "article")
            .attr("lang", self.content_lang)
            .attr("data-theme", self.opts.theme.as_str())
            .attr("aria-labelledby", self.id("title"))
            .child(self.header());
        if let Some(speakers) = self.speakers() {
            root.push(speakers);
        }
        root.push(body);
        if let Some(related) = self.related() {
            root.push(related);
        }
        root
    }

    fn header(&self) -> Element<'a> {
        let article = self.article;
        let title = Element::new(self.heading(0))
            .attr("part", "title")
            .attr("id", self.id("title"))
            .text(article.title.as_str());
        let mut meta = Element::new(Tag::P).attr("part", "meta");
        if let Some(dateline) = &article.dateline {
            let words: Vec<&str> = [&dateline.place, &dateline.agency]
                .into_iter()
                .flatten()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect();
            if !words.is_empty() {
                meta.push(
                    Element::new(Tag::Span)
                        .attr("part", "dateline")
                        .text(join(&words, ", ")),
                );
            }
        }
        if let Some(published) = &article.published {
            meta.push(self.time(published));
        }
        if !article.sources.is_empty() {
            meta.push(
                Element::new(Tag::Span)
                    .attr("part", "sources")
                    .child(self.ui_el(Tag::Span).text(self.ui.sources.clone()))
                    .text(" ")
                    .text(join(&article.sources, ", ")),
            );
        }
        let mut header = Element::new(Tag::Header)
            .attr("part", "header")
            .child(title);
        if !meta.children.is_empty() {
            header.push(meta);
        }
        if self.blocks.iter().any(|b| self.is_collapsible(b)) {
            header.push(
                self.ui_el(Tag::Button)
                    .attr("part", "expand-all")
                    .attr("type", "button")
                    .attr("data-action", "expand-all")
                    .text(self.ui.expand_all.clone()),
            );
        }
        header
    }

    fn time(&self, published: &'a Published) -> Element<'a> {
        let mut time = Element::new(Tag::Time).attr("part", "time");
        if let Some(datetime) = published_datetime(published, self.opts) {
            time = time.attr("datetime", datetime);
        }
        match &self.opts.time {
            Some(shown) => time
                .attr("title", shown.title.as_str())
                .text(shown.text.as_str()),
            None => time.text(published.text.as_str()),
        }
    }

    fn body(&mut self) -> Element<'a> {
        let mut body = Element::new(Tag::Div).attr("part", "body");
        for paragraph in &self.article.body {
            let mut p = Element::new(Tag::P);
            let mut had_figure = false;
            for inline in &paragraph.inlines {
                match inline {
                    Inline::Text { text } => p.push_text(text.as_str()),
                    Inline::SoftBreak => p.push(Element::new(Tag::Br)),
                    Inline::Quote {
                        quote_id,
                        open,
                        text,
                        close,
                        ..
                    } => match self.figure_slot(quote_id) {
                        Some(slot) => {
                            if !self.blocks[slot].shown {
                                self.blocks[slot].shown = true;
                                had_figure = true;
                                // Around a block quote the text left over is
                                // its punctuation (`, - `, `.`): a paragraph
                                // without letters or digits would look empty.
                                if p.has_words() {
                                    body.push(p);
                                }
                                p = Element::new(Tag::P);
                                body.push(self.figure(slot));
                            }
                        }
                        None => {
                            p.push_text(open.as_str());
                            let mut q = Element::sized(Tag::Q, 0, 1);
                            q.attrs = Cow::Borrowed(INLINE_QUOTE);
                            p.push(q.text(text.as_str()));
                            p.push_text(close.as_str());
                        }
                    },
                    Inline::Attribution { quote_id, text } => {
                        if self.figure_slot(quote_id).is_none() {
                            p.push_text(text.as_str());
                        }
                    }
                }
            }
            if (!had_figure && !p.children.is_empty()) || p.has_words() {
                body.push(p);
            }
        }
        body
    }

    fn figure(&self, slot: usize) -> Element<'a> {
        let block = &self.blocks[slot];
        let quote = &self.article.quotes[slot];
        let mut text_id = self.id(&quote.id);
        text_id.push_str("-text");
        let mut blockquote = Element::sized(Tag::Blockquote, 2, block.paragraphs.len())
            .attr("part", "quote-text")
            .attr("id", text_id.clone());
        for parts in &block.paragraphs {
            blockquote
                .push(Element::sized(Tag::P, 0, 1).text(crate::parse::join_parts(parts, false)));
        }
        let mut figure = Element::sized(Tag::Figure, 5, 3)
            .attr("part", "quote")
            .attr("id", self.id(&quote.id))
            .attr("data-quote-id", id_safe(&quote.id))
            .attr("tabindex", "-1");
        let collapsible = self.is_collapsible(block);
        if collapsible {
            figure = figure.attr("data-expanded", "false");
        }
        figure.push(blockquote);
        if collapsible {
            figure.push(
                self.ui_el(Tag::Button)
                    .attr("part", "toggle")
                    .attr("type", "button")
                    .attr("data-action", "toggle")
                    .attr("aria-expanded", "false")
                    .attr("aria-controls", text_id)
                    .text(self.ui.show_quote.clone()),
            );
        }
        if let Some(caption) = self.caption(quote, block) {
            figure.push(caption);
        }
        figure
    }

    fn caption(&self, quote: &'a Quote, block: &BlockQuote<'a>) -> Option<Element<'a>> {
        let mut caption = Element::new(Tag::Figcaption).attr("part", "caption");
        let written = quote
            .speaker
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let name = quote.speaker_resolved.as_deref().map(str::trim);
        match (name.filter(|s| !s.is_empty()), written) {
            (Some(name), written) => {
                let mut speaker = Element::new(Tag::Span).attr("part", "speaker");
                if let Some(written) = written {
                    speaker = speaker.attr("title", written);
                }
                caption.push(speaker.text(name));
            }
            (None, Some(written)) => caption.push(
                Element::new(Tag::Span)
                    .attr("part", "speaker")
                    .text(written),
            ),
            (None, None) => {}
        }
        // Shown after the name, so the punctuation that tied it to the quote
        // in the sentence (`, - сказал Лавров.`) goes.
        let said: Vec<&str> = block
            .attributions
            .iter()
            .map(|a| {
                a.trim_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';' | '-' | '–' | '—')
                })
            })
            .filter(|a| !a.is_empty())
            .collect();
        if !said.is_empty() {
            caption.push(
                Element::new(Tag::Span)
                    .attr("part", "attribution")
                    .text(join(&said, " … ")),
            );
        }
        (!caption.children.is_empty()).then_some(caption)
    }

    /// Resolved speakers of the shown figures, with their counts, in order
    /// of first appearance.
    fn speakers(&self) -> Option<Element<'a>> {
        let mut order: Vec<(&str, &str, usize)> = Vec::new();
        let mut seen: KeyedMap<&str, usize> = KeyedMap::default();
        let shown = self.article.quotes.iter().zip(&self.blocks);
        for (quote, _) in shown.filter(|(_, block)| block.shown) {
            let Some(name) = quote.speaker_resolved.as_deref().map(str::trim) else {
                continue;
            };
            if name.is_empty() {
                continue;
            }
            match seen.get(name) {
                Some(&i) => order[i].2 += 1,
                None => {
                    seen.insert(name, order.len());
                    order.push((name, quote.id.as_str(), 1));
                }
            }
        }
        if order.is_empty() {
            return None;
        }
        let mut list = Element::new(Tag::Ul);
        for (name, first, count) in order {
            let mut shown = String::from("(");
            push_number(&mut shown, count);
            shown.push(')');
            let button = Element::new(Tag::Button)
                .attr("type", "button")
                .attr("data-action", "focus-quote")
                .attr("data-target", self.id(first))
                .text(name)
                .text(" ")
                .child(Element::new(Tag::Span).attr("part", "count").text(shown));
            list.push(Element::new(Tag::Li).child(button));
        }
        Some(self.panel(Tag::Nav, "speakers", &self.ui.speakers, list))
    }

    fn related(&self) -> Option<Element<'a>> {
        let items = related_items(self.article, self.opts);
        if items.is_empty() {
            return None;
        }
        let mut list = Element::new(Tag::Ul);
        for item in items {
            let li = Element::new(Tag::Li);
            list.push(match item.url {
                Some(url) => li.child(
                    Element::new(Tag::A)
                        .href(url)
                        .attr("rel", "noopener")
                        .attr("part", "related-link")
                        .text(item.title),
                ),
                None => li.text(item.title),
            });
        }
        Some(self.panel(Tag::Aside, "related", &self.ui.related, list))
    }

    /// A titled panel (`nav`/`aside`) labelled by its heading.
    fn panel(&self, tag: Tag, name: &'static str, heading: &str, list: Element<'a>) -> Element<'a> {
        let heading_id = self.id(name);
        Element::new(tag)
            .attr("part", name)
            .attr("aria-labelledby", heading_id.clone())
            .child(
                self.ui_el(self.heading(1))
                    .attr("id", heading_id)
                    .text(heading.to_owned()),
            )
            .child(list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(ids: &[&str]) -> Vec<Quote> {
        ids.iter()
            .map(|id| Quote {
                id: (*id).to_owned(),
                ..Quote::default()
            })
            .collect()
    }

    #[test]
    fn parser_ids_are_looked_up_by_position() {
        let quotes = quotes(&["quote-1", "quote-2", "quote-3"]);
        let index = QuoteIndex::new(&quotes);
        assert!(matches!(index, QuoteIndex::Numbered));
        assert_eq!(index.get(&quotes, "quote-2"), Some(1));
        for missing in ["quote-4", "quote-0", "quote-02", "quote-+2", "quote-", "2"] {
            assert_eq!(index.get(&quotes, missing), None, "{missing}");
        }
    }

    #[test]
    fn other_ids_find_the_first_quote_with_that_id() {
        let quotes = quotes(&["quote-2", "a", "quote-2", "quote-02"]);
        let index = QuoteIndex::new(&quotes);
        assert!(matches!(index, QuoteIndex::Map(_)));
        assert_eq!(index.get(&quotes, "quote-2"), Some(0));
        assert_eq!(index.get(&quotes, "a"), Some(1));
        assert_eq!(index.get(&quotes, "quote-02"), Some(3));
        assert_eq!(index.get(&quotes, "quote-1"), None);
    }
}
