// Browser benchmarks in headless Debian chromium: the repository served on
// 127.0.0.1, cross-origin isolated (5 µs timers), pages in tests/bench/.
//   node tests/bench/browser.mjs [--runs 300] [--loads 20] [--only render|cold]   → JSON on stdout
// Progress goes to stderr.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { newPage, setup } from '../e2e/helpers.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '300' },
    loads: { type: 'string', default: '20' },
    only: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const LOADS = Number(values.loads);
// Fewer runs for the long articles: one 1,000-paragraph render is ~100 seeds.
const SCALING = { 10: RUNS, 100: Math.max(50, RUNS >> 1), 1000: Math.max(30, RUNS >> 3) };

const log = (message) => process.stderr.write(`bench: ${message}\n`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function failIfErrors(page, what) {
  if (page.errors.length) throw new Error(`${what}: the page reported errors:\n${page.errors.join('\n')}`);
}

async function renderRuns(browser, url) {
  const page = await newPage(browser);
  await page.goto(url('tests/bench/render.html'));
  const isolated = await page.evaluate(async () => (await window.bench).isolated);
  if (!isolated) throw new Error('the bench page is not cross-origin isolated (timers would be 100 µs)');
  log(`seed: widget vs peer, ${RUNS} interleaved runs each`);
  const seed = await page.evaluate(async (runs) => (await window.bench).seedRuns(runs), RUNS);
  log(`scaling: ${Object.entries(SCALING).map(([n, r]) => `${n} paragraphs × ${r}`).join(', ')}`);
  const scaling = await page.evaluate(async (runs) => (await window.bench).scaling(runs), SCALING);
  failIfErrors(page, 'render.html');
  await page.context().close();
  return { seed, scaling };
}

/**
 * One load of `url` in `page`: navigation start → the `widget-rendered`
 * mark, and when define.js, the glue, the .wasm and the article text
 * finished downloading (where the time before the render went). The
 * page says on the console when it is done (cold.mjs, blank.mjs): waiting
 * for that adds nothing to the page while it loads, where polling it
 * (`waitForFunction`) ran the driver's scripts in it every frame.
 */
async function coldLoad(page, url, name) {
  const done = page.waitForEvent('console', (m) => m.text().startsWith('bench: widget-'));
  await page.goto(url, { waitUntil: 'commit' });
  const message = await done;
  failIfErrors(page, name);
  if (!message.text().endsWith('rendered')) throw new Error(`${name}: the widget failed to render`);
  return page.evaluate(() => {
    const loaded = (suffix) =>
      performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix))?.responseEnd ?? NaN;
    const [rendered] = performance.getEntriesByName('widget-rendered');
    return {
      rendered: rendered.startTime,
      define: loaded('/define.js'),
      glue: loaded('/article_widget.js'),
      wasm: loaded('.wasm'),
      text: loaded('.txt'),
    };
  });
}

/**
 * tests/bench/`name`.html as the bench loads it, written to target/bench/:
 * its measuring script (cold.mjs, blank.mjs) inline, so that the page's
 * only requests are the widget's, as on a news site's page; with `text`,
 * the seed inline (`<script type="text/plain">`) instead of `src`, the
 * other embed mode.
 */
async function benchPage(name, { text = false } = {}) {
  let html = await readFile(`${REPO}tests/bench/${name}.html`, 'utf8');
  for (const [tag, file] of html.matchAll(/<script type="module" src="(\w+\.mjs)"><\/script>/g)) {
    const script = await readFile(`${REPO}tests/bench/${file}`, 'utf8');
    html = html.replace(tag, `<script type="module">\n${script}</script>`);
  }
  if (text) {
    const seed = await readFile(`${REPO}tests/fixtures/ru-lavrov-aleppo.txt`, 'utf8');
    if (/<\/script|<!--/i.test(seed)) throw new Error('the seed cannot be inlined in a <script> as it is');
    html = html.replace(
      /<article-widget src="[^"]*"><\/article-widget>/,
      `<article-widget><script type="text/plain">${seed}</script></article-widget>`,
    );
    if (!html.includes('type="text/plain"')) throw new Error(`${name}.html: no <article-widget src> to inline`);
  }
  // Written elsewhere, the page must not refer to anything by a relative URL.
  const relative = html.match(/\b(?:src|href)="(?!\/|data:)[^"]*"/);
  if (relative) throw new Error(`${name}.html: relative ${relative[0]}`);
  const path = `target/bench/${name}${text ? '-inline' : ''}.html`;
  await mkdir(`${REPO}target/bench`, { recursive: true });
  await writeFile(`${REPO}${path}`, html);
  return path;
}

/**
 * Navigation start → `<article-widget>` rendered, nothing cached over HTTP
 * (the server says no-store): the one-tag embed (cold.html), the same with
 * the text inline, with the preload hints a page can add (cold-hints.html),
 * and blank.html, a page with one module script and no widget, loads
 * alternating. One page navigated again and again, so its renderer process
 * is reused: ICU's data, V8's caches of compiled code and modules stay warm
 * from the loads before ("renderer reused"). Then the one-tag embed and
 * blank.html each in a new browser context (a new renderer, all of that
 * cold: a first visit), served without the cross-origin-isolation headers,
 * which would make Chromium start yet another process within the
 * navigation. The first round of each is a warm-up.
 */
async function coldStart(browser, url, plainUrl) {
  const pages = {
    cold: await benchPage('cold'),
    'cold-inline': await benchPage('cold', { text: true }),
    'cold-hints': await benchPage('cold-hints'),
    blank: await benchPage('blank'),
  };
  const names = Object.keys(pages);
  // The machine's load beside each figure: on 2 shared cores it moves them.
  const load = [loadavg()[0]];
  log(`cold start: ${LOADS} loads each of ${names.join(', ')}, renderer reused`);
  const page = await newPage(browser);
  const loads = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i <= LOADS; i += 1) {
    for (const name of i % 2 ? names : [...names].reverse()) {
      const load = await coldLoad(page, url(pages[name]), name);
      if (i > 0) loads[name].push(load);
    }
  }
  await page.context().close();

  const fresh = { cold: [], blank: [] };
  log(`cold start: ${LOADS} loads each of cold, blank, a new renderer each`);
  for (let i = 0; i <= LOADS; i += 1) {
    for (const name of i % 2 ? ['cold', 'blank'] : ['blank', 'cold']) {
      const own = await newPage(browser);
      await own.goto('about:blank');
      const load = await coldLoad(own, plainUrl(pages[name]), `${name} (new renderer)`);
      await own.context().close();
      if (i > 0) fresh[name].push(load);
    }
  }

  const summary = (list) => {
    const times = list.map((l) => l.rendered);
    return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
  };
  return {
    ...summary(loads.cold),
    inline: summary(loads['cold-inline']),
    hints: median(loads['cold-hints'].map((l) => l.rendered)),
    blank: median(loads.blank.map((l) => l.rendered)),
    defineLoaded: median(loads.cold.map((l) => l.define)),
    glueLoaded: median(loads.cold.map((l) => l.glue)),
    wasmLoaded: median(loads.cold.map((l) => l.wasm)),
    textLoaded: median(loads.cold.map((l) => l.text)),
    fresh: { ...summary(fresh.cold), blank: median(fresh.blank.map((l) => l.rendered)) },
    loads: LOADS,
    load: [...load, loadavg()[0]],
  };
}

/**
 * tests/e2e/serve.mjs serving the repository from a process of its own, as
 * a site's server is: in this process it would share its event loop with the
 * driver, which takes the protocol messages of the very page load it serves
 * (a small file took 5.6–6.7 ms from request to last byte in here, against
 * 1.7–2.6 ms apart, load 5.6). `{ url, close }`.
 */
async function serveApart(...flags) {
  const server = spawn(
    process.execPath,
    [`${REPO}tests/e2e/serve.mjs`, '--root', REPO, '--port', '0', ...flags],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = await Promise.race([
    once(server.stdout, 'data'),
    once(server, 'exit').then(([code]) => Promise.reject(new Error(`serve.mjs exited with ${code}`))),
  ]);
  const url = String(line).match(/http:\/\/[^\s/]+\//)?.[0];
  if (!url) throw new Error(`serve.mjs said: ${line}`);
  return { url, close: () => server.kill() };
}

const env = await setup({ root: REPO, isolate: true });
const servers = values.only === 'render' ? [] : await Promise.all([serveApart('--isolate'), serveApart()]);
try {
  const render = values.only === 'cold' ? {} : await renderRuns(env.browser, env.url);
  const at = (server) => (path) => new URL(path, server.url).href;
  const cold = values.only === 'render' ? undefined : await coldStart(env.browser, at(servers[0]), at(servers[1]));
  console.log(JSON.stringify({ runs: RUNS, ...render, cold }, null, 2));
} finally {
  await env.close();
  for (const server of servers) server.close();
}
