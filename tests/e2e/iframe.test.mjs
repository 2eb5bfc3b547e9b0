// mount() into an element of a same-origin iframe (CMS previews, reading
// modes): the built package in the top page, the widget in the iframe's
// document with that document's styles, real clicks and keys, the iframe's
// own `#quote-N` fragment, and a destroy() that leaves nothing behind.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newPage, setup, waitRendered } from './helpers.mjs';

const TOP = '<!doctype html><html lang="en"><title>top</title><iframe title="preview" src="iframe-inner.html"></iframe>';
const INNER = '<!doctype html><html lang="ru"><title>preview</title><div id="host"></div>';

describe('mount() into a same-origin iframe', () => {
  let env;
  let page;
  let frame;

  before(async () => {
    env = await setup();
    page = await newPage(env.browser);
    // Two pages of the test's own, served from the widget's origin.
    for (const [path, body] of [['iframe-top.html', TOP], ['iframe-inner.html', INNER]]) {
      await page.route(env.url(path), (route) => route.fulfill({ contentType: 'text/html', body }));
    }
    await page.goto(env.url('iframe-top.html'));
    frame = page.frameLocator('iframe');
    await waitRendered(page, frame.locator('#host'));
    await page.evaluate(async () => {
      const { default: init, mount } = await import('/pkg/article_widget.js');
      await init();
      const text = await (await fetch('/articles/ru-lavrov-aleppo.txt')).text();
      const inner = document.querySelector('iframe').contentWindow;
      inner.events = [];
      inner.document.addEventListener('article-widget:quote-toggle', (event) => {
        // Made in the iframe's window, as its own listeners expect.
        inner.events.push(`${event.detail.quoteId} ${event.detail.expanded} ${event instanceof inner.CustomEvent}`);
      });
      window.widget = mount(inner.document.getElementById('host'), text, { collapseThreshold: 0 });
    });
  });
  after(async () => {
    await page?.context().close();
    await env?.close();
  });

  const inner = (fn, arg) => page.frames()[1].evaluate(fn, arg);
  const expanded = (id) =>
    inner((id) => document.getElementById('host').shadowRoot.querySelector(`[data-quote-id="${id}"]`).dataset.expanded, id);

  test('renders with the styles in the iframe', async () => {
    const title = frame.locator('[part="title"]');
    assert.match(await title.textContent(), /Лавров/);
    const styles = await inner(() => {
      const root = document.getElementById('host').shadowRoot;
      return {
        sheets: root.adoptedStyleSheets.length,
        ownDocument: root.querySelector('[part="title"]').ownerDocument === document,
        blockquote: getComputedStyle(root.querySelector('blockquote')).fontStyle,
        toggle: getComputedStyle(root.querySelector('[part="toggle"]')).cursor,
      };
    });
    assert.deepEqual(styles, { sheets: 1, ownDocument: true, blockquote: 'italic', toggle: 'pointer' });
  });

  test('a click and the keyboard toggle a quote', async () => {
    const toggle = frame.locator('figure[data-quote-id="quote-1"] [part="toggle"]');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await toggle.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(await inner(() => window.events.splice(0)), ['quote-1 true true', 'quote-1 false true']);
  });

  test('a speaker button focuses their quote in the iframe', async () => {
    const button = frame.locator('nav[part="speakers"] button').nth(1);
    const target = await button.getAttribute('data-target');
    await button.click();
    const focused = await inner(() => document.getElementById('host').shadowRoot.activeElement?.id);
    assert.equal(focused, target);
  });

  test("the iframe's own #quote-N opens a quote; the top page's does not", async () => {
    const [, top, own] = await inner(() =>
      [...document.getElementById('host').shadowRoot.querySelectorAll('figure')].map((f) => f.dataset.quoteId),
    );
    await page.evaluate((id) => {
      location.hash = `#${id}`;
    }, top);
    await page.waitForFunction((id) => location.hash === `#${id}`, top);
    // The top page's hashchange has run by the time the iframe's does.
    await inner((id) => {
      location.hash = `#${id}`;
      return new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    }, own);
    assert.equal(await expanded(top), 'false');
    assert.equal(await expanded(own), 'true');
    assert.deepEqual(await inner(() => window.events.splice(0)), [`${own} true true`]);
  });

  test('destroy() leaves no nodes, styles or listeners', async () => {
    const toggle = frame.locator('figure[data-quote-id="quote-1"] [part="toggle"]');
    const left = await page.evaluate(() => {
      const inner = document.querySelector('iframe').contentWindow;
      const root = inner.document.getElementById('host').shadowRoot;
      const figure = root.querySelector('figure[data-quote-id="quote-1"]');
      window.widget.destroy();
      const after = { nodes: root.childNodes.length, sheets: root.adoptedStyleSheets.length };
      // An old quote put back: nothing listens to it any more.
      root.append(figure);
      return after;
    });
    assert.deepEqual(left, { nodes: 0, sheets: 0 });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await inner(() => {
      location.hash = '#quote-1';
      return new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    });
    assert.deepEqual(await inner(() => window.events), []);
    assert.deepEqual(page.errors, [], 'console errors');
  });
});
