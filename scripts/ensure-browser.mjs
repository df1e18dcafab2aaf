#!/usr/bin/env node
/**
 * Makes sure a Chrome/Chromium exists for web-test-runner and the e2e script (`npm test` runs
 * this first; .ci/run runs it before `npm ci`, so it uses Node built-ins only).
 *
 *  - A browser is found (scripts/find-browser.mjs): prints one short line, exits 0.
 *  - None, running as root on a system with apt-get: `apt-get update`, then
 *    `DEBIAN_FRONTEND=noninteractive apt-get install -y chromium` (output streamed), checks again.
 *  - None otherwise: exits 1 at once, saying how to get one.
 *
 * Flags: --quiet (print nothing when a browser is found);
 *        --check (install nothing: exit 0 when a browser is found, 2 when one would be installed
 *        with apt-get, 1 when there is no way to get one; used by .ci/run to fail fast).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, isExecutableFile } from './find-browser.mjs';

export const HOW_TO_GET_A_BROWSER = [
  'No Chrome or Chromium browser was found; the tests need one.',
  'Install one, for example:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium   (Ubuntu: chromium-browser)',
  '  Fedora:         sudo dnf install -y chromium',
  '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  'or point CHROME_PATH at an existing Chrome/Chromium executable:',
  '  CHROME_PATH=/path/to/chrome npm test',
].join('\n');

/** Where apt-get is, if it is on the PATH. */
export function findAptGet(env = process.env, isExecutable = isExecutableFile) {
  for (const dir of (env.PATH ?? '').split(':')) {
    if (dir && isExecutable(`${dir}/apt-get`)) return `${dir}/apt-get`;
  }
  return undefined;
}

/** Runs a command with its output streamed to ours; returns its exit status. */
function run(command, args, env) {
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/**
 * @param {object} [o] everything is injectable, for tests
 * @param {Record<string, string | undefined>} [o.env]
 * @param {object} [o.findOptions] passed to findBrowser (known paths, names, isExecutable)
 * @param {boolean} [o.isRoot]
 * @param {string | undefined} [o.aptGet] path of apt-get, or undefined when there is none
 * @param {(command: string, args: string[], env: object) => number} [o.run]
 * @param {(line: string) => void} [o.log]
 * @param {(line: string) => void} [o.error]
 * @param {boolean} [o.quiet]
 * @param {boolean} [o.dryRun] stop before apt-get, returning { ok: false, wouldInstall: true }
 * @returns {{ ok: boolean, path?: string, installed?: boolean, wouldInstall?: boolean }}
 */
export function ensureBrowser(o = {}) {
  const env = o.env ?? process.env;
  const log = o.log ?? ((line) => console.log(line));
  const error = o.error ?? ((line) => console.error(line));
  const found = () => findBrowser(env, o.findOptions);

  const existing = found();
  if (existing) {
    if (env.CHROME_PATH && env.CHROME_PATH !== existing) {
      log(`ensure-browser: CHROME_PATH=${env.CHROME_PATH} is not an executable file; using ${existing}`);
    } else if (!o.quiet) {
      log(`ensure-browser: using ${existing}`);
    }
    return { ok: true, path: existing, installed: false };
  }
  if (env.CHROME_PATH) error(`ensure-browser: CHROME_PATH=${env.CHROME_PATH} is not an executable file.`);

  const isRoot = o.isRoot ?? (typeof process.getuid === 'function' && process.getuid() === 0);
  const aptGet = 'aptGet' in o ? o.aptGet : findAptGet(env);
  if (!isRoot || !aptGet) {
    error(HOW_TO_GET_A_BROWSER);
    if (aptGet && !isRoot) error('(Not running as root, so it was not installed automatically.)');
    return { ok: false };
  }

  if (o.dryRun) {
    log(`ensure-browser: no browser found; it would be installed with ${aptGet} (running as root)`);
    return { ok: false, wouldInstall: true };
  }
  const runner = o.run ?? run;
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  log('ensure-browser: no browser found; installing Debian/Ubuntu chromium with apt-get (running as root)');
  const steps = [
    [aptGet, ['update']],
    [aptGet, ['install', '-y', 'chromium']],
  ];
  for (const [command, args] of steps) {
    const started = Date.now();
    log(`ensure-browser: $ ${command} ${args.join(' ')}`);
    const status = runner(command, args, aptEnv);
    log(`ensure-browser: exit ${status} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (status !== 0) {
      error(`ensure-browser: \`apt-get ${args.join(' ')}\` failed (exit ${status}).\n${HOW_TO_GET_A_BROWSER}`);
      return { ok: false };
    }
  }
  const installed = found();
  if (!installed) {
    error(`ensure-browser: chromium was installed but no browser executable was found.\n${HOW_TO_GET_A_BROWSER}`);
    return { ok: false };
  }
  log(`ensure-browser: installed, using ${installed}`);
  return { ok: true, path: installed, installed: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dryRun = process.argv.includes('--check');
  const result = ensureBrowser({ quiet: process.argv.includes('--quiet'), dryRun });
  process.exit(result.ok ? 0 : result.wouldInstall ? 2 : 1);
}
