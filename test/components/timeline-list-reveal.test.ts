/**
 * The list view brings the selection into sight, as the plot pans to it: an event selected by the
 * API (select(), `selected`, next()), or selected when the list opens, shows its item and the
 * detail under it, inside a bounded element or on the page, scrolled as little as it takes and
 * with focus left where it was (the page stays under a field typed in, and under the List button
 * that opened the list).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { part } from '../helpers.js';

/** The last event of the Alpine dataset: the eleventh item, far below an 800 px screen. */
const LAST = 'three-electric-models-2026';

/** A page with text above and below the element (given `style`), its list shown or not. */
async function page(style: string, listView = true): Promise<{ el: AlpineTimeline; root: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`<div>
    <p style="height: 24px; margin: 0">Above</p>
    <alpine-timeline style=${style} ?list-view=${listView}></alpine-timeline>
    <p style="height: 900px; margin: 0">Below: the page's own text</p>
  </div>`);
  const el = root.querySelector('alpine-timeline')!;
  const ready = listView ? '[part~="list-item"]' : ':is([part~="event"], [part~="cluster"])';
  await waitUntil(() => el.shadowRoot!.querySelector(ready), 'nothing drawn');
  await el.updateComplete;
  return { el, root };
}

function item(el: AlpineTimeline, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="list-item"][data-id="${id}"]`)!;
}

/** What shows of the list: the element's box under its header when it scrolls, else the window. */
function sight(el: AlpineTimeline): [number, number] {
  if (!el.matches(':state(bounded)')) return [0, innerHeight];
  return [part(el, 'header')!.getBoundingClientRect().bottom, el.getBoundingClientRect().bottom];
}

/** Where an item is against what shows, for the messages. */
function where(el: AlpineTimeline, id: string): string {
  const box = item(el, id).getBoundingClientRect();
  const [top, bottom] = sight(el);
  return `item at ${Math.round(box.top)}–${Math.round(box.bottom)} px, in sight ${Math.round(top)}–${Math.round(bottom)} px`;
}

/** Whether an item (with the detail under it when open) is wholly in sight. */
function inSight(el: AlpineTimeline, id: string): boolean {
  const box = item(el, id).getBoundingClientRect();
  const [top, bottom] = sight(el);
  return box.top >= top - 0.5 && box.bottom <= bottom + 0.5;
}

describe('<alpine-timeline> list view: the selection brought into sight', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(() => scrollTo(0, 0));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('scrolls a bounded element to an event select() opens below its fold, at once and not the page', async () => {
    const { el } = await page('height: 600px');
    expect(el.matches(':state(bounded)'), 'the list does not scroll inside the element').to.be.true;
    expect(inSight(el, LAST), 'the last item starts in sight').to.be.false;
    el.select(LAST);
    await el.updateComplete; // reduced motion: no smooth scroll to wait for
    expect(part(el, 'detail')?.closest('[part~="list-item"]'), 'the detail is not under its item').to.equal(item(el, LAST));
    expect(inSight(el, LAST), `the selection is out of sight: ${where(el, LAST)}`).to.be.true;
    expect(scrollY, 'the page scrolled').to.equal(0);
  });

  it('scrolls the page to an event select() opens below the fold of an unbounded element', async () => {
    const { el } = await page('');
    expect(el.matches(':state(bounded)')).to.be.false;
    el.select(LAST);
    await el.updateComplete;
    expect(inSight(el, LAST), `the selection is out of the window: ${where(el, LAST)}, scrollY ${scrollY}`).to.be.true;
  });

  it('scrolls as little as it takes: the end of an item opened low to the bottom, an item already in sight left where it is', async () => {
    const { el } = await page('height: 600px');
    el.selected = LAST; // as a page sets it
    await el.updateComplete;
    const bottom = item(el, LAST).getBoundingClientRect().bottom;
    expect(Math.abs(bottom - el.getBoundingClientRect().bottom), `not the least scroll (nearest): ${where(el, LAST)}`).to.be.below(1);
    // the event before it, in sight with the detail that opens under it: nothing moves
    const before = item(el, LAST).previousElementSibling as HTMLElement;
    const [top, scrollTop] = [before.getBoundingClientRect().top, el.scrollTop];
    el.prev();
    await el.updateComplete;
    expect(el.selected).to.equal(before.dataset['id']);
    expect(inSight(el, before.dataset['id']!), `the event before is out of sight: ${where(el, before.dataset['id']!)}`).to.be.true;
    expect(el.scrollTop, 'the list scrolled for an item in sight').to.equal(scrollTop);
    expect(before.getBoundingClientRect().top, 'the item in sight moved').to.equal(top);
  });

  it('shows the top of an item whose detail is taller than a short element, under its header', async () => {
    const { el } = await page('height: 300px');
    el.select(LAST);
    await el.updateComplete;
    const box = item(el, LAST).getBoundingClientRect();
    const [top, bottom] = sight(el);
    expect(Math.abs(box.top - top), `not its top under the header: ${where(el, LAST)}`).to.be.below(1);
    expect(box.height, 'the item and its detail are not taller than the element shows').to.be.above(bottom - top);
  });

  it('brings the selection into sight when the List button of a bounded element opens the list, the button keeping focus and its place', async () => {
    const { el } = await page('height: 600px', false);
    el.select(LAST);
    await el.updateComplete;
    const toggle = part(el, 'list-toggle')!;
    toggle.focus();
    const at = toggle.getBoundingClientRect().top;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.listView && item(el, LAST), 'Enter on List did not open the list');
    await el.updateComplete;
    await aTimeout(50);
    expect(inSight(el, LAST), `the selection is out of sight: ${where(el, LAST)}`).to.be.true;
    expect(el.shadowRoot!.activeElement, 'focus left the List button').to.equal(toggle);
    expect(toggle.getBoundingClientRect().top, 'the List button moved (the header sticks)').to.equal(at);
    // unbounded, the page does not scroll the button away from the pointer that pressed it (nor
    // its focus off screen), as when the vertical layout comes back
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.listView, 'Enter on List did not close the list');
    el.style.height = '';
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.listView && item(el, LAST), 'Enter on List did not open the list again');
    await el.updateComplete;
    await aTimeout(50);
    expect(el.matches(':state(bounded)')).to.be.false;
    expect(scrollY, 'the page scrolled the pressed List button away').to.equal(0);
    expect(el.shadowRoot!.activeElement, 'focus left the List button').to.equal(toggle);
  });

  it('leaves the page where it is while someone types in a field of it, and still scrolls a bounded element', async () => {
    const { el, root } = await page('height: 600px');
    const field = document.createElement('input');
    root.prepend(field);
    field.focus();
    await sendKeys({ type: '2026' });
    el.selected = LAST;
    await el.updateComplete;
    expect(inSight(el, LAST), `the bounded element did not scroll: ${where(el, LAST)}`).to.be.true;
    expect(document.activeElement, 'the field lost focus').to.equal(field);
    // unbounded: the page would move the field away, so it stays
    el.style.height = '';
    el.select('gt-crossover-dieppe-2025');
    await waitUntil(() => !el.matches(':state(bounded)'), 'still bounded');
    await el.updateComplete;
    expect(scrollY, 'the page scrolled under the field typed in').to.equal(0);
    expect(document.activeElement).to.equal(field);
  });

  it('scrolls smoothly without reduced motion, to the same place', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const { el } = await page('height: 600px');
      el.select(LAST);
      await el.updateComplete;
      await waitUntil(() => inSight(el, LAST), `the selection did not come into sight: ${where(el, LAST)}`, { timeout: 3000 });
      // where it ends: at the bottom, give or take the items seen on the way, laid out once seen
      // (content-visibility: auto), which move it by a few px while it stays in sight
      await aTimeout(800);
      expect(inSight(el, LAST), where(el, LAST)).to.equal(true);
      expect(el.getBoundingClientRect().bottom - item(el, LAST).getBoundingClientRect().bottom, 'it went far past the nearest place').to.be.within(-1, 20);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });
});

describe('<alpine-timeline> list view: Show more', () => {
  it('moves focus to the first item it shows, in sight, whether the button stays or goes', async () => {
    await setViewport({ width: 1280, height: 800 });
    const events = Array.from({ length: 1200 }, (_, i) => ({ id: `e${i}`, date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, title: `Event ${i}` }));
    const root = await fixture<HTMLElement>(html`<div><alpine-timeline list-view .data=${{ title: 'Many', events }}></alpine-timeline></div>`);
    const el = root.querySelector('alpine-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="list-item"]'), 'no list');
    await el.updateComplete;
    const items = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')];
    const focused = () => el.shadowRoot!.activeElement?.closest('li')?.getAttribute('data-id') ?? el.shadowRoot!.activeElement?.getAttribute('part') ?? null;
    for (const [shown, next, stays] of [[500, 'e500', true], [1000, 'e1000', false]] as const) {
      expect(items()).to.have.length(shown);
      const more = part(el, 'list-more')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused() === next, `focus is on ${focused()}, not on ${next}`);
      expect(part(el, 'list-more') !== null, 'the button is still there').to.equal(stays);
      const box = el.shadowRoot!.activeElement!.getBoundingClientRect();
      expect(box.top, 'the focused item is in sight').to.be.at.least(0);
      expect(box.bottom).to.be.at.most(innerHeight);
    }
    expect(items()).to.have.length(1200);
    // the next Tab goes on to the item after it
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('e1001');
  });
});
