#!/usr/bin/env node
/**
 * Sanity checks of the build output (run by `npm run build`, after rollup):
 *  - the entry points and declarations named in package.json exist, and there is no dist/node_modules;
 *  - library modules import only relative files that exist, lit and d3-* submodules (never `d3`);
 *  - the browser bundle imports nothing at all, contains no Lit dev-mode code, carries the d3
 *    stand-ins rather than d3-transition and d3-color (scripts/d3-shims.mjs), and stays within
 *    BUNDLE_GZIP_LIMIT: growing it is a decision (raise the limit in the same commit, and say
 *    why), not an accident;
 *  - every relative reference in dist/**\/*.d.ts resolves, and a consumer project that imports
 *    `alpine-timeline` and `alpine-timeline/define` type-checks against dist with skipLibCheck off,
 *    with only the package's runtime `dependencies` installed: a type that the public .d.ts
 *    takes from a devDependency (e.g. @types/d3-*) fails here (skip this step with --no-consumer).
 * Exits 1 with the list of problems.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'alpine-timeline.bundle.js');
/**
 * gzip -9 bytes the self-contained bundle may weigh: 74,596 measured on 27 Nov 2026, 75,605 with
 * the gesture frames that skip Lit, 76,041 with the empty-period note, 76,697 with the toolbar
 * icons and the overview's clicks, 77,298 with the legend, the tags and the axis's day and BC
 * ticks, 77,798 with the legend in exported images, 78,013 with axis labels kept whole at the
 * plot's edges, 80,289 with the fixes of the first review (focus kept, print, forced colours,
 * registered sizes), 81,072 with the second's (texts tagged with their fallback language, the
 * host page's inherited text styles reset, a dir changed after drawing, zoomTo() after data),
 * 81,615 with timeline-deselect, the vertical layout's eras in reading order, the list's date
 * column and the sticky era headings, 82,065 with labels grown back where their lane has room
 * and the year on the axis's first ticks, 82,364 with stems passing behind labels and a height
 * filled, 82,410 with the vertical layout's first row at its top, 82,794 with lanes filling a
 * given height, 82,982 with the selected label kept and a height given later followed, 83,237
 * with a short given height kept to (fewer lanes, in order) and right-to-left print, 83,304 with
 * the kiosk's full screen asked for at the end of a tap and laid out again when entered or left,
 * 83,401 with any height given later followed (a probe as tall as the element) and pressed
 * toggles kept readable under the pointer and in forced colours, 83,726 with clusters that zooming
 * cannot split opening their first event (a label of their own in three languages), 83,893 with
 * the full-screen kiosk's views scrolling inside it and the vertical layout filling a given
 * height, 83,999 with the list, story and vertical views scrolling inside a height the page
 * bounds (the `bounded` state), 84,139 with the vertical layout's detail kept on screen, 84,221
 * with the overview after the detail in the tab order, 84,414 with a bounded element's header
 * kept on top (its height followed), 84,438 with a one-column sheet kept inside a given height,
 * 84,486 with the detail's Close kept in its corner, 84,547 with a given height told where there
 * is no computedStyleMap (Firefox), 84,951 with vertical swipes over the horizontal plot left to
 * the page, zoom presses made during an animation counted, and a selection the page made kept for
 * the dataset to come, 85,491 with a narrow overview brush kept grabbable, export options
 * checked, the kiosk's overlays above the strip and an HTML list's undated item named, 85,567
 * with the list view's detail under its item, 85,927 with vertical swipes on the overview strip
 * left to the page (the brush's touchstart held back until a swipe goes sideways), 86,301 with the
 * bundled dataset waiting for the page's scripts, select() kept for a src on its way, the
 * story's chapters said by the live region and buttons at their limit aria-disabled, 86,919
 * with a rotated phone keeping the reader's period in both layouts and a bounded element's open
 * card revealed inside it, 87,380 with the list view's selection brought into sight (select(),
 * `selected`, next/prev, a link, the list opened), as little as it takes, 87,495 with its scroll
 * corrected once the items passed are drawn, 87,624 with the measuring canvases shared page-wide
 * and forced colours' system colours in the overview, the vertical layout, the story and the
 * kiosk, 87,674 with unknown ids in a deep link dropped and print's labels whole, 88,052
 * with story mode's Previous / Next kept at one place (above the chapter, sticking while a long
 * one scrolls, the chapter scrolling alone in a given height and a tab stop then, a step putting
 * the buttons back where they were), 88,108 with texts from data aligned by the element's
 * direction, not their own (a year or an English title at the right of a right-to-left element;
 * the quote's bar and the list's summary column at its start), 88,297 with the view held while
 * a mouse button or a finger is down on the plot or the brush (a slow drag fired
 * timeline-range-change at each of its pauses), 88,741 with the axis's labels fitted (measured,
 * then a coarser step, every other week, or a label left out: ~430 B) and a vertical era name
 * wrapped within its heading, 88,882 with focus kept through a new dataset (the button beside
 * it, the list's item), story mode across datasets (the explorer for one without a story, said in
 * three languages; the chapter of one with a story said) and `selected` null before any dataset,
 * 89,136 with 44 px buttons on touch screens, a POSIX `lang` (fr_FR) read, a new src clearing the
 * last one's error panel, and Lit's repeat wrapped so that the items it removes leave no marker
 * comment behind (~200 B: the shadow tree of a kiosk grew at every zoom), 89,453 with the kiosk
 * timings checked (an empty, non-numeric, negative or infinite attribute or property is its
 * default, with a console warning once; a wait past setTimeout's 24.8 days cut to that) and
 * `problems` kept when the error panel is dismissed (~300 B), 89,554 with the kiosk countdown
 * hung from a sticky dock (in sight however far the element is scrolled) and said once to a
 * screen reader, 89,802 with the fingers still down when one of a pinch lands or lifts given to
 * d3-zoom where they are (the time under the finger left down jumped by what it had missed) and
 * the finger left down after a vertical pinch scrolling the page (~250 B), 90,673 with fixes from
 * an accessibility pass and the list of left-overs (the error panel's line of unlisted problems,
 * its focus and its Retry heard again; strings registered late shown at once; a category colour
 * the browser does not read warned of; CORS named; era bands that meet; any focused mark kept
 * through a zoom; Show more's focus; a quieter live region; ~1.1 KB), 90,805 with the bottom
 * sheet kept clear of the opened mark, 92,871 with a reader's text spacing honoured (WCAG 1.4.12:
 * labels measured with the letter and word spacing on them, lanes and cards that grow for taller
 * lines; ~2 KB), 92,957 with the eras named in the list view, 93,015 with a gesture's period said
 * once the view rests, 93,200 with era names that show their era (a button, its styles), 93,242
 * with two fingers that scroll the vertical layout, 93,511 with the eras named in the detail view,
 * their summaries in the list view and in the bands' tooltips (~270 B), 93,545 with a double-click
 * on an era's name that does not zoom on, 93,581 with era names that a screen reader hears once
 * (named as written, described by their summary alone, not by the tooltip) and the vertical
 * layout's era tooltips with the summary, 93,608 with a one-column sheet kept to 65 % of a short
 * given height (the element's height as observed, in --room: a 220 px sheet covered the mark it
 * opened in a 240 px element), 93,750 with an open event kept in sight after a layout switch (its
 * mark and the top of its detail on a phone turned to landscape, its mark above the sheet that a
 * narrowed element's detail becomes), 94,377 with the fixes of two audits on 29 November (a
 * mouse click that wobbles up to 4 px on the plot and on the overview, ~160 B; era bands keyed;
 * a focused vertical card over the era headings; an HTML list given to a slot never read as the
 * events, and a rejected list kept in sight, ~60 B; the plot's height probe a frame later when a
 * height is given or taken away; a view change cut by a move of the element ended and reported,
 * ~70 B; keyword properties read as their defaults and null options, ~75 B; exportPNG refusing a
 * canvas it cannot hold, ~65 B; a lang change keeping an HTML list's view, ~170 B; zoomTo() after
 * src waiting for that dataset), 94,596 with the fixes of a visitor's audit on 30 November (texts
 * in capitals heard as written, ~90 B; tooltips no longer heard again as descriptions, ~30 B; era
 * tints by the dataset's order, ~15 B; era lines at 3:1, ~10 B; the story's Previous / Next on one
 * line on a phone, ~50 B; attract-interval 0 turning the tour off, ~15 B), 95,337 with the fixes
 * of a developer's audit on 30 November (a getter that throws in `data` named at its path, found
 * by a walk run only after the parser threw, ~145 B; `start` and `end` null before any dataset,
 * ~20 B; `locale` a canonical tag, ~26 B; keyword properties set from script to an unknown value
 * read as their default, ~85 B; JSON that is not JSON said with its line and column, by the
 * command line's scanner shared in src/data/json-error.ts, ~470 B), 95,387 with the element's
 * style sheets parsed in the idle warm-up (~40 B), 95,515 with pointer positions in the plot's own
 * pixels under a page's transform: scale() or zoom (embedding audit, ~128 B), 95,547 with a page's
 * overflow: hidden on the element kept from stopping its scrolling and its sticky headings, sheet and
 * story buttons (~32 B), 95,573 with the overview's density bars mirrored right to left (~26 B),
 * 95,962 with the fixes of a kiosk audit on 30 November (idle-timeout 0 turning the idle reset off,
 * ~7 B; a drag or a pinch whose finger is still down at the idle reset ended there, ~245 B with
 * the vertical layout's; a view scrolled down counted as reading, ~15 B; a failed src asked for
 * again at the idle reset and the tour, ~35 B; a tap on the countdown opening nothing under it,
 * ~90 B; drags refused, ~10 B), 95,971 with French no-break spaces in the interface strings
 * (~9 B), 96,011 with --at-sticky-top for a site's fixed header (~40 B), 96,028 with the marks'
 * templates broken inside their tags (no whitespace text nodes, ~17 B), 96,068 with the list view
 * showing its next page for Next from its last item (~40 B), 96,096 with Enter on a cluster moving
 * focus on to its first event (~28 B), 96,148 with the tab stop of a vertical layout drawn near the
 * screen on the first card on screen (~52 B), 96,156 with Firefox telling a given height and a
 * max-height from probes (~8 B), 96,161 with visually hidden texts kept within their place (~5 B),
 * 96,163 with a new dataset's list starting at one page (~2 B); plus a small margin.
 */
const BUNDLE_GZIP_LIMIT = 96_200;
const ALLOWED_BARE = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|d3-[a-z-]+|tslib)(\/|$)/;
const problems = [];
const rel = (f) => relative(ROOT, f);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Every module specifier of an ES module (static, re-export and dynamic with a string literal). */
function specifiers(code) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (/^(Import|ExportAll|ExportNamed)Declaration$/.test(node.type) && node.source) found.push(node.source.value);
    if (node.type === 'ImportExpression') found.push(node.source.type === 'Literal' ? node.source.value : '<dynamic>');
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/** `dependencies` of the package and, recursively, of those (as installed in the repo's node_modules). */
function runtimeDependencies(manifest) {
  const seen = new Set();
  const queue = Object.keys(manifest.dependencies ?? {});
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const file = join(ROOT, 'node_modules', name, 'package.json');
    if (existsSync(file)) queue.push(...Object.keys(JSON.parse(readFileSync(file, 'utf8')).dependencies ?? {}));
  }
  return [...seen];
}

if (!existsSync(DIST)) {
  console.error('check-dist: dist/ does not exist; run `npm run build` first');
  process.exit(1);
}

// 1. files promised by package.json
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const promised = new Set([pkg.main, pkg.module, pkg.types].filter(Boolean));
const collect = (v) => (typeof v === 'string' ? promised.add(v) : v && Object.values(v).forEach(collect));
collect(pkg.exports);
const warnings = [];
for (const f of promised) {
  if (existsSync(join(ROOT, f))) continue;
  if (f.startsWith('./dist/') || f.startsWith('dist/')) problems.push(`package.json points to ${f}, which the build did not write`);
  // custom-elements.json is written by `cem analyze`, after this check
  else if (!/custom-elements\.json$/.test(f)) warnings.push(`package.json points to ${f}, which does not exist`);
}
if (existsSync(join(DIST, 'node_modules'))) problems.push('dist/node_modules exists (a dependency was emitted as a file)');

const files = walk(DIST);

// 2. JS modules
for (const file of files.filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  let specs;
  try {
    specs = specifiers(code);
  } catch (error) {
    problems.push(`${rel(file)}: does not parse: ${error.message}`);
    continue;
  }
  if (file === BUNDLE) {
    if (specs.length) problems.push(`${rel(file)} must be self-contained but imports ${specs.join(', ')}`);
    if (/Lit is in dev mode/.test(code)) problems.push(`${rel(file)} contains Lit's dev-mode build`);
    // d3-transition's scheduler error and d3-color's named colours: the real modules are back
    if (/already running|aliceblue/.test(code)) problems.push(`${rel(file)} contains d3-transition or d3-color: are the d3 stand-ins wired (scripts/d3-shims.mjs)?`);
    // terser drops every JS comment: a comment left is in a css`` template that the build's CSS
    // minifier skipped (it leaves alone templates with a backslash, e.g. an escaped backtick)
    const cssComment = /\/\*[^]{0,60}/.exec(code);
    if (cssComment) problems.push(`${rel(file)} holds unminified CSS (a css\`\` template with a backslash?): ${JSON.stringify(cssComment[0])}`);
    const gzip = gzipSync(code, { level: 9 }).length;
    if (gzip > BUNDLE_GZIP_LIMIT) problems.push(`${rel(file)} weighs ${gzip} B gzip, over the limit of ${BUNDLE_GZIP_LIMIT} B (BUNDLE_GZIP_LIMIT in this script)`);
    continue;
  }
  for (const s of specs) {
    if (s.startsWith('.')) {
      if (!existsSync(resolve(dirname(file), s))) problems.push(`${rel(file)}: import '${s}' does not resolve`);
    } else if (file === join(DIST, 'react/index.js') && /^react(\/|$)/.test(s)) {
      // the React wrapper: react is a peer dependency
    } else if (file === join(DIST, 'cli.js') && s.startsWith('node:')) {
      // the command line runs in Node
    } else if (!ALLOWED_BARE.test(s)) {
      problems.push(`${rel(file)}: unexpected bare import '${s}' (only lit and d3-* submodules stay external)`);
    }
  }
}

// 2b. the Alpine dataset stays out of what the entries load up front: only the element's dynamic
// import (when it has no data) and the alpine-dataset entry reach it, so a bundler splits it off
// and pages with their own data never load it
const staticClosure = (file, seen = new Set()) => {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const statics = parseAst(readFileSync(file, 'utf8')).body.filter((n) => /^(Import|ExportAll|ExportNamed)Declaration$/.test(n.type) && n.source);
  for (const { source } of statics) if (source.value.startsWith('.')) staticClosure(resolve(dirname(file), source.value), seen);
  return seen;
};
for (const entry of ['index.js', 'alpine-timeline.js', 'react/index.js']) {
  const loaded = [...staticClosure(join(DIST, entry))].filter((f) => /alpine-dataset/.test(f.slice(DIST.length)));
  if (loaded.length) problems.push(`dist/${entry} imports the Alpine dataset statically (${loaded.map(rel).join(', ')}): bundlers will ship it to every page`);
}

// 3. declarations: relative references resolve
for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
  const code = readFileSync(file, 'utf8');
  const refs = [
    ...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\/\/\/\s*<reference\s+path=['"]([^'"]+)['"]/g),
  ].map((m) => m[1]);
  for (const s of refs) {
    if (!s.startsWith('.')) continue;
    const base = resolve(dirname(file), s);
    const candidates = [base, base.replace(/\.js$/, '.d.ts'), `${base}.d.ts`, join(base, 'index.d.ts')];
    if (!candidates.some((c) => existsSync(c))) problems.push(`${rel(file)}: reference '${s}' does not resolve`);
  }
}

// 4. a consumer type-checks against the published declarations
if (!process.argv.includes('--no-consumer') && problems.length === 0) {
  const dir = mkdtempSync(join(tmpdir(), 'alpine-timeline-consumer-'));
  try {
    // An installed copy of the package: its package.json and dist/ (not a link to the repo, whose
    // node_modules holds the devDependencies), next to its runtime dependencies only.
    const installed = join(dir, 'node_modules', pkg.name);
    mkdirSync(installed, { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(installed, 'package.json'));
    cpSync(DIST, join(installed, 'dist'), { recursive: true });
    for (const dep of runtimeDependencies(pkg)) {
      const target = join(dir, 'node_modules', dep);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dep), target, 'dir');
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'Node16',
          moduleResolution: 'Node16',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'consumer.ts'),
      [
        `import * as api from '${pkg.name}';`,
        `import * as defined from '${pkg.name}/define';`,
        `export const both: [typeof api, typeof defined] = [api, defined];`,
        `const el: HTMLElement = document.createElement('alpine-timeline');`,
        `export { el };`,
        '',
      ].join('\n'),
    );
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message;
    problems.push(`a consumer project does not type-check against dist/:\n${out.replaceAll(ROOT, '<repo>')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const w of warnings) console.warn(`check-dist: warning: ${w}`);
if (problems.length) {
  console.error(`check-dist: ${problems.length} problem(s) in dist/:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`check-dist: ok (${files.length} files in dist/)`);
