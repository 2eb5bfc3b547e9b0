// Shared by the package client tests: the packed tarball (scripts/package.sh),
// installing it the way a user would, and the seed article's known facts.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLIENTS = `${ROOT}tests/clients/`;
/** Scratch space for unpacked packages and builds (never the source tree). */
export const SCRATCH = `${ROOT}target/clients/`;
export const SEED = `${ROOT}tests/fixtures/ru-lavrov-aleppo.txt`;
export const SEED_TITLE = 'Лавров: В Алеппо уже во вторник может наступить перемирие';
/** Resolved speakers of the seed's block quotes, in order of first appearance, with counts. */
export const SEED_SPEAKERS = [
  ['Сергей Лавров', 4],
  ['Стаффан де Мистура', 1],
];

const exec = promisify(execFile);

/** Runs a command; on failure the error carries its output. */
export async function run(command, args, options = {}) {
  try {
    return await exec(command, args, { maxBuffer: 64 << 20, ...options });
  } catch (err) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

/** target/article-widget-<Cargo.toml version>.tgz, which must exist. */
export async function tarball() {
  const cargo = await readFile(`${ROOT}Cargo.toml`, 'utf8');
  const version = cargo.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  const path = `${ROOT}target/article-widget-${version}.tgz`;
  if (!(await stat(path).catch(() => null))) {
    throw new Error(`${path} not found: run scripts/package.sh (make package) first`);
  }
  return path;
}

const npmQuiet = ['--no-audit', '--no-fund', '--loglevel=error'];

/**
 * Installs a client's locked dependencies (`npm ci`) only when its lock file
 * changed since the last install, then the tarball itself without saving it,
 * as `npm install <tarball>` would for a user.
 */
export async function installPackage(dir) {
  const lock = await stat(`${dir}package-lock.json`).catch(() => null);
  const stamp = await stat(`${dir}node_modules/.package-lock.json`).catch(() => null);
  if (lock && (!stamp || lock.mtimeMs > stamp.mtimeMs)) {
    await run('npm', ['ci', ...npmQuiet], { cwd: dir });
  }
  await run('npm', ['install', '--no-save', '--prefer-offline', ...npmQuiet, await tarball()], {
    cwd: dir,
  });
}

/** Unpacks the tarball into `dir`article-widget/ (a fresh copy each time). */
export async function unpackPackage(dir) {
  const target = `${dir}article-widget/`;
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  await run('tar', ['-xzf', await tarball(), '-C', target, '--strip-components=1']);
  return target;
}

/** Title, block quote speakers and the shadow root's state of a widget host. */
export async function widgetSummary(locator) {
  return locator.evaluate((host) => {
    const root = host.shadowRoot;
    const speakers = [];
    for (const button of root?.querySelectorAll('[part="speakers"] button') ?? []) {
      const count = Number(button.querySelector('[part="count"]')?.textContent.replace(/\D/g, ''));
      speakers.push([button.firstChild.textContent.trim(), count]);
    }
    return {
      title: root?.querySelector('[part="title"]')?.textContent.trim(),
      quotes: root?.querySelectorAll('figure[part="quote"]').length ?? 0,
      speakers,
      datetime: root?.querySelector('time[part="time"]')?.getAttribute('datetime'),
    };
  });
}
