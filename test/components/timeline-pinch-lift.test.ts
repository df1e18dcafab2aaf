/**
 * A pinch that one finger leaves: the finger left down goes on as a one-finger pan, the time under
 * it staying under it, in both layouts. And in the vertical layout, two fingers that move together
 * scroll, as one does. The fingers are touch events sent from the page, as the
 * element hears them: raw two-finger touches through the DevTools protocol leave the browser
 * sending no touch to the next test files (even two fingers put down and lifted at once), and its
 * synthetic pinch cannot lift one finger. The figures in the comments were measured both ways.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { INSET } from '../../src/components/timeline/plot-layout-controller.js';
import { drawn, hand, marks, part } from '../helpers.js';

/** The vertical layout on a phone, between 300 px of page above and 900 below, scrolled to 600 px, touch on. */
async function verticalOnAPhone(): Promise<AlpineTimeline> {
  await setViewport({ width: 375, height: 812 });
  await executeServerCommand('input-touch-enable'); // after setViewport, which resets it
  const page = await fixture<HTMLElement>(html`<div>
    <p style="height: 300px; margin: 0">Above</p>
    <alpine-timeline></alpine-timeline>
    <p style="height: 900px; margin: 0">Below</p>
  </div>`);
  const el = page.querySelector('alpine-timeline')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="event"]'), 'no vertical timeline');
  await el.updateComplete;
  scrollTo(0, 600);
  await aTimeout(200);
  return el;
}

/** The horizontal plot's time at viewport x, and back: the window spread over the plot less its insets. */
function timeAt(el: AlpineTimeline, x: number): number {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const [a, b] = [el.start!.getTime(), el.end!.getTime()];
  return a + ((x - plot.left - INSET) / (plot.width - 2 * INSET)) * (b - a);
}
function xOf(el: AlpineTimeline, t: number): number {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const [a, b] = [el.start!.getTime(), el.end!.getTime()];
  return plot.left + INSET + ((t - a) / (b - a)) * (plot.width - 2 * INSET);
}

describe('<alpine-timeline> when one finger of a pinch lifts, or both move together', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    await executeServerCommand('input-touch-enable', { enabled: false });
    scrollTo(0, 0);
  });
  after(() => setViewport({ width: 1280, height: 800 }));

  it('horizontal: the finger left down pans on from where it is, the time under it kept there', async () => {
    await setViewport({ width: 1280, height: 800 });
    await executeServerCommand('input-touch-enable'); // after setViewport, which resets it; before the element renders
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
    const full = el.end!.getTime() - el.start!.getTime();
    const plot = part(el, 'plot')!;
    const box = plot.getBoundingClientRect();
    const y = Math.round((box.top + box.bottom) / 2);
    const fingers = hand(plot);
    // A thumb goes down and settles 6 px aside, less than a swipe's 8 px: the plot keeps those
    // moves from d3-zoom until it knows which way the swipe goes.
    fingers.down(0, 600, y);
    for (const x of [602, 604, 606]) fingers.move([0, x, y]);
    const a = 606;
    // A second finger lands and spreads away from the still thumb: a pinch.
    let b = 800;
    fingers.down(1, b, y);
    const t = timeAt(el, a);
    for (let i = 0; i < 6; i++) {
      fingers.move([1, (b += 15), y]);
      await aTimeout(20);
    }
    const pinched = xOf(el, t) - a;
    const zoomed = full / (el.end!.getTime() - el.start!.getTime());
    // The second finger lifts; the thumb, left down, moves.
    fingers.up(1);
    let x = a;
    const drift: number[] = [];
    for (let i = 0; i < 4; i++) {
      fingers.move([0, (x -= 10), y]);
      await aTimeout(20);
      drift.push(Math.round((xOf(el, t) - x) * 100) / 100);
    }
    fingers.up(0);
    expect(zoomed, 'the pinch did not zoom in').to.be.greaterThan(1.2);
    // (it was 8.7 px off: the pinch pivoted around where d3-zoom had last heard of the thumb, 6 px
    // aside, which left the time 2.7 px from it, and the time jumped those 6 px once the thumb moved)
    expect(Math.max(...drift.map(Math.abs)), `the time under the thumb, px from it after each move: ${drift.join(', ')}`).to.be.below(1.5);
    expect(Math.abs(pinched), `the time under the still thumb moved ${pinched.toFixed(2)} px during the pinch`).to.be.below(1.5);
  });

  it('vertical: the finger left down scrolls the page, the time under it kept there', async () => {
    const el = await verticalOnAPhone();
    const plot = part(el, 'plot')!;
    const height = () => plot.getBoundingClientRect().height;
    const fitted = height();
    // two fingers one above the other, moving apart: time stretches around them
    const fingers = hand(plot);
    const x = 60;
    let [a, b] = [350, 450];
    fingers.down(0, x, a);
    fingers.down(1, x, b);
    for (let i = 0; i < 6; i++) {
      fingers.move([0, x, (a -= 15)], [1, x, (b += 15)]);
      await aTimeout(40);
    }
    await waitUntil(() => height() > fitted * 1.2, 'the pinch did not stretch time');
    // the card nearest the lower finger, which stays down while the upper one lifts
    const top = (id: string) => el.shadowRoot!.querySelector(`li[data-id="${CSS.escape(id)}"]`)!.getBoundingClientRect().top;
    const card = marks(el)
      .map((li) => li.dataset['id']!)
      .sort((p, q) => Math.abs(top(p) - b) - Math.abs(top(q) - b))[0]!;
    const offset = top(card) - b;
    const scrolled = scrollY;
    fingers.up(0);
    const drift: number[] = [];
    for (let i = 0; i < 8; i++) {
      fingers.move([1, x, (b -= 10)]);
      await aTimeout(40);
      drift.push(Math.round((top(card) - b - offset) * 100) / 100);
    }
    fingers.up(1);
    // (the page stood still: the browser does not scroll under touches whose moves the pinch took,
    // and the card stayed 80 px below a finger gone 80 px up)
    expect(scrollY - scrolled, 'the page did not scroll under the finger').to.be.closeTo(80, 1.5);
    expect(Math.max(...drift.map(Math.abs)), `the card ${card} under the finger, px from where it was after each move: ${drift.join(', ')}`).to.be.below(1.5);
  });

  it('vertical: two fingers that move together scroll the page, as one finger does, the time between them kept there', async () => {
    const el = await verticalOnAPhone();
    const plot = part(el, 'plot')!;
    const fitted = plot.getBoundingClientRect().height;
    const top = (id: string) => el.shadowRoot!.querySelector(`li[data-id="${CSS.escape(id)}"]`)!.getBoundingClientRect().top;
    const fingers = hand(plot);
    const x = 60;
    let [a, b] = [400, 500];
    // the card nearest the middle of the fingers
    const card = marks(el)
      .map((li) => li.dataset['id']!)
      .sort((p, q) => Math.abs(top(p) - (a + b) / 2) - Math.abs(top(q) - (a + b) / 2))[0]!;
    const offset = top(card) - (a + b) / 2;
    const scrolled = scrollY;
    fingers.down(0, x, a);
    fingers.down(1, x, b);
    const drift: number[] = [];
    // both up by 15 px a step, the same distance apart: a two-finger drag, no pinch
    for (let i = 0; i < 8; i++) {
      fingers.move([0, x, (a -= 15)], [1, x, (b -= 15)]);
      await aTimeout(40);
      drift.push(Math.round((top(card) - (a + b) / 2 - offset) * 100) / 100);
    }
    fingers.up(0);
    fingers.up(1);
    await el.updateComplete;
    // (the page stood still: two fingers zoomed or did nothing, and took the moves from the browser)
    expect(scrollY - scrolled, 'the page did not scroll under the fingers').to.be.closeTo(120, 1.5);
    expect(Math.max(...drift.map(Math.abs)), `the card ${card} under the fingers, px from where it was after each move: ${drift.join(', ')}`).to.be.below(1.5);
    expect(plot.getBoundingClientRect().height, 'a drag zoomed').to.be.closeTo(fitted, 1);
  });
});
