/**
 * Finds a Chrome or Chromium executable: $CHROME_PATH first, then the usual install locations
 * and the PATH. Returns undefined when there is none. Uses Node built-ins only, so it works
 * before `npm ci` (see .ci/run).
 *
 * Everything it looks at can be injected, for tests:
 *   findBrowser({ CHROME_PATH: '/nope', PATH: '/tmp/empty' }, { known: [] })  // → undefined
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Executable names looked up in each PATH directory, in order. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Absolute install locations tried before the PATH, in order. */
export const KNOWN_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** True when `path` is an existing regular file that we may execute. */
export function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {Record<string, string | undefined>} [env] where CHROME_PATH and PATH are read (default process.env)
 * @param {{ known?: readonly string[], names?: readonly string[], isExecutable?: (path: string) => boolean }} [options]
 * @returns {string | undefined} the path of a browser executable
 */
export function findBrowser(env = process.env, options = {}) {
  const { known = KNOWN_BROWSER_PATHS, names = BROWSER_NAMES, isExecutable = isExecutableFile } = options;
  if (env.CHROME_PATH && isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
  for (const path of known) if (isExecutable(path)) return path;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}
