// Production builds (`npm run build`):
//  (a) the library: dist/index.js (barrel, no side effects) and dist/alpine-timeline.js (defines
//      <alpine-timeline>), every other module of src/ at the same path in dist/ (preserveModules),
//      .d.ts files and source maps that hold their sources (src/ is not published). lit and d3
//      stay as bare imports for the consumer's bundler; tslib's helpers go to dist/internal/, the
//      Alpine dataset (dist/data/alpine-dataset.js, with dist/data/alpine.json.js) is loaded on
//      first use. The css`` templates are minified as in (b).
//  (b) dist/alpine-timeline.bundle.js: one minified, self-contained ES module (lit + the d3
//      submodules + the dataset) for a plain <script type="module" src="...">. d3-transition and
//      d3-interpolate, which the element never uses, are replaced by stand-ins (scripts/d3-shims.mjs).
//  (c) dist/react/index.js (in (a)): the React wrapper; react and @lit/react stay bare imports.
//  (d) dist/cli.js: the `alpine-timeline` command (Node, no DOM), one self-contained file with a
//      #!/usr/bin/env node line; its TypeScript is stripped by esbuild (type-checked by `npm run typecheck`).
// TC39 decorators (`@property() accessor x`) are lowered by tsc (target ES2022).
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform as esbuildTransform } from 'esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { d3ShimsRollup } from './scripts/d3-shims.mjs';

/** Runtime dependencies left as imports in the library build. */
const external = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|d3-[a-z-]+|react|react-dom)(\/|$)/.test(id);

// The Alpine dataset is an entry of its own (`alpine-timeline/alpine-dataset`), not re-exported by
// index: a static import from an entry would pull it into every page, even pages with their own data.
const inputs = ['src/index.ts', 'src/alpine-timeline.ts', 'src/react/index.ts', 'src/data/alpine-dataset.ts'];

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
  // the CLI (Node) is built by (d); kept out of this program and of dist/*.d.ts
  // (patterns resolve against tsconfig's rootDir, hence the absolute path)
  exclude: [`${fileURLToPath(new URL('./src/cli/', import.meta.url))}**`],
  // the sources in the source maps: src/ is not published
  inlineSources: true,
};

/** Strips TypeScript with esbuild (the CLI has no decorators; types are checked by `npm run typecheck`). */
function stripTypes() {
  return {
    name: 'strip-types',
    // `./x.js` in a TypeScript module means `./x.ts`
    async resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      return (await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true })) ?? null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await esbuildTransform(code, { loader: 'ts', target: 'node20', format: 'esm', sourcemap: true, sourcefile: id });
      return { code: out.code, map: out.map };
    },
  };
}

/**
 * Minifies the CSS of css`` templates (comments out, whitespace collapsed, no space around braces,
 * semicolons and commas): terser leaves template strings as they are. The text around `${…}`
 * interpolations is minified piece by piece, keeping one space where a piece meets an
 * interpolation. About 5 KB raw and 0.8 KB gzip off the bundle. Only the templates' text changes
 * (map: null keeps the previous source map): the style modules hold nothing but these templates,
 * so the lines it shifts map no code that runs.
 */
function minifyCssTemplates() {
  const minify = (text, first, last) => {
    let out = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/;}/g, '}');
    if (first) out = out.replace(/^ /, '');
    if (last) out = out.replace(/ $/, '');
    return out;
  };
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      // tsc writes `css \`…\``; a template with a backslash, or an interpolation holding braces or backticks, is left alone
      const out = code.replace(/\bcss\s*`((?:[^`$\\]|\$\{[^{}`]*\}|\$(?!\{))*)`/g, (_, text) => {
        const pieces = text.split(/(\$\{[^{}`]*\})/);
        const last = pieces.length - 1;
        return `css\`${pieces.map((piece, i) => (i % 2 ? piece : minify(piece, i === 0, i === last))).join('')}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Makes the written file executable (npm does it on install; this is for `./dist/cli.js` in the repo). */
function executable() {
  return {
    name: 'executable',
    writeBundle(options) {
      if (options.file) chmodSync(options.file, 0o755);
    },
  };
}

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
      // one module per source module (dist/ mirrors src/): an application's bundler takes only the
      // modules an import reaches, so `import { parseDataset }` brings the data layer alone, not
      // the element (whose decorators run at its top level) with Lit and d3
      preserveModules: true,
      preserveModulesRoot: 'src',
      // tslib's helpers (the only module from node_modules) go to dist/internal/, not dist/node_modules/
      entryFileNames: (chunk) => (chunk.name.startsWith('node_modules/') ? `internal/${chunk.name.split('/').pop()}.js` : '[name].js'),
    },
    plugins: [
      json({ preferConst: true }),
      typescript({ ...tsOptions, outDir: 'dist', declaration: true, declarationMap: false }),
      minifyCssTemplates(),
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
      // d3-transition and d3-interpolate → the stand-ins in src/internal/d3-shims/ (~10 KB gzip less)
      d3ShimsRollup(),
      // 'production': Lit's exports without its dev-mode warnings and checks
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
      typescript({ ...tsOptions, outDir: 'dist', declaration: false, declarationMap: false }),
      minifyCssTemplates(),
      // passes: 2 saves ~230 B gzip more than one pass (npm run bench prints the size).
      // The preamble is V8's explicit compile hint: Chromium compiles every function of the
      // bundle eagerly while the script streams in (off the main thread), instead of compiling
      // ~480 functions lazily on the main thread during the first render (~30 ms of it, cold).
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
    ],
  },
  // (d) the command line
  {
    input: 'src/cli/main.ts',
    onwarn,
    external: (id) => id.startsWith('node:'),
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: false },
    plugins: [json({ preferConst: true, compact: true }), stripTypes(), executable()],
  },
];
