// <article-widget>: the one-tag embed. Importing this module initialises the
// wasm and registers the element; importing article_widget.js alone never does.
//
//   <article-widget src="article.txt" theme="auto"></article-widget>
//   <article-widget lang="en"><script type="text/plain">Title…</script></article-widget>
// The glue, dom.js, the .wasm and the texts of the page's elements are all
// requested at once, not one after another, and the .wasm compiles while it
// downloads, not once the glue has loaded (README "Performance").

/** Texts requested before the element was defined, by URL: read as they
 * arrive, while the glue and the .wasm still load, not once they have. */
const early = new Map();
for (const el of document.querySelectorAll('article-widget[src]')) {
  const src = el.getAttribute('src');
  const url = URL.parse?.(src, document.baseURI)?.href;
  if (url && !early.has(url)) early.set(url, quiet(articleText(url, src)));
}

const wasm = quiet(compile(new URL('article_widget_bg.wasm', import.meta.url)));
const glue = Promise.all([import('./article_widget.js'), import('./dom.js')]);
// The first Intl formatter of a page loads ICU's data: 15–25 ms in a fresh
// renderer here, then 0.5 ms per format. Done now, while the requests above
// are in flight, not in the first render (which formats the publication time).
globalThis.Intl?.DateTimeFormat().format(0);
const [{ initSync, mount }] = await glue;
initSync({ module: await wasm });

// Attribute → mount option. `src` is handled on its own.
const OPTIONS = {
  lang: 'lang',
  theme: 'theme',
  'collapse-threshold': 'collapseThreshold',
  'time-zone': 'timeZone',
};

/** The compiled .wasm at `url`, compiled as it streams in. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`article-widget: ${url}: HTTP ${response.status}`);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch (error) {
    // Streaming needs the server to say `application/wasm`; without it,
    // compile from the bytes (a second request, as the first was consumed).
    if (response.headers.get('Content-Type')?.startsWith('application/wasm')) throw error;
    return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
}

/** The text at `url` (written `src` in the page); a failed status throws. */
async function articleText(url, src, signal) {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`article-widget: ${src}: HTTP ${response.status}`);
  return response.text();
}

/** `promise`, a failure reported where it is awaited, not here. */
function quiet(promise) {
  promise.catch(() => {});
  return promise;
}

/** The early text for `url`, once: a later load fetches it again. */
function take(url) {
  const response = early.get(url);
  early.delete(url);
  return response;
}

export class ArticleWidgetElement extends HTMLElement {
  static observedAttributes = ['src', ...Object.keys(OPTIONS)];

  #widget = null;
  #text = null;
  #textSrc = null;
  #fetching = null;

  connectedCallback() {
    // An upgrade calls attributeChangedCallback first: `src` may be loading.
    if (this.#fetching !== null) return;
    if (this.#text !== null && this.#textSrc === this.getAttribute('src')) this.#render();
    else this.#load();
  }

  disconnectedCallback() {
    this.#fetching?.abort();
    this.#fetching = null;
    this.#destroy();
  }

  attributeChangedCallback(name, previous, value) {
    if (!this.isConnected || previous === value) return;
    if (name === 'src') this.#load();
    else this.#render();
  }

  /** The mounted ArticleWidget (expandAll, collapseAll…), or null. */
  get widget() {
    return this.#widget;
  }

  #options() {
    const options = {};
    for (const [attribute, option] of Object.entries(OPTIONS)) {
      const value = this.getAttribute(attribute);
      if (value !== null) options[option] = option === 'collapseThreshold' ? Number(value) : value;
    }
    return options;
  }

  async #load() {
    this.#fetching?.abort();
    this.#fetching = null;
    const src = this.getAttribute('src');
    this.#textSrc = src;
    this.#text = null;
    if (src === null) {
      this.#text = this.querySelector('script[type="text/plain"]')?.textContent ?? '';
      this.#render();
      return;
    }
    const fetching = (this.#fetching = new AbortController());
    this.dataset.state = 'loading';
    try {
      const url = new URL(src, document.baseURI).href;
      const text = await (take(url) ?? articleText(url, src, fetching.signal));
      if (fetching.signal.aborted) return;
      this.#text = text;
    } catch (error) {
      if (!fetching.signal.aborted) this.#fail(error);
      return;
    } finally {
      if (this.#fetching === fetching) this.#fetching = null;
    }
    if (!fetching.signal.aborted) this.#render();
  }

  #render() {
    if (this.#text === null || !this.isConnected) return;
    this.#destroy();
    try {
      this.#widget = mount(this, this.#text, this.#options());
      this.dataset.state = 'ready';
    } catch (error) {
      this.#fail(error);
    }
  }

  #destroy() {
    this.#widget?.destroy();
    this.#widget = null;
  }

  #fail(error) {
    this.dataset.state = 'error';
    console.error(error);
  }
}

if (!customElements.get('article-widget')) {
  customElements.define('article-widget', ArticleWidgetElement);
}
