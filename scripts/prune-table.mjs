// Clears the function-table slots that only build-time code ever used, so
// that wasm-opt can drop the functions in them (-2.3 KB of the .wasm,
// -0.7 KB gzip). Runs on wasm-bindgen's output, which still has the
// function names, before wasm-opt (scripts/build.sh).
//
// A function whose address is taken sits in the table, and wasm-opt keeps
// everything in a table that `call_indirect` may reach. Two kinds of
// functions are there only because of addresses nothing reads at run time:
// - wasm-bindgen's closure callers (`convert::closures::_::invoke::<…>`),
//   one per closure signature of every js-sys and web-sys binding linked
//   in (typed-array `forEach`, `Array.find`, …). Their only use of the
//   address is the binding's descriptor, which the wasm-bindgen CLI runs at
//   build time and then deletes; the caller of a closure the widget really
//   makes is exported by the CLI and called by the glue through that export.
// - js-sys's waker vtable (`futures::jspi::task_waker::raw_*`), read only
//   by its future spawner, which the module does not contain (checked
//   below: the build stops if it ever does).
// A slot cleared by mistake would trap when called (a null table entry),
// like any other wasm fault, and the browser tests would show it.
//   node scripts/prune-table.mjs path/to/module.wasm
import { readFileSync, writeFileSync } from 'node:fs';

import { fail, functionNames, i32, readI32, readU32, rewriteSection, u32 } from './wasm-module.mjs';

const BUILD_TIME_ONLY = [
  /^wasm_bindgen\[[0-9a-f]+\]::convert::closures::_::invoke::</,
  /^js_sys\[[0-9a-f]+\]::futures::jspi::task_waker::raw_(clone|wake|wake_by_ref|drop)$/,
];

// What reads the waker vtable: js-sys's task spawner and poller.
const WAKER_USERS = /^(<js_sys\[[0-9a-f]+\]::futures::jspi::SpawnedTask>::poll|js_sys\[[0-9a-f]+\]::futures::jspi::(task_waker|spawn_promising|__wbg_jspi_task_poll))(::<.*)?$/;

const path = process.argv[2] ?? fail('usage: node scripts/prune-table.mjs MODULE.wasm');
const input = readFileSync(path);
const names = functionNames(input);
if (names.size === 0) fail(`${path} has no function names; run this before wasm-opt`);
for (const name of names.values()) {
  if (WAKER_USERS.test(name)) fail(`${name} is in the module: its waker vtable is used, keep it`);
}

let cleared = 0;
const output = rewriteSection(
  input,
  9,
  'element',
  (count, first) => {
    // Each segment is split around its cleared slots: runs of kept
    // functions, each at its own offset, so every kept index stays put.
    const runs = [];
    let p = first;
    for (let s = 0; s < count; s++) {
      let flags;
      let offset;
      let n;
      [flags, p] = readU32(input, p);
      if (flags !== 0 || input[p] !== 0x41) fail('an element segment is not `(i32.const N) func…`; teach this script its encoding');
      [offset, p] = readI32(input, p + 1);
      if (input[p] !== 0x0b) fail('an element segment offset is not one i32.const; teach this script its encoding');
      [n, p] = readU32(input, p + 1);
      let run;
      for (let i = 0; i < n; i++) {
        let index;
        [index, p] = readU32(input, p);
        if (BUILD_TIME_ONLY.some((re) => re.test(names.get(index) ?? ''))) {
          cleared++;
          run = undefined;
          continue;
        }
        if (run === undefined) {
          run = { offset: offset + i, functions: [] };
          runs.push(run);
        }
        run.functions.push(index);
      }
    }
    const body = [...u32(runs.length)];
    for (const { offset, functions } of runs) {
      body.push(0, 0x41, ...i32(offset), 0x0b, ...u32(functions.length), ...functions.flatMap(u32));
    }
    return { body, next: p };
  },
);
if (cleared === 0) fail('no table slot to clear: did wasm-bindgen change how closures are called?');
writeFileSync(path, output);
