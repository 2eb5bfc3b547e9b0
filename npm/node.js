// Server-side entry (`article-widget/node`): the same WebAssembly module as
// the browser build, instantiated synchronously from the packaged file, so
// parseArticle, renderHtml and renderServerHtml are ready as soon as this
// module is imported.
import { readFileSync } from 'node:fs';
import { initSync } from './article_widget.js';

initSync({ module: readFileSync(new URL('./article_widget_bg.wasm', import.meta.url)) });

export { parseArticle, renderHtml, renderServerHtml } from './article_widget.js';
