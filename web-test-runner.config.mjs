// Runs every test/**/*.test.ts in headless Chromium. `npm test` calls scripts/ensure-browser.mjs
// first, which finds (or installs) a browser and exports its path as CHROME_PATH.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser } from './scripts/find-browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

const executablePath = process.env.CHROME_PATH || findBrowser();

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // Standard (TC39) decorators must be lowered: esbuild's 'auto' target would leave them in.
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
        ],
      },
    }),
  ],
};
