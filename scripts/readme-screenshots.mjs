#!/usr/bin/env node
/**
 * `npm run screenshots` (after `npm run build`): the theme screenshots of the README,
 * docs/screenshot-dark.png and docs/screenshot-alpine.png, and the phone ones,
 * docs/screenshot-phone.png (the vertical layout) and docs/screenshot-story.png (story mode),
 * at 375×740. They are taken like docs/screenshot.png
 * (which `npm run e2e` writes): test/e2e/bundle.html, the production bundle only, served on
 * 127.0.0.1 (scripts/e2e-server.mjs), in headless Chromium at 1280×720, device scale 1, reduced
 * motion, the default view of the Alpine dataset; only the `theme` attribute (and, for the dark
 * theme, the page background) differs.
 *
 *   node scripts/readme-screenshots.mjs [--out docs]
 */
/* global document, requestAnimationFrame -- used inside page.evaluate(), in the browser */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { startStaticServer } from './e2e-server.mjs';
import { HOW_TO_GET_A_BROWSER } from './ensure-browser.mjs';
import { findBrowser } from './find-browser.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PAGE = '/test/e2e/bundle.html';
const BUNDLE = 'dist/alpine-timeline.bundle.js';
const VIEWPORT = { width: 1280, height: 720 };
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 && process.argv[outIndex + 1] ? resolve(process.argv[outIndex + 1]) : join(ROOT, 'docs');
const PHONE = { width: 375, height: 740 };
const SHOTS = [
  { file: 'screenshot-dark.png', attrs: { theme: 'dark' }, page: { background: '#0d1117', color: '#e6edf3' } },
  { file: 'screenshot-alpine.png', attrs: { theme: 'alpine' } },
  { file: 'screenshot-phone.png', attrs: {}, viewport: PHONE },
  { file: 'screenshot-story.png', attrs: { mode: 'story', lang: 'en' }, viewport: PHONE },
];

function fatal(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}
if (!existsSync(join(ROOT, BUNDLE))) fatal(`${BUNDLE} not found: run \`npm run build\` first.`);
const executablePath = findBrowser();
if (!executablePath) fatal(HOW_TO_GET_A_BROWSER);

const server = await startStaticServer(ROOT);
let browser;
try {
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient')));
  mkdirSync(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const page = await context.newPage();
    const viewport = shot.viewport ?? VIEWPORT;
    await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.origin + PAGE, { waitUntil: 'load', timeout: 15_000 });
    await page.evaluate(({ attrs, style }) => {
      const el = document.querySelector('alpine-timeline');
      for (const [name, value] of Object.entries(attrs)) el?.setAttribute(name, value);
      if (style) Object.assign(document.body.style, style);
    }, { attrs: shot.attrs, style: shot.page });
    // drawn: the five milestones, or the story's first chapter
    await page.waitForFunction(() => {
      const root = document.querySelector('alpine-timeline')?.shadowRoot;
      return (root?.querySelectorAll('[part~="milestone"]').length ?? 0) >= 5 || root?.querySelector('[part~="chapter"]');
    }, null, { timeout: 15_000 });
    await page.evaluate(async () => {
      await document.fonts.ready;
      await document.querySelector('alpine-timeline')?.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    if (errors.length) throw new Error(`errors on the page: ${errors.join(' | ')}`);
    const path = join(OUT, shot.file);
    await page.screenshot({ path, fullPage: false });
    console.log(`screenshots: saved ${relative(ROOT, path)} (${JSON.stringify(shot.attrs)}, ${viewport.width}×${viewport.height})`);
    await page.close();
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server.close();
}
