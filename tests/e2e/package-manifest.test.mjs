// The packed tarball itself: what it contains and what its package.json
// promises (entries, types first, files whitelist, side effects, version).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { ROOT, SCRATCH, run, tarball, unpackPackage } from './package-clients.mjs';

describe('the npm tarball', () => {
  let dir;
  let pkg;
  let listed;
  before(async () => {
    const { stdout } = await run('tar', ['-tzf', await tarball()]);
    listed = stdout.trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
    dir = await unpackPackage(`${SCRATCH}manifest/`);
    pkg = JSON.parse(await readFile(`${dir}package.json`, 'utf8'));
  });

  test('is article-widget at the Cargo.toml version, an ES module package', async () => {
    const cargo = await readFile(`${ROOT}Cargo.toml`, 'utf8');
    assert.equal(pkg.name, 'article-widget');
    assert.equal(pkg.version, cargo.match(/^version\s*=\s*"([^"]+)"/m)[1]);
    assert.equal(pkg.type, 'module');
  });

  test('holds exactly the whitelisted files, the manifest and the README', () => {
    assert.deepEqual(listed, [...pkg.files, 'package.json', 'README.md'].sort());
  });

  test('every export condition lists "types" first and points at a packed file', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        assert.ok(listed.includes(target.slice(2)) || target === './package.json', entry);
        continue;
      }
      assert.equal(Object.keys(target)[0], 'types', `${entry}: "types" must come first`);
      for (const file of Object.values(target)) assert.ok(listed.includes(file.slice(2)), file);
    }
    assert.deepEqual(Object.keys(pkg.exports).slice(0, 3), ['.', './define', './node']);
  });

  test('only the define entry has side effects; the main entry touches no DOM on import', async () => {
    assert.deepEqual(pkg.sideEffects, ['./define.js']);
    // Node has no DOM: an import that registered anything would throw here.
    const main = await import(`${dir}article_widget.js`);
    assert.equal(typeof main.default, 'function', 'init');
    assert.equal(typeof main.mount, 'function');
    assert.equal(globalThis.customElements, undefined);
  });

  test('ships the README and the stylesheet the server-side HTML links to', async () => {
    const readme = await readFile(`${dir}README.md`, 'utf8');
    assert.match(readme, /^# article-widget/);
    assert.equal(
      await readFile(`${dir}article-widget.css`, 'utf8'),
      await readFile(`${ROOT}src/render/widget.css`, 'utf8'),
    );
  });
});
