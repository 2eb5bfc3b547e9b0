// Several widgets on one page stay independent (issue 5): unique ids,
// aria-controls that resolve inside their own widget, and toggles, focus,
// expand-all and host events that never cross from one widget to another —
// with mount() widgets and an <article-widget> side by side, before and
// after one of them is destroyed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newPage, setup, waitRendered } from './helpers.mjs';

const HOSTS = ['a', 'b', 'c', 'element'];

describe('several widgets on one page', () => {
  let env;
  let page;

  before(async () => {
    env = await setup();
    page = await newPage(env.browser);
    await page.goto(env.url('embed.html'));
    await waitRendered(page, page.locator('article-widget [part="title"]'));
    await page.evaluate(async () => {
      const { mount } = await import('/pkg/article_widget.js');
      const seed = await (await fetch('/articles/ru-lavrov-aleppo.txt')).text();
      const related = [{ title: 'Хост', url: 'https://example.org/host' }];
      window.widgets = {};
      window.events = [];
      for (const name of ['a', 'b', 'c']) {
        const host = document.body.appendChild(document.createElement('div'));
        host.id = `host-${name}`;
        window.widgets[name] = mount(host, seed, { related });
      }
      document.querySelector('article-widget').id = 'host-element';
      for (const host of document.querySelectorAll('[id^="host-"]')) {
        for (const type of ['article-widget:quote-toggle', 'article-widget:link-click']) {
          host.addEventListener(type, (event) => {
            if (type.endsWith('link-click')) event.preventDefault();
            window.events.push(`${host.id} ${type.split(':')[1]} ${JSON.stringify(event.detail)}`);
          });
        }
      }
    });
  });
  after(async () => {
    await page?.context().close();
    await env?.close();
  });

  const root = (name) => page.locator(`#host-${name}`);
  const expanded = (name) =>
    page.evaluate(
      (id) => [...document.getElementById(id).shadowRoot.querySelectorAll('figure[data-expanded]')].map((f) => f.dataset.expanded),
      `host-${name}`,
    );
  const takeEvents = () => page.evaluate(() => window.events.splice(0));

  test('ids are unique across the page and references stay inside their widget', async () => {
    const report = await page.evaluate(() => {
      const ids = [];
      const broken = [];
      for (const host of document.querySelectorAll('[id^="host-"]')) {
        const shadow = host.shadowRoot;
        for (const el of shadow.querySelectorAll('[id]')) ids.push(el.id);
        for (const el of shadow.querySelectorAll('[aria-controls], [aria-labelledby], [data-target]')) {
          for (const attr of ['aria-controls', 'aria-labelledby', 'data-target']) {
            const ref = el.getAttribute(attr);
            if (ref !== null && !shadow.getElementById(ref)) broken.push(`${host.id} ${attr}=${ref}`);
          }
        }
      }
      return { ids, broken, hosts: document.querySelectorAll('[id^="host-"]').length };
    });
    assert.equal(report.hosts, HOSTS.length);
    assert.ok(report.ids.length > 4 * HOSTS.length, `ids found: ${report.ids.length}`);
    const duplicates = report.ids.filter((id, i) => report.ids.indexOf(id) !== i);
    assert.deepEqual(duplicates, [], 'ids used by more than one widget');
    assert.deepEqual(report.broken, []);
  });

  test('a toggle changes only its own widget and tells only its own host', async () => {
    const initial = await Promise.all(HOSTS.map(expanded));
    assert.ok(initial.every((states) => states.length > 0 && states.every((s) => s === 'false')), 'all start collapsed');
    await root('b').locator('[part="toggle"]').first().click();
    assert.deepEqual(await expanded('b'), ['true', ...initial[1].slice(1)]);
    for (const other of ['a', 'c', 'element']) assert.deepEqual(await expanded(other), initial[HOSTS.indexOf(other)]);
    const events = await takeEvents();
    assert.equal(events.length, 1, events.join('\n'));
    assert.match(events[0], /^host-b quote-toggle \{"quoteId":"quote-\d+","expanded":true\}$/);

    await root('element').locator('[part="toggle"]').first().press('Enter');
    assert.deepEqual(await expanded('element'), ['true', ...initial[3].slice(1)]);
    assert.deepEqual(await expanded('a'), initial[0]);
    assert.deepEqual((await takeEvents()).map((e) => e.split(' ')[0]), ['host-element']);
  });

  test('expand-all and expandAll() act on one widget only', async () => {
    await root('a').locator('[part="expand-all"]').click();
    assert.ok((await expanded('a')).every((s) => s === 'true'));
    assert.ok((await expanded('c')).every((s) => s === 'false'));
    assert.ok((await takeEvents()).every((e) => e.startsWith('host-a ')));

    await page.evaluate(() => window.widgets.c.expandAll());
    assert.ok((await expanded('c')).every((s) => s === 'true'));
    const [first, ...rest] = await expanded('b');
    assert.ok(first === 'true' && rest.every((s) => s === 'false'), 'b keeps its own state');
    assert.ok((await takeEvents()).every((e) => e.startsWith('host-c ')));
  });

  test('a speaker button focuses a quote of its own widget', async () => {
    await root('c').locator('[part="speakers"] button').first().click();
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      return { host: host.id, part: host.shadowRoot?.activeElement?.getAttribute('part') };
    });
    assert.deepEqual(focused, { host: 'host-c', part: 'quote' });
  });

  test('a related link click reaches only its own host', async () => {
    await root('a').locator('[part="related-link"]').last().click();
    const events = await takeEvents();
    assert.equal(events.length, 1, events.join('\n'));
    assert.match(events[0], /^host-a link-click \{"url":"https:\/\/example\.org\/host","title":"Хост"\}$/);
  });

  test('destroying one widget leaves the others working', async () => {
    await page.evaluate(() => window.widgets.b.destroy());
    assert.equal(await page.evaluate(() => document.getElementById('host-b').shadowRoot.childElementCount), 0);
    await page.evaluate(() => window.widgets.a.collapseAll());
    await takeEvents();
    await root('a').locator('[part="toggle"]').nth(1).click();
    assert.equal((await expanded('a'))[1], 'true');
    await root('element').locator('[part="toggle"]').nth(1).click();
    assert.deepEqual((await takeEvents()).map((e) => e.split(' ')[0]), ['host-a', 'host-element']);
    assert.deepEqual(page.errors, [], 'console errors');
  });
});
