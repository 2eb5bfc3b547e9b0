// No input ever traps the module (issue 5): every exported function and
// method, fed every class of hostile argument, either returns or throws a
// JS Error with a message — never a WebAssembly.RuntimeError or a non-Error
// — and after each call the module still parses and renders the seed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newPage, setup } from './helpers.mjs';

/** Runs in the page: every call of the matrix, with its outcome. */
async function runMatrix() {
  const module = await import('/pkg/article_widget.js');
  const init = module.default;
  await init();
  const { parseArticle, renderHtml, renderServerHtml, mount, ArticleWidget } = module;
  const SEED = await (await fetch('/articles/ru-lavrov-aleppo.txt')).text();
  const TITLE = parseArticle(SEED).title;

  // Deterministic random bytes, decoded as UTF-8 with replacement.
  let state = 0x2545f491;
  const randomText = (n) => {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = state & 0xff;
    }
    return new TextDecoder().decode(bytes);
  };
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
    },
  );

  const TEXTS = {
    empty: '',
    whitespace: ' \t\n\r\n \u00a0\u2028 ',
    'no title': '\n\n\n',
    'title only': 'Заголовок',
    'lone surrogates': '\ud800 Заголовок \udfff\n\n«\udc00», - сказал \ud83d.',
    'random bytes 1': randomText(4096),
    'random bytes 2': randomText(65536),
    'NUL and controls': 'Title\u0000\u0001\u001b\n\n\u0000«x\u0007»\u007f',
    '10 MB of articles': (SEED + '\n\n').repeat(Math.ceil(10e6 / (SEED.length * 2))),
    '10 MB line': 'Ж'.repeat(5e6),
  };
  const NOT_TEXT = {
    null: null,
    undefined: undefined,
    number: 42,
    NaN: NaN,
    boolean: true,
    bigint: 10n,
    symbol: Symbol('x'),
    function: () => SEED,
    array: [SEED],
    'empty object': {},
    'throwing getter': throwing,
    'Date': new Date(),
    'String object': new String(SEED),
  };
  const ARTICLES = {
    'title of wrong type': { title: 5 },
    'body not an array': { body: 'x' },
    'body of nulls': { body: [null, 1] },
    'inline without type': { body: [{ inlines: [{}] }] },
    'unknown inline type': { body: [{ inlines: [{ type: 'script', text: 'x' }] }] },
    'negative part': { body: [{ inlines: [{ type: 'quote', quoteId: 'q', part: -1, text: 'x' }] }] },
    'huge part': { body: [{ inlines: [{ type: 'quote', quoteId: 'q', part: 1e300, text: 'x' }] }] },
    'NaN paragraph': { quotes: [{ id: 'q', paragraph: NaN }] },
    'quote paragraph out of range': {
      body: [{ inlines: [{ type: 'quote', quoteId: 'q', part: 3, text: 'x' }] }],
      quotes: [{ id: 'q', paragraph: 99, parts: ['x'], text: 'x' }],
    },
    'duplicate quote ids': {
      body: [{ inlines: [{ type: 'quote', quoteId: 'q', text: 'a' }, { type: 'attribution', quoteId: 'q', text: 'b' }] }],
      quotes: [{ id: 'q' }, { id: 'q', inline: true }],
    },
    'orphan attribution': { body: [{ inlines: [{ type: 'attribution', quoteId: 'nope', text: 'said' }] }] },
    'published of wrong type': { published: 'yesterday' },
    'published garbage': { published: { text: 'x', local: '9999-99-99T99:99', offset: '+99:99' } },
    'published year 275760+': { published: { text: 'x', local: '9999-12-31T23:59', offset: '-23:59' } },
    'sources of numbers': { sources: [1, 2] },
    'related of nulls': { related: [null] },
    'related url object': { related: [{ title: 'x', url: {} }] },
    'lang 3 letters': { lang: 'xyz', title: 'x' },
    'array-like': { length: 3, 0: 'a' },
  };
  const OPTIONS = {
    string: 'dark',
    number: 7,
    array: [],
    'throwing getter': throwing,
    'theme 5': { theme: 5 },
    'theme unknown': { theme: 'neon' },
    'collapseThreshold string': { collapseThreshold: '10' },
    'collapseThreshold -1': { collapseThreshold: -1 },
    'collapseThreshold NaN': { collapseThreshold: NaN },
    'collapseThreshold Infinity': { collapseThreshold: Infinity },
    'collapseThreshold 1e308': { collapseThreshold: 1e308 },
    'headingLevel 0': { headingLevel: 0 },
    'headingLevel 2.5': { headingLevel: 2.5 },
    'headingLevel 7': { headingLevel: 7 },
    'related string': { related: 'x' },
    'related of strings': { related: ['x'] },
    'related title number': { related: [{ title: 5, url: 'https://a.test' }] },
    'relatedUrlTemplate number': { relatedUrlTemplate: 5 },
    'relatedUrlTemplate without placeholder': { relatedUrlTemplate: 'https://a.test/' },
    'resolveRelated string': { resolveRelated: 'x' },
    'resolveRelated throws': {
      resolveRelated: () => {
        throw new Error('boom');
      },
    },
    'resolveRelated throws a string': {
      resolveRelated: () => {
        throw 'boom';
      },
    },
    'resolveRelated returns a number': { resolveRelated: () => 42 },
    'resolveRelated returns an object': { resolveRelated: () => ({ toString: () => 'javascript:x' }) },
    'resolveRelated returns a promise': { resolveRelated: async () => 'https://a.test' },
    'resolveRelated re-enters': { resolveRelated: () => renderHtml(SEED, { resolveRelated: () => '/x' }) },
    'timeZone unknown': { timeZone: 'Mars/Olympus_Mons' },
    'timeZone number': { timeZone: 3 },
    'sourceOffset garbage': { sourceOffset: '+99:99' },
    'strings string': { strings: 'x' },
    'strings number field': { strings: { speakers: 5 } },
    'lang number': { lang: 5 },
    'lang long': { lang: 'x'.repeat(1e5) },
    'monthFirst string': { monthFirst: 'yes' },
    'stylesheet number': { stylesheet: 5 },
    'stylesheet javascript:': { stylesheet: 'javascript:alert(1)' },
    'src object': { src: {} },
  };
  const RELATED_SEED = `${SEED}\n\nЧИТАЙТЕ ТАКЖЕ: Без ссылки`;

  const results = [];
  const isCleanError = (err) =>
    err instanceof Error && !(err instanceof WebAssembly.RuntimeError) && typeof err.message === 'string' && err.message.length > 0;

  function healthy() {
    try {
      const stage = document.createElement('div');
      document.body.append(stage);
      const w = mount(stage, SEED);
      const ok =
        parseArticle(SEED).title === TITLE &&
        renderHtml(SEED).includes(TITLE) &&
        stage.shadowRoot.querySelector('[part="title"]').textContent === TITLE;
      w.destroy();
      stage.remove();
      return ok;
    } catch {
      return false;
    }
  }

  let dead = false;
  function call(name, fn) {
    if (dead) return;
    let outcome = 'returned';
    let problem = null;
    let message = null;
    try {
      fn();
    } catch (err) {
      outcome = 'threw';
      message = String(err?.message ?? err);
      if (!isCleanError(err)) {
        problem =
          err instanceof WebAssembly.RuntimeError
            ? `wasm trap: ${err.message}`
            : `threw a non-Error or an empty message: ${String(err?.message ?? err)}`;
      }
    }
    if (!healthy()) {
      problem = `${problem ? `${problem}; ` : ''}module no longer renders the seed`;
      dead = true;
    }
    results.push({ name, outcome, message, problem });
  }

  const attached = () => {
    const el = document.createElement('div');
    document.body.append(el);
    return el;
  };

  // Text-like arguments to every function taking an article or text.
  const ARGUMENTS = { ...TEXTS, ...NOT_TEXT, ...ARTICLES };
  for (const [label, value] of Object.entries(ARGUMENTS)) {
    call(`parseArticle(${label})`, () => parseArticle(value));
    call(`renderHtml(${label})`, () => renderHtml(value));
    call(`renderServerHtml(${label})`, () => renderServerHtml(value));
    call(`mount(div, ${label})`, () => {
      const el = attached();
      try {
        mount(el, value).destroy();
      } finally {
        el.remove();
      }
    });
  }
  for (const [label, value] of Object.entries(OPTIONS)) {
    call(`parseArticle(seed, ${label})`, () => parseArticle(SEED, value));
    call(`renderHtml(seed, ${label})`, () => renderHtml(RELATED_SEED, value));
    call(`renderServerHtml(seed, ${label})`, () => renderServerHtml(RELATED_SEED, value));
    call(`mount(div, seed, ${label})`, () => {
      const el = attached();
      try {
        mount(el, RELATED_SEED, value).destroy();
      } finally {
        el.remove();
      }
    });
  }

  // Hosts that are not attached elements.
  const closedHost = attached();
  closedHost.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const HOSTS = {
    null: null,
    undefined: undefined,
    string: '#widget',
    'plain object': {},
    'detached div': document.createElement('div'),
    'text node': document.body.appendChild(document.createTextNode('x')),
    'document fragment': document.createDocumentFragment(),
    document,
    window,
    'input (no shadow root allowed)': document.body.appendChild(document.createElement('input')),
    'svg element': document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
    'closed shadow host': closedHost,
    'element in an iframe': frame.contentDocument.body.appendChild(frame.contentDocument.createElement('div')),
    'element of a windowless document': (() => {
      const doc = document.implementation.createHTMLDocument('x');
      return doc.body.appendChild(doc.createElement('div'));
    })(),
  };
  for (const [label, host] of Object.entries(HOSTS)) {
    call(`mount(${label}, seed)`, () => mount(host, SEED)?.destroy());
  }

  // A second mount on the same element, then the widget's life cycle.
  const host = attached();
  let widget = null;
  call('mount(div, seed)', () => (widget = mount(host, SEED)));
  call('second mount on the same element', () => mount(host, SEED));
  for (const [label, value] of Object.entries(ARGUMENTS)) {
    if (label.startsWith('10 MB')) continue; // covered above, slow to re-render
    call(`update(${label})`, () => widget.update(value));
  }
  call('update() with nothing', () => widget.update());
  call('update(seed)', () => widget.update(SEED));
  call('collapseAll()', () => widget.collapseAll());
  call('expandAll(extra args)', () => widget.expandAll(1, 2, 3));
  call('collapseAll() again', () => widget.collapseAll());
  // A host listener that calls back into the widget while it toggles:
  // collapse, re-render and destroy it from inside its own event.
  let reentered = 0;
  const reenter = () => {
    if (reentered++) return;
    call('collapseAll() from a toggle listener', () => widget.collapseAll());
    call('update() from a toggle listener', () => widget.update(SEED));
    call('destroy() from a toggle listener', () => widget.destroy());
  };
  host.addEventListener('article-widget:quote-toggle', reenter);
  call('expandAll() with a re-entering listener', () => widget.expandAll());
  host.removeEventListener('article-widget:quote-toggle', reenter);
  results.push({ name: 'the re-entering listener ran', outcome: reentered ? 'returned' : 'never ran' });
  call('mount again after a destroy from a listener', () => (widget = mount(host, SEED)));
  call('destroy()', () => widget.destroy());
  call('update() after destroy', () => widget.update(SEED));
  call('expandAll() after destroy', () => widget.expandAll());
  call('collapseAll() after destroy', () => widget.collapseAll());
  call('destroy() after destroy', () => widget.destroy());
  call('mount again after destroy', () => (widget = mount(host, SEED)));
  call('free()', () => widget.free());
  call('update() after free', () => widget.update(SEED));
  call('destroy() after free', () => widget.destroy());
  call('new ArticleWidget()', () => new ArticleWidget());
  call('update on a foreign this', () => ArticleWidget.prototype.update.call({}, SEED));
  call('expandAll on a foreign this', () => ArticleWidget.prototype.expandAll.call({}));
  call('init() again', () => init());
  call('mount with no arguments', () => mount());
  call('renderHtml with no arguments', () => renderHtml());
  call('parseArticle with no arguments', () => parseArticle());
  call('renderServerHtml with no arguments', () => renderServerHtml());

  return results;
}

describe('no input traps the module', () => {
  let env;
  let results;
  before(async () => {
    env = await setup();
    const page = await newPage(env.browser);
    await page.goto(env.url('index.html'));
    results = await page.evaluate(runMatrix);
    await page.context().close();
  });
  after(() => env?.close());

  test('every call returns or throws a clean Error, and the module keeps working', () => {
    const threw = results.filter((r) => r.outcome === 'threw').length;
    console.log(`no-trap: ${results.length} calls, ${threw} threw an Error, ${results.length - threw} returned`);
    assert.ok(results.length > 200, `the matrix ran (${results.length} calls)`);
    assert.deepEqual(
      results.filter((r) => r.problem).map((r) => `${r.name}: ${r.problem}`),
      [],
    );
  });

  test('wrong arguments throw rather than render something', () => {
    const outcome = (name) => results.find((r) => r.name === name)?.outcome;
    for (const name of [
      'parseArticle(null)',
      'parseArticle(number)',
      'renderHtml(undefined)',
      'mount(div, symbol)',
      'mount(detached div, seed)',
      'mount(text node, seed)',
      'mount(document fragment, seed)',
      'second mount on the same element',
      'update() after destroy',
      'expandAll() after destroy',
      'destroy() after destroy',
      'update() after free',
      'renderHtml(seed, theme unknown)',
      'mount(div, seed, collapseThreshold -1)',
      'renderServerHtml(seed, stylesheet number)',
      'renderServerHtml(throwing getter)',
    ]) {
      assert.equal(outcome(name), 'threw', name);
    }
    for (const name of [
      'parseArticle(empty)',
      'renderHtml(10 MB of articles)',
      'mount(div, lone surrogates)',
      'the re-entering listener ran',
      'destroy() from a toggle listener',
    ]) {
      assert.equal(outcome(name), 'returned', name);
    }
  });
});
