// The widget's DOM from src/render/dom.rs's instructions, in one call from
// wasm: elements, attributes and text nodes only, never HTML parsing, so
// article text can only ever become text.
// `ops`: 0 name, end → open an element (child of the open one); 1 name, end,
// value, end → attribute; 2 start, end → text; 3 → close. Offsets are into
// `units`, the UTF-16 of every name and text (so the decode is a copy).
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

// The host's shadow root (reusing a declarative one) with the sheet adopted.
export function styledRoot(host, sheet) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  return root;
}
