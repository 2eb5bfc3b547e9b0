// Server-side rendering and takeover without a visible flash.
//
// The page is the CLI's output (`article-widget render --stylesheet …
// --src …`): an <article-widget> whose declarative shadow root holds the
// widget markup and a <link> to the package's stylesheet, then JSON-LD.
// The takeover script (the package's define.js, or mount() from the JS API)
// is held back by the test until the server-rendered page is measured, then
// released. "No flash" is measured three ways:
//   1. layout-shift entries (PerformanceObserver, buffered from navigation):
//      their sum must be 0, so nothing visible moved at any frame, including
//      the first paint before the stylesheet and the takeover;
//   2. the boxes and text of the title, every quote (text, speaker, toggle)
//      and the panels are identical before and after;
//   3. a screenshot of the article body (all the quotes) is pixel-identical.
// The takeover is proven real: the server-rendered <article> is detached
// and the new one answers to clicks.
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { WWW, newPage, setup, waitRendered } from './helpers.mjs';
import { CLIENTS, ROOT, SCRATCH, SEED, SEED_TITLE, run, unpackPackage } from './package-clients.mjs';

const SITE = `${SCRATCH}ssr/`;

const TAKEOVERS = [
  {
    name: 'the <article-widget> element (define.js)',
    page: 'element.html',
    script: 'article-widget/define.js',
  },
  { name: 'mount() on the server-rendered host', page: 'mount.html', script: 'mount.js' },
];

/** Everything visible about the widget that must not move or change. */
function snapshot(host) {
  const root = host.shadowRoot;
  const box = (el) => {
    // Document coordinates: the element screenshots scroll the page.
    const r = el.getBoundingClientRect();
    const rounded = (n) => Math.round(n * 100) / 100;
    return [r.x + scrollX, r.y + scrollY, r.width, r.height].map(rounded);
  };
  const each = (selector) =>
    [...root.querySelectorAll(selector)].map((el) => ({ box: box(el), text: el.textContent }));
  const figure = root.querySelector('figure[part="quote"]');
  return {
    host: box(host),
    title: each('[part="title"]'),
    quotes: each('figure[part="quote"]'),
    quoteTexts: each('blockquote'),
    speakers: each('[part="speaker"]'),
    toggles: each('[part="toggle"]'),
    speakersPanel: each('[part="speakers"]'),
    related: each('[part="related"]'),
    body: each('[part="body"]').map((b) => b.box),
    styled: figure ? getComputedStyle(figure).borderInlineStartWidth : null,
  };
}

/** Every layout shift since navigation, into window.layoutShifts. */
function recordLayoutShifts() {
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.layoutShifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Waits until the page has rendered two more frames. */
function twoFrames(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

describe('server-rendered page taken over by the widget', () => {
  let env;
  let serverHtml;
  before(async () => {
    await mkdir(SITE, { recursive: true });
    await unpackPackage(SITE);
    await copyFile(SEED, `${SITE}article.txt`);
    await copyFile(`${WWW}favicon.svg`, `${SITE}favicon.svg`);
    await copyFile(`${CLIENTS}ssr/mount.js`, `${SITE}mount.js`);
    const cli = ['run', '--quiet', '--bin', 'article-widget', '--', 'render', SEED];
    const flags = ['--stylesheet', 'article-widget/article-widget.css', '--src', 'article.txt'];
    const { stdout } = await run('cargo', [...cli, ...flags], { cwd: ROOT });
    serverHtml = stdout;
    const template = await readFile(`${CLIENTS}ssr/page.html`, 'utf8');
    for (const { page, script } of TAKEOVERS) {
      const html = template.replace('TAKEOVER', script);
      await writeFile(`${SITE}${page}`, html.replace('<!-- SERVER-RENDERED -->', serverHtml));
    }
    env = await setup({ root: SITE });
  });
  after(() => env?.close());

  test('the CLI page carries the NewsArticle JSON-LD', () => {
    const [, json] = serverHtml.match(/<script type="application\/ld\+json">(.*)<\/script>/);
    const ld = JSON.parse(json);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, SEED_TITLE);
  });

  test('without JavaScript the page shows the whole article, no dead buttons', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.url('element.html'));
    const state = await page.locator('article-widget').evaluate((host) => {
      const root = host.shadowRoot;
      const shown = (el) => getComputedStyle(el).display !== 'none';
      return {
        title: root.querySelector('[part="title"]').textContent,
        quotes: root.querySelectorAll('figure').length,
        clamped: [...root.querySelectorAll('blockquote')].filter(
          (q) => q.scrollHeight > q.clientHeight + 1,
        ).length,
        buttons: [...root.querySelectorAll('button')].filter(shown).length,
        attributions: [...root.querySelectorAll('[part="attribution"]')].filter(shown).length,
      };
    });
    assert.deepEqual(state, {
      title: SEED_TITLE,
      quotes: 5,
      clamped: 0,
      buttons: 0,
      attributions: 5,
    });
    await context.close();
  });

  test('a slow stylesheet never shows the markup unstyled', async () => {
    // The <link> in the declarative shadow root holds the parser until the
    // sheet arrives, so the content after it is not painted unstyled.
    const page = await newPage(env.browser);
    await page.addInitScript(recordLayoutShifts);
    await page.route('**/mount.js', (route) => route.abort());
    let served = false;
    await page.route('**/article-widget.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      served = true;
      await route.continue();
    });
    await page.goto(env.url('mount.html'), { waitUntil: 'commit' });
    const unstyledFigures = () =>
      page.evaluate(() => {
        const root = document.querySelector('article-widget')?.shadowRoot;
        const figures = root?.querySelectorAll('figure') ?? [];
        return [...figures].filter((f) => getComputedStyle(f).borderInlineStartWidth !== '4px').length;
      });
    while (!served) {
      assert.equal(await unstyledFigures(), 0, 'an unstyled quote was in the page');
      await page.waitForTimeout(50);
    }
    await page.locator('article-widget figure').nth(4).waitFor();
    await twoFrames(page);
    assert.equal(await unstyledFigures(), 0);
    assert.deepEqual(await page.evaluate(() => window.layoutShifts), [], 'layout shifts');
    await page.context().close();
  });

  for (const { name, page: file, script } of TAKEOVERS) {
    test(`${name}: no layout shift, same boxes and text, same pixels`, async () => {
      const page = await newPage(env.browser);
      await page.addInitScript(recordLayoutShifts);
      // Hold the takeover script until the server-rendered state is measured.
      let release;
      const held = new Promise((resolve) => {
        release = resolve;
      });
      await page.route(`**/${script}`, async (route) => {
        await held;
        await route.continue();
      });

      // The held module script also holds `load`; the page paints meanwhile.
      await page.goto(env.url(file), { waitUntil: 'commit' });
      const host = page.locator('article-widget');
      await page.waitForFunction(
        () => document.querySelector('article-widget')?.shadowRoot?.querySelector('link')?.sheet,
      );
      await twoFrames(page);
      const before = await host.evaluate(snapshot);
      assert.equal(before.title[0]?.text, SEED_TITLE, 'the server-rendered title shows without JS');
      assert.equal(before.quotes.length, 5);
      assert.equal(before.styled, '4px', 'the server-rendered markup is styled before any JS');
      const bodyBefore = await page.locator('article-widget [part="body"]').screenshot();
      await host.evaluate((el) => {
        window.serverArticle = el.shadowRoot.querySelector('article');
      });

      release();
      await waitRendered(page, page.locator('article-widget[data-state="ready"]'));
      await twoFrames(page);
      const after = await host.evaluate(snapshot);
      const replaced = await host.evaluate(
        (el) => !window.serverArticle.isConnected && el.shadowRoot.querySelector('article') !== null,
      );
      assert.ok(replaced, 'the widget replaced the server-rendered markup');

      assert.deepEqual(await page.evaluate(() => window.layoutShifts), [], 'layout shifts');
      assert.deepEqual(after, before);
      const bodyAfter = await page.locator('article-widget [part="body"]').screenshot();
      assert.ok(bodyAfter.equals(bodyBefore), 'the quotes look the same, pixel for pixel');

      // And it is live: a toggle now works.
      const toggle = page.locator('article-widget [part="toggle"]').first();
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.deepEqual(page.errors, [], 'console errors');
      await page.context().close();
    });
  }
});
