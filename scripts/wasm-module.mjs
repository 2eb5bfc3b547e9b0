// Reading and rewriting the sections of a .wasm module, for the build's
// post-processing scripts (scripts/prune-table.mjs, scripts/shrink.mjs).

import { basename } from 'node:path';

/** Stops the script that runs, saying why. */
export function fail(msg) {
  console.error(`${basename(process.argv[1], '.mjs')}: ${msg}`);
  process.exit(1);
}

/** The unsigned LEB128 at `at`, and where it ends. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128 bytes. */
export function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The signed LEB128 at `at` (an `i32.const` operand), and where it ends. */
export function readI32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte >= 0x80);
  return [byte & 0x40 ? value - 2 ** shift : value, at];
}

/** `value` (an integer ≥ 0) as signed LEB128 bytes. */
export function i32(value) {
  const out = [];
  for (;;) {
    const byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value === 0 && !(byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

/** A name as the module writes it: its UTF-8 length, then its bytes. */
export const wasmName = (s) => [...u32(Buffer.byteLength(s)), ...Buffer.from(s)];

/** The name (a length-prefixed UTF-8 string) at `p`, and where it ends. */
export function readName(wasm, p) {
  const [len, at] = readU32(wasm, p);
  return [new TextDecoder().decode(wasm.subarray(at, at + len)), at + len];
}

/** Each section: `{ id, start, body, end }` (byte offsets into `wasm`). */
export function sections(wasm) {
  const found = [];
  let at = 8;
  while (at < wasm.length) {
    const [size, body] = readU32(wasm, at + 1);
    found.push({ id: wasm[at], start: at, body, end: body + size });
    at = body + size;
  }
  return found;
}

/**
 * The module with section `id` replaced by `rewrite(count, first)`, called
 * with the section's entry count and where its first entry starts:
 * `rewrite` returns `{ body, next }`, the new body bytes and where it
 * stopped reading, which must be the end of the old ones. Other sections
 * are copied.
 */
export function rewriteSection(wasm, id, what, rewrite) {
  const out = [wasm.subarray(0, 8)];
  for (const section of sections(wasm)) {
    if (section.id !== id) {
      out.push(wasm.subarray(section.start, section.end));
      continue;
    }
    const [count, first] = readU32(wasm, section.body);
    const { body, next } = rewrite(count, first);
    if (next !== section.end) fail(`${what} section has trailing bytes`);
    out.push(Buffer.from([id, ...u32(body.length), ...body]));
  }
  return Buffer.concat(out);
}

/** Function index → name, from the module's `name` section (none: empty). */
export function functionNames(wasm) {
  const names = new Map();
  for (const section of sections(wasm)) {
    if (section.id !== 0) continue;
    let [custom, p] = readName(wasm, section.body);
    if (custom !== 'name') continue;
    while (p < section.end) {
      const kind = wasm[p];
      const [size, body] = readU32(wasm, p + 1);
      if (kind === 1) {
        let [count, q] = readU32(wasm, body);
        for (let i = 0; i < count; i++) {
          let index;
          let name;
          [index, q] = readU32(wasm, q);
          [name, q] = readName(wasm, q);
          names.set(index, name);
        }
      }
      p = body + size;
    }
  }
  return names;
}
