//! `Article` → markup. Never re-parses text.
//!
//! [`markup`] decides the markup once and writes it, element by element,
//! into a sink: [`html`] as text (server side, CLI) and `dom` as DOM in the
//! browser, so both emit the same elements and a page can be
//! server-rendered then taken over.

pub mod html;
pub mod joined;
pub mod jsonld;
pub mod markup;
mod related;
pub mod server;
pub mod strings;
mod stylesheet;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod dom;

pub use html::render_html;
pub use server::{render_server_html, ServerOptions};
pub use strings::{StringOverrides, UiStrings};

use crate::model::RelatedLink;

/// The widget's stylesheet, for the shadow root and for server-rendered pages.
pub const WIDGET_CSS: &str = stylesheet::CSS;

/// Colour scheme of the widget; `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    /// `light`/`dark`/`auto`; anything else is `None`.
    pub fn parse(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// How the publication time reads, when a caller can format it for the
/// reader (the browser has `Intl`; the static renderer shows it as written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeText {
    /// Visible text: date, time and relative time.
    pub text: String,
    /// Tooltip: the absolute time with its zone.
    pub title: String,
}

/// Looks up a URL for a related title that has none (`options.resolveRelated`).
pub type ResolveRelated = Box<dyn Fn(&str) -> Option<String>>;

/// Everything about rendering that is not the article itself.
pub struct RenderOptions {
    /// UI language (`ru`/`en`); `None` follows the article.
    pub lang: Option<String>,
    pub theme: Theme,
    /// Block quotes longer than this many characters start collapsed.
    pub collapse_threshold: usize,
    /// Prepended to every id, so several widgets on a page never collide.
    pub id_prefix: String,
    /// Level of the title heading (1–6); panel headings are one below.
    pub heading_level: u8,
    pub strings: StringOverrides,
    /// Host-supplied related links, after the article's own.
    pub related: Vec<RelatedLink<'static>>,
    /// URL for related titles without one; `{title}` is replaced, encoded.
    pub related_url_template: Option<String>,
    /// URL for related titles without one after the template.
    pub resolve_related: Option<ResolveRelated>,
    /// UTC offset (`+03:00`) assumed when the article states none.
    pub source_offset: Option<String>,
    /// Reader-formatted publication time; `None` shows it as written.
    pub time: Option<TimeText>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            lang: None,
            theme: Theme::Auto,
            collapse_threshold: 160,
            id_prefix: "aw-".to_owned(),
            heading_level: 2,
            strings: StringOverrides::default(),
            related: Vec::new(),
            related_url_template: None,
            resolve_related: None,
            source_offset: None,
            time: None,
        }
    }
}

pub use crate::model::is_utc_offset;
