// Composes the one benchmark table from the pieces scripts/bench.sh
// gathered in target/bench/: size.json, parse.log (criterion's summary
// lines), nasty.log, browser.json and twiggy.txt. Prints it and writes target/bench.md.
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUDGET_GZIP } from './size.mjs';

const TARGET = fileURLToPath(new URL('../../target/', import.meta.url));
const DIR = `${TARGET}bench/`;

// Targets from issue 6.
const MAX_RATIO = 1.0;
const MAX_COLD_MS = 30;
const MIN_MB_PER_S = 100;

const read = (name) => readFile(`${DIR}${name}`, 'utf8').catch(() => null);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(3)} ms`;
const verdict = (ok) => (ok ? 'ok' : '**over target**');

function sizeRows(size) {
  const rows = size.files.map((f) => [
    `size: ${f.name}`,
    `${f.raw} B raw, ${f.gzip} B gzip -9, ${f.brotli} B brotli`,
    '',
  ]);
  const { total } = size;
  rows.push([
    'size: total a page loads',
    `${kb(total.raw)} raw, **${kb(total.gzip)} gzip**, ${kb(total.brotli)} brotli`,
    `≤ ${kb(BUDGET_GZIP)} gzip: ${verdict(total.gzip <= BUDGET_GZIP)}`,
  ]);
  return rows;
}

// "  seed:     4155 bytes     91.2 MB/s   1.00x the seed's cost per byte"
function parseRows(log) {
  const rows = [];
  for (const line of log.split('\n')) {
    const m = line.match(/^\s*(.+?):\s+(\d+) bytes\s+([\d.]+) MB\/s\s+([\d.]+)x/);
    if (!m) continue;
    const mbs = Number(m[3]);
    rows.push([
      `native parse: ${m[1]}`,
      `${mbs.toFixed(1)} MB/s (${m[2]} B; ${m[4]}× the seed's cost per byte)`,
      `≥ ${MIN_MB_PER_S} MB/s: ${verdict(mbs >= MIN_MB_PER_S)}`,
    ]);
  }
  return rows;
}

function browserRows(b) {
  const ratio = b.seed.widget / b.seed.peer;
  const rows = [
    [
      `browser: seed, widget parse + render + layout (median of ${b.runs})`,
      `${ms(b.seed.widget)} (before layout ${ms(b.seed.widgetBuild)})`,
      '',
    ],
    [
      'browser: seed, plain-JS peer (split, DOMPurify, innerHTML, layout)',
      `${ms(b.seed.peer)} (before layout ${ms(b.seed.peerBuild)})`,
      '',
    ],
    ['browser: ratio widget / peer', `**${ratio.toFixed(2)}**`, `≤ ${MAX_RATIO}: ${verdict(ratio <= MAX_RATIO)}`],
    ['browser: seed, parseArticle alone (text → JS object)', ms(b.seed.parse), ''],
  ];
  // The same without `content-visibility` (all text laid out in the timed
  // region, as the peer's is), measured in rounds of its own.
  if (b.seed.widgetFull !== undefined) {
    const full = b.seed.widgetFull / b.seed.peerBesideFull;
    rows.push([
      'browser: seed, widget with all text laid out / peer in the same rounds',
      `${ms(b.seed.widgetFull)} / ${ms(b.seed.peerBesideFull)} = **${full.toFixed(2)}**`,
      `≤ ${MAX_RATIO}: ${verdict(full <= MAX_RATIO)}`,
    ]);
  }
  // Growth of the cost per paragraph from the middle size to the largest:
  // about 1 when linear, well above when superlinear (below 1 is fixed
  // costs spreading out).
  const perParagraph = b.scaling.map((s) => s.widget / s.paragraphs);
  const growth = perParagraph.at(-1) / perParagraph.at(-2);
  for (const s of b.scaling) {
    rows.push([
      `scaling: ${s.paragraphs} paragraphs (${kb(s.bytes)})`,
      `widget ${ms(s.widget)} = ${((1000 * s.widget) / s.paragraphs).toFixed(1)} µs/paragraph; ` +
        `peer ${ms(s.peer)} = ${((1000 * s.peer) / s.paragraphs).toFixed(1)} µs/paragraph`,
      '',
    ]);
  }
  rows.push([
    'scaling: widget µs/paragraph, 1,000 vs 100 paragraphs',
    `${growth.toFixed(2)}×`,
    `linear (≤ 1.5×): ${verdict(growth <= 1.5)}`,
  ]);
  return rows;
}

// Cold start rows: the renderer reused (HTTP cache empty, the process's
// caches warm), the other embed mode and the preload hints, then a new
// renderer per load (a first visit).
function coldRows(c) {
  const spread = (s) => `${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)}`;
  const target = (value) => `≤ ${MAX_COLD_MS} ms: ${verdict(value <= MAX_COLD_MS)}`;
  const rows = [
    [
      `cold start: navigation → \`<article-widget src>\` rendered, renderer reused (median of ${c.loads})`,
      `${spread(c)}; define.js loaded at ${ms(c.defineLoaded)}, the glue at ${ms(c.glueLoaded)}, ` +
        `.wasm at ${ms(c.wasmLoaded)}, article text at ${ms(c.textLoaded)}; ` +
        `the same page without the widget: ${ms(c.blank)}; load average ${c.load.map((l) => l.toFixed(1)).join(' → ')})`,
      target(c.median),
    ],
  ];
  if (c.inline) {
    rows.push([
      'cold start: the text inline (`<script type="text/plain">`), renderer reused',
      `${spread(c.inline)})`,
      target(c.inline.median),
    ]);
  }
  rows.push([
    'cold start: `src` with preload hints (glue, dom.js, .wasm, text), renderer reused',
    ms(c.hints),
    target(c.hints),
  ]);
  if (c.fresh) {
    rows.push([
      'cold start: `src`, a new renderer per load (first visit: ICU data, compiled code, all cold)',
      `${spread(c.fresh)}; the same page without the widget: ${ms(c.fresh.blank)})`,
      target(c.fresh.median),
    ]);
  }
  return rows;
}

const size = JSON.parse(await read('size.json'));
const parseLog = await read('parse.log');
const browser = JSON.parse((await read('browser.json')) ?? '{}');
const twiggy = await read('twiggy.txt');
const nasty = await read('nasty.log');

const rows = [
  ...sizeRows(size),
  ...(parseLog ? parseRows(parseLog) : [['native parse', 'not run', '']]),
  ...(browser.seed ? browserRows(browser) : [['browser', 'not run', '']]),
  ...(browser.cold ? coldRows(browser.cold) : [['cold start', 'not run', '']]),
];
const table = [
  '| measure | result | target |',
  '|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

const load = loadavg().map((l) => l.toFixed(1)).join(' ');
const notes = [
  `Measured ${new Date().toISOString().slice(0, 16)}Z by \`make bench\` (scripts/bench.sh); load average ${load}.`,
  'The stylesheet is compiled into the .wasm (no separate CSS file). Browser: headless Debian chromium,',
  'cross-origin isolated page (5 µs timers), runs interleaved, fresh element per run, layout forced.',
].join('\n');
const md = [
  '## Benchmarks',
  '',
  notes,
  '',
  table,
  '',
  ...(nasty
    ? ['Pathological inputs against the seed, cost per byte (`benches/nasty.rs`, parse + `render_html`, native):', '', '```', nasty.trim(), '```', '']
    : []),
  ...(twiggy ? ['Largest items in the .wasm (`twiggy top`, names from an unstripped copy of the same build):', '', '```', twiggy.trim(), '```', ''] : []),
].join('\n');
await writeFile(`${TARGET}bench.md`, md);
console.log(`\n${notes}\n\n${table}\n${nasty ? `\n${nasty.trim()}\n` : ''}\n(also in target/bench.md)`);
