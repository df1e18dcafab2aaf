#!/usr/bin/env node
/**
 * `npm run e2e` (after `npm run build`): end-to-end check of the production bundle.
 *
 * Serves the repository over http://127.0.0.1:<free port>, opens test/e2e/bundle.html (a plain
 * page that loads only dist/alpine-timeline.bundle.js and holds `<alpine-timeline></alpine-timeline>`)
 * in headless Chromium (playwright-core, the browser from scripts/find-browser.mjs), and checks:
 *  - every request stays on 127.0.0.1 (others are blocked and reported) and the page needs
 *    nothing but itself and the bundle; no console error, no page error, no Lit dev mode;
 *  - the five milestones 1955, 1965, 1969, 2017, 2025 are drawn, in time order, as
 *    `[part~="event"][part~="milestone"]` marks;
 *  - clicking a mark fires `timeline-select` with that mark's event;
 *  - a double-click zooms in twice, dragging the plot pans, dragging the overview's brush moves
 *    the view (d3-zoom and d3-brush running on the bundle's d3 stand-ins, scripts/d3-shims.mjs);
 *  - `el.data = <invalid>` shows a `[part~="error"]` listing the path `events[0].date`;
 *  - on test/e2e/page-data.html, elements given data by a module script after the bundle's or a
 *    DOMContentLoaded listener announce and draw only that data (never the Alpine dataset first),
 *    and an element given none draws the Alpine dataset.
 * It also saves docs/screenshot.png (1280×720, the default view) unless --no-screenshot is given.
 * Exits 1 with a list of what failed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { e2eChecks } from './e2e-checks.mjs';
import { startStaticServer } from './e2e-server.mjs';
import { HOW_TO_GET_A_BROWSER } from './ensure-browser.mjs';
import { findBrowser } from './find-browser.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PAGE = '/test/e2e/bundle.html';
const PAGE_DATA = '/test/e2e/page-data.html';
const BUNDLE = '/dist/alpine-timeline.bundle.js';
const SCREENSHOT = join(ROOT, 'docs/screenshot.png');
const EXPECTED_MILESTONE_YEARS = [1955, 1965, 1969, 2017, 2025];
const VIEWPORT = { width: 1280, height: 720 };
const TIMEOUT = 15_000;
const takeScreenshot = !process.argv.includes('--no-screenshot');

const { check, fatal, seconds, guard, unexpected, finish } = e2eChecks('e2e');

// ------------------------------------------------------------------ preconditions
if (!existsSync(join(ROOT, BUNDLE))) fatal(`${BUNDLE.slice(1)} not found: run \`npm run build\` first.`);
if (!existsSync(join(ROOT, PAGE))) fatal(`${PAGE.slice(1)} not found.`);
const executablePath = findBrowser();
if (!executablePath) fatal(HOW_TO_GET_A_BROWSER);

// ------------------------------------------------------------------ static server (repo root, loopback only)
const server = await startStaticServer(ROOT);
const origin = server.origin;

// ------------------------------------------------------------------ browser
guard(90_000);

let browser;
try {
  console.log(`e2e: ${relative(ROOT, join(ROOT, PAGE))} via ${origin}, browser ${executablePath}`);
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });

  const requests = [];
  const offHost = [];
  const consoleErrors = [];
  const pageErrors = [];
  const devMode = [];
  const httpErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    offHost.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) httpErrors.push(`${r.status()} ${r.url()}`);
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (/Lit is in dev mode/.test(m.text())) devMode.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.stack || e.message));

  // ---------------------------------------------------------------- 1. loads and draws the milestones
  let t = Date.now();
  await page.goto(origin + PAGE, { waitUntil: 'load', timeout: TIMEOUT });
  const marks = page.locator('alpine-timeline [part~="event"][part~="milestone"]');
  const deadline = Date.now() + TIMEOUT;
  while ((await marks.count()) < EXPECTED_MILESTONE_YEARS.length && Date.now() < deadline) await page.waitForTimeout(100);
  console.log(`e2e: page loaded in ${seconds(t)}`);

  const found = await marks.evaluateAll((els) =>
    els.map((el) => {
      const marker = el.querySelector('[part~="marker"]');
      const box = (marker ?? el).getBoundingClientRect();
      return {
        id: el.getAttribute('data-id'),
        dataYear: el.getAttribute('data-year'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        x: marker ? box.left + box.width / 2 : null,
      };
    }),
  );
  const years = found.map((m) => {
    if (m.dataYear !== null && /^-?\d+$/.test(m.dataYear)) return Number(m.dataYear);
    const match = /(?<!\d)(\d{4})(?!\d)/.exec(m.text);
    return match ? Number(match[1]) : NaN;
  });
  check(
    JSON.stringify(years) === JSON.stringify(EXPECTED_MILESTONE_YEARS),
    `milestone marks show ${EXPECTED_MILESTONE_YEARS.join(', ')} in that order`,
    `found [${years.join(', ')}]${found.length ? '' : ' (no [part~="event"][part~="milestone"] mark in <alpine-timeline>)'}`,
  );
  check(
    found.every((m) => typeof m.id === 'string' && m.id.length > 0),
    'every milestone mark has a data-id',
    found.map((m) => m.id).join(', '),
  );
  const xs = found.map((m) => m.x);
  if (found.length > 1 && xs.every((x) => typeof x === 'number')) {
    check(
      xs.every((x, i) => i === 0 || x >= xs[i - 1] - 0.5),
      'milestone markers are placed left to right in time order',
      xs.map((x) => x.toFixed(1)).join(' ≤ '),
    );
  }

  // ---------------------------------------------------------------- screenshot of the default view
  if (takeScreenshot && found.length) {
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    console.log(`e2e: saved ${relative(ROOT, SCREENSHOT)} (${VIEWPORT.width}×${VIEWPORT.height})`);
  }

  // ---------------------------------------------------------------- 2. clicking a mark fires timeline-select
  await page.evaluate(() => {
    const el = document.querySelector('alpine-timeline');
    const log = { select: [], error: [] };
    Object.defineProperty(window, '__e2e', { value: log });
    el?.addEventListener('timeline-select', (e) => log.select.push({ id: e.detail?.event?.id, reason: e.detail?.reason }));
    el?.addEventListener('timeline-error', (e) => log.error.push((e.detail?.problems ?? []).map((p) => p.path)));
  });
  if (found.length) {
    const index = Math.min(2, found.length - 1);
    const mark = marks.nth(index);
    const target = (await mark.locator('button').count()) > 0 ? mark.locator('button').first() : mark;
    t = Date.now();
    await target.click({ timeout: 5000 });
    const fired = await page
      .waitForFunction(() => window.__e2e.select.length > 0, null, { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    const selects = await page.evaluate(() => window.__e2e.select);
    check(fired, `clicking the ${years[index]} mark fires timeline-select`, fired ? '' : 'no event within 5 s');
    if (fired) {
      check(selects[0].id === found[index].id, 'timeline-select detail.event.id is the clicked event', `got ${selects[0].id}, expected ${found[index].id}`);
      check(selects[0].reason === 'pointer', 'timeline-select detail.reason is "pointer"', `got ${selects[0].reason}`);
    }
    console.log(`e2e: selection checked in ${seconds(t)}`);
  } else {
    check(false, 'clicking a mark fires timeline-select', 'no mark to click');
  }

  // ---------------------------------------------------------------- 3. zoom and pan by hand (d3-zoom and d3-brush with the bundle's d3 stand-ins)
  t = Date.now();
  const span = () => page.evaluate(() => {
    const el = document.querySelector('alpine-timeline');
    return el ? [el.start.getTime(), el.end.getTime()] : [0, 0];
  });
  const plotBox = await page.locator('alpine-timeline [part~="plot"]').first().boundingBox();
  if (plotBox) {
    const [x, y] = [plotBox.x + plotBox.width / 2, plotBox.y + plotBox.height - 12];
    const [a0, b0] = await span();
    await page.mouse.dblclick(x, y); // reduced motion: zooms at once
    await page.waitForTimeout(100);
    const [a1, b1] = await span();
    check(Math.abs((b1 - a1) / (b0 - a0) - 0.5) < 0.01, 'a double-click on the plot zooms in twice', `span ${((b1 - a1) / (b0 - a0)).toFixed(3)} of before`);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let dx = 20; dx <= 200; dx += 20) await page.mouse.move(x - dx, y);
    await page.mouse.up();
    const [a2, b2] = await span();
    check(a2 > a1 && Math.abs(b2 - a2 - (b1 - a1)) < 1000, 'dragging the plot pans the view later in time', `start moved ${a2 - a1} ms`);
    const brush = await page.locator('alpine-timeline [part~="brush"] .selection').first().boundingBox();
    if (brush) {
      const [bx, by] = [brush.x + brush.width / 2, brush.y + brush.height / 2];
      await page.mouse.move(bx, by);
      await page.mouse.down();
      for (let dx = 10; dx <= 60; dx += 10) await page.mouse.move(bx - dx, by);
      await page.mouse.up();
      const [a3, b3] = await span();
      check(a3 < a2 && Math.abs(b3 - a3 - (b2 - a2)) < 86_400_000, 'dragging the overview brush moves the view earlier', `start moved ${a3 - a2} ms`);
    } else check(false, 'the overview brush is drawn', 'no [part~="brush"] .selection');
  } else check(false, 'the plot is drawn', 'no [part~="plot"] box');
  console.log(`e2e: zoom and pan checked in ${seconds(t)}`);

  // ---------------------------------------------------------------- 4. an invalid dataset shows its problems
  t = Date.now();
  await page.evaluate(() => {
    const el = document.querySelector('alpine-timeline');
    if (el) el.data = { title: 'Broken', events: [{ id: 'broken', date: 'not-a-date', title: 'Broken date' }] };
  });
  const errorPanel = page.locator('alpine-timeline [part~="error"]').filter({ hasText: 'events[0].date' });
  const shown = await errorPanel
    .first()
    .waitFor({ state: 'visible', timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  const shownText = shown
    ? ''
    : await page
        .locator('alpine-timeline [part~="error"]')
        .allTextContents()
        .then((texts) => (texts.length ? `error part says: ${texts.join(' | ').replace(/\s+/g, ' ').slice(0, 300)}` : 'no [part~="error"] element'));
  check(shown, 'el.data = <invalid> shows [part~="error"] listing events[0].date', shownText);
  const errors = await page.evaluate(() => window.__e2e.error);
  check(
    errors.some((paths) => paths.includes('events[0].date')),
    'timeline-error detail.problems has path events[0].date',
    JSON.stringify(errors),
  );
  console.log(`e2e: invalid data checked in ${seconds(t)}`);

  // ---------------------------------------------------------------- 5. data from the page's own scripts, with no Alpine dataset first
  t = Date.now();
  await page.goto(origin + PAGE_DATA, { waitUntil: 'load', timeout: TIMEOUT });
  await page.waitForFunction(() => window.loads.some((l) => l.startsWith('none:')), null, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(300);
  const { loads, drawn } = await page.evaluate(() => ({ loads: window.loads, drawn: window.drawn }));
  const given = loads.filter((l) => !l.startsWith('none:')).sort();
  check(
    JSON.stringify(given) === JSON.stringify(['early:data', 'late:data', 'module:data']),
    'elements given data by a later module script or a DOMContentLoaded listener announce only that data',
    `timeline-load: ${loads.join(', ')}`,
  );
  const foreign = drawn.filter((d) => !d.startsWith('none:') && !/^\w+:(Early|Late|Module) [AB]$/.test(d));
  check(foreign.length === 0, 'and never draw the Alpine dataset first', `also drawn: ${foreign.slice(0, 5).join(', ')}`);
  check(['module:Module A', 'early:Early B', 'late:Late A'].every((d) => drawn.includes(d)), 'they draw the data given', drawn.join(', '));
  check(
    loads.filter((l) => l.startsWith('none:')).join() === 'none:default' && drawn.filter((d) => d.startsWith('none:')).length > 3,
    'an element given no data still draws the Alpine dataset',
    `timeline-load: ${loads.join(', ')}`,
  );
  console.log(`e2e: data from page scripts checked in ${seconds(t)}`);

  // ---------------------------------------------------------------- requests and logs
  const local = [...new Set(requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname))];
  const extra = local.filter((p) => p !== PAGE && p !== PAGE_DATA && p !== BUNDLE && p !== `${BUNDLE}.map`);
  check(offHost.length === 0, 'every request goes to 127.0.0.1', offHost.join(', '));
  check(extra.length === 0, 'the page needs nothing but itself and the bundle', `also requested ${extra.join(', ')}`);
  check(local.includes(BUNDLE), `the page loaded ${BUNDLE}`, `requests: ${local.join(', ')}`);
  check(httpErrors.length === 0, 'no HTTP error responses', httpErrors.join(', '));
  check(consoleErrors.length === 0, 'no console errors', consoleErrors.join(' | '));
  check(pageErrors.length === 0, 'no uncaught page errors', pageErrors.join(' | '));
  check(devMode.length === 0, 'the bundle runs Lit in production mode', devMode[0]);
} catch (error) {
  unexpected(error);
} finally {
  await browser?.close().catch(() => {});
  server.close();
}

finish();
