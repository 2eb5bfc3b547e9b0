// Page side of tests/e2e/xss.test.mjs, loaded as a module into a blank page
// on the demo server. Puts every hostile vector into one input position at a
// time, renders it with mount() and with renderHtml() (inserted as HTML, as
// a server-rendered page would), and reports what a reader's browser got:
// thrown errors, elements, attributes and URLs that could run script, and
// whether the hostile text is shown literally.
import init, { mount, parseArticle, renderHtml, renderServerHtml } from '/pkg/article_widget.js';
import { hostileDocument } from './document.mjs';

await init();

const SEED = await (await fetch('/articles/ru-lavrov-aleppo.txt')).text();
const SEED_MODEL = parseArticle(SEED);

/** Tags the widget's markup uses; anything else came from input. */
const WIDGET_TAGS = new Set(
  'article header h1 h2 h3 h4 h5 h6 p span div time figure blockquote figcaption button q br nav aside ul li a'.split(' '),
);
/** Attributes a browser resolves as a URL to load or navigate to. */
const URL_ATTRS = new Set(
  'href src action formaction xlink:href data srcdoc poster background ping srcset cite codebase manifest'.split(' '),
);

const model = (edit) => {
  const article = structuredClone(SEED_MODEL);
  edit(article);
  return article;
};
const inlinesOf = (article, type) => article.body.flatMap((p) => p.inlines).filter((i) => i.type === type);

/**
 * Input positions: each gives the article (text or model) and options for a
 * vector `v`. `literal` positions must show `v` as text.
 */
export const POSITIONS = {
  title: { literal: true, make: (v) => [`${v}\n\nТекст статьи.`] },
  body: { literal: true, make: (v) => [`Заголовок\n\n${v}`] },
  quote: { literal: true, make: (v) => [`Заголовок\n\n«${v}», - сказал Лавров.`] },
  'quote-en': { literal: true, make: (v) => [`Headline\n\n“${v},” Clarke told reporters.`] },
  // After a quote figure, a remnant without letters or digits (the
  // sentence's closing ".") is dropped by design, so only wordy vectors
  // must show here.
  speaker: { literal: 'words', make: (v) => [`Заголовок\n\n«Мы готовы», - сказал ${v}.`] },
  'related-title': { make: (v) => [`Заголовок\n\nТекст.\n\nЧИТАЙТЕ ТАКЖЕ: ${v}`] },
  'related-url': { make: (v) => [`Headline\n\nText.\n\nRead more: Rail link ${v}`] },
  'related-url-parens': { make: (v) => [`Headline\n\nText.\n\nRelated: Rail link (${v})`] },
  'options.related-title': {
    literal: true,
    make: (v) => ['Заголовок\n\nТекст.', { related: [{ title: v, url: 'https://example.org/a' }] }],
  },
  'options.related-url': { make: (v) => ['Заголовок\n\nТекст.', { related: [{ title: 'Ссылка', url: v }] }] },
  relatedUrlTemplate: {
    make: (v) => ['Заголовок\n\nТекст.\n\nЧИТАЙТЕ ТАКЖЕ: Ссылка', { relatedUrlTemplate: v }],
  },
  'relatedUrlTemplate-title': {
    make: (v) => [`Заголовок\n\nТекст.\n\nЧИТАЙТЕ ТАКЖЕ: ${v}`, { relatedUrlTemplate: 'https://s.test/?q={title}' }],
  },
  resolveRelated: {
    make: (v) => ['Заголовок\n\nТекст.\n\nЧИТАЙТЕ ТАКЖЕ: Ссылка', { resolveRelated: () => v }],
  },
  'resolveRelated-echo': {
    make: (v) => [`Заголовок\n\nТекст.\n\nЧИТАЙТЕ ТАКЖЕ: ${v}`, { resolveRelated: (title) => title }],
  },
  strings: {
    literal: true,
    make: (v) => [
      SEED,
      { strings: { speakers: v, related: v, expandAll: v, collapseAll: v, showQuote: v, sources: v } },
    ],
  },
  'options.lang': { make: (v) => [SEED, { lang: v }] },
  'options.theme': { make: (v) => [SEED, { theme: v }] },
  'options.timeZone': { make: (v) => [SEED, { timeZone: v }] },
  'options.sourceOffset': { make: (v) => ['Заголовок\n\n15:51 03/05/2016\n\nТекст.', { sourceOffset: v }] },
  'model.title': { literal: true, make: (v) => [model((a) => (a.title = v))] },
  'model.lang': { make: (v) => [model((a) => (a.lang = v))] },
  'model.text': {
    literal: true,
    make: (v) => [model((a) => inlinesOf(a, 'text').forEach((i) => (i.text = v)))],
  },
  'model.quote-text': {
    literal: true,
    make: (v) => [model((a) => inlinesOf(a, 'quote').forEach((i) => Object.assign(i, { text: v, open: v, close: v })))],
  },
  'model.attribution': {
    literal: true,
    make: (v) => [model((a) => inlinesOf(a, 'attribution').forEach((i) => (i.text = v)))],
  },
  'model.quote-id': {
    make: (v) => [
      model((a) => {
        const ids = new Map(a.quotes.map((q, n) => [q.id, `${v}${n}`]));
        a.quotes.forEach((q) => (q.id = ids.get(q.id)));
        [...inlinesOf(a, 'quote'), ...inlinesOf(a, 'attribution')].forEach((i) => (i.quoteId = ids.get(i.quoteId)));
      }),
    ],
  },
  'model.speaker': {
    literal: true,
    make: (v) => [model((a) => a.quotes.forEach((q) => Object.assign(q, { speaker: v, speakerResolved: v })))],
  },
  'model.speaker-phrase': {
    make: (v) => [model((a) => a.quotes.forEach((q) => (q.speaker = v)))],
  },
  'model.dateline': { literal: true, make: (v) => [model((a) => (a.dateline = { place: v, agency: v }))] },
  'model.sources': { literal: true, make: (v) => [model((a) => (a.sources = [v]))] },
  // With a valid time the widget shows the reader's time, not the text as
  // written (tests/render_html.rs checks that text literally).
  'model.published': {
    make: (v) => [model((a) => (a.published = { text: v, local: '2016-05-03T15:51', offset: '+03:00' }))],
  },
  // A time not in the model's shape is refused (an Error), never rendered.
  'model.published-local': { make: (v) => [model((a) => (a.published = { text: v, local: v, offset: v }))] },
  'model.published-offset': { make: (v) => [model((a) => (a.published.offset = v))] },
  'model.related': { literal: true, make: (v) => [model((a) => (a.related = [{ title: v, url: v }]))] },
};

/** Whitespace, NUL and quote marks: a quote's marks may become markup. */
const LOOSE = /[\s\0"'«»„“”‚‘’‹›]+/g;

/**
 * Whether `shown` has `text` as text: its pieces between quote marks and
 * whitespace, in order (a split quote's parts may come before its
 * attribution), ignoring punctuation trimmed from the ends of an attribution.
 */
export function showsLiterally(shown, text) {
  const haystack = shown.toWellFormed().replace(LOOSE, '');
  const pieces = text
    .toWellFormed()
    .replace(/^[\s,.:;\-–—]+|[\s,.:;\-–—]+$/g, '')
    .split(LOOSE)
    .filter(Boolean);
  let at = 0;
  for (const piece of pieces) {
    const found = haystack.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

/** Every element under `root`, open shadow roots included. */
function* elements(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elements(el.shadowRoot);
  }
}

function isWebOrRelative(value) {
  let url;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return true; // a browser cannot follow what it cannot parse
  }
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/**
 * What under `root` (a shadow root or a container) could run script:
 * foreign tags, handler or style attributes, URLs that are not http(s).
 */
export function dangers(root, { widgetOnly = true, allowed = WIDGET_TAGS } = {}) {
  const found = [];
  for (const el of elements(root)) {
    const tag = el.localName;
    // A custom element's attributes (<article-widget src>) are the host's
    // own input, not something the browser loads or runs.
    if (tag.includes('-')) continue;
    if (widgetOnly && !allowed.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') found.push(`${tag}[${name}]`);
      if (URL_ATTRS.has(name) && !isWebOrRelative(value)) found.push(`${tag}[${name}=${value.slice(0, 60)}]`);
    }
  }
  return found;
}

/** Every text node's data under `root`, in order. */
function shownText(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode()) text += walker.currentNode.data;
  return text;
}

const stage = document.createElement('div');
document.body.append(stage);
const widgets = [];

function errorOf(err) {
  if (err instanceof Error && err.message) return null;
  return `threw a non-Error or an empty message: ${String(err)}`;
}

/**
 * Renders every vector in `position` both ways; returns one line per
 * problem. The hosts stay in the page until `clear()`, so that anything
 * that would run later (image errors, autofocus) gets its chance.
 */
export function run(vectors, position) {
  const { make, literal: mustShow } = POSITIONS[position];
  const problems = [];
  const report = (id, mode, what) => problems.push(`${position} / ${id} / ${mode}: ${what}`);
  for (const { id, text } of vectors) {
    const [article, options] = make(text);
    const literal = mustShow === 'words' ? /[\p{L}\p{N}]/u.test(text) : mustShow;
    const host = document.createElement('div');
    stage.append(host);
    let widget = null;
    try {
      widget = mount(host, article, options);
    } catch (err) {
      const bad = errorOf(err);
      if (bad || literal) report(id, 'mount', bad ?? `threw ${err.message}`);
    }
    if (widget) {
      widgets.push(widget);
      const root = host.shadowRoot;
      for (const d of dangers(root)) report(id, 'mount', d);
      if (literal && !showsLiterally(shownText(root), text)) report(id, 'mount', 'not shown literally');
    }
    const container = document.createElement('div');
    stage.append(container);
    try {
      // The server-rendering path: the string goes into a page as HTML.
      container.innerHTML = renderHtml(article, options);
      for (const d of dangers(container)) report(id, 'renderHtml', d);
      if (literal && !showsLiterally(shownText(container), text)) {
        report(id, 'renderHtml', 'not shown literally');
      }
    } catch (err) {
      const bad = errorOf(err);
      if (bad || literal) report(id, 'renderHtml', bad ?? `threw ${err.message}`);
    }
  }
  return problems;
}

export function clear() {
  for (const widget of widgets.splice(0)) widget.destroy();
  stage.replaceChildren();
}

/** Checks the whole document (custom elements and their shadow roots). */
export function pageDangers() {
  return dangers(document, { widgetOnly: false });
}

const SHORT = 'Заголовок\n\n«Мы готовы», - сказал Лавров.\n\nЧИТАЙТЕ ТАКЖЕ: Ссылка';

/** `<article-widget>` elements that settled (rendered or failed). */
async function settled(els) {
  const done = (el) => el.dataset.state === 'ready' || el.dataset.state === 'error';
  for (let waited = 0; !els.every(done); waited += 20) {
    if (waited > 15_000) throw new Error(`${els.filter((el) => !done(el)).length} elements never settled`);
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

function customElement(attributes, text) {
  const el = document.createElement('article-widget');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.textContent = text;
    el.append(script);
  }
  stage.append(el);
  return el;
}

/**
 * Each vector as the value of `attribute` of an `<article-widget>`, set
 * before it connects and, on a second element, changed after it rendered.
 */
export async function attributeRun(vectors, attribute) {
  await import('/pkg/define.js');
  const problems = [];
  const made = [];
  for (const { id, text } of vectors) {
    const inline = attribute === 'src' ? undefined : SHORT;
    made.push([id, 'initial', customElement({ [attribute]: text }, inline)]);
    const initial = attribute === 'src' ? { src: '/articles/ru-lavrov-aleppo.txt' } : {};
    made.push([id, 'changed', customElement(initial, inline)]);
  }
  await settled(made.map(([, , el]) => el));
  for (const [id, mode, el] of made) {
    if (mode === 'changed') el.setAttribute(attribute, vectors.find((v) => v.id === id).text);
  }
  await settled(made.map(([, , el]) => el));
  for (const [id, mode, el] of made) {
    for (const d of el.shadowRoot ? dangers(el.shadowRoot) : []) problems.push(`[${attribute}] / ${id} / ${mode}: ${d}`);
  }
  return problems;
}

/** Each vector inside the article document an `<article-widget src>` fetches. */
export async function documentRun(vectors) {
  await import('/pkg/define.js');
  const made = vectors.map(({ id }, n) => [id, n, customElement({ src: `/__xss/doc/${n}.txt` })]);
  await settled(made.map(([, , el]) => el));
  const problems = [];
  for (const [id, n, el] of made) {
    const where = `src document / ${id}`;
    if (el.dataset.state !== 'ready') problems.push(`${where}: did not render`);
    else {
      for (const d of dangers(el.shadowRoot)) problems.push(`${where}: ${d}`);
      if (!showsLiterally(shownText(el.shadowRoot), vectors[n].text)) {
        problems.push(`${where}: not shown literally`);
      }
    }
  }
  return problems;
}

/** What a server-rendered block may hold besides the widget's markup. */
const SERVER_TAGS = new Set([...WIDGET_TAGS, 'style', 'link']);

/**
 * renderServerHtml positions: the article (text or model) and options for
 * a vector `v`, and the headline its JSON-LD must carry.
 */
const SERVER = {
  'article text': (v) => [hostileDocument(v)],
  model: (v) => [
    model((a) => {
      Object.assign(a, { title: v, sources: [v], dateline: { place: v, agency: v } });
      a.published = { text: v, local: '2016-05-03T15:51', offset: '+03:00' };
    }),
  ],
  'options.lang': (v) => [SEED, { lang: v }],
  'options.stylesheet': (v) => [SEED, { stylesheet: v }],
  'options.src': (v) => [SEED, { src: v }],
};

/** Loads `html` as a whole document in an iframe, where scripts do run. */
function framed(html) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  stage.append(frame);
  return loaded.then(() => frame.contentDocument);
}

/**
 * Each vector through renderServerHtml, parsed as a real page: nothing runs
 * (scripts in the iframe are live), the block is exactly one
 * <article-widget> with a declarative shadow root of widget markup and one
 * JSON-LD script whose headline is the article's title, character for
 * character.
 */
export async function serverRun(vectors, position) {
  const problems = [];
  const report = (id, what) => problems.push(`renderServerHtml ${position} / ${id}: ${what}`);
  await Promise.all(
    vectors.map(async ({ id, text }) => {
      const [article, options] = SERVER[position](text);
      let html;
      try {
        html = renderServerHtml(article, options);
      } catch (err) {
        report(id, errorOf(err) ?? `threw ${err.message}`);
        return;
      }
      const doc = await framed(html);
      if (doc.defaultView.__xss !== undefined) report(id, 'a vector ran');
      const body = [...doc.body.children].map((el) => el.localName);
      if (body.join() !== 'article-widget,script') report(id, `body holds ${body.join()}`);
      const host = doc.querySelector('article-widget');
      if (!host?.shadowRoot) report(id, 'no declarative shadow root');
      else for (const d of dangers(host.shadowRoot, { allowed: SERVER_TAGS })) report(id, d);
      for (const link of host?.shadowRoot?.querySelectorAll('link') ?? []) {
        if (link.rel !== 'stylesheet') report(id, `link rel=${link.rel}`);
      }
      const script = doc.querySelector('script');
      if (script?.type !== 'application/ld+json') report(id, `script type ${script?.type}`);
      let ld = null;
      try {
        ld = JSON.parse(script.textContent);
      } catch {
        report(id, 'JSON-LD does not parse');
      }
      const title = typeof article === 'string' ? parseArticle(article).title : article.title.toWellFormed();
      if (ld && ld.headline !== title) report(id, 'JSON-LD headline differs from the title');
    }),
  );
  return problems;
}
