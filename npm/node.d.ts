// `article-widget/node`: ready on import, no init() needed. DOM-free
// functions only; mount() and <article-widget> need a browser.
export { parseArticle, renderHtml, renderServerHtml } from './article_widget.js';
export type {
  Article,
  ArticleWidgetOptions,
  Dateline,
  Inline,
  Paragraph,
  Published,
  Quote,
  RelatedLink,
  ServerRenderOptions,
  UiStringOverrides,
} from './article_widget.js';
