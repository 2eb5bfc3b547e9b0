// The widget's DOM from src/render/dom.rs's instructions, in one call from
// wasm: elements, attributes and text nodes only, never HTML parsing, so
// article text can only ever become text.
// `ops`: 0 name, end → open an element (child of the open one); 1 name, end,
// value, end → attribute; 2 start, end → text; 3 → close. Offsets are into
// `units`, the UTF-16 of every name and text (so the decode is a copy).
// Everything here works in the host's own window, which may be a same-origin
// iframe's: its document builds the DOM, its constructors make the sheet
// and the events. (The build ships one JS snippet, so the wasm's other JS
// needs, the hash seed and the reader's time, live here too.)
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export function buildDom(root, ops, units) {
  const doc = root.ownerDocument;
  const strings = utf16.decode(units);
  // One JS string per name: the DOM converts a string it has seen cheaply.
  const names = new Map();
  const name = (start, end) => {
    let found = names.get(start);
    if (found === undefined) names.set(start, (found = strings.slice(start, end)));
    return found;
  };
  const open = [];
  let top = null;
  let el = null;
  for (let i = 0; i < ops.length; ) {
    switch (ops[i]) {
      case 0: {
        const child = doc.createElement(name(ops[i + 1], ops[i + 2]));
        if (el === null) top = child;
        else el.appendChild(child);
        open.push(el);
        el = child;
        i += 3;
        break;
      }
      case 1:
        el.setAttribute(name(ops[i + 1], ops[i + 2]), strings.slice(ops[i + 3], ops[i + 4]));
        i += 5;
        break;
      case 2:
        el.appendChild(doc.createTextNode(strings.slice(ops[i + 1], ops[i + 2])));
        i += 3;
        break;
      default:
        el = open.pop();
        i += 1;
    }
  }
  root.replaceChildren(top);
}

// A constructed sheet can only be adopted by the documents of the window
// that constructed it: one per document, weakly held so that a removed
// iframe's document can go.
const sheets = new WeakMap();

// The widget's sheet for `doc`, made from `css` the first time.
export function sheetFor(doc, css) {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  return sheet;
}

// The host's shadow root (reusing a declarative one) with the sheet adopted.
export function styledRoot(host, sheet) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  return root;
}

// The value if it is an element of any window, else undefined: instanceof
// Element only knows this window's, while the platform's own nodeType getter
// takes a node of every window and throws for anything else (a look-alike
// object too).
export function asElement(value) {
  try {
    if (Object.getOwnPropertyDescriptor(Node.prototype, 'nodeType').get.call(value) === 1) {
      return value;
    }
  } catch {}
  return undefined;
}

// Dispatches a bubbling, composed, cancelable event with the detail
// { [key1]: value1, [key2]: value2 }, made in the host's window so that its
// listeners see one of their own; false when cancelled.
export function emit(host, name, key1, value1, key2, value2) {
  const view = host.ownerDocument.defaultView ?? globalThis;
  const detail = { [key1]: value1, [key2]: value2 };
  return host.dispatchEvent(
    new view.CustomEvent(name, { bubbles: true, composed: true, cancelable: true, detail }),
  );
}

// Empties a shadow root and takes the widget styles off it (on destroy).
export function clearRoot(root) {
  root.replaceChildren();
  root.adoptedStyleSheets = [];
}

// The seed of the maps keyed by article text (src/keyed.rs): wasm has no
// entropy of its own. Math.random where there is no Web Crypto (Node 18).
export function randomSeed() {
  const seed = new BigUint64Array(1);
  if (globalThis.crypto?.getRandomValues) return crypto.getRandomValues(seed)[0];
  return BigInt(Math.floor(Math.random() * 2 ** 53)) ^ (BigInt(Math.floor(Math.random() * 2 ** 53)) << 11n);
}

// Intl formatters already made, by name, locale and options: making one
// costs about 0.1 ms, a third of a whole render, and a page rarely needs
// more than two. At most eight are kept, the oldest dropped first.
const formatters = new Map();

// `new Intl[name](locale, options).format(value, unit)`, or undefined when
// the runtime refuses (no Intl, an unknown timeZone).
function intlFormat(name, locale, options, value, unit) {
  const key = JSON.stringify([name, locale, options]);
  try {
    let format = formatters.get(key);
    if (format === undefined) {
      const intl = new Intl[name](locale, options);
      format = intl.format.bind(intl);
      if (formatters.size >= 8) formatters.delete(formatters.keys().next().value);
      formatters.set(key, format);
    }
    const text = format(value, unit);
    if (typeof text === 'string') return text;
  } catch {}
}

const UNITS = [
  ['year', 365.25 * 86400],
  ['month', 30.44 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// The publication time (the model's datetime) for the reader in `locale`:
// [date and time with "9 years ago", the full time for the tooltip], in
// `zone` (the reader's when undefined); undefined when V8 reads no date;
// throws when the zone is unknown. A time without an offset is a wall-clock
// reading, shown as is and without a zone.
export function timeText(datetime, zone, locale) {
  const floating = datetime.length <= 'YYYY-MM-DDTHH:MM:SS'.length;
  if (floating) {
    datetime += 'Z';
    zone = 'UTC';
  }
  const date = new Date(datetime);
  const time = date.getTime();
  if (Number.isNaN(time)) return;
  const format = (dateStyle, timeStyle) => {
    const options = { dateStyle, timeStyle };
    if (zone !== undefined) options.timeZone = zone;
    const text = intlFormat('DateTimeFormat', locale, options, date);
    if (text === undefined) throw new RangeError(zone);
    return text;
  };
  let text = format('long', 'short');
  const title = format('full', floating ? 'short' : 'long');
  const seconds = (time - Date.now()) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[5];
  const ago = intlFormat('RelativeTimeFormat', locale, { numeric: 'auto' }, Math.trunc(seconds / size), unit);
  if (ago !== undefined) text += ` (${ago})`;
  return [text, title];
}
