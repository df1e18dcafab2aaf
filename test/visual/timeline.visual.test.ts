/**
 * Screenshot tests: the main states of <alpine-timeline> compared with the committed baselines in
 * test/visual/screenshots/baseline/ (the element only, not the page). After an intended change of
 * the look, `npm run test:visual:update` rewrites them; review the PNGs before committing.
 *
 * Deterministic by construction: a fixed viewport, reduced motion, the light colour scheme, the
 * machine's default system fonts (no web fonts), English (`lang="en"`), no pointer over the
 * element and no focus, and each capture waits for the marks, the fonts and two frames.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { drawn, part } from '../helpers.js';

type Theme = 'light' | 'dark' | 'alpine';
const HEIGHT = 1000;

/** A timeline on a fixed-size page, in a theme, drawn and settled. */
async function timeline(width: number, theme: Theme, attrs: Record<string, string> = {}): Promise<AlpineTimeline> {
  await setViewport({ width, height: HEIGHT });
  const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en" theme=${theme}></alpine-timeline>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (!('list-view' in attrs)) await drawn(el);
  return el;
}

/**
 * Waits until nothing moves: fonts loaded, the element updated, every list item in the viewport
 * rendered (they have `content-visibility: auto`, which renders them a frame or more later, later
 * still on a busy machine), then two animation frames.
 */
async function settled(el: AlpineTimeline): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await resetMouse();
  await document.fonts.ready;
  await el.updateComplete;
  const rendered = () =>
    [...el.shadowRoot!.querySelectorAll('[part~="list-item"]')]
      .filter((item) => item.getBoundingClientRect().top < innerHeight)
      .every((item) => item.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true);
  await waitUntil(rendered, 'the list items in view were not rendered', { timeout: 5000 });
  // CSS transitions (the story's progress bar) run to their end
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

describe('<alpine-timeline> screenshots', function () {
  this.timeout(30_000);

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light', media: 'screen' });
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 1280, height: 800 });
  });

  for (const theme of ['light', 'dark', 'alpine'] as const) {
    for (const width of [375, 1280, 1920]) {
      it(`default Alpine view, ${theme} theme, ${width} px`, async () => {
        const el = await timeline(width, theme);
        await settled(el);
        await visualDiff(el, `default-${theme}-${width}`);
      });
    }

    it(`an event selected with the detail open, ${theme} theme, 1280 px`, async () => {
      const el = await timeline(1280, theme);
      el.select('dieppe-plant-1969');
      await el.updateComplete;
      await settled(el);
      await visualDiff(el, `selected-${theme}-1280`);
    });
  }

  for (const theme of ['light', 'alpine'] as const) {
    it(`story mode on a phone, second chapter, ${theme} theme, 375 px`, async () => {
      await setViewport({ width: 375, height: HEIGHT });
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en" theme=${theme} mode="story"></alpine-timeline>`);
      await waitUntil(() => part(el, 'chapter'), 'no chapter');
      el.goTo(1);
      await settled(el);
      await visualDiff(el, `story-${theme}-375`);
    });
  }

  it('right to left, French, an event selected with its sources, light theme, 1280 px', async () => {
    const el = await timeline(1280, 'light', { dir: 'rtl', lang: 'fr' });
    el.select('new-a110-2017');
    await el.updateComplete;
    await settled(el);
    await visualDiff(el, 'selected-rtl-fr-1280');
  });

  it('the vertical layout with cards on both sides, light theme, 800 px', async () => {
    const el = await timeline(800, 'light', { orientation: 'vertical' });
    el.select('new-a110-2017');
    await settled(el);
    await visualDiff(el, 'vertical-light-800');
  });

  it('the list view, light theme, 1280 px', async () => {
    const el = await timeline(1280, 'light', { 'list-view': '' });
    await el.updateComplete;
    await settled(el);
    if (!part(el, 'list')) throw new Error('the list view is not shown');
    // A capture can catch items that `content-visibility: auto` skips for its frame (1 capture in
    // 10 showed only two items, under load): drawn regardless for it, they look as on screen.
    const drawAll = new CSSStyleSheet();
    drawAll.replaceSync('[part~="list-item"] { content-visibility: visible }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, drawAll];
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await visualDiff(el, 'list-light-1280');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`an invalid dataset, ${theme} theme, 1280 px`, async () => {
      await setViewport({ width: 1280, height: HEIGHT });
      const broken = { title: 'Broken', events: [{ id: 'moon', date: '1969-13', title: 'A month that does not exist' }] };
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en" theme=${theme} .data=${broken}></alpine-timeline>`);
      await settled(el);
      if (!part(el, 'error')) throw new Error('the error panel is not shown');
      await visualDiff(el, `error-${theme}-1280`);
    });
  }
});
