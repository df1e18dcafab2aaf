// Production builds (`npm run build`):
//  (a) the library: dist/index.js (barrel, no side effects) and dist/alpine-timeline.js (defines
//      <alpine-timeline>), shared code in dist/chunks/, .d.ts + source maps. lit and d3 stay as
//      bare imports for the consumer's bundler; tslib helpers and the Alpine dataset are inlined.
//  (b) dist/alpine-timeline.bundle.js: one minified, self-contained ES module (lit + the d3
//      submodules + the dataset) for a plain <script type="module" src="...">.
// TC39 decorators (`@property() accessor x`) are lowered by tsc (target ES2022).
import { rmSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Runtime dependencies left as imports in the library build. */
const external = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|d3-[a-z-]+)(\/|$)/.test(id);

const inputs = { index: 'src/index.ts', 'alpine-timeline': 'src/alpine-timeline.ts' };

// Start from an empty dist/ so that no stale chunk or declaration is ever published.
if (!process.env.ROLLUP_WATCH) rmSync('dist', { recursive: true, force: true });

/** Fail the build on rollup warnings that mean a broken output (everything else is printed). */
function onwarn(warning, warn) {
  const fatal = ['UNRESOLVED_IMPORT', 'MISSING_EXPORT', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'EVAL'];
  if (fatal.includes(warning.code) && !String(warning.ids ?? warning.id ?? '').includes('node_modules')) {
    throw new Error(`rollup: ${warning.message}`);
  }
  warn(warning);
}

const tsOptions = {
  tsconfig: './tsconfig.build.json',
  // a type error fails the build instead of being printed as a warning
  noEmitOnError: true,
  outputToFilesystem: true,
};

export default [
  // (a) the library
  {
    input: inputs,
    external,
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      json({ preferConst: true }),
      typescript({ ...tsOptions, outDir: 'dist', declaration: true, declarationMap: true }),
    ],
  },
  // (b) the self-contained browser bundle
  {
    input: 'src/alpine-timeline.ts',
    onwarn,
    output: {
      file: 'dist/alpine-timeline.bundle.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [
      // 'production': Lit's exports without its dev-mode warnings and checks
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
      typescript({ ...tsOptions, outDir: 'dist', declaration: false, declarationMap: false }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
