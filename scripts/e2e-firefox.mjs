#!/usr/bin/env node
/**
 * `npm run e2e:firefox` (after `npm run build`): the production bundle in Firefox, which the test
 * suite (Chromium) never sees. Not part of `npm test`: it needs a Firefox (Debian's `firefox-esr`,
 * `apt-get install firefox-esr`, or `FIREFOX=/path/to/firefox`), driven headless through WebDriver
 * BiDi by puppeteer-core; without one it says so and exits 0.
 *
 * Serves the repository over http://127.0.0.1, opens test/e2e/bundle.html (the bundle alone and
 * `<alpine-timeline></alpine-timeline>`), and checks, as a person would use it: the five
 * milestones drawn; a click opening an event and Escape closing it; an arrow key moving focus;
 * Ctrl+wheel zooming in around the pointer; a drag panning; the list view; a given height and a
 * max-height scrolling the list inside the element; on a phone (390 × 800, the page taller than
 * the screen) the vertical layout, its era heading sticking to the top and a card's sheet opening
 * on screen (Firefox has no typed computed style: the element reads its sizes from probes there);
 * exportSVG() and exportPNG(); and no console error or page error throughout. Exits 1 with a
 * list of what failed.
 */
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './e2e-server.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PAGE = '/test/e2e/bundle.html';

function findFirefox() {
  if (process.env.FIREFOX) return existsSync(process.env.FIREFOX) ? process.env.FIREFOX : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['firefox-esr', 'firefox']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const executablePath = findFirefox();
if (!executablePath) {
  console.log('e2e:firefox: skipped, no Firefox found (apt-get install firefox-esr, or set FIREFOX=/path/to/firefox)');
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist/alpine-timeline.bundle.js'))) {
  console.error('e2e:firefox: dist/alpine-timeline.bundle.js is missing: run npm run build first');
  process.exit(1);
}

const failures = [];
const errors = [];
const check = (what, ok, detail = '') => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
  if (!ok) failures.push(what);
};
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

const server = await startStaticServer(ROOT);
const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
const version = await browser.version();
console.log(`e2e:firefox: ${version}, ${server.origin}${PAGE}`);

/** A fresh page of `width` × `height` with the bundle's element drawn; `setup(arg)` runs in it before the element is looked at. */
async function open(width, height, setup, arg) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(server.origin + PAGE, { waitUntil: 'load' });
  if (setup) await page.evaluate(setup, arg);
  await page.waitForFunction(() => document.querySelector('alpine-timeline')?.shadowRoot?.querySelector('[part~="event"]'), { timeout: 15_000 });
  await pause(500);
  return page;
}
/** Runs `fn(element, arg)` in the page, on the `<alpine-timeline>`. */
const inEl = (page, fn, arg) => page.$eval('alpine-timeline', fn, arg);
const centreOf = (page, selector) => inEl(page, (el, s) => {
  const r = el.shadowRoot.querySelector(s).getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}, selector);

try {
  // ---------------------------------------------------------------- wide page
  let page = await open(1280, 800);
  const years = await inEl(page, (el) => [...el.shadowRoot.querySelectorAll('[part~="event"][part~="milestone"]')].map((li) => Number(li.dataset.year)));
  check('the five milestones are drawn in time order', JSON.stringify(years) === '[1955,1965,1969,2017,2025]', years.join(', '));

  let [x, y] = await centreOf(page, '[data-id="dieppe-plant-1969"] .mark');
  await page.mouse.click(x, y);
  await pause(400);
  check('a click opens the event', await inEl(page, (el) => el.selected === 'dieppe-plant-1969' && el.shadowRoot.querySelector('[part~="detail"]') !== null));
  await page.keyboard.press('Escape');
  await pause(300);
  check('Escape closes it', await inEl(page, (el) => el.shadowRoot.querySelector('[part~="detail"]') === null));

  await inEl(page, (el) => el.shadowRoot.querySelector('[data-id="founding-1955"] .mark').focus());
  await page.keyboard.press('ArrowRight');
  await pause(300);
  const focused = await inEl(page, (el) => el.shadowRoot.activeElement?.closest('li')?.dataset.id);
  check('ArrowRight moves focus to the next event', focused === 'renault-association-1965', focused);

  [x, y] = await centreOf(page, '[data-id="dieppe-plant-1969"] [part~="marker"]');
  const span = () => inEl(page, (el) => el.end - el.start);
  const before = await span();
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel({ deltaY: -100 });
    await pause(60);
  }
  await page.keyboard.up('Control');
  await pause(600);
  const [x1] = await centreOf(page, '[data-id="dieppe-plant-1969"] [part~="marker"]');
  const factor = before / (await span());
  check('Ctrl+wheel zooms in around the pointer', factor > 2 && Math.abs(x1 - x) <= 3, `×${factor.toFixed(2)}, the 1969 marker moved ${(x1 - x).toFixed(1)} px`);

  const [px, py] = await inEl(page, (el) => {
    const r = el.shadowRoot.querySelector('[part~="plot"]').getBoundingClientRect();
    return [r.left + 200, r.bottom - 15];
  });
  const start = () => inEl(page, (el) => el.start.getTime());
  const s0 = await start();
  await page.mouse.move(px, py);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(px + 10 * i, py);
  await page.mouse.up();
  await pause(400);
  check('a drag pans to earlier years', (await start()) < s0);

  await inEl(page, (el) => el.shadowRoot.querySelector('[part~="list-toggle"]').click());
  await pause(400);
  const items = await inEl(page, (el) => el.shadowRoot.querySelectorAll('[part~="list-item"]').length);
  check('the list view lists the 11 events', items === 11, String(items));

  const svg = await inEl(page, (el) => el.exportSVG({ range: 'all' }));
  check('exportSVG() writes the whole history', svg.startsWith('<svg') && svg.includes('Jean Rédélé'), `${svg.length} characters`);
  const png = await inEl(page, async (el) => {
    const blob = await el.exportPNG();
    return [blob.type, blob.size];
  });
  check('exportPNG() makes a PNG', png[0] === 'image/png' && png[1] > 5000, `${png[1]} bytes`);
  await page.close();

  for (const limit of ['height', 'max-height']) {
    page = await open(1280, 800, (name) => document.querySelector('alpine-timeline').style.setProperty(name, '400px'), limit);
    await inEl(page, (el) => {
      el.listView = true;
    });
    await pause(600);
    const box = await inEl(page, (el) => [el.matches(':state(bounded)'), el.scrollHeight > el.clientHeight, Math.round(el.getBoundingClientRect().height)]);
    check(`a ${limit} of 400 px: the list scrolls inside the element`, box[0] && box[1] && box[2] === 400, JSON.stringify(box));
    await page.close();
  }

  // ---------------------------------------------------------------- phone
  page = await open(390, 800, () => {
    const el = document.querySelector('alpine-timeline');
    el.before(Object.assign(document.createElement('p'), { textContent: 'Above', style: 'height: 300px; margin: 0' }));
    el.after(Object.assign(document.createElement('p'), { textContent: 'Below', style: 'height: 1200px; margin: 0' }));
  });
  const states = await inEl(page, (el) => [el.matches(':state(vertical)'), el.matches(':state(bounded)')]);
  check('on a phone, the vertical layout, not a scroll box of its own', states[0] && !states[1], JSON.stringify(states));
  const top = await inEl(page, (el) => {
    const band = el.shadowRoot.querySelectorAll('[part~="era"]')[1];
    scrollTo(0, scrollY + band.getBoundingClientRect().top + 100);
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(Math.round(band.querySelector('[part~="era-label"]').getBoundingClientRect().top)))));
  });
  check('the era heading sticks to the top of the screen while the page scrolls', top === 0, `${top} px`);
  [x, y] = await inEl(page, (el) => {
    const card = [...el.shadowRoot.querySelectorAll('.vertical [part~="event"] button')].find((b) => {
      const r = b.getBoundingClientRect();
      return r.top > 100 && r.bottom < innerHeight - 100;
    });
    const r = card.getBoundingClientRect();
    return [r.left + 30, r.top + r.height / 2];
  });
  await page.mouse.click(x, y);
  await pause(600);
  const sheet = await inEl(page, (el) => {
    const r = el.shadowRoot.querySelector('[part~="detail"]')?.getBoundingClientRect();
    return r ? [Math.round(r.top), Math.round(r.bottom), innerHeight] : null;
  });
  check('a tapped card opens its sheet on the screen', sheet !== null && sheet[1] <= sheet[2] + 1, JSON.stringify(sheet));
  await page.close();

  check('no console error and no page error', errors.length === 0, errors.join(' | '));
} catch (error) {
  check('the checks ran to the end', false, error.message);
} finally {
  await browser.close().catch(() => {});
  server.close();
}

if (failures.length) {
  console.error(`e2e:firefox: ${failures.length} failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('e2e:firefox: all checks passed');
