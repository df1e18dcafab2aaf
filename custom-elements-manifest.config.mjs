/**
 * `npm run analyze` (`cem analyze`, run by `npm run build`, `npm run storybook` and
 * `npm run build-storybook`): writes custom-elements.json from the element's sources.
 *
 * The manifest is published with the package, which holds dist/ and not src/: the plugin below
 * turns every source path (`src/data/parse.ts`, or `src/index.js` in an export) into the module
 * the library build writes for it (`dist/data/parse.js`; rollup.config.mjs keeps dist/ a mirror
 * of src/), and a re-export's module written as its specifier (`./parse.js` in src/data/index.ts)
 * into the same package-relative path. `npm run test:package` checks that every path is a file of the tarball. The command
 * line (src/cli/, bundled into dist/cli.js) declares no element and is left out.
 */
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const SOURCE = /^(?:\.\/|\/)?src\/(.+)\.(?:ts|js)$/;

/**
 * src/x/y.ts (or .js) → dist/x/y.js; anything else (another package's path) as it is. A module
 * with no code left at run time (types only, or a barrel of re-exports that rollup resolves to
 * their modules) has no dist/x/y.js: its declarations, dist/x/y.d.ts, stand for it (`npm run
 * build` runs this after rollup; before a build, as for Storybook, the .js path is kept).
 */
export function distPath(path) {
  const match = SOURCE.exec(path);
  if (!match) return path;
  const js = `dist/${match[1]}.js`;
  const dts = `dist/${match[1]}.d.ts`;
  return !existsSync(`${ROOT}${js}`) && existsSync(`${ROOT}${dts}`) ? dts : js;
}

function distPaths() {
  /** Rewrites the paths in `node`, found in the module at `source` (src/…). */
  const visit = (node, source) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, source));
    if (!node || typeof node !== 'object') return;
    for (const key of ['path', 'module']) {
      const value = node[key];
      if (typeof value !== 'string' || node.package) continue;
      node[key] = distPath(value.startsWith('.') ? posix.join(posix.dirname(source), value) : value);
    }
    Object.values(node).forEach((n) => visit(n, source));
  };
  return {
    name: 'alpine-timeline-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) visit(module, module.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cli/**'],
  litelement: true,
  plugins: [distPaths()],
};
