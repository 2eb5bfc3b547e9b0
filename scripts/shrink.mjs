// Shrinks what scripts/build.sh leaves in a pkg directory, without changing
// what any of it does:
// - the .wasm's imports get short names, in the module and in its JS glue
//   together. wasm-bindgen names each import after its JS function plus a
//   16-digit hash (`__wbg_setAttribute_f75317b2b5cabfb4`), written twice
//   (the .wasm's import section and the glue's import object), and gzip
//   cannot shrink the hashes. Exports keep their names (`init()` resolves
//   to them), except the closure callers wasm-bindgen names after their
//   Rust path and two hashes (`wasm_bindgen_8999…___convert__closures_____
//   invoke___web_sys_…`, 130 characters, four times in the glue): only the
//   glue calls them. The declarations get the new names too.
// - the shipped JS (glue, dom.js, define.js) is minified by terser as ES
//   modules: no comments or indentation, module-level names mangled. What
//   the modules export and import keeps its name, and object keys and
//   properties are never renamed, so the import object keyed by the names
//   above still matches the .wasm. The TypeScript declarations keep the
//   documentation.
//   node scripts/shrink.mjs www/pkg
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { fail, readName, readU32, rewriteSection, u32, wasmName } from './wasm-module.mjs';

// terser is a dependency of tests/e2e, where setup.sh installs the JS tooling.
const { minify } = createRequire(new URL('../tests/e2e/package.json', import.meta.url))('terser');

// wasm-bindgen's name for the export that calls a Rust closure from JS.
const CLOSURE_EXPORT = /^wasm_bindgen_[0-9a-f]{16}___convert__closures_/;

// a, b, …, Z, $, _, then two characters: keys of a JS object literal.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_';
function shortName(i) {
  let s = '';
  do {
    s = ALPHABET[i % ALPHABET.length] + s;
    i = Math.floor(i / ALPHABET.length) - 1;
  } while (i >= 0);
  return s;
}

/** The module with its import section renamed, and the old → new names. */
function renameImports(input) {
  const renamed = new Map();
  let module;
  const wasm = rewriteSection(input, 2, 'import', (count, first) => {
    const body = [...u32(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [mod, fieldAt] = readName(input, p);
      const [field, descAt] = readName(input, fieldAt);
      p = descAt;
      if (input[p] !== 0) fail(`import ${mod}.${field} is not a function; teach this script its encoding`);
      const descEnd = readU32(input, p + 1)[1];
      if (module !== undefined && mod !== module) fail(`imports from two modules: ${module}, ${mod}`);
      module = mod;
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      body.push(...wasmName('a'), ...wasmName(renamed.get(field)), ...input.subarray(p, descEnd));
      p = descEnd;
    }
    return { body, next: p };
  });
  if (module === undefined) fail('no imports found');
  return { wasm, module, renamed };
}

/** The module with its closure-caller exports renamed, and old → new. */
function renameClosureExports(input) {
  const renamed = new Map();
  const wasm = rewriteSection(input, 7, 'export', (count, first) => {
    const body = [...u32(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      let [name, descAt] = readName(input, p);
      p = descAt;
      const descEnd = readU32(input, p + 1)[1];
      if (CLOSURE_EXPORT.test(name)) {
        const short = `__wbg_cb${renamed.size}`;
        renamed.set(name, short);
        name = short;
      }
      body.push(...wasmName(name), ...input.subarray(p, descEnd));
      p = descEnd;
    }
    return { body, next: p };
  });
  return { wasm, renamed };
}

/** `text` with every old name of `renamed` replaced; `file` must name each. */
function renameEverywhere(text, renamed, file) {
  for (const [long, short] of renamed) {
    if (text.includes(short)) fail(`${file} already has a ${short}`);
    const parts = text.split(long);
    if (parts.length < 2) fail(`${file} does not name ${long}`);
    text = parts.join(short);
  }
  return text;
}

/** The glue's import object (`name: function(`) and its module key renamed. */
function renameGlueImports(glue, module, renamed) {
  for (const [long, short] of renamed) {
    const key = new RegExp(`^(\\s+)${long.replace(/\$/g, '\\$')}: function\\b`, 'm');
    if (!key.test(glue)) fail(`the glue has no import function ${long}`);
    glue = glue.replace(key, `$1${short}: function`);
    if (glue.includes(long)) fail(`the glue names ${long} elsewhere too`);
  }
  const moduleKey = `${JSON.stringify(module)}: import0`;
  if (glue.split(moduleKey).length !== 2) fail(`the glue does not key its imports as ${moduleKey}`);
  return glue.replace(moduleKey, '"a": import0');
}

// A second compress pass finds a little more (-14 B gzip on the glue);
// a third finds nothing. The `@ts-self-types` comment stays: it points
// TypeScript at the declarations.
const TERSER = { module: true, compress: { passes: 2 }, format: { comments: /@ts-self-types/ } };

/** `js` minified (`file` names it in errors). */
async function minified(js, file) {
  try {
    return (await minify(js, TERSER)).code;
  } catch (error) {
    fail(`${file}: terser: ${error.message}`);
  }
}

const dir = process.argv[2] ?? fail('usage: node scripts/shrink.mjs PKG_DIR');
const wasmPath = join(dir, 'article_widget_bg.wasm');
const gluePath = join(dir, 'article_widget.js');

const { wasm, module, renamed } = renameImports(readFileSync(wasmPath));
const exported = renameClosureExports(wasm);
writeFileSync(wasmPath, exported.wasm);
let glue = renameGlueImports(readFileSync(gluePath, 'utf8'), module, renamed);
glue = renameEverywhere(glue, exported.renamed, gluePath);
writeFileSync(gluePath, await minified(glue, gluePath));
for (const file of ['article_widget.d.ts', 'article_widget_bg.wasm.d.ts']) {
  const path = join(dir, file);
  if (existsSync(path)) writeFileSync(path, renameEverywhere(readFileSync(path, 'utf8'), exported.renamed, path));
}
for (const file of ['dom.js', 'define.js']) {
  const path = join(dir, file);
  if (existsSync(path)) writeFileSync(path, await minified(readFileSync(path, 'utf8'), path));
}
