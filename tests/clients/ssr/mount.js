// Takeover through the JS API: mount() on the host that already holds the
// server-rendered declarative shadow root.
import init, { mount } from './article-widget/article_widget.js';

const host = document.querySelector('article-widget');
await init();
const text = await (await fetch(host.getAttribute('src'))).text();
// Kept for the page's lifetime: a garbage-collected widget loses its listeners.
export const widget = mount(host, text);
host.dataset.state = 'ready';
