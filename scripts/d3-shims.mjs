/**
 * The d3 modules replaced by small stand-ins (src/internal/d3-shims/) in the self-contained
 * bundle (rollup.config.mjs), in the tests (web-test-runner.config.mjs) and in the demo server
 * (scripts/serve-demo.mjs), so that the tests and the demo run the code the bundle ships. Why
 * they can go: src/internal/d3-shims/transition.js. The library build (dist/index.js) leaves d3
 * imports to the consumer's bundler, which brings the real ones.
 */
import { fileURLToPath } from 'node:url';

/** Bare module name → the stand-in's absolute path. */
export const D3_SHIMS = {
  'd3-transition': fileURLToPath(new URL('../src/internal/d3-shims/transition.js', import.meta.url)),
  'd3-interpolate': fileURLToPath(new URL('../src/internal/d3-shims/interpolate.js', import.meta.url)),
};

/**
 * The stand-in for `source` imported by `importer` (a path or URL), if any: only d3-zoom's and
 * d3-brush's imports are replaced; any other module (d3-scale in a test, say) gets the real one.
 */
export function d3ShimFor(source, importer = '') {
  return /[/\\]node_modules[/\\]d3-(zoom|brush)[/\\]/.test(importer) ? D3_SHIMS[source] : undefined;
}

/** Rollup plugin: resolves the shimmed imports to their stand-ins (place it before node-resolve). */
export function d3ShimsRollup() {
  return {
    name: 'd3-shims',
    resolveId: (source, importer) => d3ShimFor(source, importer) ?? null,
  };
}

/** @web/dev-server plugin: the same, as a URL path under the served root (the repository). */
export function d3ShimsDevServer(rootDir = fileURLToPath(new URL('..', import.meta.url))) {
  return {
    name: 'd3-shims',
    resolveImport({ source, context }) {
      const file = d3ShimFor(source, context.path);
      return file ? `/${file.slice(rootDir.length).replace(/^\/+/, '')}` : undefined;
    },
  };
}
