// Runs every test/**/*.test.ts in headless Chromium. `npm test` calls scripts/ensure-browser.mjs
// first, which finds (or installs) a browser; findBrowser() then returns the same one here
// ($CHROME_PATH when it is an executable file, else the usual locations and the PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS } from './scripts/browser-args.mjs';
import { findBrowser } from './scripts/find-browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { jsonModulePlugin } from './scripts/json-module-plugin.mjs';
import { robustnessMiddleware, robustnessPlugin } from './test/robustness/wtr-robustness.mjs';
import { inputPlugin } from './scripts/wtr-input-plugin.mjs';
import { d3ShimsDevServer } from './scripts/d3-shims.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chrome/Chromium found: run `node scripts/ensure-browser.mjs` or set CHROME_PATH.');

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // /__test__/respond: 500s, slow answers, wrong content types for test/robustness (see that file).
  middleware: [robustnessMiddleware()],
  plugins: [
    // d3-transition and d3-interpolate → the stand-ins the bundle ships (scripts/d3-shims.mjs)
    d3ShimsDevServer(),
    // `import x from './x.json'` → JS module; `fetch('x.json')` (the `src` attribute) stays JSON.
    // (esbuildPlugin's `json: true` would turn every .json response into JavaScript.)
    jsonModulePlugin(),
    // Standard (TC39) decorators must be lowered: esbuild's 'auto' target would leave them in.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // GC, listener and live-object counts through the DevTools protocol, for leak tests.
    robustnessPlugin(),
    // Wheel, touch and pinch through the DevTools protocol (scripts/wtr-input-plugin.mjs).
    inputPlugin(),
    // The browser's accessibility tree (names as a screen reader gets them): a11ySnapshot().
    a11ySnapshotPlugin(),
    // Screenshot tests (test/visual/): baselines in test/visual/screenshots/baseline/, failed
    // screenshots and diffs in test/visual/screenshots/failed/ (gitignored).
    // `npm run test:visual:update` rewrites the baselines.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      // Per pixel (pixelmatch's YIQ distance; antialiased pixels are told apart and ignored). At
      // 0.2 a swap of the two era colours, 0.04-0.046 apart, passed; 0.03 fails it in 14 shots.
      diffOptions: { threshold: 0.03 },
      getBaselineName: ({ name }) => `baseline/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  // A whole file may take a while on a busy 2-core machine (the kiosk soak runs thousands of steps).
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
