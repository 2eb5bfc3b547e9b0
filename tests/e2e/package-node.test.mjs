// Client 3: a Node server (tests/clients/node) using `article-widget/node`
// from the installed tarball: the same wasm as the browser, instantiated
// synchronously, parsing and rendering pages server-side.
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { CLIENTS, ROOT, SEED, SEED_TITLE, installPackage, run } from './package-clients.mjs';

const APP = `${CLIENTS}node/`;
const HOSTILE = '</script><script>alert(1)</script><!-- \u2028 "quoted" & </SCRIPT >';

/** The one JSON-LD block of a page, parsed. */
function jsonLd(html) {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/gi)];
  assert.equal(blocks.length, 1, 'one JSON-LD script');
  return JSON.parse(blocks[0][1]);
}

describe('Node server using article-widget/node', () => {
  let server;
  let seed;
  before(async () => {
    await installPackage(APP);
    assert.equal(await stat(`${APP}package-lock.json`).catch(() => null), null, 'install left no lock file');
    server = await import(`${APP}render.mjs`);
    seed = await readFile(SEED, 'utf8');
  });

  test('parseArticle in Node gives exactly the native parser\'s model', async () => {
    const { stdout } = await run('cargo', ['run', '--quiet', '--bin', 'article-widget', '--', 'parse', SEED], {
      cwd: ROOT,
    });
    const article = server.parseArticle(seed);
    assert.equal(article.title, SEED_TITLE);
    assert.deepEqual(article, JSON.parse(stdout));
  });

  test('renderHtml gives the widget markup with the publication time in the given zone', () => {
    const html = server.renderHtml(seed, { timeZone: 'Europe/Moscow', lang: 'en' });
    assert.match(html, /^<article part="article" lang="ru"/);
    assert.equal(html.match(/<figure part="quote"/g)?.length, 5);
    assert.match(html, /<time part="time" datetime="2016-05-03T15:51:00" title="[^"]*2016[^"]*">/);
    assert.match(html, /Who said what/);
  });

  test('a server page has the widget in a declarative shadow root and NewsArticle JSON-LD', () => {
    const page = server.articlePage(seed, { src: '/articles/seed.txt' });
    assert.match(
      page,
      /<article-widget src="\/articles\/seed\.txt"><template shadowrootmode="open"><link rel="stylesheet" href="\/article-widget\/article-widget\.css"><article part="article"/,
    );
    const ld = jsonLd(page);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, SEED_TITLE);
    assert.equal(ld.inLanguage, 'ru');
    assert.equal(ld.datePublished, '2016-05-03T15:51:00');
    assert.deepEqual(ld.sourceOrganization, [{ '@type': 'Organization', name: 'ТАСС' }]);
  });

  test('hostile text cannot leave the JSON-LD script or the markup', () => {
    const page = server.articlePage(`${HOSTILE}\n\nBody with ${HOSTILE} inside.\n\nИсточник: ${HOSTILE}`);
    assert.equal(jsonLd(page).headline, HOSTILE);
    // Only the page's own two scripts: define.js and the JSON-LD.
    assert.equal(page.match(/<script/gi).length, 2);
    assert.equal(page.match(/<\/script/gi).length, 2);
    assert.ok(!page.includes('<!--'), 'no comment opener');
  });

  test('wrong arguments throw a JS Error, not a wasm trap', () => {
    assert.throws(() => server.parseArticle(42), { name: 'Error', message: /string/ });
    assert.throws(() => server.renderHtml(seed, { theme: 'sepia' }), { name: 'Error', message: /theme/ });
    assert.throws(() => server.articlePage(seed, { src: 7 }), { name: 'Error', message: /src/ });
    assert.equal(server.parseArticle('Still works\n\nafter errors.').title, 'Still works');
  });
});
