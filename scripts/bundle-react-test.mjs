#!/usr/bin/env node
/**
 * Prepares test/react/*.test.ts (run by `npm test` before web-test-runner, ~0.5 s):
 * react and react-dom are CommonJS, which @web/dev-server cannot serve as ES modules, so esbuild
 * bundles react, react-dom/client and the React wrapper (src/react/index.ts, with the element)
 * into one ES module, node_modules/.cache/alpine-timeline/react-test.js (git- and lint-ignored,
 * served by web-test-runner from the repository root). The test imports it at run time.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const REACT_TEST_BUNDLE = join(ROOT, 'node_modules/.cache/alpine-timeline/react-test.js');

const started = Date.now();
mkdirSync(dirname(REACT_TEST_BUNDLE), { recursive: true });
await build({
  stdin: {
    contents: [
      "export * as React from 'react';",
      "export { createRoot } from 'react-dom/client';",
      "export { flushSync } from 'react-dom';",
      "export { AlpineTimeline, AlpineTimelineElement } from './src/react/index.ts';",
    ].join('\n'),
    resolveDir: ROOT,
    sourcefile: 'react-test-entry.js',
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // TC39 decorators (`@property() accessor`) must be lowered for Chromium
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(ROOT, 'tsconfig.json'),
  outfile: REACT_TEST_BUNDLE,
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`bundle-react-test: ${relative(ROOT, REACT_TEST_BUNDLE)} in ${Date.now() - started} ms`);
