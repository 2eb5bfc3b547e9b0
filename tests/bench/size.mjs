// Sizes of what a page loads for the widget, raw, gzip -9 and brotli (node's
// zlib, quality 11): the .wasm (which carries the stylesheet), the JS glue,
// the DOM builder it imports and the <article-widget> entry. Used by scripts/bench.sh (the table) and
// tests/e2e/size.test.mjs (the budget).
//   node tests/bench/size.mjs [pkg-dir]   → JSON on stdout
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const PKG = fileURLToPath(new URL('../../www/pkg/', import.meta.url));

/** At most this many gzip bytes for everything a page loads. */
export const BUDGET_GZIP = 40 * 1024;

/** What a page loads: the one-tag embed imports all of these. */
export const SHIPPED = ['article_widget_bg.wasm', 'article_widget.js', 'dom.js', 'define.js'];

function measure(name, bytes) {
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** `{ files: [{name, raw, gzip, brotli}], total: {...} }` for `dir`. */
export async function sizes(dir = PKG) {
  const files = [];
  for (const name of SHIPPED) {
    files.push(measure(name, await readFile(join(dir, name))));
  }
  const total = { name: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    for (const key of ['raw', 'gzip', 'brotli']) total[key] += file[key];
  }
  return { files, total };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await sizes(process.argv[2] ?? PKG), null, 2));
}
