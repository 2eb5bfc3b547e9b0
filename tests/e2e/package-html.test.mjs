// Client 2: a plain HTML page (tests/clients/html) with one module script
// and <article-widget> tags, loading the package's own files from the
// unpacked tarball, served under the strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { CSP } from './serve.mjs';
import { WWW, newPage, setup, waitRendered } from './helpers.mjs';
import {
  CLIENTS,
  SCRATCH,
  SEED,
  SEED_SPEAKERS,
  SEED_TITLE,
  unpackPackage,
  widgetSummary,
} from './package-clients.mjs';

const SITE = `${SCRATCH}html/`;

describe('plain HTML page using the package files', () => {
  let env;
  before(async () => {
    await mkdir(SITE, { recursive: true });
    await unpackPackage(SITE);
    await copyFile(`${CLIENTS}html/index.html`, `${SITE}index.html`);
    await copyFile(SEED, `${SITE}article.txt`);
    await copyFile(`${WWW}favicon.svg`, `${SITE}favicon.svg`);
    env = await setup({ root: SITE, csp: true });
  });
  after(() => env?.close());

  test('<article-widget src> and inline text both render under a strict CSP', async () => {
    const page = await newPage(env.browser);
    const response = await page.goto(env.url('index.html'));
    assert.equal(response.headers()['content-security-policy'], CSP);
    await waitRendered(page, page.locator('article-widget[data-state="ready"]#fetched'));
    await waitRendered(page, page.locator('article-widget[data-state="ready"]#inline'));

    const fetched = await widgetSummary(page.locator('#fetched'));
    assert.equal(fetched.title, SEED_TITLE);
    assert.equal(fetched.quotes, 5);
    assert.deepEqual(fetched.speakers, SEED_SPEAKERS);

    const inline = await widgetSummary(page.locator('#inline'));
    assert.equal(inline.title, 'Rail strike called off after overnight talks');
    assert.equal(inline.quotes, 1);
    // collapse-threshold="40" makes the one quote collapsible; the button works.
    const toggle = page.locator('#inline [part="toggle"]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });
});
