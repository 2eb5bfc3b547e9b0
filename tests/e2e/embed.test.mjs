// The embedding example (www/embed.html): one module script, one tag.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { WWW, axeViolations, newPage, setup, waitRendered } from './helpers.mjs';

const SEED_TITLE = 'Лавров: В Алеппо уже во вторник может наступить перемирие';

describe('embedding example', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.close());

  test('uses exactly one module script and one <article-widget>', async () => {
    const html = await readFile(`${WWW}embed.html`, 'utf8');
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.match(html, /<script type="module" src="pkg\/define\.js"><\/script>/);
    assert.equal(html.match(/<article-widget\b/g)?.length, 1);
    assert.match(html, /<article-widget src="articles\/ru-lavrov-aleppo\.txt"/);
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`renders the article (${colorScheme} system theme) with no axe violations`, async () => {
      const page = await newPage(env.browser, { colorScheme });
      await page.goto(env.url('embed.html'));
      const title = page.locator('article-widget [part="title"]');
      await waitRendered(page, title);
      assert.equal((await title.textContent()).trim(), SEED_TITLE);
      assert.equal(await page.locator('article-widget figure[part="quote"]').count(), 5);
      assert.deepEqual(await axeViolations(page), [], `axe violations on embed.html (${colorScheme})`);
      assert.deepEqual(page.errors, [], 'console errors');
      await page.context().close();
    });
  }
});
