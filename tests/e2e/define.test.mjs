// <article-widget> (js/define.js) loading its text: each text requested once,
// early for the elements already in the page, and again whenever `src`
// changes or a load was cut short by removing the element.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newPage, setup } from './helpers.mjs';

const TITLES = {
  'ru-lavrov-aleppo.txt': 'Лавров: В Алеппо уже во вторник может наступить перемирие',
  'en-reuters-rail.txt': null,
};

/** The widget's title once `el` is ready (or its state if it is not). */
async function readyTitle(page, selector = 'article-widget') {
  await page.waitForFunction(
    (s) => ['ready', 'error'].includes(document.querySelector(s)?.dataset.state),
    selector,
  );
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (el.dataset.state !== 'ready') return `state: ${el.dataset.state}`;
    return el.shadowRoot.querySelector('[part="title"]').textContent.trim();
  }, selector);
}

describe('<article-widget> loading', () => {
  let env;
  before(async () => {
    env = await setup();
    // The English sample's first line is its title.
    const text = await fetch(env.url('articles/en-reuters-rail.txt')).then((r) => r.text());
    TITLES['en-reuters-rail.txt'] = text.split('\n')[0].trim();
  });
  after(() => env?.close());

  test('requests the article text once, before the element is defined', async () => {
    const page = await newPage(env.browser);
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(env.url('embed.html'));
    assert.equal(await readyTitle(page), TITLES['ru-lavrov-aleppo.txt']);
    assert.deepEqual(
      requested.filter((p) => p.endsWith('.txt')),
      ['/articles/ru-lavrov-aleppo.txt'],
    );
    assert.deepEqual(
      requested.filter((p) => p.startsWith('/pkg/')).sort(),
      ['/pkg/article_widget.js', '/pkg/article_widget_bg.wasm', '/pkg/define.js', '/pkg/dom.js'],
    );
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });

  test('a new src loads and renders the new text', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.url('embed.html'));
    await readyTitle(page);
    await page.evaluate(() =>
      document.querySelector('article-widget').setAttribute('src', 'articles/en-reuters-rail.txt'),
    );
    await page.waitForFunction(
      (title) =>
        document.querySelector('article-widget').shadowRoot.querySelector('[part="title"]')
          ?.textContent.trim() === title,
      TITLES['en-reuters-rail.txt'],
    );
    assert.equal(await readyTitle(page), TITLES['en-reuters-rail.txt']);
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });

  test('removed while loading and added again, it loads again and renders', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.url('embed.html'));
    await readyTitle(page);
    await page.evaluate(() => {
      const el = document.createElement('article-widget');
      el.id = 'moved';
      el.setAttribute('src', 'articles/en-reuters-rail.txt');
      document.body.append(el);
      el.remove(); // the request is aborted
      document.querySelector('main').append(el);
    });
    assert.equal(await readyTitle(page, '#moved'), TITLES['en-reuters-rail.txt']);
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });

  test('a src replaced while its early text loads keeps the new text when that one arrives last', async () => {
    const page = await newPage(env.browser);
    // The page's own text is held until the element has moved on to another.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/articles/ru-lavrov-aleppo.txt', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(env.url('embed.html'));
    await page.evaluate(async () => {
      await customElements.whenDefined('article-widget');
      document.querySelector('article-widget').setAttribute('src', 'articles/en-reuters-rail.txt');
    });
    assert.equal(await readyTitle(page), TITLES['en-reuters-rail.txt']);
    const stale = page.waitForResponse((r) => r.url().endsWith('/ru-lavrov-aleppo.txt'));
    release();
    await (await stale).finished();
    // A few tasks for the page to take the response in (the old code then
    // stored this text under the new src).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    // Moved: it renders again from the text it kept, which must be its src's.
    await page.evaluate(() => {
      const el = document.querySelector('article-widget');
      el.remove();
      document.querySelector('main').append(el);
    });
    assert.equal(await readyTitle(page), TITLES['en-reuters-rail.txt']);
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });

  test('inline text renders without a request; a missing src is an error state', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.url('embed.html'));
    await readyTitle(page);
    await page.evaluate(() => {
      const inline = document.createElement('article-widget');
      inline.id = 'inline';
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.textContent = 'Inline title\n\nBody.';
      inline.append(script);
      const missing = document.createElement('article-widget');
      missing.id = 'missing';
      missing.setAttribute('src', 'articles/no-such-article.txt');
      document.querySelector('main').append(inline, missing);
    });
    assert.equal(await readyTitle(page, '#inline'), 'Inline title');
    assert.equal(await readyTitle(page, '#missing'), 'state: error');
    // What the page reported is the 404 and the element's error, nothing else.
    assert.ok(page.errors.length > 0);
    for (const error of page.errors) assert.match(error, /no-such-article|404/);
    await page.context().close();
  });

  test('renders when the server sends the .wasm without application/wasm', async () => {
    const page = await newPage(env.browser);
    const wasmRequests = [];
    // A misconfigured host: streaming compilation refuses the response, so
    // define.js compiles from the bytes of a second request.
    await page.route('**/pkg/article_widget_bg.wasm', async (route) => {
      wasmRequests.push(route.request().url());
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-type': 'application/octet-stream' },
      });
    });
    await page.goto(env.url('embed.html'));
    assert.equal(await readyTitle(page), TITLES['ru-lavrov-aleppo.txt']);
    assert.equal(wasmRequests.length, 2);
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });
});
