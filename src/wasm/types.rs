//! TypeScript types for the JS API, appended to the generated `.d.ts`.
//! The exports take `JsValue` (read field by field in `from_js`/`options`)
//! and name these types with `unchecked_param_type`/`unchecked_return_type`,
//! so TypeScript users get the model and the options, not `any`.
//! Keep in step with `crate::model` (camelCase JSON) and `options::read`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A parsed news article: the model's JSON, as `parseArticle` returns it. */
export interface Article {
    /** The headline: the first non-empty line. */
    title: string;
    /** BCP 47 primary language subtag: "ru", "en", or "und" when unknown. */
    lang: string;
    /** The publication timestamp line, when the article has one. */
    published: Published | null;
    /** "ТВЕРЬ, 12 сентября — РИА Новости." / "LONDON (Reuters) -". */
    dateline: Dateline | null;
    /** Body paragraphs in reading order. */
    body: Paragraph[];
    /** Every direct quote, in order of first appearance. */
    quotes: Quote[];
    /** "Read also" items, in order. */
    related: RelatedLink[];
    /** News agencies and outlets the text credits, in order. */
    sources: string[];
}

/** A publication timestamp as written, and as a wall-clock reading. */
export interface Published {
    /** The line as written. */
    text: string;
    /** Local wall-clock time at the source, "YYYY-MM-DDTHH:MM". */
    local: string;
    /** UTC offset of `local` ("+03:00"), when the text states or implies one. */
    offset: string | null;
}

/** Where and by whom a story was filed. */
export interface Dateline {
    place: string | null;
    agency: string | null;
}

export interface Paragraph {
    inlines: Inline[];
}

/** Inline content of a paragraph; joined, the inlines give back its text. */
export type Inline =
    | { type: "text"; text: string }
    | { type: "softBreak" }
    | {
          type: "quote";
          quoteId: string;
          part: number;
          /** The opening mark as written ("«", "“", "— ", or ""). */
          open: string;
          text: string;
          close: string;
      }
    | { type: "attribution"; quoteId: string; text: string };

/** A direct quote, possibly split into parts by its attribution. */
export interface Quote {
    /** "quote-1", "quote-2", …; the widget's URL fragment `#quote-N`. */
    id: string;
    /** The whole quote, parts joined with a space, without outer marks. */
    text: string;
    parts: string[];
    /** The speaker as written: "глава российского МИД", "он", "Clarke". */
    speaker: string | null;
    /** The person's full name, when the text gives a basis for one. */
    speakerResolved: string | null;
    /** The attribution verb as written: "сказал", "said". */
    verb: string | null;
    /** A short fragment quoted inside a sentence rather than a statement. */
    inline: boolean;
    /** Index into `body` of the paragraph where the quote starts. */
    paragraph: number;
}

/** A "read also" item; links are only ever http(s) or relative. */
export interface RelatedLink {
    title: string;
    url?: string | null;
}

/** Replacements for the widget's own words. */
export interface UiStringOverrides {
    /** Speakers panel heading ("Кто что сказал" / "Who said what"). */
    speakers?: string;
    /** Related panel heading ("Читайте также" / "Read also"). */
    related?: string;
    expandAll?: string;
    collapseAll?: string;
    /** Label of a quote's disclosure button. */
    showQuote?: string;
    /** Label before the credited sources. */
    sources?: string;
}

/** Options of `parseArticle`, `mount` and `renderHtml`; all optional. */
export interface ArticleWidgetOptions {
    /** UI language ("ru" | "en"); default: the article's language. */
    lang?: string;
    /** Colour scheme; default "auto" (follows prefers-color-scheme). */
    theme?: "light" | "dark" | "auto";
    /** Block quotes longer than this many characters start collapsed; default 160. */
    collapseThreshold?: number;
    /** IANA time zone to show the publication time in; default the reader's. */
    timeZone?: string;
    /** UTC offset ("+03:00") assumed when the article states none. */
    sourceOffset?: string;
    /** Host links shown after the article's own related items. */
    related?: RelatedLink[];
    /** URL for related titles without one; "{title}" is replaced, URL-encoded. */
    relatedUrlTemplate?: string;
    /** URL for a related title without one, after the template. */
    resolveRelated?: (title: string) => string | null | undefined;
    /** Overrides of the UI strings. */
    strings?: UiStringOverrides;
    /** Parse "05/03/2016" as month first; default false. */
    monthFirst?: boolean;
    /** Level of the title heading, 1 to 6; default 2. */
    headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** Options of `renderServerHtml`: the widget's options plus the page's. */
export interface ServerRenderOptions extends ArticleWidgetOptions {
    /** URL of article-widget.css, linked from the shadow root (CSP-friendly);
     *  without it the styles are inlined in a <style> element. */
    stylesheet?: string;
    /** URL of the article text, as the host's `src`, for <article-widget> to take over. */
    src?: string;
}
"#;
