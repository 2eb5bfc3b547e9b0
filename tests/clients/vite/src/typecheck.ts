// Compiled by `tsc --noEmit` only (not part of the page): the package's
// types must describe the model, the options and every entry point, and
// reject what the runtime rejects.
import {
  parseArticle,
  renderHtml,
  type Article,
  type ArticleWidget,
  type Inline,
  type Quote,
} from 'article-widget';
import { ArticleWidgetElement } from 'article-widget/define';
import * as server from 'article-widget/node';

export function speakers(article: Article): string[] {
  return article.quotes
    .filter((q: Quote) => !q.inline)
    .map((q) => q.speakerResolved ?? q.speaker ?? '');
}

export function plainText(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return inline.text;
    case 'softBreak':
      return '\n';
    case 'quote':
      return inline.open + inline.text + inline.close;
    case 'attribution':
      return inline.text;
  }
}

export function published(text: string): string | undefined {
  const article = parseArticle(text, { monthFirst: false });
  return article.published?.local;
}

export const html: string = renderHtml('Title', {
  theme: 'dark',
  headingLevel: 3,
  related: [{ title: 'Read also', url: 'https://example.org/' }],
  resolveRelated: (title) => `/search?q=${encodeURIComponent(title)}`,
  strings: { expandAll: 'Open all' },
});

export const page: string = server.renderServerHtml('Title', {
  stylesheet: '/article-widget.css',
  src: '/article.txt',
});

export const element: ArticleWidgetElement | null = document.querySelector('article-widget');
export const expandAll = (): void => element?.widget?.expandAll();

// @ts-expect-error: theme is light, dark or auto
renderHtml('Title', { theme: 'sepia' });
// @ts-expect-error: the article is text or an Article, not a number
renderHtml(42);
// @ts-expect-error: parseArticle returns an Article, whose title is a string
export const wrong: number = parseArticle('Title').title;
// @ts-expect-error: update() takes text or an Article, like mount()
export const badUpdate = (w: ArticleWidget): void => w.update(42);
