// Short names for the module-level helpers of wasm-bindgen's JS glue
// (`getStringFromWasm0`, `passStringToWasm0`, `handleError`, …), each used
// dozens of times. A renaming, not a minifier: every identifier token with a
// helper's name becomes the helper's new name, in every scope alike, and
// nothing else changes. Strings, template text and comments are read past,
// never renamed; a name that is exported, read as a property (`.name`),
// written as an object key or shorthand, or is no top-level declaration
// keeps its name. Used by scripts/shrink.mjs on the glue only.
import { fail } from './wasm-module.mjs';

/**
 * The tokens of `js` that matter here: `{ text, start, ident, nest }`, with
 * `nest` the depth of brackets of any kind around the token. Strings and
 * template literals are one `'string'` token each (a template's `${…}` is
 * read as code). Refuses what it cannot read safely: a regex literal.
 */
function tokens(js) {
  const out = [];
  // Nesting depths at which a template literal's `${` was opened.
  const templates = [];
  let nest = 0;
  let i = 0;
  const push = (text, ident = false) => out.push({ text, start: i, ident, nest });
  // From inside a template literal to its end or to its next `${`.
  const template = () => {
    for (;;) {
      const c = js[i];
      if (c === undefined) fail('unterminated template literal in the glue');
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        return push('string');
      } else if (c === '$' && js[i + 1] === '{') {
        push('string');
        templates.push(nest++);
        i += 2;
        return;
      } else {
        i++;
      }
    }
  };
  while (i < js.length) {
    const c = js[i];
    const word = /^#?[A-Za-z_$][\w$]*|^[0-9][\w.]*/.exec(js.slice(i, i + 256))?.[0];
    if (/\s/.test(c)) {
      i++;
    } else if (js.startsWith('//', i)) {
      const end = js.indexOf('\n', i);
      i = end < 0 ? js.length : end;
    } else if (js.startsWith('/*', i)) {
      const end = js.indexOf('*/', i);
      if (end < 0) fail('unterminated comment in the glue');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (js[j] !== c) {
        if (js[j] === undefined || js[j] === '\n') fail('unterminated string in the glue');
        j += js[j] === '\\' ? 2 : 1;
      }
      push('string');
      i = j + 1;
    } else if (c === '`') {
      i++;
      template();
    } else if (word !== undefined) {
      // `#name` (a private field) is never renamed.
      push(word, /^[A-Za-z_$]/.test(word));
      i += word.length;
    } else if (c === '/' && !/^[\w$)\]]/.test(out.at(-1)?.text ?? '')) {
      fail('a regex literal (or a `/` where one may start) in the glue; teach scripts/short-names.mjs to read it');
    } else if ('([{'.includes(c)) {
      push(c);
      nest++;
      i++;
    } else if (')]}'.includes(c)) {
      nest--;
      if (c === '}' && templates.at(-1) === nest) {
        templates.pop();
        i++;
        template();
      } else {
        push(c);
        i++;
      }
    } else {
      push(c);
      i++;
    }
  }
  if (nest !== 0 || templates.length) fail('unbalanced brackets in the glue');
  return out;
}

const DECLARE = new Set(['function', 'class', 'let', 'const', 'var']);

/** `js` with its top-level helpers named `$0`, `$1`, …. */
export function shortNames(js) {
  const all = tokens(js);
  const declared = new Set();
  const keep = new Set();
  let declaring = false;
  all.forEach((token, k) => {
    const before = all[k - 1]?.text ?? '';
    const after = all[k + 1]?.text ?? '';
    if (token.nest === 0 && token.text === ';') declaring = false;
    if (!token.ident) return;
    if (token.nest === 0) {
      // `function f`, `class C`, `let a, b`: the name after the keyword,
      // and after each comma until the statement ends.
      if (DECLARE.has(before) || (declaring && before === ',')) declared.add(token.text);
      if (['let', 'const', 'var'].includes(token.text)) declaring = true;
    }
    // `export function f`, `export { a, b as c }`.
    if (before === 'export') keep.add(all[k + 1]?.text);
    if (token.text === 'export' && after === '{') {
      for (let m = k + 2; m < all.length && all[m].text !== '}'; m++) keep.add(all[m].text);
    }
    const property = before === '.';
    const key = after === ':' || (['{', ','].includes(before) && ['}', ','].includes(after));
    if (property || key) keep.add(token.text);
  });
  for (let k = 0; k + 1 < all.length; k++) {
    if (all[k].text === 'export' && DECLARE.has(all[k + 1].text)) keep.add(all[k + 2]?.text);
  }
  const names = new Set(all.map((token) => token.text));
  const renamed = new Map();
  for (const name of declared) {
    if (keep.has(name) || name.length <= 2) continue;
    const short = `$${renamed.size.toString(36)}`;
    if (names.has(short)) fail(`the glue already has an identifier ${short}`);
    renamed.set(name, short);
  }
  let out = '';
  let at = 0;
  for (const token of all) {
    const short = token.ident ? renamed.get(token.text) : undefined;
    if (short === undefined) continue;
    out += js.slice(at, token.start) + short;
    at = token.start + token.text.length;
  }
  return out + js.slice(at);
}
