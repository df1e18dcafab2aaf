/**
 * A museum's history of thousands of events, as its visitors meet it: the keyboard across a long
 * vertical layout on a phone (PageDown, Tab into cards drawn near the screen), Enter on a cluster
 * in both layouts, and the list view's next page for Next from its last item.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { centre, generated, part } from '../helpers.js';

const shadow = (el: AlpineTimeline) => el.shadowRoot!;

/** The focused mark's (card's, item's) event id. */
function focusedId(el: AlpineTimeline): string | undefined {
  return (shadow(el).activeElement as HTMLElement | null)?.closest<HTMLElement>('li[data-id]')?.dataset['id'];
}

/** The years a cluster's label names ("1,923 events, 1977–1988: zoom in"). */
function clusterYears(button: HTMLElement): [number, number] {
  const [, from, to] = /(\d{4})(?:–(\d{4}))?/.exec(button.getAttribute('aria-label')!)!;
  return [Number(from), Number(to ?? from)];
}

/** The year of the focused mark's event. */
function focusedYear(el: AlpineTimeline): number | undefined {
  const event = el.timeline!.events.find((e) => e.id === focusedId(el));
  return event && new Date(event.start.start).getUTCFullYear();
}

/**
 * Enter on the `index`-th cluster's button, focused as a screen reader's cursor focuses it
 * (clusters are not tab stops): the years its label names, and a label for failures.
 */
async function enterCluster(el: AlpineTimeline, index: number): Promise<{ from: number; to: number; label: string }> {
  const cluster = shadow(el).querySelectorAll<HTMLElement>('[part~="cluster"] button')[index]!;
  const [from, to] = clusterYears(cluster);
  cluster.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await aTimeout(100);
  return { from, to, label: `${cluster.getAttribute('aria-label')}: focus on ${focusedId(el)} (${focusedYear(el)})` };
}

/** An element with `n` generated events, drawn (`ready`: what to wait for). */
async function large(n: number, attrs: { listView?: boolean } = {}, ready = ':is([part~="event"], [part~="cluster"])'): Promise<AlpineTimeline> {
  const el = await fixture<AlpineTimeline>(html`<alpine-timeline ?list-view=${attrs.listView ?? false} .data=${generated(n)}></alpine-timeline>`);
  await waitUntil(() => shadow(el).querySelector(ready), 'nothing drawn');
  await el.updateComplete;
  return el;
}

describe('<alpine-timeline> with thousands of events', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => scrollTo(0, 0));

  it('PageDown on a phone moves focus a screenful down the vertical layout, not to the last of 10,000 events', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await large(10000);
    expect(el.currentOrientation).to.equal('vertical');
    shadow(el).querySelector<HTMLElement>('[part~="event"] button[tabindex="0"]')!.focus();
    const year = (id: string) => new Date(el.timeline!.events.find((e) => e.id === id)!.start.start).getUTCFullYear();
    expect(year(focusedId(el)!), 'focus is not on a card of the first year').to.equal(1955);
    const steps: { id: string; year: number; scrolled: number }[] = [];
    for (let i = 0; i < 2; i++) {
      const before = scrollY;
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      await aTimeout(100);
      const id = focusedId(el)!;
      steps.push({ id, year: year(id), scrolled: scrollY - before });
    }
    const last = el.timeline!.events.at(-1)!.id;
    const said = steps.map((s) => `${s.id} (${s.year}, scrolled ${s.scrolled} px)`).join(', ');
    // the screen shows about 5 of the 75 years: a page is a few years and a screen or two of scrolling
    expect(steps[0]!.id, `PageDown went to ${said}`).to.not.equal(last);
    for (const step of steps) {
      expect(step.year - 1955, `PageDown went to ${said}`).to.be.within(1, 15);
      expect(step.scrolled, `PageDown went to ${said}`).to.be.within(1, 2 * innerHeight);
    }
    expect(steps[1]!.year, `the second PageDown did not go further: ${said}`).to.be.above(steps[0]!.year - 1);
    expect(steps[1]!.id).to.not.equal(steps[0]!.id);
    const card = shadow(el).activeElement!.getBoundingClientRect();
    expect(card.top >= 0 && card.bottom <= innerHeight, `the focused card is out of sight: ${Math.round(card.top)} px`).to.be.true;
  });

  it('Enter on a cluster moves focus to the first of its events, so that a second Enter opens one of them', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await large(20000);
    const { from, to, label } = await enterCluster(el, 3);
    expect(focusedYear(el), label).to.be.within(from, to);
    const box = shadow(el).activeElement!.getBoundingClientRect();
    expect(box.left >= 0 && box.right <= el.getBoundingClientRect().right, `${label}, at ${Math.round(box.left)} px`).to.be.true;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const opened = el.timeline!.events.find((e) => e.id === el.selected);
    expect(opened && new Date(opened.start.start).getUTCFullYear(), `the second Enter opened ${el.selected}`).to.be.within(from, to);
  });

  it('Enter on a cluster card on a phone moves focus to the first of its events, on screen', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await large(10000);
    const { from, to, label } = await enterCluster(el, 1);
    expect(focusedYear(el), label).to.be.within(from, to);
    const box = shadow(el).activeElement!.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, `${label}, at ${Math.round(box.top)} px`).to.be.true;
  });

  it('Tab into the cards of a phone scrolled halfway down lands on the first card on screen, the page staying put', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await large(10000);
    scrollTo(0, 6000);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]')!.getBoundingClientRect().top > -2 * innerHeight, 'the cards near the screen were not drawn');
    await el.updateComplete;
    const header = [...shadow(el).querySelectorAll<HTMLElement>('[part~="header"] button')].at(-1)!;
    header.focus({ preventScroll: true });
    await sendKeys({ press: 'Tab' });
    await aTimeout(100);
    const card = shadow(el).activeElement as HTMLElement;
    expect(card.closest('[part~="event"]'), `Tab went to ${card.tagName}`).to.exist;
    const top = Math.round(card.getBoundingClientRect().top);
    expect(scrollY, `Tab scrolled the page to ${focusedId(el)} (${focusedYear(el)}), ${6000 - scrollY} px up, at ${top} px`).to.equal(6000);
    expect(top, 'the card is not on screen').to.be.within(0, innerHeight - 40);
    // the first card on screen: none is drawn between the top of the screen and it
    const above = [...shadow(el).querySelectorAll<HTMLElement>('[part~="event"] button')].filter((b) => b !== card && b.getBoundingClientRect().top >= 0 && b.getBoundingClientRect().top < top);
    expect(above.length, 'cards on screen above the one Tab focused').to.equal(0);
  });
});

describe('<alpine-timeline> list view of thousands of events', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(() => scrollTo(0, 0));

  const item = (el: AlpineTimeline, id: string) => shadow(el).querySelector<HTMLElement>(`[part~="list-item"][data-id="${id}"]`);

  it('Next in the detail of the 500th item opens the 501st under its own item, in sight', async () => {
    const el = await large(5000, { listView: true }, '[part~="list-item"]');
    const events = el.timeline!.events;
    expect(shadow(el).querySelectorAll('[part~="list-item"]').length).to.equal(500);
    el.select(events[499]!.id);
    await el.updateComplete;
    expect(part(el, 'detail')?.closest('[part~="list-item"]'), 'the 500th event opens under its item').to.equal(item(el, events[499]!.id));
    await sendMouse({ type: 'click', position: centre(part(el, 'detail-next')!) });
    await el.updateComplete;
    await aTimeout(50);
    const next = events[500]!.id;
    expect(el.selected).to.equal(next);
    expect(item(el, next), 'the 501st event has no item in the list').to.exist;
    expect(part(el, 'detail')?.closest('[part~="list-item"]'), 'its detail is not under its item').to.equal(item(el, next));
    const box = item(el, next)!.getBoundingClientRect();
    expect(box.top >= 0 && box.top < innerHeight, `the 501st item is at ${Math.round(box.top)} px (scrollY ${scrollY})`).to.be.true;
    expect(shadow(el).querySelectorAll('[part~="list-item"]').length, 'the list grew by more than a page').to.equal(1000);
  });

  it('starts a new dataset\'s list at one page, whatever the last one had opened', async () => {
    const el = await large(1200, { listView: true }, '[part~="list-item"]');
    const items = () => shadow(el).querySelectorAll('[part~="list-item"]').length;
    const more = shadow(el).querySelector<HTMLElement>('[part~="list-more"]')!;
    more.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(more) });
    await waitUntil(() => items() === 1000, 'Show 500 more did not add a page');
    const before = el.timeline;
    el.data = generated(1200, 99);
    await waitUntil(() => el.timeline !== before && items() > 0, 'the new dataset is not listed');
    await el.updateComplete;
    expect(items(), 'items of the new dataset shown at first').to.equal(500);
  });
});
