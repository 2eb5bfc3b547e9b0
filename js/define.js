// <article-widget>: the one-tag embed. Importing this module initialises the
// wasm and registers the element; importing article_widget.js alone never does.
//
//   <article-widget src="article.txt" theme="auto"></article-widget>
//   <article-widget lang="en"><script type="text/plain">Title…</script></article-widget>
import init, { mount } from './article_widget.js';

await init();

// Attribute → mount option. `src` is handled on its own.
const OPTIONS = {
  lang: 'lang',
  theme: 'theme',
  'collapse-threshold': 'collapseThreshold',
  'time-zone': 'timeZone',
};

export class ArticleWidgetElement extends HTMLElement {
  static observedAttributes = ['src', ...Object.keys(OPTIONS)];

  #widget = null;
  #text = null;
  #textSrc = null;
  #fetching = null;

  connectedCallback() {
    if (this.#text !== null && this.#textSrc === this.getAttribute('src')) this.#render();
    else this.#load();
  }

  disconnectedCallback() {
    this.#fetching?.abort();
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
    const src = this.getAttribute('src');
    this.#textSrc = src;
    if (src === null) {
      this.#text = this.querySelector('script[type="text/plain"]')?.textContent ?? '';
      this.#render();
      return;
    }
    const fetching = (this.#fetching = new AbortController());
    this.dataset.state = 'loading';
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: fetching.signal });
      if (!response.ok) throw new Error(`article-widget: ${src}: HTTP ${response.status}`);
      this.#text = await response.text();
    } catch (error) {
      if (!fetching.signal.aborted) this.#fail(error);
      return;
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
