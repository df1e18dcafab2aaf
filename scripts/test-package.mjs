#!/usr/bin/env node
/**
 * `npm run test:package` (part of `npm test`, after `npm run build`): the package as a consumer
 * gets it.
 *
 *  1. `npm pack` (scripts skipped: dist/ is already built) and a check of the file list: every
 *     target of `exports`, `bin`, `types` and `customElements` is in the tarball; no sources,
 *     tests or node_modules are.
 *  2. A scratch project in the system temp dir installs the tarball with
 *     `npm install --offline` (from the npm cache, no network; from the registry when the cache
 *     lacks the packages' metadata, as after a bare `npm ci`), plus react, react-dom and their
 *     types at the versions this repository uses.
 *  3. It type-checks a consumer (consumer.ts) that imports every entry (`alpine-timeline`,
 *     `/define`, `/react`, `/bundle`, `/alpine-dataset`, `/schema.json`, `/alpine.json`,
 *     `/custom-elements.json`)
 *     and relies on the typings (`document.querySelector('alpine-timeline')` is an
 *     AlpineTimeline, `timeline-select` listeners get a typed `detail`, React props and events
 *     are typed), three times: with moduleResolution NodeNext (skipLibCheck off: every declaration
 *     file is checked), with Bundler, and with Node10 (the old `"moduleResolution": "node"`, which
 *     reads no `exports` map: the subpaths resolve through `typesVersions`). A second consumer
 *     (bundle-consumer.ts, a program of its own) imports `alpine-timeline/bundle` alone: its
 *     exports and the tag it defines are typed, under the same three resolutions.
 *  4. It compiles that consumer and runs it in Node (the library's pure API, the element
 *     definition, the React wrapper rendered to a string, the JSON entries), checks that deep
 *     imports are refused, and runs the installed `alpine-timeline` command.
 *  5. It opens the installed `alpine-timeline/bundle` on a plain page in headless Chromium and
 *     checks that the Alpine timeline is drawn.
 *  6. As an application's bundler (esbuild, from the installed package): `import { parseDataset }
 *     from 'alpine-timeline'` bundles to the data layer alone (no Lit, d3, HTMLElement or
 *     customElements) and runs in Node without DOM globals, as in a Web Worker; an app with only
 *     `import 'alpine-timeline/define'` leaves the Alpine dataset in a chunk of its own, and
 *     weighs what the README says (printed).
 *  7. The metadata points into the package: every module path in custom-elements.json is a file
 *     of the tarball, and every source map in it carries the content of all its sources.
 *
 * Exits 1 with what failed. `--keep` keeps the scratch project and prints where it is.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const execFileAsync = promisify(execFile);
const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const keep = process.argv.includes('--keep');
const started = Date.now();
const since = (t = started) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const failures = [];

function step(name, fn) {
  const t = Date.now();
  try {
    const detail = fn();
    console.log(`  ok   ${name}${detail ? ` (${detail})` : ''} in ${since(t)}`);
    return true;
  } catch (error) {
    const message = `${error.message ?? error}${error.stdout ? `\n${error.stdout}` : ''}${error.stderr ? `\n${error.stderr}` : ''}`.trim();
    failures.push(`${name}: ${message}`);
    console.log(`  FAIL ${name}\n${message.replace(/^/gm, '       ')}`);
    return false;
  }
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });
}

const installedVersion = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

for (const f of ['dist/index.js', 'dist/react/index.js', 'dist/cli.js', 'dist/alpine-timeline.bundle.js', 'custom-elements.json']) {
  if (!existsSync(join(ROOT, f))) {
    console.error(`test-package: ${f} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'alpine-timeline-package-'));
const project = join(dir, 'consumer');
mkdirSync(project);
console.log(`test-package: ${pkg.name}@${pkg.version} in ${keep ? dir : 'a scratch project'}`);

// ------------------------------------------------------------------ 1. pack
let tarball;
let packed = [];
const ok = step('npm pack', () => {
  const out = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  tarball = join(dir, info.filename);
  packed = info.files.map((f) => f.path);
  return `${info.filename}, ${packed.length} files, ${(info.size / 1024).toFixed(0)} KiB`;
});
if (!ok) finish();

step('the tarball holds every entry point and nothing else', () => {
  const has = new Set(packed);
  const wanted = new Set(['package.json', 'README.md', 'CHANGELOG.md', pkg.types, pkg.customElements, ...Object.values(pkg.bin ?? {})]);
  const collect = (v) => (typeof v === 'string' ? wanted.add(v.replace(/^\.\//, '')) : v && Object.values(v).forEach(collect));
  collect(pkg.exports);
  const missing = [...wanted].filter((f) => f && !has.has(f.replace(/^\.\//, '')));
  const unwanted = packed.filter((f) => /^(src|test|stories|scripts|node_modules|\.storybook)\//.test(f) || /\.test\./.test(f));
  if (missing.length || unwanted.length) {
    throw new Error([missing.length && `missing: ${missing.join(', ')}`, unwanted.length && `should not be published: ${unwanted.slice(0, 10).join(', ')}`].filter(Boolean).join('; '));
  }
  return `${wanted.size} promised files present`;
});

// ------------------------------------------------------------------ 2. install offline
const installed = join(project, 'node_modules', pkg.name);
step('npm install --offline the tarball into a scratch project', () => {
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const extras = ['react', 'react-dom', '@types/react', '@types/react-dom'].map((n) => `${n}@${installedVersion(n)}`);
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball, ...extras];
  let from = 'the npm cache';
  try {
    run('npm', ['--offline', ...args], { cwd: project });
  } catch (error) {
    // `npm ci` caches tarballs but not the registry's metadata that `npm install name@version`
    // reads first: on a machine whose cache only `npm ci` filled, ask the registry for it.
    if (!/ENOTCACHED/.test(`${error.stdout}${error.stderr}`)) throw error;
    run('npm', ['--prefer-offline', ...args], { cwd: project });
    from = 'the registry (metadata missing from the cache)';
  }
  const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
  if (version !== pkg.version) throw new Error(`installed ${version}, expected ${pkg.version}`);
  return `with ${extras.join(', ')}, from ${from}`;
});

// ------------------------------------------------------------------ 3. type-check a consumer
const CONSUMER = `// Imports every entry of the package, as documented in its README.
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { AlpineTimeline, parseDataset, type TimelineDataset, type TimelineSelectEvent } from 'alpine-timeline';
import 'alpine-timeline/define';
import ReactTimeline, { AlpineTimeline as NamedReactTimeline, type AlpineTimelineProps } from 'alpine-timeline/react';
import alpine from 'alpine-timeline/alpine.json' with { type: 'json' };
import { alpineDataset } from 'alpine-timeline/alpine-dataset';
import schema from 'alpine-timeline/schema.json' with { type: 'json' };
import manifest from 'alpine-timeline/custom-elements.json' with { type: 'json' };

const dataset: TimelineDataset = alpine as TimelineDataset;

/** Type-level use of the element (run in a browser only). */
export function inBrowser(): string[] {
  const seen: string[] = [];
  const el = document.querySelector('alpine-timeline'); // AlpineTimeline | null, from HTMLElementTagNameMap
  if (el) {
    el.data = dataset;
    const known: boolean = el.select('dieppe-plant-1969');
    el.addEventListener('timeline-select', (e) => seen.push(e.detail.event.id, e.detail.reason, String(known)));
    el.addEventListener('timeline-error', (e) => seen.push(...e.detail.problems.map((p) => p.path)));
    el.addEventListener('timeline-load', (e) => seen.push(String(e.detail.timeline.events.length)));
    el.addEventListener('timeline-deselect', (e) => seen.push(e.detail.id, e.detail.reason));
    // @ts-expect-error select() takes an id
    el.select(42);
  }
  const made: AlpineTimeline = document.createElement('alpine-timeline');
  document.addEventListener('timeline-select', (e: TimelineSelectEvent) => seen.push(e.detail.event.id));
  return [...seen, made.tagName];
}

export function reactElement(onSelect: (id: string) => void): React.ReactElement {
  const props: AlpineTimelineProps = {
    data: dataset,
    lang: 'fr',
    selected: 'dieppe-plant-1969',
    onTimelineSelect: (e) => onSelect(e.detail.event.id),
    onTimelineError: (e) => onSelect(e.detail.problems[0]?.path ?? ''),
    onTimelineLoad: (e) => onSelect(e.detail.origin),
    onTimelineDeselect: (e) => onSelect(e.detail.id),
    onTimelineRangeChange: (e) => onSelect(e.type),
  };
  // @ts-expect-error data is a dataset, not a number
  const wrong: AlpineTimelineProps = { data: 42 };
  void wrong;
  // @ts-expect-error start is read-only (React would set it and throw): not a prop
  const readOnly: AlpineTimelineProps = { start: new Date() };
  void readOnly;
  return React.createElement(ReactTimeline, props);
}

const result = parseDataset(dataset);
if (!result.ok) throw new Error('the bundled Alpine dataset does not parse');
const typed: TimelineDataset = alpineDataset;
if (typed.events.length !== dataset.events.length) throw new Error('alpine-timeline/alpine-dataset and alpine.json differ');
if (NamedReactTimeline !== ReactTimeline) throw new Error('alpine-timeline/react: default and named exports differ');
const html = renderToString(reactElement(() => {}));
if (!/^<alpine-timeline[^>]*lang="fr"/.test(html)) throw new Error(\`react-dom/server rendered \${html.slice(0, 200)}\`);
if (customElements.get('alpine-timeline') !== AlpineTimeline) throw new Error('alpine-timeline/define did not define the element');
if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') throw new Error('schema.json');
if (!manifest.modules.some((m) => m.declarations?.some((d) => 'tagName' in d && d.tagName === 'alpine-timeline'))) throw new Error('custom-elements.json');
console.log(JSON.stringify({ events: result.timeline.events.length, react: html.slice(0, 40) }));
`;

// `alpine-timeline/bundle` alone (a program of its own, so that /define's global declarations do
// not type the tag for it): its exports and the tag it defines are typed.
const BUNDLE_CONSUMER = `import 'alpine-timeline/bundle';
import { registerStrings, STRINGS_EN, parseDataset, type TimelineDataset } from 'alpine-timeline/bundle';

registerStrings('en-GB', STRINGS_EN);
export const data: TimelineDataset = { title: 't', events: [] };
const el = document.querySelector('alpine-timeline'); // AlpineTimeline | null, from HTMLElementTagNameMap
if (el) {
  el.data = data;
  const known: boolean = el.select('x');
  void known;
  // @ts-expect-error select() takes an id
  el.select(42);
}
export const ok: boolean = parseDataset(data).ok;
`;

const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
const tsconfig = (resolution, emit, file = 'consumer.ts') => ({
  compilerOptions: {
    target: 'ES2022',
    module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
    moduleResolution: resolution,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    // NodeNext: every .d.ts checked (ours and our dependencies'); Bundler: the consumer's code only (faster)
    skipLibCheck: resolution !== 'NodeNext',
    resolveJsonModule: true,
    esModuleInterop: true,
    types: [],
    ...(emit ? { outDir: 'out', noEmit: false } : { noEmit: true }),
  },
  files: [file],
});
writeFileSync(join(project, 'consumer.ts'), CONSUMER);
writeFileSync(join(project, 'bundle-consumer.ts'), BUNDLE_CONSUMER);
// all at once: NodeNext also emits out/consumer.js for step 4
await Promise.all(
  ['NodeNext', 'Bundler', 'Node10', 'bundle:NodeNext', 'bundle:Bundler', 'bundle:Node10'].map(async (job) => {
    const t = Date.now();
    const [resolution, bundle] = job.split(':').reverse();
    const name = bundle
      ? `a consumer of alpine-timeline/bundle alone type-checks (moduleResolution ${resolution})`
      : `a consumer type-checks against the installed package (moduleResolution ${resolution}, skipLibCheck ${resolution === 'NodeNext' ? 'off' : 'on'})`;
    const file = `tsconfig.${bundle ? 'bundle.' : ''}${resolution.toLowerCase()}.json`;
    const config = bundle ? tsconfig(resolution, false, 'bundle-consumer.ts') : tsconfig(resolution, resolution === 'NodeNext');
    if (bundle) config.compilerOptions.skipLibCheck = true;
    writeFileSync(join(project, file), JSON.stringify(config, null, 2));
    try {
      await execFileAsync(process.execPath, [tsc, '-p', file], { cwd: project, encoding: 'utf8' });
      console.log(`  ok   ${name} in ${since(t)}`);
    } catch (error) {
      const message = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message;
      failures.push(`${name}: ${message}`);
      console.log(`  FAIL ${name}\n${message.replace(/^/gm, '       ')}`);
    }
  }),
);

// ------------------------------------------------------------------ 4. run in Node
step('the compiled consumer runs in Node (pure API, define, React SSR, JSON entries)', () => {
  const out = run(process.execPath, [join(project, 'out/consumer.js')], { cwd: project }).trim();
  if (!out.includes('"events":11')) throw new Error(`unexpected output: ${out}`);
  return out;
});

step('deep imports outside the exports map are refused', () => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `await import('${pkg.name}/dist/index.js')`], { cwd: project, encoding: 'utf8' });
  if (r.status === 0 || !/ERR_PACKAGE_PATH_NOT_EXPORTED/.test(r.stderr)) throw new Error(`expected ERR_PACKAGE_PATH_NOT_EXPORTED, got exit ${r.status}: ${r.stderr.slice(0, 300)}`);
});

step('the installed `alpine-timeline` command validates and imports', () => {
  const bin = join(project, 'node_modules/.bin/alpine-timeline');
  const valid = run(bin, ['validate', join(installed, 'data/alpine.json')], { cwd: project });
  if (!/valid \(11 events/.test(valid)) throw new Error(`validate printed: ${valid}`);
  writeFileSync(join(project, 'events.csv'), 'date;title_fr;title_en;milestone\n1955;Fondation;Founding;yes\n1969;"Usine; Dieppe";Dieppe plant;\n');
  const json = JSON.parse(run(bin, ['import', 'events.csv', '--title', 'Test'], { cwd: project }));
  if (json.events.length !== 2 || json.events[0].id !== 'fondation-1955') throw new Error(`import printed: ${JSON.stringify(json)}`);
  const bad = spawnSync(bin, ['import', '-'], { cwd: project, encoding: 'utf8' });
  if (bad.status === 0) throw new Error('import of a missing file exited 0');
  return valid.trim().replace(/^.*: (?=valid)/, "alpine.json: ");
});

// ------------------------------------------------------------------ 5. the bundle in Chromium
await (async () => {
  const t = Date.now();
  const name = 'the installed alpine-timeline/bundle draws the Alpine timeline in Chromium';
  let browser;
  let server;
  try {
    const { chromium } = await import('playwright-core');
    const { findBrowser } = await import('./find-browser.mjs');
    const { CHROMIUM_ARGS } = await import('./browser-args.mjs');
    const executablePath = findBrowser();
    if (!executablePath) throw new Error('no Chrome/Chromium found (run node scripts/ensure-browser.mjs)');
    const bundle = relative(project, createRequire(join(project, 'package.json')).resolve(`${pkg.name}/bundle`)).split(sep).join('/');
    writeFileSync(
      join(project, 'index.html'),
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>package</title><link rel="icon" href="data:,">
<script type="module" src="/${bundle}"></script><alpine-timeline></alpine-timeline>`,
    );
    server = createServer((req, res) => {
      const file = normalize(join(project, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      if (!file.startsWith(project + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' }[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const milestones = page.locator('alpine-timeline [part~="event"][part~="milestone"]');
    await milestones.first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => {
      throw new Error(`no milestone mark drawn${errors.length ? `; errors: ${errors.join(' | ')}` : ''}`);
    });
    const years = await milestones.evaluateAll((els) => els.map((e) => e.getAttribute('data-year')));
    if (years.join() !== '1955,1965,1969,2017,2025') throw new Error(`milestones ${years.join(', ')}`);
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    console.log(`  ok   ${name} (/${bundle}) in ${since(t)}`);
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
    console.log(`  FAIL ${name}: ${error.message}`);
  } finally {
    await browser?.close().catch(() => {});
    server?.close();
  }
})();

// ------------------------------------------------------------------ 6. as an application's bundler
const kb = (n) => `${n.toLocaleString('en')} B`;
/** Bundles `contents` as an application would (esbuild, minified, split): the files a page loads up front. */
const appBuild = async (name, contents) => {
  const { build } = await import('esbuild');
  const outdir = join(project, 'app', name);
  const { metafile } = await build({
    stdin: { contents, resolveDir: project, sourcefile: `${name}.js`, loader: 'js' },
    absWorkingDir: project,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    outdir,
    entryNames: name,
    chunkNames: 'chunk-[hash]',
  });
  const { outputs } = metafile;
  const entry = Object.keys(outputs).find((f) => outputs[f].entryPoint);
  const loaded = new Set();
  const visit = (f) => {
    if (loaded.has(f)) return;
    loaded.add(f);
    for (const i of outputs[f].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const code = [...loaded].map((f) => readFileSync(join(project, f), 'utf8')).join('\n');
  const inputs = [...loaded].flatMap((f) => Object.keys(outputs[f].inputs));
  const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !loaded.has(f));
  return { entry: join(project, entry), code, inputs, lazy, size: `${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip` };
};

await (async () => {
  const t = Date.now();
  const name = "`import { parseDataset } from 'alpine-timeline'` bundles to the data layer alone and runs without a DOM (as in a worker)";
  try {
    const { entry, code, inputs, size } = await appBuild(
      'pure',
      [
        "import { parseDataset } from 'alpine-timeline';",
        'const good = parseDataset({ title: "T", events: [{ id: "a", date: "1969", title: "A" }] });',
        'const bad = parseDataset({});',
        'console.log(JSON.stringify({ good: good.ok, bad: bad.ok ? 0 : bad.problems.length }));',
      ].join('\n'),
    );
    const heavy = inputs.filter((i) => /node_modules\/(lit|lit-html|lit-element|@lit|d3-[a-z-]+)\//.test(i) || /components\/|controllers\//.test(i));
    const dom = ['HTMLElement', 'customElements', 'document.', 'window.'].filter((w) => code.includes(w));
    if (heavy.length || dom.length) throw new Error(`the bundle (${size}) holds ${[...heavy.slice(0, 8), ...dom].join(', ')}`);
    // Node has no HTMLElement, customElements or document: as in a Web Worker
    const out = run(process.execPath, [entry], { cwd: project }).trim();
    const got = JSON.parse(out);
    if (got.good !== true || !(got.bad > 0)) throw new Error(`printed ${out}`);
    console.log(`  ok   ${name} (${size}) in ${since(t)}`);
  } catch (error) {
    const message = `${error.message ?? error}${error.stderr ? `\n${error.stderr}` : ''}`.trim();
    failures.push(`${name}: ${message}`);
    console.log(`  FAIL ${name}\n${message.replace(/^/gm, '       ')}`);
  }
})();

await (async () => {
  const t = Date.now();
  const name = "an app with `import 'alpine-timeline/define'` leaves the Alpine dataset in a chunk of its own and weighs what the README says";
  try {
    const { code, lazy } = await appBuild('define', "import 'alpine-timeline/define';");
    if (code.includes('dieppe-plant-1969')) throw new Error('the page loads the Alpine dataset up front');
    const datasetChunk = lazy.find((f) => readFileSync(join(project, f), 'utf8').includes('dieppe-plant-1969'));
    if (!datasetChunk) throw new Error('no chunk holds the Alpine dataset');
    const gzip = gzipSync(code, { level: 9 }).length;
    const dataset = gzipSync(readFileSync(join(project, datasetChunk)), { level: 9 }).length;
    // README: "a page defining the element weighs about NN KB gzip without it"
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const claim = /a page defining the element weighs\s+about\s+([\d.]+)\s+KB\s+gzip/.exec(readme);
    if (!claim) throw new Error("README.md no longer says what a page defining the element weighs");
    if (Math.abs(Number(claim[1]) * 1000 - gzip) > 1000) throw new Error(`README.md says about ${claim[1]} KB gzip; esbuild makes ${kb(gzip)} gzip (${kb(code.length)} raw)`);
    console.log(`  ok   ${name} (${kb(code.length)} raw, ${kb(gzip)} gzip; the dataset's chunk ${kb(dataset)} gzip, loaded on first use) in ${since(t)}`);
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
    console.log(`  FAIL ${name}\n${String(error.message).replace(/^/gm, '       ')}`);
  }
})();

// ------------------------------------------------------------------ 7. metadata
step('every module path in custom-elements.json is a file of the package', () => {
  const has = new Set(packed);
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const paths = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (typeof node.path === 'string') paths.add(node.path);
    // references to the package's own modules (a `package` is another package's, e.g. lit)
    if (typeof node.module === 'string' && !node.package) paths.add(node.module);
    Object.values(node).forEach(visit);
  };
  visit(manifest.modules);
  const missing = [...paths].filter((p) => !has.has(p.replace(/^\.?\//, '')));
  if (missing.length) throw new Error(`${missing.length} of ${paths.size} paths are not in the tarball: ${missing.slice(0, 6).join(', ')}`);
  return `${paths.size} paths`;
});

step('every source map of the package carries its sources', () => {
  const has = new Set(packed);
  const maps = packed.filter((f) => f.endsWith('.map'));
  const problems = [];
  for (const file of maps) {
    const map = JSON.parse(readFileSync(join(installed, file), 'utf8'));
    const sources = map.sources ?? [];
    if (file.endsWith('.d.ts.map')) {
      // declaration maps take TypeScript to the source file itself: it must be in the package
      const absent = sources.filter((s) => !has.has(join(dirname(file), s).split(sep).join('/')));
      if (absent.length) problems.push(`${file}: ${absent.length} sources not in the package (${absent[0]})`);
    } else {
      const empty = sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string');
      if (empty.length) problems.push(`${file}: ${empty.length} of ${sources.length} sources without content (${empty[0]})`);
    }
  }
  if (!maps.length) throw new Error('no source map in the package');
  if (problems.length) throw new Error(`${problems.length} of ${maps.length} maps:\n${problems.slice(0, 8).join('\n')}`);
  return `${maps.length} maps`;
});

finish();

function finish() {
  if (keep) console.log(`test-package: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  if (failures.length) {
    console.error(`test-package: FAILED (${failures.length}) in ${since()}`);
    process.exit(1);
  }
  console.log(`test-package: ok in ${since()}`);
  process.exit(0);
}
