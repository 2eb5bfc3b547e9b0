// Shared setup for the end-to-end tests: Debian's chromium driven by
// playwright-core (never a downloaded browser), www/ served on 127.0.0.1,
// console-error capture and axe-core.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start } from './serve.mjs';

const require = createRequire(import.meta.url);

export const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
const AXE = require.resolve('axe-core/axe.min.js');

// Flags verified on this machine kind (TOOLCHAIN.md); root needs --no-sandbox.
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** A browser and a server for one test file; `close()` stops both. */
export async function setup(serveOptions = {}) {
  const server = await start({ root: WWW, ...serveOptions });
  const browser = await chromium.launch(LAUNCH);
  return {
    url: (path) => new URL(path, server.url).href,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh page that records console errors and uncaught exceptions in
 * `page.errors`. Short timeouts: a missing element should fail fast.
 */
export async function newPage(browser, { colorScheme = 'light' } = {}) {
  const context = await browser.newContext({
    colorScheme,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) page.errors.push(`http: ${res.status()} ${res.url()}`);
  });
  return page;
}

/** Opens the demo and waits until the widget rendered. */
export async function openDemo(page, url) {
  await page.goto(url);
  return demoReady(page);
}

/** Waits until the demo's widget rendered; throws what the page reported if it failed. */
export async function demoReady(page) {
  failFast(page);
  const host = page.locator('#widget');
  await waitRendered(page, page.locator('#widget:not([data-state="loading"])'));
  if ((await host.getAttribute('data-state')) !== 'ready') {
    const status = await page.locator('#status').textContent();
    throw new Error(`demo did not render: ${status}; page errors: ${page.errors.join('; ')}`);
  }
  return host;
}

/**
 * Waits for `locator` to be in the DOM. Module scripts run before `load`, so
 * a page that failed to even start has reported it by now: fail at once
 * with its errors instead of waiting for a timeout.
 */
export async function waitRendered(page, locator) {
  failFast(page);
  try {
    await locator.waitFor({ state: 'attached' });
  } catch (err) {
    throw new Error(`${err.message.split('\n')[0]}; page errors: ${page.errors.join('; ') || 'none'}`);
  }
}

function failFast(page) {
  const crashed = page.errors.filter((e) => /^(pageerror|http):/.test(e));
  if (crashed.length) throw new Error(`the page failed: ${crashed.join('; ')}`);
}

/** Runs axe-core on the whole page (open shadow roots included). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
