#!/usr/bin/env node
// Static file server for www/ (the demo and the end-to-end tests), no
// dependencies. Always binds 127.0.0.1. Usable from the command line:
//   node tests/e2e/serve.mjs --root www --port 8080 [--csp] [--isolate]
// or from tests: `const { url, close } = await start({ root, csp: true })`.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HOST = '127.0.0.1';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The strict policy the widget promises to work under (issue 4). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "require-trusted-types-for 'script'";

/** Headers that make the page cross-origin isolated (fine-grained timers). */
export const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export function contentType(path) {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

// A git worktree's tests/e2e/node_modules is a symlink to the main
// checkout's installed packages (the benchmark page imports DOMPurify from
// it): a file under that one link may resolve into the link's target.
const LINKED_PACKAGES = join('tests', 'e2e', 'node_modules');

// Whether `real` (a resolved file) may be served for `candidate` (its path
// by name under root): inside root, or inside the packages link's target
// when asked for through that link.
async function servable(root, candidate, real) {
  if (real.startsWith(root + sep)) return true;
  const link = join(root, LINKED_PACKAGES);
  if (!candidate.startsWith(link + sep)) return false;
  const target = await realpath(link).catch(() => null);
  return target !== null && real.startsWith(target + sep);
}

// Maps a request path to a file under root, or null when it would leave root
// (`..`, encoded separators, NUL, or a symlink pointing outside, but for
// the packages link above).
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const candidate = resolve(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  let path = candidate;
  let info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    path = join(path, 'index.html');
    info = await stat(path).catch(() => null);
  }
  if (!info?.isFile()) return undefined;
  const real = await realpath(path);
  if (!(await servable(root, candidate, real))) return null;
  return { path: real, size: info.size };
}

function reply(res, status, text, headers) {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

/**
 * Starts serving `root`. `port` 0 picks a free port. Resolves to
 * `{ url, port, close }` once listening; `close()` resolves when stopped.
 */
export async function start({ root, port = 0, csp = false, isolate = false } = {}) {
  if (!root) throw new Error('serve: root directory is required');
  const base = await realpath(resolve(root));
  const common = {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(csp ? { 'Content-Security-Policy': CSP } : {}),
    ...(isolate ? ISOLATION : {}),
  };

  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(res, 405, 'method not allowed', { ...common, Allow: 'GET, HEAD' });
      return;
    }
    const { pathname } = new URL(req.url ?? '/', `http://${HOST}`);
    try {
      const file = await resolveFile(base, pathname);
      if (file === null) return reply(res, 403, 'forbidden', common);
      if (file === undefined) return reply(res, 404, 'not found', common);
      res.writeHead(200, {
        ...common,
        'Content-Type': contentType(file.path),
        'Content-Length': file.size,
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file.path).pipe(res);
    } catch (err) {
      reply(res, 500, `error: ${err.message}`, common);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actual = server.address().port;
  return {
    url: `http://${HOST}:${actual}/`,
    port: actual,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: '.' },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      csp: { type: 'boolean', default: false },
      isolate: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`serve: --port must be 0..65535, got "${values.port}"`);
  }
  const { url } = await start({ ...values, port });
  const extras = [values.csp && 'strict CSP', values.isolate && 'cross-origin isolated']
    .filter(Boolean)
    .join(', ');
  console.log(`serving ${values.root} on ${url}${extras ? ` (${extras})` : ''}; Ctrl-C stops`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    const hint = err.code === 'EADDRINUSE' ? ' (port in use: try PORT=8081 make demo)' : '';
    console.error(`${err.message}${hint}`);
    process.exit(1);
  });
}
