// Hostile input never runs as script (issue 5): every vector of
// tests/xss/vectors.json in every input position — article text, the model,
// options, <article-widget> attributes and its fetched document — rendered
// in Chromium with mount(), renderHtml() and the custom element. The page
// side lives in tests/xss/harness.js.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { hostileDocument } from '../xss/document.mjs';
import { newPage, setup } from './helpers.mjs';

const XSS = new URL('../xss/', import.meta.url);
const VECTORS = JSON.parse(await readFile(new URL('vectors.json', XSS), 'utf8')).vectors.map((v) => ({
  id: v.id,
  text: v.text.repeat(v.repeat ?? 1),
}));
/** Page-side modules, served under /__xss/. */
const MODULES = {
  'harness.js': await readFile(new URL('harness.js', XSS), 'utf8'),
  'document.mjs': await readFile(new URL('document.mjs', XSS), 'utf8'),
};

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>xss</title></head><body></body></html>';

const POSITIONS = [
  'title',
  'body',
  'quote',
  'quote-en',
  'speaker',
  'related-title',
  'related-url',
  'related-url-parens',
  'options.related-title',
  'options.related-url',
  'relatedUrlTemplate',
  'relatedUrlTemplate-title',
  'resolveRelated',
  'resolveRelated-echo',
  'strings',
  'options.lang',
  'options.theme',
  'options.timeZone',
  'options.sourceOffset',
  'model.title',
  'model.lang',
  'model.text',
  'model.quote-text',
  'model.attribution',
  'model.quote-id',
  'model.speaker',
  'model.speaker-phrase',
  'model.dateline',
  'model.sources',
  'model.published',
  'model.published-local',
  'model.published-offset',
  'model.related',
];

describe('hostile input never runs', () => {
  let env;
  let page;
  let origin;
  const dialogs = [];
  const foreign = [];

  before(async () => {
    assert.ok(VECTORS.length >= 60, `at least 60 vectors, got ${VECTORS.length}`);
    env = await setup();
    origin = new URL(env.url('/')).origin;
    page = await newPage(env.browser);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on('request', (req) => {
      if (!req.url().startsWith(origin) && !/^(data|blob):/.test(req.url())) foreign.push(req.url());
    });
    // Nothing may leave the page's origin; block it as well as record it.
    await page.route((url) => url.origin !== origin, (route) => route.abort());
    await page.route('**/__xss/page.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.route(/\/__xss\/[\w-]+\.m?js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: MODULES[new URL(route.request().url()).pathname.split('/').pop()],
      }),
    );
    await page.route('**/__xss/doc/*.txt', (route) => {
      const n = Number(new URL(route.request().url()).pathname.match(/(\d+)\.txt$/)[1]);
      route.fulfill({ contentType: 'text/plain; charset=utf-8', body: hostileDocument(VECTORS[n].text) });
    });
    await page.goto(env.url('__xss/page.html'));
    await page.evaluate(async () => {
      window.xss = await import('/__xss/harness.js');
    });
  });
  after(async () => {
    await page?.context().close();
    await env?.close();
  });

  /** No script ran, no dialog opened, nothing navigated, nothing left the origin. */
  async function assertNothingRan(where) {
    // Give image errors, autofocus and animations their chance to fire.
    await page.waitForTimeout(150);
    assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', `${where}: a vector ran`);
    assert.deepEqual(dialogs, [], `${where}: dialogs`);
    assert.equal(new URL(page.url()).pathname, '/__xss/page.html', `${where}: the page navigated`);
    assert.deepEqual(
      page.errors.filter((e) => e.startsWith('pageerror')),
      [],
      `${where}: uncaught errors`,
    );
  }

  for (const position of POSITIONS) {
    test(`${position}: mount() and renderHtml()`, async () => {
      const problems = await page.evaluate(([vectors, p]) => window.xss.run(vectors, p), [VECTORS, position]);
      await assertNothingRan(position);
      assert.deepEqual(await page.evaluate(() => window.xss.pageDangers()), [], 'page-wide dangers');
      await page.evaluate(() => window.xss.clear());
      assert.deepEqual(problems, []);
    });
  }

  for (const attribute of ['lang', 'theme', 'collapse-threshold', 'time-zone', 'src']) {
    test(`<article-widget ${attribute}>`, async () => {
      const before = foreign.length;
      const problems = await page.evaluate(([vectors, a]) => window.xss.attributeRun(vectors, a), [
        VECTORS,
        attribute,
      ]);
      // A host may point src anywhere; every other attribute must not load anything.
      if (attribute === 'src') foreign.splice(before);
      await assertNothingRan(`[${attribute}]`);
      assert.deepEqual(await page.evaluate(() => window.xss.pageDangers()), [], 'page-wide dangers');
      await page.evaluate(() => window.xss.clear());
      assert.deepEqual(problems, []);
    });
  }

  for (const position of ['article text', 'model', 'options.lang', 'options.stylesheet', 'options.src']) {
    test(`renderServerHtml ${position}, parsed as a page`, async () => {
      const before = foreign.length;
      const problems = await page.evaluate(([vectors, p]) => window.xss.serverRun(vectors, p), [VECTORS, position]);
      // The host's own stylesheet URL may point anywhere http(s).
      if (position === 'options.stylesheet') foreign.splice(before);
      await assertNothingRan(`renderServerHtml ${position}`);
      await page.evaluate(() => window.xss.clear());
      assert.deepEqual(problems, []);
    });
  }

  test('<article-widget src> document contents', async () => {
    const problems = await page.evaluate((vectors) => window.xss.documentRun(vectors), VECTORS);
    await assertNothingRan('src document');
    assert.deepEqual(await page.evaluate(() => window.xss.pageDangers()), [], 'page-wide dangers');
    await page.evaluate(() => window.xss.clear());
    assert.deepEqual(problems, []);
  });

  test('no request left the page origin', () => {
    assert.deepEqual(foreign, []);
  });
});
