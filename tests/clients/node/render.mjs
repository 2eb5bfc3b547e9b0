// What a Node server writes to render an article page: the article-widget
// markup in a declarative shadow root plus JSON-LD, before any JavaScript.
import { parseArticle, renderHtml, renderServerHtml } from 'article-widget/node';

export { parseArticle, renderHtml };

/** A whole page for `text`; the widget takes over from `src` once define.js loads. */
export function articlePage(text, { src, packageUrl = '/article-widget/' } = {}) {
  const article = parseArticle(text);
  const widget = renderServerHtml(article, {
    stylesheet: `${packageUrl}article-widget.css`,
    src,
    timeZone: 'Europe/Moscow',
  });
  return `<!doctype html>
<html lang="${escapeHtml(article.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(article.title)}</title>
<script type="module" src="${packageUrl}define.js"></script>
</head>
<body>
${widget}
</body>
</html>
`;
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
