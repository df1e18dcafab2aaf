/**
 * Rotating a phone switches between the layouts (orientation="auto" at 600 px): the open event's
 * card stays in sight above its sheet in an element with a fixed height (a full-screen page, a
 * kiosk), its mark and the top of its detail after turning to landscape, and the reader's period
 * survives the switch both ways. A window narrowed to one column with an event open keeps its
 * mark above the sheet its detail becomes.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { centre, part } from '../helpers.js';

const PORTRAIT = { width: 390, height: 844 };
const LANDSCAPE = { width: 844, height: 390 };

const frame = () => new Promise((r) => requestAnimationFrame(r));

/**
 * A phone held `size`, touch on, and the timeline in a page (`style` on the element), `above` px
 * of the page's header over it and `below` px of its text under it.
 */
async function phone(size: { width: number; height: number }, style = '', { above = 0, below = 900 } = {}): Promise<AlpineTimeline> {
  await setViewport(size);
  await executeServerCommand('input-touch-enable'); // after setViewport, which resets it
  const page = await fixture<HTMLElement>(html`<div>
    <header style="height: ${above}px">${above ? "A page's header" : ''}</header>
    <alpine-timeline style=${style}></alpine-timeline>
    <p style="height: ${below}px; margin: 0">Below</p>
  </div>`);
  const el = page.querySelector('alpine-timeline')!;
  await waitUntil(() => el.timeline && part(el, 'plot'), 'no timeline');
  await settle(el);
  return el;
}

/** Turns the phone, and waits for the layout that goes with its new width. */
async function rotate(el: AlpineTimeline, size: { width: number; height: number }): Promise<void> {
  await setViewport(size);
  await executeServerCommand('input-touch-enable');
  const wanted = size.width < 600 ? 'vertical' : 'horizontal';
  await waitUntil(() => el.currentOrientation === wanted && part(el, 'plot')?.classList.contains('vertical') === (wanted === 'vertical'), `not ${wanted}`);
  await settle(el);
}

async function settle(el: AlpineTimeline): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
}

function card(el: AlpineTimeline, id: string): DOMRect {
  return el.shadowRoot!.querySelector(`li[data-id="${CSS.escape(id)}"]`)!.getBoundingClientRect();
}

/** The id of the first card whose top is on screen. */
function firstCard(el: AlpineTimeline): string | undefined {
  const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="plot"].vertical li[data-id]')];
  return cards.find((li) => li.getBoundingClientRect().top >= 0)?.dataset['id'];
}

/** The button of an event's mark (or card). */
function mark(el: AlpineTimeline, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] button`)!;
}

/** Where a part of the timeline is on screen, `name` saying what, for the messages. */
function seen(name: string, element: Element): string {
  const r = element.getBoundingClientRect();
  return `${name} ${Math.round(r.top)}–${Math.round(r.bottom)}`;
}

/** Whether `element` is wholly on screen, between the top of the viewport and `bottom` (its bottom). */
function inSight(element: Element, bottom = innerHeight): boolean {
  const r = element.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= bottom + 0.5;
}

const year = (date: Date | null) => date!.getUTCFullYear() + date!.getUTCMonth() / 12;

describe('<alpine-timeline> on a phone that rotates', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    await executeServerCommand('input-touch-enable', { enabled: false });
    scrollTo(0, 0);
    document.body.style.margin = '';
  });
  after(() => setViewport({ width: 1280, height: 800 }));

  for (const id of ['dieppe-plant-1969', 'three-electric-models-2026']) {
    it(`with a fixed height, keeps the open event ${id} in sight above its sheet after turning vertical`, async () => {
      const el = await phone(LANDSCAPE, 'height: 100vh');
      el.select(id);
      await settle(el);
      await rotate(el, PORTRAIT);
      expect(el.selected).to.equal(id);
      const box = el.getBoundingClientRect();
      const sheet = part(el, 'detail')!.getBoundingClientRect();
      const c = card(el, id);
      const seen = `card ${Math.round(c.top)}–${Math.round(c.bottom)}, sheet from ${Math.round(sheet.top)}, element ${Math.round(box.top)}–${Math.round(box.bottom)}`;
      expect(c.top >= box.top && c.bottom <= Math.min(box.bottom, innerHeight), `card outside the element: ${seen}`).to.equal(true);
      expect(c.bottom <= sheet.top + 0.5, `card under the sheet: ${seen}`).to.equal(true);
    });
  }

  for (const id of ['dieppe-plant-1969', 'renaulution-2021', 'three-electric-models-2026']) {
    it(`shows the mark of the event ${id} tapped in portrait and the top of its detail after turning to landscape`, async () => {
      // as on the demo page: its header above, little under it
      const el = await phone(PORTRAIT, '', { above: 150, below: 100 });
      // the reader scrolls down to the card and taps it: its sheet opens
      scrollBy(0, card(el, id).top - 300);
      await settle(el);
      const [x, y] = centre(mark(el, id));
      await executeServerCommand('input-touch', { type: 'touchStart', points: [[x, y]] });
      await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
      await waitUntil(() => part(el, 'detail')?.dataset['id'] === id, `${id} did not open`);
      await settle(el);
      await rotate(el, LANDSCAPE);
      expect(el.selected).to.equal(id);
      const where = ['detail', 'detail-close', 'detail-date', 'detail-title'].map((name) => seen(name, part(el, name)!));
      const state = `${seen('mark', mark(el, id))}, ${where.join(', ')}, scrollY ${Math.round(scrollY)}`;
      // the page kept its scroll in px: the mark and the detail's date, era, title and Close were above the screen
      expect(inSight(mark(el, id)), `the mark is off screen: ${state}`).to.equal(true);
      for (const name of ['detail-close', 'detail-date', 'detail-title']) expect(inSight(part(el, name)!), `${name} is off screen: ${state}`).to.equal(true);
    });
  }

  for (const [wide, narrow] of [
    [{ width: 1280, height: 800 }, { width: 640, height: 800 }],
    [{ width: 900, height: 700 }, { width: 640, height: 700 }],
  ] as const) {
    it(`keeps the mark of an event opened beside the plot above its sheet when the window narrows to one column (${wide.width} × ${wide.height} to ${narrow.width}), once`, async () => {
      await setViewport(wide);
      // as on the demo page: the page's header above, its margins around (600 px wide at 640)
      const page = await fixture<HTMLElement>(html`<div style="padding: 0 12px">
        <header style="height: 200px">A page's header</header>
        <alpine-timeline lang="en"></alpine-timeline>
        <p style="height: 900px; margin: 0">Below</p>
      </div>`);
      const el = page.querySelector('alpine-timeline')!;
      await waitUntil(() => el.timeline && mark(el, 'dieppe-plant-1969'), 'no timeline');
      await settle(el);
      const [x, y] = centre(mark(el, 'dieppe-plant-1969'));
      await sendMouse({ type: 'click', position: [x, y] });
      await waitUntil(() => part(el, 'detail')?.dataset['id'] === 'dieppe-plant-1969', 'the event did not open');
      await settle(el);
      expect(getComputedStyle(part(el, 'detail')!).bottom, 'a detail beside the plot').to.equal('auto');
      await setViewport(narrow);
      await waitUntil(() => getComputedStyle(part(el, 'detail')!).bottom === '0px', 'the detail did not become a sheet');
      await settle(el);
      expect(el.currentOrientation, `${el.getBoundingClientRect().width} px wide`).to.equal('horizontal');
      const sheet = part(el, 'detail')!;
      const top = sheet.getBoundingClientRect().top;
      const state = `${narrow.width} × ${narrow.height}: ${seen('mark', mark(el, 'dieppe-plant-1969'))}, ${seen('sheet', sheet)}, scrollY ${Math.round(scrollY)}`;
      // the sheet covered the mark (at 1280 × 800 to 640 × 800, 384–424 under a sheet from 367)
      expect(inSight(mark(el, 'dieppe-plant-1969'), top), `the mark is not above the sheet: ${state}`).to.equal(true);
      // as little as it takes: just above the sheet
      expect(top - mark(el, 'dieppe-plant-1969').getBoundingClientRect().bottom, `scrolled further than needed: ${state}`).to.be.at.most(16);
      for (const name of ['detail-close', 'detail-title']) expect(inSight(part(el, name)!), `${name} is off screen: ${state}`).to.equal(true);
      // the reader scrolls back up (over the page's header): that stays
      await executeServerCommand('input-wheel', { x: 100, y: 20, deltaY: -400 });
      await waitUntil(() => scrollY === 0, 'the wheel did not scroll the page');
      await settle(el);
      await aTimeout(300);
      expect(scrollY, 'the scroll of the reader was undone').to.equal(0);
    });
  }

  it('keeps a zoomed period through landscape and back', async () => {
    const el = await phone(PORTRAIT);
    el.zoomTo('1965', '1970');
    await settle(el);
    const [start, end] = [year(el.start), year(el.end)];
    expect(firstCard(el)).to.equal('renault-association-1965');
    await rotate(el, LANDSCAPE);
    // the horizontal window is what the portrait screen showed (it showed the whole 1952–2028)
    expect(year(el.start), `landscape from ${el.start!.toISOString()}`).to.be.closeTo(start, 0.5);
    expect(year(el.end), `landscape to ${el.end!.toISOString()}`).to.be.closeTo(end, 1);
    await rotate(el, PORTRAIT);
    // back at 1965 (the window was 1952–1961, founding-1955 at the top)
    expect(year(el.start), `portrait from ${el.start!.toISOString()}`).to.be.closeTo(start, 0.5);
    expect(firstCard(el)).to.equal('renault-association-1965');
  });

  it('keeps the place the page was scrolled to through landscape and back', async () => {
    const el = await phone(PORTRAIT);
    scrollBy(0, card(el, 'new-a110-2017').top - 120);
    await settle(el);
    expect(firstCard(el)).to.equal('new-a110-2017');
    await rotate(el, LANDSCAPE);
    expect(year(el.start), `landscape from ${el.start!.toISOString()}`).to.be.above(1970);
    // the plot is on screen (the page kept its scroll, past the end of the shorter timeline)
    const plot = part(el, 'plot')!.getBoundingClientRect();
    expect(plot.top < innerHeight && plot.bottom > 0, `plot at ${Math.round(plot.top)}–${Math.round(plot.bottom)}`).to.equal(true);
    await rotate(el, PORTRAIT);
    // still at 2017 (the page was back at 1955)
    expect(firstCard(el)).to.equal('new-a110-2017');
    expect(Math.round(card(el, 'new-a110-2017').top)).to.be.closeTo(120, 8);
  });

  it('keeps the window of an open event through a frame at 1 × 1 px (a screenshot\'s capture), not a month around it', async () => {
    document.body.style.margin = '0'; // (with the page's 8 px, the element would be 0 px wide: no layout at all)
    const el = await phone({ width: 1280, height: 1000 });
    el.select('dieppe-plant-1969');
    await settle(el);
    const [start, end] = [el.start!.getTime(), el.end!.getTime()];
    // the page shrunk to nothing for a moment: the vertical layout drew, nothing of it on screen
    await setViewport({ width: 1, height: 1 });
    await waitUntil(() => el.currentOrientation === 'vertical', `not vertical at ${innerWidth} × ${innerHeight}: ${el.currentOrientation} ${part(el, 'plot')?.className}`);
    await settle(el);
    expect(part(el, 'plot')!.classList.contains('vertical'), 'the vertical layout was not drawn').to.equal(true);
    await rotate(el, { width: 1280, height: 1000 });
    // the whole timeline, as before (it was the month a pixel of the vertical layout stood for, 1969 in its middle)
    expect([el.start!.getTime(), el.end!.getTime()], `${el.start!.toISOString()} to ${el.end!.toISOString()}`).to.deep.equal([start, end]);
  });

  it('brings the start of a period zoomed in landscape to the top in portrait', async () => {
    const el = await phone(LANDSCAPE);
    el.zoomTo('1969', '1975', { animate: false });
    await settle(el);
    await rotate(el, PORTRAIT);
    // 1969 near the top of the screen, as zoomTo() puts it (the page stayed at 1955)
    expect(firstCard(el)).to.equal('dieppe-plant-1969');
    expect(card(el, 'dieppe-plant-1969').top).to.be.within(0, 200);
    expect(year(el.start), `portrait from ${el.start!.toISOString()}`).to.be.closeTo(1969, 1.5);
  });
});
