#!/usr/bin/env node
/**
 * `npm run e2e:csp` (after `npm run build`): the production bundle on a strict page.
 *
 * Serves test/e2e/csp.html with a Content-Security-Policy that allows no inline script or
 * style, no eval, and requires Trusted Types (only Lit's `lit-html` policy may exist), then in
 * headless Chromium (playwright-core):
 *  - proves the policy is enforced on that page (a deliberate inline style is refused and
 *    reported, a plain string assigned to innerHTML throws), in a separate tab, and that the
 *    bundle holds no eval-like code;
 *  - checks the three timelines of the page draw (bundled data, inline JSON, `src`), that text
 *    from data stays text (no element with an on* attribute, no javascript:/data: URL, no
 *    script ran), that a mark opens its detail with its image and links, that an invalid
 *    dataset and a failing `src` show an error while the last valid dataset stays; that
 *    exportSVG() escapes text from data and exportPNG() works under the policy, and also on
 *    test/e2e/csp-blob.html, whose policy allows blob: but not data: in img-src (header and
 *    <meta>): there exportPNG() must not try a data: URL;
 *  - counts `securitypolicyviolation` events, console errors and page errors: all must be 0.
 * Exits 1 with a list of what failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { HOW_TO_GET_A_BROWSER } from './ensure-browser.mjs';
import { e2eChecks } from './e2e-checks.mjs';
import { startStaticServer } from './e2e-server.mjs';
import { findBrowser } from './find-browser.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PAGE = '/test/e2e/csp.html';
const BLOB_PAGE = '/test/e2e/csp-blob.html';
const BUNDLE = '/dist/alpine-timeline.bundle.js';
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:", // data: for exportPNG(), which draws its SVG through an <img>
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
/** The same policy with `img-src 'self' blob:` (no data:), for BLOB_PAGE. */
export const CSP_BLOB = CSP.replace("img-src 'self' data:", "img-src 'self' blob:");
const TIMEOUT = 15_000;

const { check, fatal, guard, unexpected, finish } = e2eChecks('e2e:csp');

if (!existsSync(join(ROOT, BUNDLE))) fatal(`${BUNDLE.slice(1)} not found: run \`npm run build\` first.`);
const executablePath = findBrowser();
if (!executablePath) fatal(HOW_TO_GET_A_BROWSER);

const server = await startStaticServer(ROOT, {
  headers: (path) => (path === BLOB_PAGE ? { 'content-security-policy': CSP_BLOB } : path.endsWith('.html') ? { 'content-security-policy': CSP } : undefined),
});
const { origin } = server;

guard(90_000);

/** Runs in the page before any of its scripts (CDP, not subject to the page's CSP). */
function recordViolations() {
  const log = { violations: [], pwned: false };
  Object.defineProperty(window, '__csp', { value: log });
  // The canary: a script smuggled in through data would set this.
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => undefined,
    set: () => {
      log.pwned = true;
    },
  });
  window.addEventListener(
    'securitypolicyviolation',
    (e) => log.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ? `«${e.sample}»` : ''} at ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
}

/** In the page: every element of the document and of every open shadow root inside it. */
function deepAudit() {
  const bad = [];
  let elements = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      elements++;
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const value = [...attr.value].filter((c) => c > ' ').join('').toLowerCase(); // as URL parsers see it
        if (name.startsWith('on')) bad.push(`<${el.localName} ${name}>`);
        if (/^(javascript|data|vbscript):/.test(value) && el.localName !== 'link') bad.push(`<${el.localName} ${name}="${attr.value.slice(0, 40)}">`);
      }
      if (el.localName === 'script' && el.getAttribute('type') !== 'application/json' && !el.src) bad.push('<script> with inline code');
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return { bad, elements };
}

let browser;
try {
  console.log(`e2e:csp: ${PAGE.slice(1)} via ${origin}, browser ${executablePath}`);
  console.log(`e2e:csp: Content-Security-Policy: ${CSP}`);
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const offHost = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    offHost.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(recordViolations);

  // ---------------------------------------------------------------- 0. the policy is really enforced
  {
    const probe = await context.newPage();
    const response = await probe.goto(origin + PAGE, { waitUntil: 'load', timeout: TIMEOUT });
    check((response?.headers()['content-security-policy'] ?? '') === CSP, 'the page is served with the strict policy');
    const control = await probe.evaluate(async () => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      let innerHTML = 'allowed';
      try {
        div.innerHTML = '<b>x</b>';
      } catch (e) {
        innerHTML = e.name;
      }
      await new Promise((r) => setTimeout(r, 50));
      return { innerHTML, violations: window.__csp.violations };
    });
    check(control.violations.some((v) => v.startsWith('style-src')), 'control: an inline style attribute is refused and reported', JSON.stringify(control.violations));
    check(control.innerHTML === 'TypeError', 'control: a string assigned to innerHTML throws (Trusted Types required)', control.innerHTML);
    // (eval cannot be probed from here: DevTools evaluation is exempt from the page's CSP.)
    const bundle = readFileSync(join(ROOT, BUNDLE), 'utf8');
    const evalLike = bundle.match(/\beval\s*\(|\bnew\s+Function\s*\(|\bsetTimeout\s*\(\s*["'`]/g) ?? [];
    check(evalLike.length === 0, "the bundle has no eval(), new Function() or string timer (needs no 'unsafe-eval')", evalLike.join(', '));
    await probe.close();
  }

  // ---------------------------------------------------------------- the page under test
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const httpErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(e.stack || e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) httpErrors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(origin + PAGE, { waitUntil: 'load', timeout: TIMEOUT });

  const marksOf = (id) => page.locator(`#${id} [part~="event"]`);
  const waitCount = async (id, n) => {
    const deadline = Date.now() + TIMEOUT;
    while ((await marksOf(id).count()) < n && Date.now() < deadline) await page.waitForTimeout(50);
    return marksOf(id).count();
  };

  // 1. the three sources draw
  check((await waitCount('default', 5)) >= 5, 'the bundled Alpine dataset draws its marks');
  const milestones = await page.locator('#default [part~="event"][part~="milestone"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-year')));
  check(JSON.stringify(milestones) === '["1955","1965","1969","2017","2025"]', 'its milestones are 1955, 1965, 1969, 2017, 2025', JSON.stringify(milestones));
  check((await waitCount('inline', 2)) === 2, 'inline JSON (a non-executed data block) draws its 2 events');
  check((await waitCount('remote', 3)) === 3, 'src loads under connect-src \'self\' and draws its 3 events');
  const geometry = await page.evaluate(() => {
    const el = document.querySelector('#default');
    const marks = [...el.shadowRoot.querySelectorAll('[part~="event"]')];
    const lefts = marks.map((m) => Math.round(m.getBoundingClientRect().left));
    return { distinct: new Set(lefts).size, total: marks.length, plot: el.shadowRoot.querySelector('[part~="plot"]')?.getBoundingClientRect().height ?? 0 };
  });
  check(geometry.distinct > geometry.total / 2 && geometry.plot > 50, 'marks are positioned (styles applied without inline style attributes)', JSON.stringify(geometry));

  // 2. text from data stays text
  const inlineTitle = await page.locator('#inline [part~="title"]').textContent();
  check(inlineTitle?.startsWith('<img src=x onerror='), 'an HTML-looking title is shown as text', inlineTitle ?? 'no title');

  // 3. a mark opens the detail with its image and links
  await page.locator('#inline [part~="event"][data-id="with-media"] button').click({ timeout: 5000 });
  const detail = page.locator('#inline [part~="detail"]');
  await detail.waitFor({ state: 'visible', timeout: 5000 });
  const img = detail.locator('[part~="media"] img');
  await img.scrollIntoViewIfNeeded();
  const loaded = await img
    .evaluate((i) => (i.complete && i.naturalWidth > 0 ? true : new Promise((r) => { i.onload = () => r(true); i.onerror = () => r(false); setTimeout(() => r(false), 5000); })))
    .catch(() => false);
  check(loaded === true, 'the detail image (relative URL) loads under img-src \'self\'');
  const links = await detail.locator('[part~="sources"] a').evaluateAll((as) => as.map((a) => a.href));
  check(
    links.length === 2 && links.every((h) => /^https?:/.test(h)) && links[0] === `${origin}/test/e2e/csp.html#source`,
    'source links are http(s), relative ones resolved',
    JSON.stringify(links),
  );
  check((await detail.locator('p').allTextContents()).some((t) => t.includes('<a href="javascript:')), 'an HTML link in body is shown as text');

  // 4. src: relative media resolve against the JSON file
  await page.evaluate(() => document.querySelector('#remote').select('three'));
  const remoteImg = await page.locator('#remote [part~="media"] img').getAttribute('src', { timeout: 5000 });
  check(remoteImg === `${origin}/test/e2e/csp-media.svg`, 'media of a src dataset resolve against the file', remoteImg ?? 'no image');

  // 5. an invalid dataset, then a failing src: errors shown, last valid dataset kept
  const invalid = await page.evaluate(async () => {
    const el = document.querySelector('#default');
    const before = el.shadowRoot.querySelectorAll('[part~="event"]').length;
    el.data = { title: 'Broken', events: [{ id: 'x', date: '2021-02-30', title: 'Bad' }] };
    await el.updateComplete;
    const error = el.shadowRoot.querySelector('[part~="error"]');
    const after = el.shadowRoot.querySelectorAll('[part~="event"]').length;
    return { before, after, text: error?.textContent ?? '' };
  });
  check(invalid.text.includes('events[0].date') && invalid.before === invalid.after, 'el.data = <invalid> shows the problem path and keeps the last dataset', JSON.stringify(invalid));
  await page.locator('#default [part~="error-dismiss"]').click({ timeout: 5000 });
  check((await page.locator('#default [part~="error"]').count()) === 0, 'the error panel is dismissed');
  await page.evaluate(() => {
    document.querySelector('#remote').src = '/test/e2e/csp.css';
  });
  await page.locator('#remote [part~="retry"]').waitFor({ state: 'visible', timeout: 5000 });
  check((await page.locator('#remote [part~="error"]').textContent())?.includes('text/css'), 'a src with the wrong content type shows an error with Retry');
  const kept = await page.evaluate(() => { const el = document.querySelector('#remote'); return { marks: new Set([...el.shadowRoot.querySelectorAll('[part~="event"]')].map((m) => m.dataset.id)).size, events: el.timeline?.events.length, title: el.shadowRoot.querySelector('[part~="title"]')?.textContent }; });
  check(kept.events === 3 && kept.marks === 3, '…and the last valid dataset stays', JSON.stringify(kept));
  await page.locator('#remote [part~="retry"]').click();
  await page.waitForTimeout(200);

  // 6. the explorable features draw under the policy too: zoom (animated), overview, list view, themes, kiosk
  const features = await page.evaluate(async () => {
    const el = document.querySelector('#default');
    const frames = (n) => new Promise((r) => { const step = () => (n-- > 0 ? requestAnimationFrame(step) : r()); step(); });
    const done = [];
    for (const [name, run] of [
      ['zoomBy(4)', () => el.zoomBy?.(4)],
      ['zoomTo(1960, 1975)', () => el.zoomTo?.('1960', '1975')],
      ['list-view', () => el.setAttribute('list-view', '')],
      ['no list-view', () => el.removeAttribute('list-view')],
      ['theme=dark', () => el.setAttribute('theme', 'dark')],
      ['theme=alpine', () => el.setAttribute('theme', 'alpine')],
      ['kiosk', () => el.setAttribute('kiosk', '')],
      ['no kiosk', () => el.removeAttribute('kiosk')],
      ['fit()', () => el.fit?.()],
    ]) {
      run();
      await el.updateComplete;
      await frames(30); // animations run their course
      done.push(name);
    }
    const marks = [...el.shadowRoot.querySelectorAll('[part~="event"]')].map((m) => Math.round(m.getBoundingClientRect().left));
    return { done, marks: marks.length, distinct: new Set(marks).size };
  });
  check(features.done.length === 9 && features.distinct > features.marks / 2, `zoom, list view, themes and kiosk run under the policy (${features.done.join(', ')})`, JSON.stringify(features));

  // 7. exports: the SVG escapes text from data; the PNG is drawn under this policy
  const exported = await page.evaluate(async () => {
    const el = document.querySelector('#inline');
    const svg = el.exportSVG();
    const png = await el.exportPNG({ scale: 1 }).then((b) => ({ type: b.type, size: b.size })).catch((e) => ({ error: String(e) }));
    return { svg, png };
  });
  const blank = await context.newPage(); // about:blank, no policy: DOMParser needs no Trusted Types there
  const parsed = await blank.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const live = [];
    for (const el of doc.querySelectorAll('*')) {
      if (/^(script|foreignobject|iframe|image|use|a|style|feimage)$/i.test(el.localName)) live.push(`<${el.localName}>`);
      for (const a of el.attributes) if (/^on|href$/i.test(a.name)) live.push(`${el.localName}[${a.name}]`);
    }
    return { wellFormed: doc.querySelector('parsererror') === null && doc.documentElement.localName === 'svg', live, text: doc.documentElement.textContent };
  }, exported.svg);
  await blank.close();
  check(parsed.wellFormed, 'exportSVG() is a well-formed SVG document');
  check(parsed.live.length === 0, 'exportSVG() holds no script, foreignObject, link, image, style or event handler', parsed.live.join(', '));
  check(parsed.text.includes('<img src=x onerror=') && exported.svg.includes('&lt;img src=x onerror='), 'exportSVG() keeps text from data as escaped text');
  check(exported.png.type === 'image/png' && exported.png.size > 1000, 'exportPNG() draws a PNG under the policy', JSON.stringify(exported.png));

  // 8. nothing ran, nothing inert became live, nothing was violated
  const audit = await page.evaluate(deepAudit);
  check(audit.bad.length === 0, `no event-handler attribute or javascript:/data: URL in the page or its shadow roots (${audit.elements} elements)`, audit.bad.join(', '));
  const log = await page.evaluate(() => ({ violations: window.__csp.violations, pwned: window.__csp.pwned }));
  check(!log.pwned, 'no script from data ran (canary untouched)');
  check(log.violations.length === 0, 'no securitypolicyviolation event', log.violations.join(' | '));
  check(consoleErrors.length === 0, 'no console error or warning', consoleErrors.join(' | '));
  check(pageErrors.length === 0, 'no page error', pageErrors.join(' | '));
  check(httpErrors.length === 0, 'no HTTP error response', httpErrors.join(', '));

  // 9. a policy that allows blob: but not data: in img-src (header and <meta>): exportPNG() goes
  //    straight through blob:, without trying the refused data: URL
  {
    const blobPage = await context.newPage();
    const blobErrors = [];
    blobPage.on('pageerror', (e) => blobErrors.push(e.stack || e.message));
    const response = await blobPage.goto(origin + BLOB_PAGE, { waitUntil: 'load', timeout: TIMEOUT });
    check((response?.headers()['content-security-policy'] ?? '') === CSP_BLOB, `${BLOB_PAGE.slice(1)} is served with img-src 'self' blob:`);
    await blobPage.locator('#blob-only [part~="event"]').first().waitFor({ state: 'attached', timeout: TIMEOUT });
    const result = await blobPage.evaluate(async () => {
      const el = document.querySelector('#blob-only');
      const pause = () => new Promise((r) => setTimeout(r, 100)); // violation events come in a task of their own
      const png = await el.exportPNG({ scale: 1 }).then((b) => ({ type: b.type, size: b.size })).catch((e) => ({ error: String(e) }));
      await pause();
      const during = [...window.__csp.violations];
      // The control: a data: image is refused there (and reported, once per policy).
      const control = await new Promise((resolve) => {
        const image = new Image();
        image.onload = () => resolve('loaded');
        image.onerror = () => resolve('refused');
        image.src = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/%3E';
      });
      await pause();
      return { png, during, control, after: window.__csp.violations };
    });
    check(result.png.type === 'image/png' && result.png.size > 1000, "exportPNG() draws a PNG under img-src 'self' blob:", JSON.stringify(result.png));
    check(result.during.length === 0, '…with no securitypolicyviolation (the refused data: URL is not tried)', result.during.join(' | '));
    check(result.control === 'refused' && result.after.length > 0 && result.after.every((v) => v.startsWith('img-src blocked data')), 'control: a data: image is refused and reported on that page', JSON.stringify(result));
    check(blobErrors.length === 0, 'no page error there', blobErrors.join(' | '));
    await blobPage.close();
  }
  check(offHost.length === 0, 'every request goes to 127.0.0.1', offHost.join(', '));
} catch (error) {
  unexpected(error);
} finally {
  await browser?.close().catch(() => {});
  server.close();
}

finish();
