// Browser benchmarks in headless Debian chromium: the repository served on
// 127.0.0.1, cross-origin isolated (5 µs timers), pages in tests/bench/.
//   node tests/bench/browser.mjs [--runs 300] [--loads 20]   → JSON on stdout
// Progress goes to stderr.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { newPage, setup } from '../e2e/helpers.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '300' },
    loads: { type: 'string', default: '20' },
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
 * Navigation start → `<article-widget>` rendered (one-tag embed, nothing
 * cached: the server says no-store), the same with the preload hints a page
 * can add (cold-hints.html), and blank.html, a page with one module script
 * and no widget, loads alternating. One page navigated again and again, so a
 * renderer process start is not counted; the first round is a warm-up. Also when the .wasm and the article text
 * finished downloading.
 */
async function coldStart(browser, url) {
  const names = ['cold', 'cold-hints', 'blank'];
  log(`cold start: ${LOADS} loads each of ${names.map((n) => `${n}.html`).join(', ')}`);
  const page = await newPage(browser);
  const loads = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i <= LOADS; i += 1) {
    for (const name of i % 2 ? names : [...names].reverse()) {
      await page.goto(url(`tests/bench/${name}.html`));
      const handle = await page.waitForFunction(() => {
        if (performance.getEntriesByName('widget-failed').length) return { failed: true };
        const [rendered] = performance.getEntriesByName('widget-rendered');
        if (!rendered) return null;
        const loaded = (suffix) =>
          performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix))?.responseEnd ?? NaN;
        return { rendered: rendered.startTime, wasm: loaded('.wasm'), text: loaded('.txt') };
      });
      const load = await handle.jsonValue();
      failIfErrors(page, `${name}.html`);
      if (load.failed) throw new Error(`${name}.html: the widget failed to render`);
      if (i > 0) loads[name].push(load);
    }
  }
  await page.context().close();
  const times = loads.cold.map((l) => l.rendered);
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    hints: median(loads['cold-hints'].map((l) => l.rendered)),
    blank: median(loads.blank.map((l) => l.rendered)),
    wasmLoaded: median(loads.cold.map((l) => l.wasm)),
    textLoaded: median(loads.cold.map((l) => l.text)),
    loads: LOADS,
  };
}

const env = await setup({ root: REPO, isolate: true });
try {
  const render = await renderRuns(env.browser, env.url);
  const cold = await coldStart(env.browser, env.url);
  console.log(JSON.stringify({ runs: RUNS, ...render, cold }, null, 2));
} finally {
  await env.close();
}
