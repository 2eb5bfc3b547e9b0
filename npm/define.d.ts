// `article-widget/define`: importing it initialises the WebAssembly module
// and registers <article-widget> (once; a second import does nothing).
import type { ArticleWidget } from './article_widget.js';

/**
 * `<article-widget src="article.txt">` or with the text inline in a
 * `<script type="text/plain">` child. Attributes: `src`, `lang`,
 * `theme` (light | dark | auto), `collapse-threshold`, `time-zone`;
 * changing one re-renders. `data-state` is `loading`, `ready` or `error`.
 */
export declare class ArticleWidgetElement extends HTMLElement {
  static observedAttributes: string[];
  /** The mounted widget (expandAll, collapseAll…), or null before it renders. */
  get widget(): ArticleWidget | null;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, previous: string | null, value: string | null): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-widget': ArticleWidgetElement;
  }
}
