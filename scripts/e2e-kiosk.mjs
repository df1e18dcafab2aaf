#!/usr/bin/env node
/**
 * `npm run e2e:kiosk` (after `npm run build`): the kiosk page on a touch screen, with the
 * production bundle.
 *
 * Serves the repository over http://127.0.0.1:<free port> and opens stories/kiosk.html (the page
 * `npm run kiosk` serves) in headless Chromium (playwright-core) at 1920 × 1080 with touch
 * emulation. The page loads the TypeScript sources when the dev server serves it; here its
 * script is pointed at dist/alpine-timeline.bundle.js instead (the page is otherwise unchanged).
 * Checks:
 *  - every request goes to 127.0.0.1 or localhost (data: and blob: URLs are fine), and the page
 *    loads the bundle, not the sources; no console error, no page error, no HTTP error;
 *  - every visible interactive element of the shadow root (buttons, links, [tabindex],
 *    [role=slider], form fields) is at least 48 × 48 CSS px, on the overview and with a detail open;
 *  - with `idle-timeout` set small from here, the attract tour starts once it has passed:
 *    `timeline-select` with reason "tour" through the milestones (or the dataset's story) in
 *    order and round again, under the "touch to explore" invitation;
 *  - a real tap (CDP Input.dispatchTouchEvent) stops it: the invitation goes, no tour step follows,
 *    the visitor stays on the event the tour showed; the element enters full screen.
 * Exits 1 with a list of what failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { e2eChecks } from './e2e-checks.mjs';
import { startStaticServer } from './e2e-server.mjs';
import { HOW_TO_GET_A_BROWSER } from './ensure-browser.mjs';
import { findBrowser } from './find-browser.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PAGE = '/stories/kiosk.html';
const SOURCE_SCRIPT = '../src/alpine-timeline.ts';
const BUNDLE = '/dist/alpine-timeline.bundle.js';
const VIEWPORT = { width: 1920, height: 1080 };
const MIN_TARGET = 48;
const IDLE_TIMEOUT = 1; // s, set from here
const ATTRACT_INTERVAL = 0.4; // s
const TIMEOUT = 15_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

const { check, fatal, seconds, guard, unexpected, finish } = e2eChecks('e2e:kiosk');

if (!existsSync(join(ROOT, BUNDLE))) fatal(`${BUNDLE.slice(1)} not found: run \`npm run build\` first.`);
const html = readFileSync(join(ROOT, PAGE), 'utf8');
if (!html.includes(`src="${SOURCE_SCRIPT}"`)) fatal(`${PAGE.slice(1)} no longer loads ${SOURCE_SCRIPT}: update ${fileURLToPath(import.meta.url)}.`);
const executablePath = findBrowser();
if (!executablePath) fatal(HOW_TO_GET_A_BROWSER);

const server = await startStaticServer(ROOT);
const { origin } = server;
guard(60_000);

/** In the page: visible interactive elements of the element's shadow root smaller than `min` px. */
function smallTargets(min) {
  const el = document.querySelector('alpine-timeline');
  const root = el.shadowRoot;
  // Buttons and links count with any tabindex (marks use a roving one); other elements when they are in the tab order.
  const targets = [...root.querySelectorAll('button, a[href], input, select, textarea, summary, [role="slider"], [role="button"], [tabindex]')].filter((t) => {
    if (t.closest('.visually-hidden') || t.closest('[hidden]')) return false;
    if (!t.matches('button, a[href], input, select, textarea, summary, [role="slider"], [role="button"]') && !(t.tabIndex >= 0)) return false;
    if (!t.getClientRects().length) return false;
    const style = getComputedStyle(t);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  });
  const small = [];
  for (const t of targets) {
    const r = t.getBoundingClientRect();
    if (r.width < min - 0.5 || r.height < min - 0.5) {
      const name = t.getAttribute('part') ?? t.closest('[part]')?.getAttribute('part') ?? t.className ?? t.localName;
      small.push(`${t.localName}[${name}] ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
    }
  }
  return { count: targets.length, small };
}

let browser;
try {
  console.log(`e2e:kiosk: ${PAGE.slice(1)} with ${BUNDLE.slice(1)} via ${origin}, ${VIEWPORT.width}×${VIEWPORT.height} touch, browser ${executablePath}`);
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, hasTouch: true });
  const requests = [];
  const offHost = [];
  const httpErrors = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (!LOCAL_HOSTS.has(url.hostname)) {
      offHost.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (url.pathname !== PAGE) return route.continue();
    // The page as `npm run kiosk` serves it, with the production bundle instead of the sources.
    const response = await route.fetch();
    const body = (await response.text()).replace(`src="${SOURCE_SCRIPT}"`, `src="${BUNDLE}"`);
    return route.fulfill({ response, body });
  });
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) httpErrors.push(`${r.status()} ${r.url()}`);
  });
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.stack || e.message));

  // ---------------------------------------------------------------- 1. the page draws, touch first
  await page.goto(origin + PAGE, { waitUntil: 'load', timeout: TIMEOUT });
  await page.locator('alpine-timeline [part~="event"]').first().waitFor({ state: 'attached', timeout: TIMEOUT });
  const setup = await page.evaluate(() => {
    const el = document.querySelector('alpine-timeline');
    const log = { selects: [], idleSetAt: 0 };
    Object.defineProperty(window, '__kiosk', { value: log });
    el.addEventListener('timeline-select', (e) => log.selects.push({ id: e.detail.event.id, reason: e.detail.reason, at: performance.now() }));
    const timeline = el.timeline;
    const milestones = timeline.events.filter((e) => e.milestone).sort((a, b) => a.start.start - b.start.start).map((e) => e.id);
    // The tour follows the dataset's story, which defaults to the milestones in time order.
    const stops = timeline.story?.length ? [...timeline.story] : milestones;
    return {
      kiosk: el.hasAttribute('kiosk'),
      touch: matchMedia('(pointer: coarse)').matches && navigator.maxTouchPoints > 0,
      stops,
      story: JSON.stringify(stops) !== JSON.stringify(milestones),
      stopTimes: stops.map((id) => timeline.events.find((e) => e.id === id)?.start.start),
    };
  });
  check(setup.kiosk && setup.touch, 'the kiosk element is on a touch screen (pointer: coarse, touch points)', JSON.stringify(setup));
  check(setup.stops.length >= 2, `the tour has ${setup.stops.length} stops (${setup.story ? "the dataset's story" : 'the milestones'}: ${setup.stops.join(', ')})`);
  const overview = await page.evaluate(smallTargets, MIN_TARGET);
  check(overview.count >= 10 && overview.small.length === 0, `every visible interactive element is at least ${MIN_TARGET} × ${MIN_TARGET} px on the overview (${overview.count})`, overview.small.join(', '));

  // ---------------------------------------------------------------- 2. idle: the tour starts, in order
  const t = Date.now();
  await page.evaluate(
    ([idle, interval]) => {
      const el = document.querySelector('alpine-timeline');
      el.setAttribute('attract-interval', String(interval));
      el.setAttribute('idle-timeout', String(idle));
      window.__kiosk.idleSetAt = performance.now();
    },
    [IDLE_TIMEOUT, ATTRACT_INTERVAL],
  );
  const wanted = setup.stops.length + 1; // round once, back to the first
  const toured = await page
    .waitForFunction((n) => window.__kiosk.selects.filter((s) => s.reason === 'tour').length >= n, wanted, { timeout: TIMEOUT, polling: 50 })
    .then(() => true)
    .catch(() => false);
  const log = await page.evaluate(() => window.__kiosk);
  const tour = log.selects.filter((s) => s.reason === 'tour');
  const firstAfter = tour.length ? (tour[0].at - log.idleSetAt) / 1000 : NaN;
  check(toured, `the attract tour runs after idle-timeout="${IDLE_TIMEOUT}" (${tour.length} steps in ${seconds(t)})`);
  check(firstAfter >= IDLE_TIMEOUT - 0.05, `…not before the idle timeout: first step after ${firstAfter.toFixed(2)} s`);
  check(log.selects.every((s) => s.reason === 'tour'), 'every timeline-select meanwhile has reason "tour"', JSON.stringify(log.selects.map((s) => s.reason)));
  const expected = [...setup.stops, setup.stops[0]];
  const got = tour.slice(0, wanted).map((s) => s.id);
  check(JSON.stringify(got) === JSON.stringify(expected), `…through the ${setup.story ? 'story' : 'milestones'} in order, then round again`, `got ${got.join(', ')}; expected ${expected.join(', ')}`);
  if (!setup.story) {
    const times = setup.stopTimes;
    check(times.every((x, i) => i === 0 || x >= times[i - 1]), '…which are in time order', JSON.stringify(times));
  }
  check((await page.locator('alpine-timeline [part~="invitation"]').count()) === 1, 'the "touch to explore" invitation is shown during the tour');

  // ---------------------------------------------------------------- 3. a real tap stops it
  // The visitor will stay a while after the tap: a long idle timeout (applies at the next input).
  await page.evaluate(() => document.querySelector('alpine-timeline').setAttribute('idle-timeout', '600'));
  const title = await page.locator('alpine-timeline [part~="title"]').boundingBox();
  const before = await page.evaluate(() => window.__kiosk.selects.length);
  await page.touchscreen.tap(title.x + Math.min(40, title.width / 2), title.y + title.height / 2);
  const stopped = await page
    .waitForFunction(() => !document.querySelector('alpine-timeline').shadowRoot.querySelector('[part~="invitation"]'), null, { timeout: 5000, polling: 50 })
    .then(() => true)
    .catch(() => false);
  check(stopped, 'a tap (touchstart/touchend through CDP) removes the invitation');
  const fullscreen = await page
    .waitForFunction(() => document.fullscreenElement?.localName === 'alpine-timeline', null, { timeout: 5000, polling: 50 })
    .then(() => true)
    .catch(() => false);
  check(fullscreen, '…and enters full screen (the page\'s `fullscreen` attribute)');
  const where = await page.evaluate(() => document.querySelector('alpine-timeline').selected);
  const afterTap = await page.evaluate(() => window.__kiosk.selects.length);
  await page.waitForTimeout(ATTRACT_INTERVAL * 1000 * 4);
  const later = await page.evaluate(() => ({ selects: window.__kiosk.selects.slice(), selected: document.querySelector('alpine-timeline').selected }));
  check(later.selects.length === afterTap && afterTap - before <= 1, `…and stops the tour: no step in the next ${(ATTRACT_INTERVAL * 4).toFixed(1)} s`, JSON.stringify(later.selects.slice(before)));
  check(where !== null && later.selected === where, `…leaving the visitor on the event the tour showed (${where})`, `now ${later.selected}`);
  const detail = await page.evaluate(smallTargets, MIN_TARGET);
  check(detail.small.length === 0, `every visible interactive element is at least ${MIN_TARGET} × ${MIN_TARGET} px with the detail open (${detail.count})`, detail.small.join(', '));

  // ---------------------------------------------------------------- requests and logs
  const local = [...new Set(requests.filter((u) => /^https?:/.test(u) && LOCAL_HOSTS.has(new URL(u).hostname)).map((u) => new URL(u).pathname))];
  check(offHost.length === 0, 'every request goes to 127.0.0.1 or localhost (data: and blob: aside)', offHost.join(', '));
  check(local.includes(BUNDLE) && !local.some((p) => p.startsWith('/src/')), `the page loads ${BUNDLE.slice(1)}, not the sources`, local.join(', '));
  check(httpErrors.length === 0, 'no HTTP error response', httpErrors.join(', '));
  check(consoleErrors.length === 0, 'no console error', consoleErrors.join(' | '));
  check(pageErrors.length === 0, 'no page error', pageErrors.join(' | '));
} catch (error) {
  unexpected(error);
} finally {
  await browser?.close().catch(() => {});
  server.close();
}

finish();
