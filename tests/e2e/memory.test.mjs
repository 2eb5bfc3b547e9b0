// Memory stays flat (issue 5): 1,000 mount/destroy cycles and 1,000 updates
// in Chromium, measured after forced garbage collection — the wasm linear
// memory (the module's exported memory), the JS heap and the DOM counters
// (nodes, event listeners) through the DevTools protocol.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { WWW, newPage, setup } from './helpers.mjs';

const CYCLES = 1000;
/**
 * Growth allowed after warm-up. A leak of 100 bytes a cycle would add
 * 100 KB over 1,000 cycles; one wasm page (64 KB) or 100 KB of heap is
 * allocator and JIT slack.
 */
const WASM_TOLERANCE = 64 * 1024;
const HEAP_TOLERANCE = 100 * 1024;
const NODE_TOLERANCE = 0;

const ARTICLES = await Promise.all(
  ['ru-lavrov-aleppo.txt', 'en-reuters-rail.txt'].map((name) => readFile(`${WWW}articles/${name}`, 'utf8')),
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

describe('memory stays flat', () => {
  let env;
  let page;
  let cdp;

  before(async () => {
    env = await setup();
    page = await newPage(env.browser);
    await page.goto(env.url('embed.html'));
    await page.evaluate(async (articles) => {
      const module = await import('/pkg/article_widget.js');
      // init() resolves to the wasm exports, memory included.
      const exports = await module.default();
      window.memoryTest = { module, exports, articles, host: null };
    }, ARTICLES);
    cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
  });
  after(async () => {
    await page?.context().close();
    await env?.close();
  });

  /** Collects garbage (twice, so finalizers that free wasm objects run) and reads every gauge. */
  async function measure() {
    for (let i = 0; i < 2; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
    }
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const wasm = await page.evaluate(() => window.memoryTest.exports.memory.buffer.byteLength);
    return { wasm, heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
  }

  function log(name, before, after) {
    console.log(
      `${name}: wasm ${kb(before.wasm)} → ${kb(after.wasm)}, JS heap ${kb(before.heap)} → ${kb(after.heap)}, ` +
        `DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`,
    );
  }

  function assertFlat(name, before, after) {
    log(`${name} (${CYCLES}, measured)`, before, after);
    assert.ok(after.wasm - before.wasm <= WASM_TOLERANCE, `${name}: wasm memory grew by ${kb(after.wasm - before.wasm)}`);
    assert.ok(after.heap - before.heap <= HEAP_TOLERANCE, `${name}: JS heap grew by ${kb(after.heap - before.heap)}`);
    assert.ok(after.nodes - before.nodes <= NODE_TOLERANCE, `${name}: ${after.nodes - before.nodes} DOM nodes more`);
    assert.equal(after.listeners, before.listeners, `${name}: event listeners`);
  }

  /** Runs `cycles` mount/destroy cycles, half on one reused host, half on fresh hosts. */
  const mountCycles = (cycles) =>
    page.evaluate((n) => {
      const { module, articles } = window.memoryTest;
      const reused = document.body.appendChild(document.createElement('div'));
      for (let i = 0; i < n; i++) {
        const host = i % 2 ? reused : document.body.appendChild(document.createElement('div'));
        const widget = module.mount(host, articles[i % 2], { theme: 'dark' });
        widget.expandAll();
        widget.destroy();
        if (host !== reused) host.remove();
      }
      reused.remove();
    }, cycles);

  test(`${CYCLES} mount/destroy cycles`, async () => {
    // Warm-up at full size: destroyed widgets' handles are freed only when
    // the JS wrappers are collected, so the first run sets the high-water
    // mark of the (never shrinking) wasm memory; a leak grows it again.
    const start = await measure();
    await mountCycles(CYCLES);
    const before = await measure();
    log('mount/destroy warm-up', start, before);
    await mountCycles(CYCLES);
    assertFlat('mount/destroy', before, await measure());
  });

  test(`${CYCLES} updates of one widget`, async () => {
    const updates = (n) =>
      page.evaluate((count) => {
        const state = window.memoryTest;
        state.host ??= document.body.appendChild(document.createElement('div'));
        state.widget ??= state.module.mount(state.host, state.articles[0]);
        for (let i = 0; i < count; i++) {
          state.widget.update(state.articles[i % 2]);
          if (i % 10 === 0) state.widget.expandAll();
        }
      }, n);
    const start = await measure();
    await updates(CYCLES);
    const before = await measure();
    log('update warm-up', start, before);
    await updates(CYCLES);
    assertFlat('update', before, await measure());
  });
});
