// The widget must work under a strict Content-Security-Policy (no inline
// script or style, Trusted Types required): served here with serve.mjs --csp.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoReady, newPage, setup, waitRendered } from './helpers.mjs';

describe('strict CSP', () => {
  let env;
  before(async () => {
    env = await setup({ csp: true });
  });
  after(() => env?.close());

  for (const path of ['index.html', 'embed.html']) {
    test(`${path} renders with no securitypolicyviolation`, async () => {
      const page = await newPage(env.browser);
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
        );
      });
      const response = await page.goto(env.url(path));
      assert.match(response.headers()['content-security-policy'], /require-trusted-types-for/);
      if (path === 'index.html') await demoReady(page);
      const title = page.locator('[part="title"]');
      await waitRendered(page, title);
      assert.notEqual((await title.textContent()).trim(), '');
      // Styles from the widget's constructable stylesheet must apply too.
      const styled = await page
        .locator('[part="title"]')
        .evaluate((el) => el.getRootNode().adoptedStyleSheets?.length > 0);
      assert.ok(styled, 'the widget adopted its stylesheet');
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(page.errors, [], 'console errors');
      await page.context().close();
    });
  }
});
