// The widget's DOM from the instruction list src/render/dom.rs writes, in one
// call from wasm, put in the shadow root `root`. Elements, attributes and text
// nodes only, never HTML parsing, so article text can only ever become text;
// tag and attribute names come from the widget's own constants.
//
// `ops` (Uint32Array): 0 name, name end → open an element (a child of the
// open one); 1 name, name end, value, value end → attribute; 2 start, end
// → text; 3 → close. Positions are offsets into `units`, the UTF-16 of every
// name and text (JS strings are UTF-16: the one decode is a copy).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export function buildDom(root, ops, units) {
  const doc = root.ownerDocument;
  const strings = utf16.decode(units);
  // Tag and attribute names are written once each: one JS string per name,
  // which the DOM converts once, where a new slice per use costs each time.
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

// The host's shadow root (a server-rendered declarative one is reused) with
// the widget's stylesheet: one call from wasm instead of five.
export function styledRoot(host, sheet) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  return root;
}
