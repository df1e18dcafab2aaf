/**
 * A museum's history of thousands of events, as its visitors meet it: the keyboard across a long
 * vertical layout on a phone.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { generated } from '../helpers.js';

const shadow = (el: AlpineTimeline) => el.shadowRoot!;

/** The focused mark's (card's, item's) event id. */
function focusedId(el: AlpineTimeline): string | undefined {
  return (shadow(el).activeElement as HTMLElement | null)?.closest<HTMLElement>('li[data-id]')?.dataset['id'];
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
});

