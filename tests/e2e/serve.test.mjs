// The static server the demo and these tests use: MIME types the browser
// insists on, no way out of the served root, optional security headers.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { start } from './serve.mjs';

const FILES = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'define.mjs': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
  'article.txt': 'text/plain; charset=utf-8',
  'widget.wasm': 'application/wasm',
};

// A raw GET, so that paths like /../ reach the server unnormalised.
function get(url, path) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url), { path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve.mjs', () => {
  let dir;
  let plain;
  let strict;
  // <tmp>/secret.txt sits beside the served <tmp>/root, reachable only by
  // escaping it; <tmp>/packages stands for the main checkout's packages,
  // which a worktree's root/tests/e2e/node_modules links to.
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'serve-test-'));
    const root = join(dir, 'root');
    await mkdir(join(root, 'sub'), { recursive: true });
    await mkdir(join(root, 'tests', 'e2e'), { recursive: true });
    await mkdir(join(dir, 'packages', 'pkg'), { recursive: true });
    await writeFile(join(dir, 'secret.txt'), 'secret');
    await writeFile(join(dir, 'packages', 'pkg', 'index.js'), 'export {};');
    await symlink(join(dir, 'secret.txt'), join(dir, 'packages', 'pkg', 'secret.js'));
    await symlink(join(dir, 'packages'), join(root, 'tests', 'e2e', 'node_modules'));
    await symlink(join(dir, 'packages'), join(root, 'sub', 'node_modules'));
    for (const name of Object.keys(FILES)) await writeFile(join(root, name), name);
    await symlink(join(dir, 'secret.txt'), join(root, 'sub', 'link.txt'));
    plain = await start({ root });
    strict = await start({ root, csp: true, isolate: true });
  });
  after(async () => {
    await plain?.close();
    await strict?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only', () => {
    assert.match(plain.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves files with the MIME types browsers require', async () => {
    for (const [name, type] of Object.entries(FILES)) {
      const res = await get(plain.url, `/${name}`);
      assert.equal(res.statusCode, 200, name);
      assert.equal(res.headers['content-type'], type, name);
    }
    assert.equal((await get(plain.url, '/')).headers['content-type'], FILES['index.html']);
  });

  test('never serves anything outside the root', async () => {
    const escapes = ['/../secret.txt', '/..%2fsecret.txt', '/sub/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/sub/link.txt'];
    for (const path of escapes) {
      const res = await get(plain.url, path);
      assert.ok([403, 404].includes(res.statusCode), `${path} gave ${res.statusCode}`);
    }
    assert.equal((await get(plain.url, '/..%2fsecret.txt')).statusCode, 403);
    assert.equal((await get(plain.url, '/sub/link.txt')).statusCode, 403);
    assert.equal((await get(plain.url, '/nope.txt')).statusCode, 404);
  });

  test('follows only the packages link of tests/e2e, and only into its target', async () => {
    const served = await get(plain.url, '/tests/e2e/node_modules/pkg/index.js');
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], FILES['app.js']);
    // The same target through another link, a link out of the target, and
    // `..` out of the link by name.
    for (const path of [
      '/sub/node_modules/pkg/index.js',
      '/tests/e2e/node_modules/pkg/secret.js',
      '/tests/e2e/node_modules/..%2f..%2f..%2fsecret.txt',
      '/tests/e2e/node_modules/../../../../secret.txt',
    ]) {
      const res = await get(plain.url, path);
      assert.ok([403, 404].includes(res.statusCode), `${path} gave ${res.statusCode}`);
    }
    assert.equal((await get(plain.url, '/tests/e2e/node_modules/pkg/secret.js')).statusCode, 403);
  });

  test('adds CSP and isolation headers only when asked', async () => {
    const relaxed = await get(plain.url, '/');
    assert.equal(relaxed.headers['content-security-policy'], undefined);
    assert.equal(relaxed.headers['cross-origin-opener-policy'], undefined);
    const res = await get(strict.url, '/');
    assert.equal(
      res.headers['content-security-policy'],
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'",
    );
    assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
    assert.equal(res.headers['cross-origin-embedder-policy'], 'require-corp');
  });
});
