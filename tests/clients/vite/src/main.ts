// What an app using the npm package writes: the default export loads the
// wasm (Vite emits it as an asset), then mount() renders into any element.
import init, { mount, type ArticleWidget, type ArticleWidgetOptions } from 'article-widget';
import seed from '../../../fixtures/ru-lavrov-aleppo.txt?raw';

const host = document.querySelector<HTMLElement>('#widget');
const options: ArticleWidgetOptions = { theme: 'light', collapseThreshold: 160 };
// Kept for the page's lifetime: a garbage-collected widget loses its listeners.
export let widget: ArticleWidget | undefined;

init()
  .then(() => {
    if (!host) throw new Error('no #widget element');
    widget = mount(host, seed, options);
    host.dataset.state = 'ready';
  })
  .catch((error: unknown) => {
    if (host) host.dataset.state = 'error';
    console.error(error);
  });
