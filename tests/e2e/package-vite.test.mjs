// Client 1: a Vite + TypeScript app (tests/clients/vite) that installs the
// packed tarball like any user, type-checks against the package's .d.ts,
// builds with `vite build`, and whose built page renders the seed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newPage, setup, waitRendered } from './helpers.mjs';
import {
  CLIENTS,
  SCRATCH,
  SEED_SPEAKERS,
  SEED_TITLE,
  installPackage,
  run,
  widgetSummary,
} from './package-clients.mjs';

const APP = `${CLIENTS}vite/`;
const bin = (name) => `${APP}node_modules/.bin/${name}`;

describe('Vite app using the npm package', () => {
  let env;
  before(async () => {
    await installPackage(APP);
  });
  after(() => env?.close());

  test('type-checks against the package types (tsc --noEmit, strict)', async () => {
    await run(bin('tsc'), ['--noEmit', '-p', APP], { cwd: APP });
  });

  test('builds with vite build and the built page renders the seed', async () => {
    const { stdout } = await run(bin('vite'), ['build'], { cwd: APP });
    assert.match(stdout, /\.wasm\s/, 'vite emits the wasm as an asset');

    env = await setup({ root: `${SCRATCH}vite` });
    const page = await newPage(env.browser);
    await page.goto(env.url('index.html'));
    const host = page.locator('#widget');
    await waitRendered(page, page.locator('#widget:not([data-state="loading"])'));
    assert.equal(await host.getAttribute('data-state'), 'ready', page.errors.join('; '));
    const summary = await widgetSummary(host);
    assert.equal(summary.title, SEED_TITLE);
    assert.equal(summary.quotes, 5);
    assert.deepEqual(summary.speakers, SEED_SPEAKERS);
    assert.match(summary.datetime, /^2016-05-03T15:51/);
    assert.deepEqual(page.errors, [], 'console errors');
  });
});
