// The demo page (www/index.html) with the seed article, as a reader uses it.
// Playwright's CSS selectors pierce the widget's open shadow root.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, newPage, openDemo, screenshot, setup } from './helpers.mjs';

const SEED_TITLE = 'Лавров: В Алеппо уже во вторник может наступить перемирие';
const RELATED_TITLE = 'Лавров - де Мистуре: Россия и США стремятся к расширению перемирия в Сирии';

describe('demo page', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.close());

  async function demo(query = '', pageOptions) {
    const page = await newPage(env.browser, pageOptions);
    const host = await openDemo(page, env.url(`index.html${query}`));
    return { page, host };
  }

  // Every test also checks that the page logged no error along the way.
  async function finish(page) {
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  }

  test('shows the seed article title, with no console errors', async () => {
    const { page, host } = await demo();
    assert.equal((await host.locator('[part="title"]').textContent()).trim(), SEED_TITLE);
    await finish(page);
  });

  test('shows the publication time in a <time datetime>', async () => {
    const { page, host } = await demo();
    const time = host.locator('time[part="time"]');
    assert.match(await time.getAttribute('datetime'), /^2016-05-03T15:51/);
    assert.notEqual((await time.textContent()).trim(), '', 'the time shows a readable date');
    await finish(page);
  });

  test('renders 5 block quotes with their speakers', async () => {
    const { page, host } = await demo();
    const quotes = host.locator('figure[part="quote"]');
    assert.equal(await quotes.count(), 5);
    const speakers = (await quotes.locator('[part="speaker"]').allTextContents()).map((s) => s.trim());
    assert.deepEqual(speakers, [
      'Сергей Лавров',
      'Сергей Лавров',
      'Сергей Лавров',
      'Сергей Лавров',
      'Стаффан де Мистура',
    ]);
    await finish(page);
  });

  test('a click toggles a long quote and reports it to the host', async () => {
    const { page, host } = await demo();
    await page.evaluate(() => {
      window.toggles = [];
      document
        .getElementById('widget')
        .addEventListener('article-widget:quote-toggle', (e) => window.toggles.push(e.detail));
    });
    const toggle = host.locator('button[part="toggle"]').first();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    const controlled = await toggle.evaluate((b) =>
      Boolean(b.getRootNode().getElementById(b.getAttribute('aria-controls'))),
    );
    assert.ok(controlled, 'aria-controls names an element in the widget');

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

    const toggles = await page.evaluate(() => window.toggles);
    assert.equal(toggles.length, 2);
    assert.match(toggles[0].quoteId, /^quote-\d+$/);
    assert.deepEqual(
      toggles.map((t) => t.expanded),
      [true, false],
    );
    await finish(page);
  });

  test('Enter and Space toggle a long quote from the keyboard', async () => {
    const { page, host } = await demo();
    const toggle = host.locator('button[part="toggle"]').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await finish(page);
  });

  test('"expand all" opens every long quote', async () => {
    const { page, host } = await demo();
    const toggles = host.locator('button[part="toggle"]');
    assert.ok((await toggles.count()) >= 2, 'the seed has several long quotes');
    await host.locator('button[part="expand-all"]').click();
    const states = await toggles.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-expanded')));
    assert.deepEqual(new Set(states), new Set(['true']));
    await finish(page);
  });

  // Quote ids count inline quotes too, so look the id up rather than assume it.
  async function deMisturaQuoteId(host) {
    const figure = host.locator('figure[part="quote"]', {
      has: host.page().locator('[part="speaker"]', { hasText: 'Стаффан де Мистура' }),
    });
    return figure.getAttribute('data-quote-id');
  }

  test('a #quote-N fragment opens that quote', async () => {
    const first = await demo();
    const id = await deMisturaQuoteId(first.host);
    await finish(first.page);
    const { page, host } = await demo(`#${id}`);
    const toggle = host.locator(`figure[data-quote-id="${id}"] button[part="toggle"]`);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await finish(page);
  });

  test('choosing a speaker moves focus to their first quote', async () => {
    const { page, host } = await demo();
    await host.locator('nav[part="speakers"] button', { hasText: 'Стаффан де Мистура' }).click();
    const focused = await host.evaluate((el) => {
      const active = el.shadowRoot.activeElement;
      return active?.closest('figure[part="quote"]')?.dataset.quoteId ?? active?.outerHTML ?? null;
    });
    assert.equal(focused, await deMisturaQuoteId(host));
    await finish(page);
  });

  test('the related panel lists the related article', async () => {
    const { page, host } = await demo();
    const items = (await host.locator('aside[part="related"] li').allTextContents()).map((s) => s.trim());
    assert.ok(items.includes(RELATED_TITLE), `related items: ${JSON.stringify(items)}`);
    await finish(page);
  });

  test('pasted text renders live, as text only', async () => {
    const { page, host } = await demo();
    const hostile = '<img src=x onerror="window.pwned=1"> Заголовок';
    await page.fill('#source', `${hostile}\n\nПервый абзац статьи.\n`);
    const title = host.locator('[part="title"]');
    await page.waitForFunction(
      (expected) => document.querySelector('#widget')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() === expected,
      hostile,
    );
    assert.equal((await title.textContent()).trim(), hostile);
    assert.equal(await host.locator('img').count(), 0, 'no element is made from article text');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    await finish(page);
  });

  test('the sample switch loads another article', async () => {
    const { page, host } = await demo();
    await page.selectOption('#sample', 'en-reuters-rail.txt');
    const title = host.locator('[part="title"]');
    await title.filter({ hasText: 'Minister says rail link' }).waitFor();
    assert.equal((await title.textContent()).trim(), 'Minister says rail link will open "within weeks"');
    await finish(page);
  });

  test('the language switch changes the interface language', async () => {
    const { page, host } = await demo();
    const heading = host.locator('aside[part="related"] :is(h2, h3, h4, h5, h6)').first();
    await page.selectOption('#lang', 'en');
    assert.equal((await heading.textContent()).trim(), 'Read also');
    await page.selectOption('#lang', 'ru');
    assert.equal((await heading.textContent()).trim(), 'Читайте также');
    await finish(page);
  });

  for (const theme of ['light', 'dark']) {
    test(`${theme} theme: screenshot and no axe violations`, async () => {
      const { page, host } = await demo(`?theme=${theme}`);
      assert.equal(await host.locator('article[part="article"]').getAttribute('data-theme'), theme);
      const path = await screenshot(page, `demo-${theme}`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe violations on the demo (${theme}), screenshot ${path}`);
      await finish(page);
    });
  }

  test('the theme switch re-themes widget and page without errors', async () => {
    const { page, host } = await demo();
    await page.selectOption('#theme', 'dark');
    assert.equal(await host.locator('article[part="article"]').getAttribute('data-theme'), 'dark');
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    await page.selectOption('#theme', 'light');
    assert.equal(await host.locator('article[part="article"]').getAttribute('data-theme'), 'light');
    await finish(page);
  });
});
