// In-page benchmark code, driven by tests/bench/browser.mjs through
// `window.bench`. Each run renders into a fresh element in the document and
// forces layout (offsetHeight) inside the timed region, for every contender.
import init, { mount, parseArticle } from '/www/pkg/article_widget.js';
import DOMPurify from '/tests/e2e/node_modules/dompurify/dist/purify.es.mjs';

const SEED_URL = '/tests/fixtures/ru-lavrov-aleppo.txt';
const stage = document.getElementById('stage');

// The widget's body paragraphs and quotes are `content-visibility: auto`:
// the forced layout skips their text (the next frame lays out what is on
// screen), where the peer lays out all of its text. This sheet turns that
// off, so `widgetFull` lays out everything too (README, Performance).
const LAYOUT_ALL = new CSSStyleSheet();
LAYOUT_ALL.replaceSync('[part=body]>*{content-visibility:visible}');

/** The widget: parse + render into a shadow root (plus `extraSheet`), then layout. */
function mountRun(text, extraSheet) {
  const host = document.createElement('div');
  stage.append(host);
  const start = performance.now();
  const mounted = mount(host, text);
  if (extraSheet) {
    const root = host.shadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, extraSheet];
  }
  const built = performance.now();
  void host.offsetHeight;
  const end = performance.now();
  mounted.destroy();
  mounted.free();
  host.remove();
  return [end - start, built - start];
}

const widget = (text) => mountRun(text, null);
/** The widget, its whole text laid out in the timed region like the peer's. */
const widgetFull = (text) => mountRun(text, LAYOUT_ALL);

/** The least a news site would do without us: paragraphs, DOMPurify, innerHTML. */
function peer(text) {
  const host = document.createElement('div');
  stage.append(host);
  const start = performance.now();
  const html = text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
  host.innerHTML = DOMPurify.sanitize(html);
  const built = performance.now();
  void host.offsetHeight;
  const end = performance.now();
  host.remove();
  return [end - start, built - start];
}

/** The widget's parse alone (text → the model as a JS object). */
function parseOnly(text) {
  const start = performance.now();
  parseArticle(text);
  const end = performance.now();
  return [end - start, end - start];
}

const CONTENDERS = { widget, widgetFull, peer, parse: parseOnly };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs the named contenders `runs` times each on `text`, interleaved and
 * alternating the order each round, after `warmup` untimed rounds.
 * Returns each contender's median in ms, and `<name>Build`: the median
 * of the part before layout.
 */
function compare(names, text, runs, warmup = 30) {
  const times = Object.fromEntries(names.map((name) => [name, [[], []]]));
  for (let round = 0; round < warmup + runs; round += 1) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) {
      const [total, build] = CONTENDERS[name](text);
      if (round >= warmup) {
        times[name][0].push(total);
        times[name][1].push(build);
      }
    }
  }
  return Object.fromEntries(
    names.flatMap((name) => [
      [name, median(times[name][0])],
      [`${name}Build`, median(times[name][1])],
    ]),
  );
}

/** The seed's title and timestamp, then `count` of its body paragraphs, cycled. */
function generated(seed, count) {
  const blocks = seed.split(/\n\s*\n/);
  const head = blocks.slice(0, 2);
  const body = blocks.slice(2).filter((block) => !/^ЧИТАЙТЕ ТАКЖЕ/i.test(block));
  const paragraphs = Array.from({ length: count }, (_, i) => body[i % body.length]);
  return [...head, ...paragraphs].join('\n\n');
}

async function ready() {
  const [seed] = await Promise.all([fetch(SEED_URL).then((r) => r.text()), init()]);
  return {
    isolated: self.crossOriginIsolated,
    seed,
    /**
     * Seed: widget vs peer (and parse alone), medians of `runs` each; then,
     * in a round of their own so that its longer layouts do not move those
     * figures, the widget with all its text laid out vs the peer again.
     */
    seedRuns: (runs) => {
      const main = compare(['widget', 'peer', 'parse'], seed, runs);
      const full = compare(['widgetFull', 'peer'], seed, runs);
      return {
        ...main,
        widgetFull: full.widgetFull,
        widgetFullBuild: full.widgetFullBuild,
        peerBesideFull: full.peer,
      };
    },
    /** Generated articles, `{paragraphs: runs}`: medians, widget and peer. */
    scaling: (runsByCount) =>
      Object.entries(runsByCount).map(([count, runs]) => {
        const text = generated(seed, Number(count));
        const bytes = new TextEncoder().encode(text).length;
        return { paragraphs: Number(count), bytes, ...compare(['widget', 'peer'], text, runs, 5) };
      }),
  };
}

window.bench = ready();
