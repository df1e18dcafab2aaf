#!/usr/bin/env node
/**
 * `npm run check:storybook`: checks the static Storybook (`npm run build-storybook` first, or
 * pass --build) in headless Chromium, offline.
 *
 * Serves storybook-static/ on 127.0.0.1 (every other host is blocked) and opens:
 *  - every story of index.json in its iframe, waiting for what the story is about (marks drawn,
 *    the error panel with its paths, the loading status, the empty note...);
 *  - the Docs page, which must list the element's attributes, events, parts and custom
 *    properties (from custom-elements.json);
 *  - the Storybook UI (index.html) on the default story, which must draw the timeline.
 * Fails on any console error or uncaught exception (except the 404 the MissingSrc story asks
 * for). Not part of `npm test` (it takes about 20 to 40 s with the build).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { findBrowser } from './find-browser.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const STATIC = join(ROOT, 'storybook-static');
const started = Date.now();
const since = (t = started) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

if (process.argv.includes('--build')) {
  const r = spawnSync('npm', ['run', 'build-storybook', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`check-storybook: built in ${since()}`);
}
if (!existsSync(join(STATIC, 'index.json'))) {
  console.error('check-storybook: storybook-static/ not found: run `npm run build-storybook` first (or pass --build).');
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error('check-storybook: no Chrome/Chromium found (run node scripts/ensure-browser.mjs or set CHROME_PATH).');
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(STATIC, path));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!(file === STATIC || file.startsWith(STATIC + sep)) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((e) => e.title === 'Timeline/alpine-timeline');
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.find((e) => e.type === 'docs');

/** What each story must show, as a selector inside the element (and optional text). Default: a drawn mark. */
const EXPECT = {
  'invalid-data': { selector: '[part~="error"]', texts: ['events[0].date'] },
  'missing-src': { selector: '[part~="error"]', texts: ['does-not-exist.json'], allow404: true },
  loading: { selector: '[part~="loading"]' },
  empty: { selector: '[part~="empty"]' },
  'html-first': { selector: '[part~="event"][data-id="dieppe"]' },
  'deep-link': { selector: '[part~="event"][part~="selected"][data-id="dieppe-plant-1969"]' },
  'list-view': { selector: '[part~="list"], [part~="event"]' },
  slots: { selector: '[slot="footer"]' },
  selected: { selector: '[part~="detail"]', texts: ['Dieppe'] },
  dense: { selector: '[part~="event"], [part~="cluster"]' },
  'story-mode': { selector: '[part~="chapter-title"]', texts: ['Une légende sur piste comme sur route'] },
};
const DEFAULT_EXPECT = { selector: '[part~="event"]' };

const failures = [];
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient')));

  /** Opens `url`, waits for `selector` inside <alpine-timeline>, returns the console errors. */
  async function visit(name, url, { selector, texts = [], allow404 = false }, within = 'alpine-timeline') {
    const t = Date.now();
    const page = await context.newPage();
    const errors = [];
    const missing = [];
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // the MissingSrc story's 404 is the point of that story
      if (allow404 && /status of 404/.test(m.text())) return;
      errors.push(m.text());
    });
    try {
      await page.goto(url, { waitUntil: 'load' });
      const target = page.locator(`${within} ${selector}`.trim());
      let ok = true;
      for (const text of texts.length ? texts : [undefined]) {
        const found = text ? target.filter({ hasText: text }) : target;
        const seen = await found
          .first()
          .waitFor({ state: 'attached', timeout: 30_000 })
          .then(() => true)
          .catch(() => false);
        if (!seen) failures.push(`${name}: nothing matches ${selector}${text ? ` with "${text}"` : ''} (${url})`);
        ok &&= seen;
      }
      await page.waitForTimeout(300); // late errors
      const unexpected404 = missing.filter((p) => !(allow404 && p.endsWith('/datasets/does-not-exist.json')));
      if (unexpected404.length) errors.push(`404 for ${unexpected404.join(', ')}`);
      if (errors.length) failures.push(`${name}: console errors: ${errors.join(' | ')}`);
      console.log(`  ${ok && !errors.length ? 'ok  ' : 'FAIL'} ${name} in ${since(t)}`);
    } finally {
      await page.close();
    }
  }

  // three pages at a time
  const queue = [...stories];
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) {
      const key = story.id.replace(/^timeline-alpine-timeline--/, '');
      await visit(`story ${story.name}`, `${origin}/iframe.html?id=${story.id}&viewMode=story`, EXPECT[key] ?? DEFAULT_EXPECT);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (docs) {
    // the Docs page also renders every story, MissingSrc's 404 included
    const texts = ['timeline-select', 'hide-overview', 'event-title', '--at-accent'];
    await visit(`the Docs page lists ${texts.join(', ')}`, `${origin}/iframe.html?id=${docs.id}&viewMode=docs`, { selector: '.docblock-argstable', texts, allow404: true }, '');
  } else failures.push('no Docs page (tags: ["autodocs"])');
  // the Storybook UI around the preview iframe
  const t = Date.now();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/index.html?path=/story/${stories[0].id}`);
  const drawn = await page
    .frameLocator('#storybook-preview-iframe')
    .locator('alpine-timeline [part~="event"]')
    .first()
    .waitFor({ state: 'attached', timeout: 60_000 })
    .then(() => true)
    .catch(() => false);
  if (!drawn || errors.length) failures.push(`the Storybook UI: ${drawn ? '' : 'the story was not drawn'} ${errors.join(' | ')}`);
  console.log(`  ${drawn && !errors.length ? 'ok  ' : 'FAIL'} the Storybook UI (index.html) shows ${stories[0].name} in ${since(t)}`);
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`check-storybook: FAILED (${failures.length}) in ${since()}:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`check-storybook: ok, ${stories.length} stories and the Docs page in ${since()}`);
