import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineRangeChangeEvent, TimelineSelectEvent } from '../../src/events/index.js';
import { centre, drawn, generated, marks, part, timelineFixture } from '../helpers.js';

const YEAR = 365.2425 * 86_400_000;
const span = (el: AlpineTimeline) => el.end!.getTime() - el.start!.getTime();
const markOf = (el: AlpineTimeline, id: string) => marks(el).find((m) => m.dataset['id'] === id);
const markerX = (el: AlpineTimeline, id: string) => {
  const r = markOf(el, id)!.querySelector('[part~="marker"]')!.getBoundingClientRect();
  return r.left + r.width / 2;
};
const clusters = (el: AlpineTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cluster"]')];
const wheel = (x: number, y: number, deltaY: number, modifiers = 0, deltaX = 0) =>
  executeServerCommand('input-wheel', { x, y, deltaX, deltaY, modifiers });

/** Real waits between the moves of a slow drag: longer than the pause a view takes to settle (160 ms). */
const PAUSE = 200;
const pause = () => aTimeout(PAUSE);

/** Records each `timeline-range-change` ("range") and each change of the live region ("said …"), in order. */
function recordSettles(el: AlpineTimeline): string[] {
  const log: string[] = [];
  el.addEventListener('timeline-range-change', () => log.push('range'));
  const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
  new MutationObserver(() => log.push(`said ${region.textContent!.trim()}`)).observe(region, { subtree: true, childList: true, characterData: true });
  return log;
}

/** After a release: one `timeline-range-change` and one sentence for the new period, and nothing more. */
async function expectSettledOnce(el: AlpineTimeline, log: string[]): Promise<void> {
  await waitUntil(() => log.includes('range'), 'no timeline-range-change after the release');
  await aTimeout(1200); // a gesture's period is said once the view has rested a second
  const period = `${el.start!.getUTCFullYear()}–${el.end!.getUTCFullYear()}`;
  expect(log.length, JSON.stringify(log)).to.equal(2);
  expect(log[0]).to.equal('range');
  expect([`said Showing ${period}`, `said No events in ${period}.`]).to.include(log[1]);
}

function rectsIntersect(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Boxes a user sees as labels or cluster badges. */
function labelBoxes(el: AlpineTimeline): DOMRect[] {
  const labelled = marks(el)
    .filter((m) => !m.part.contains('unlabelled'))
    .map((m) => m.querySelector('[part~="label"]')!.getBoundingClientRect());
  const badges = [...marks(el).filter((m) => m.part.contains('unlabelled')), ...clusters(el)].map((c) => c.getBoundingClientRect());
  return [...labelled, ...badges];
}

function expectNoOverlapInside(el: AlpineTimeline): void {
  const host = el.getBoundingClientRect();
  const boxes = labelBoxes(el);
  expect(boxes.length).to.be.greaterThan(0);
  boxes.forEach((a, i) => {
    expect(a.left, 'a label leaves the element on the left').to.be.at.least(host.left - 0.5);
    expect(a.right, 'a label leaves the element on the right').to.be.at.most(host.right + 0.5);
    for (const b of boxes.slice(i + 1)) expect(rectsIntersect(a, b), 'two labels overlap').to.equal(false);
  });
}

describe('<alpine-timeline> exploration', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => resetMouse());

  describe('zoom and pan', () => {
    it('zoomTo 1965–1969 puts the 1965 and 1969 marks far apart, and fires timeline-range-change once settled', async () => {
      const el = await drawn(await timelineFixture());
      const before = markerX(el, 'dieppe-plant-1969') - markerX(el, 'renault-association-1965');
      const settled = oneEvent(el, 'timeline-range-change') as Promise<TimelineRangeChangeEvent>;
      expect(el.zoomTo('1965', '1969', { animate: false })).to.equal(true);
      const event = await settled;
      expect(event.detail.start.getUTCFullYear()).to.equal(1965);
      expect(event.detail.end.getUTCFullYear()).to.be.oneOf([1969, 1970]);
      await el.updateComplete;
      const after = markerX(el, 'dieppe-plant-1969') - markerX(el, 'renault-association-1965');
      expect(before).to.be.lessThan(120);
      expect(after).to.be.greaterThan(700);
      // The axis now counts years, not decades.
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent);
      expect(ticks).to.include.members(['1966', '1967', '1968']);
    });

    it('leaves the shadow tree as it was after zooming in and out, every node counted (a kiosk runs for months)', async () => {
      // Lit's repeat() (lit-html 3.3.1 to 3.3.3 at least) left an empty comment in the DOM for
      // each item it removed: the axis's ticks and the marks grew the tree by ~40 nodes a cycle.
      const all = (el: AlpineTimeline) => {
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      };
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const el = await drawn(await timelineFixture(undefined, `orientation=${orientation}`));
        // A view that rests (160 ms) says its period in the live region: a text node, there for
        // good from then on. The first cycle waits for it, so that both counts have it: on a busy
        // machine a later cycle rested anyway, and the tree had one node more (485 against 484).
        const said = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim() !== '';
        const cycle = async (rest = false) => {
          el.zoomBy(4, { animate: false });
          await el.updateComplete;
          await aTimeout(20);
          el.zoomTo('1965', '1972', { animate: false });
          await el.updateComplete;
          if (rest) await waitUntil(said, `${orientation}: the period shown was never said`);
          await aTimeout(20);
          el.fit({ animate: false });
          await el.updateComplete;
          await aTimeout(20);
        };
        await cycle(true);
        const before = all(el);
        for (let i = 0; i < 10; i++) await cycle();
        expect(all(el), `${orientation}: nodes after 10 more cycles`).to.equal(before);
        el.remove();
      }
    });

    it('fires timeline-range-change for the window a new dataset shows (a page mirroring the range was left on the old one)', async () => {
      const el = await drawn(await timelineFixture());
      const ranges: [number, number][] = [];
      el.addEventListener('timeline-range-change', (e) => ranges.push([e.detail.start.getUTCFullYear(), e.detail.end.getUTCFullYear()]));
      el.zoomTo('1910', '1921', { animate: false });
      await waitUntil(() => ranges.length === 1, 'zoomTo fired nothing');
      el.data = { title: 'New', events: [{ id: 'a', date: '2000', title: 'A' }, { id: 'b', date: '2020', title: 'B' }] };
      await waitUntil(() => ranges.length === 2, 'the new dataset\'s window was not reported');
      const [start, end] = ranges[1]!;
      expect(start, 'start').to.be.within(1998, 2000);
      expect(end, 'end').to.be.within(2020, 2022);
      expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()]).to.deep.equal(ranges[1]);
      // the same window again (another dataset over the same years) fires nothing more
      el.data = { title: 'Again', events: [{ id: 'c', date: '2000', title: 'C' }, { id: 'd', date: '2020', title: 'D' }] };
      await el.updateComplete;
      await aTimeout(400);
      expect(ranges).to.have.length(2);
    });

    it('Ctrl + wheel zooms around the pointer; a plain wheel over an unfocused timeline scrolls the page', async () => {
      const el = await drawn(await timelineFixture());
      const spacer = document.createElement('div');
      spacer.style.height = '2000px';
      el.after(spacer);
      try {
        const plot = part(el, 'plot')!.getBoundingClientRect();
        const x = Math.round(markerX(el, 'dieppe-plant-1969'));
        const y = Math.round(plot.top + plot.height - 20);
        const spanBefore = span(el);
        // the page scrolls smoothly, over frames that a busy machine draws late: the test waits
        // for the scroll to begin, and then to end (an end still to come scrolled the page again
        // after scrollTo(0, 0), and the Ctrl + wheel seemed to scroll it)
        const scrollEnded = new Promise((done) => document.addEventListener('scrollend', done, { once: true }));
        await wheel(x, y, 120);
        await waitUntil(() => window.scrollY > 0, 'a plain wheel did not scroll the page');
        await scrollEnded;
        expect(span(el)).to.equal(spanBefore);
        window.scrollTo(0, 0);
        await aTimeout(50);
        for (let i = 0; i < 5; i++) await wheel(x, y, -10, 2);
        await waitUntil(() => span(el) < spanBefore / 1.5, 'Ctrl + wheel did not zoom in');
        await el.updateComplete;
        expect(window.scrollY).to.equal(0);
        // The point under the pointer stays put: the 1969 marker is still under it.
        expect(Math.abs(markerX(el, 'dieppe-plant-1969') - x)).to.be.lessThan(4);
      } finally {
        spacer.remove();
      }
    });

    it('double-click zooms in twice around the pointer, at once under reduced motion; Shift + double-click zooms out', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1955', '1994', { animate: false });
      await el.updateComplete;
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const x = Math.round(markerX(el, 'dieppe-plant-1969'));
      const y = Math.round(plot.bottom - 12);
      const before = span(el);
      const spans: number[] = [];
      el.addEventListener('timeline-range-change', () => spans.push(span(el)));
      await executeServerCommand('input-dblclick', { x, y });
      await el.updateComplete;
      // reduced motion: the whole zoom in one update, no frame in between
      expect(span(el) / before).to.be.closeTo(0.5, 0.01);
      expect(Math.abs(markerX(el, 'dieppe-plant-1969') - x), 'the time under the pointer moved').to.be.lessThan(2);
      await executeServerCommand('input-dblclick', { x, y, modifiers: 8 /* Shift */ });
      await el.updateComplete;
      expect(span(el) / before).to.be.closeTo(1, 0.01);
      expect(Math.abs(markerX(el, 'dieppe-plant-1969') - x)).to.be.lessThan(2);
      await waitUntil(() => spans.length > 0, 'no timeline-range-change after the double-clicks');
      // and the next gesture starts from there: a drag pans the zoomed-out view
      const start = el.start!.getTime();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let dx = 20; dx <= 200; dx += 20) await sendMouse({ type: 'move', position: [x - dx, y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(el.start!.getTime()).to.be.greaterThan(start + YEAR);
      expect(span(el) / before).to.be.closeTo(1, 0.01);
    });

    it('double-click keeps the time under the pointer when time runs right to left', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><alpine-timeline></alpine-timeline></div>`);
      const el = await drawn(wrapper.querySelector('alpine-timeline')!);
      el.zoomTo('1955', '1994', { animate: false });
      await el.updateComplete;
      expect(markerX(el, 'founding-1955')).to.be.greaterThan(markerX(el, 'dieppe-plant-1969'));
      const x = Math.round(markerX(el, 'dieppe-plant-1969'));
      const y = Math.round(part(el, 'plot')!.getBoundingClientRect().bottom - 12);
      const before = span(el);
      await executeServerCommand('input-dblclick', { x, y });
      await el.updateComplete;
      expect(span(el) / before).to.be.closeTo(0.5, 0.01);
      expect(Math.abs(markerX(el, 'dieppe-plant-1969') - x), 'the time under the pointer moved').to.be.lessThan(2);
    });

    it('zooms by at most about 1.4x per wheel event, Ctrl + a mouse notch included', async () => {
      const el = await drawn(await timelineFixture());
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const [x, y] = [Math.round(plot.left + plot.width / 2), Math.round(plot.bottom - 20)];
      let before = span(el);
      await wheel(x, y, -100, 2); // Ctrl + one notch of a mouse wheel, in
      await waitUntil(() => span(el) < before, 'Ctrl + wheel did not zoom');
      await el.updateComplete;
      expect(before / span(el)).to.be.closeTo(Math.SQRT2, 0.02);
      before = span(el);
      await wheel(x, y, 100, 2); // and out
      await waitUntil(() => span(el) > before, 'Ctrl + wheel did not zoom out');
      await el.updateComplete;
      expect(span(el) / before).to.be.closeTo(Math.SQRT2, 0.02);
    });

    it('a plain wheel zooms once the timeline has focus, or with wheel-zoom', async () => {
      const el = await drawn(await timelineFixture());
      el.wheelZoom = true;
      await el.updateComplete;
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const spanBefore = span(el);
      await wheel(Math.round(plot.left + plot.width / 2), Math.round(plot.bottom - 20), -200);
      await waitUntil(() => span(el) < spanBefore, 'the wheel did not zoom');
    });

    it('drag pans the view, and horizontal wheels pan too', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1960', '1979', { animate: false });
      await el.updateComplete;
      const start = el.start!.getTime();
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const y = Math.round(plot.bottom - 12);
      await sendMouse({ type: 'move', position: [700, y] });
      await sendMouse({ type: 'down' });
      for (let x = 680; x >= 400; x -= 40) await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      const pxPerMs = (plot.width - 24) / span(el);
      const moved = (el.start!.getTime() - start) * pxPerMs;
      expect(moved).to.be.within(280, 320); // dragged left by 300 px: later years come into view
      const afterDrag = el.start!.getTime();
      await wheel(640, y, 0, 0, 200);
      await waitUntil(() => el.start!.getTime() > afterDrag, 'a horizontal wheel did not pan');
    });

    it('opens a mark clicked with a few px of wobble, and the view stays put', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1960', '1979', { animate: false });
      await aTimeout(400); // settled
      const log = recordSettles(el);
      const window = [el.start!.getTime(), el.end!.getTime()];
      const [x, y] = centre(markOf(el, 'dieppe-plant-1969')!.querySelector('button')!);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 2, y + 1] });
      await sendMouse({ type: 'move', position: [x + 3, y] }); // 3 px from the press
      await sendMouse({ type: 'up' });
      // (d3-zoom took the least move for a drag and swallowed the click: nothing opened)
      await waitUntil(() => part(el, 'detail'), 'a click that wobbled 3 px opened nothing');
      expect(el.selected).to.equal('dieppe-plant-1969');
      expect(part(el, 'detail-title')!.textContent).to.contain('Dieppe');
      await aTimeout(1200); // a gesture's period would be said once the view rested a second
      expect([el.start!.getTime(), el.end!.getTime()], 'the click panned the view').to.deep.equal(window);
      expect(log.filter((s) => s === 'range'), 'the click fired timeline-range-change').to.deep.equal([]);
    });

    it('pans for a drag that starts on a mark, and opens nothing', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1960', '1979', { animate: false });
      await el.updateComplete;
      const start = el.start!.getTime();
      const pxPerMs = (part(el, 'plot')!.getBoundingClientRect().width - 24) / span(el);
      const [x, y] = centre(markOf(el, 'dieppe-plant-1969')!.querySelector('button')!);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (const dx of [3, 10, 20, 30]) await sendMouse({ type: 'move', position: [x - dx, y] });
      await sendMouse({ type: 'up' });
      await aTimeout(100);
      await el.updateComplete;
      expect((el.start!.getTime() - start) * pxPerMs, 'dragged left by 30 px').to.be.within(27, 33);
      expect(el.selected).to.equal(null);
      expect(part(el, 'detail')).to.equal(null);
    });

    it('fires timeline-range-change and says the period once, after the release of a slow drag, not at its pauses', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1960', '1990', { animate: false });
      await aTimeout(400); // settled
      const log = recordSettles(el);
      const start = el.start!.getTime();
      const y = Math.round(part(el, 'plot')!.getBoundingClientRect().bottom - 12);
      await sendMouse({ type: 'move', position: [800, y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 8; i++) {
        await sendMouse({ type: 'move', position: [800 - i * 15, y] });
        await pause(); // the view stays put, the button still down
      }
      await aTimeout(300); // held still a while longer
      const [moved, during] = [el.start!.getTime() - start, [...log]];
      await sendMouse({ type: 'up' }); // (released before any assertion: a failed one leaves no button down)
      expect(moved, 'the drag did not pan').to.be.greaterThan(YEAR);
      // (each pause fired the event and said the period: 8 times during this drag)
      expect(during, 'fired or said while the button was down').to.deep.equal([]);
      await expectSettledOnce(el, log);
    });

    it('says the period of a slow wheel once it rests, not at each notch, though each notch fires timeline-range-change', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1960', '1990', { animate: false });
      await aTimeout(400); // settled
      const log = recordSettles(el);
      const y = Math.round(part(el, 'plot')!.getBoundingClientRect().bottom - 12);
      // a notch every 400 ms: each one settles (160 ms), as a slowly turned wheel does
      for (let i = 0; i < 4; i++) {
        await wheel(640, y, 0, 0, 60);
        await aTimeout(400);
      }
      const during = [...log];
      await aTimeout(1200);
      const period = `${el.start!.getUTCFullYear()}–${el.end!.getUTCFullYear()}`;
      expect(during.filter((s) => s === 'range').length, `each notch fired: ${JSON.stringify(during)}`).to.be.at.least(3);
      // (before: "Showing …" after each notch, four sentences queued for a screen reader)
      expect(during.filter((s) => s.startsWith('said')), 'said while the wheel was still turning').to.deep.equal([]);
      expect(log.filter((s) => s.startsWith('said')), 'said once it rested').to.deep.equal([`said Showing ${period}`]);
    });

    it('says the period a slow wheel stopped on only if nothing else is said meanwhile: a selection wins', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1960', '1990', { animate: false });
      await aTimeout(400);
      const log = recordSettles(el);
      const y = Math.round(part(el, 'plot')!.getBoundingClientRect().bottom - 12);
      await wheel(640, y, 0, 0, 60);
      await waitUntil(() => log.includes('range'), 'the wheel did not pan');
      el.select('dieppe-plant-1969');
      await aTimeout(1200);
      const said = log.filter((s) => s.startsWith('said'));
      expect(said.length, JSON.stringify(said)).to.be.greaterThan(0);
      expect(said.every((s) => s.startsWith('said Selected: 1969')), JSON.stringify(said)).to.equal(true);
    });

    it('fires nothing for a slow drag that comes back to where it began', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1960', '1990', { animate: false });
      await aTimeout(400);
      const log = recordSettles(el);
      const window = [el.start!.getTime(), el.end!.getTime()];
      const y = Math.round(part(el, 'plot')!.getBoundingClientRect().bottom - 12);
      await sendMouse({ type: 'move', position: [800, y] });
      await sendMouse({ type: 'down' });
      for (const x of [780, 760, 740, 760, 780, 800]) {
        await sendMouse({ type: 'move', position: [x, y] });
        await pause();
      }
      await sendMouse({ type: 'up' });
      await aTimeout(500);
      expect([el.start!.getTime(), el.end!.getTime()], 'the view is not where it was').to.deep.equal(window);
      expect(log).to.deep.equal([]);
    });

    it('zoomTo reads an ISO partial date as its whole period, and refuses what is no time without throwing', async () => {
      const el = await drawn(await timelineFixture());
      expect(el.zoomTo('1969', '1969', { animate: false })).to.equal(true);
      expect([el.start!.toISOString(), el.end!.toISOString()]).to.deep.equal(['1969-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z']);
      expect(el.zoomTo('1970', '1965', { animate: false }), 'either order').to.equal(true);
      expect([el.start!.toISOString(), el.end!.toISOString()]).to.deep.equal(['1965-01-01T00:00:00.000Z', '1971-01-01T00:00:00.000Z']);
      expect(el.zoomTo('1969-05', '1969-06-10', { animate: false })).to.equal(true);
      expect([el.start!.toISOString(), el.end!.toISOString()]).to.deep.equal(['1969-05-01T00:00:00.000Z', '1969-06-11T00:00:00.000Z']);
      const at = new Date(Date.UTC(1980, 0, 1));
      expect(el.zoomTo(at, Date.UTC(1990, 6, 1), { animate: false }), 'instants').to.equal(true);
      expect([el.start!.toISOString(), el.end!.toISOString()]).to.deep.equal(['1980-01-01T00:00:00.000Z', '1990-07-01T00:00:00.000Z']);
      for (const [i, bad] of [null, undefined, {}, '1969-13', 'soon', Number.NaN, new Date(Number.NaN)].entries()) {
        expect(el.zoomTo(bad as unknown as string, '1970', { animate: false }), `bad time #${i}`).to.equal(false);
      }
      expect([el.start!.toISOString(), el.end!.toISOString()], 'the view stays').to.deep.equal(['1980-01-01T00:00:00.000Z', '1990-07-01T00:00:00.000Z']);
    });

    it('zoomBy refuses a factor that is no zoom (0, negative, NaN, Infinity, a string) without throwing', async () => {
      const el = await drawn(await timelineFixture());
      expect(el.zoomTo('1965', '1975', { animate: false })).to.equal(true);
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const view = [el.start!.toISOString(), el.end!.toISOString()];
      for (const [i, bad] of [0, -2, Number.NaN, Number.POSITIVE_INFINITY, '2', null].entries()) {
        expect(el.zoomBy(bad as number, { animate: false }), `bad factor #${i}`).to.equal(false);
        await el.updateComplete;
        expect([el.start!.toISOString(), el.end!.toISOString()], `the view stays (#${i})`).to.deep.equal(view);
      }
      expect(el.zoomBy(2, { animate: false })).to.equal(true);
      expect(el.end!.getTime() - el.start!.getTime()).to.be.closeTo((Date.UTC(1976, 0, 1) - Date.UTC(1965, 0, 1)) / 2, 86_400_000);
    });

    it('a view asked for right after a selection wins: select() or selected, then zoomTo() or fit()', async () => {
      const el = await drawn(await timelineFixture());
      const shown = () => [el.start!.toISOString(), el.end!.toISOString()];
      const full = shown();
      // select() brings 2017 into view, then zoomTo() shows 1965–1970: the later call wins
      expect(el.select('new-a110-2017')).to.equal(true);
      expect(el.zoomTo('1965', '1970', { animate: false })).to.equal(true);
      await el.updateComplete;
      await aTimeout(250);
      expect(shown(), 'select() then zoomTo()').to.deep.equal(['1965-01-01T00:00:00.000Z', '1971-01-01T00:00:00.000Z']);
      // the same with the property
      el.selected = 'founding-1955';
      el.zoomTo('1965', '1970', { animate: false });
      await el.updateComplete;
      await aTimeout(250);
      expect(shown(), 'selected then zoomTo()').to.deep.equal(['1965-01-01T00:00:00.000Z', '1971-01-01T00:00:00.000Z']);
      el.fit({ animate: false });
      el.select('dieppe-plant-1969');
      el.zoomTo('2017', '2020', { animate: false });
      el.fit({ animate: false });
      await el.updateComplete;
      expect(shown(), 'fit() last').to.deep.equal(full);
      // a selection made after the view is still brought into view
      el.zoomTo('1965', '1970', { animate: false });
      el.selected = 'new-a110-2017';
      await el.updateComplete;
      expect(el.start!.getUTCFullYear(), 'selected last: 2017 is brought into view').to.be.greaterThan(2010);
    });

    it('zoomTo() called before its dataset is shown applies to that dataset: data just set, or src still loading', async () => {
      const el = await drawn(await timelineFixture());
      const shown = () => [el.start!.toISOString(), el.end!.toISOString()];
      el.data = { title: 'Own', events: [{ id: 'a', date: '1950', title: 'A' }, { id: 'b', date: '1990', title: 'B' }] };
      expect(el.zoomTo('1965', '1970', { animate: false })).to.equal(true);
      await el.updateComplete;
      expect(el.timeline!.events.length).to.equal(2);
      expect(shown(), 'data then zoomTo()').to.deep.equal(['1965-01-01T00:00:00.000Z', '1971-01-01T00:00:00.000Z']);
      // a dataset that is rejected keeps what is shown, and drops nothing it should not
      el.data = { title: 'Bad', events: [{ id: 'x', date: '1969-13', title: 'X' }] };
      await el.updateComplete;
      expect(shown(), 'kept with the previous dataset').to.deep.equal(['1965-01-01T00:00:00.000Z', '1971-01-01T00:00:00.000Z']);
      // src: the window waits for the file
      const loaded = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/tiny.json"></alpine-timeline>`);
      expect(loaded.zoomTo('1960', '1979', { animate: false })).to.equal(true);
      await oneEvent(loaded, 'timeline-load');
      await loaded.updateComplete;
      expect([loaded.start!.toISOString(), loaded.end!.toISOString()], 'src then zoomTo()').to.deep.equal(['1960-01-01T00:00:00.000Z', '1980-01-01T00:00:00.000Z']);
      // and a later dataset starts fitted again
      loaded.data = { title: 'Own', events: [{ id: 'a', date: '1950', title: 'A' }, { id: 'b', date: '1990', title: 'B' }] };
      await loaded.updateComplete;
      expect(loaded.start!.getUTCFullYear(), 'a later dataset is fitted').to.be.lessThan(1950);
    });

    it('zoomTo() called right after src is set leaves the dataset on screen as it is, and shows the window once the new one loads', async () => {
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const el = await drawn(await timelineFixture(undefined, `orientation=${orientation}`));
        const start = el.start!.toISOString();
        const fired: string[] = [];
        el.addEventListener('timeline-load', () => fired.push('load'));
        el.addEventListener('timeline-range-change', () => fired.push('range'));
        el.src = '/__test__/respond?ms=800&file=/test/fixtures/tiny.json';
        expect(el.zoomTo('1990-03', '1990-06', { animate: false })).to.equal(true);
        await el.updateComplete;
        await aTimeout(400); // longer than a view takes to settle, shorter than the load
        expect(fired, `${orientation}: nothing while the file loads`).to.deep.equal([]);
        expect(el.start!.toISOString(), `${orientation}: the Alpine dataset keeps its view`).to.equal(start);
        expect(el.end!.getTime() - el.start!.getTime(), `${orientation}: not zoomed in`).to.be.greaterThan(50 * YEAR);
        expect(part(el, 'title')!.textContent).to.match(/Alpine/);
        await waitUntil(() => fired.length === 2, `${orientation}: no timeline-load and timeline-range-change`, { timeout: 3000 });
        expect(fired, orientation).to.deep.equal(['load', 'range']);
        expect(part(el, 'title')!.textContent).to.equal('A tiny history');
        if (orientation === 'horizontal') {
          expect([el.start!.toISOString(), el.end!.toISOString()]).to.deep.equal(['1990-03-01T00:00:00.000Z', '1990-07-01T00:00:00.000Z']);
        } else {
          // the period about fills the screen, its start near the top
          expect(el.start!.getTime(), 'vertical: start').to.be.within(Date.UTC(1989, 11), Date.UTC(1990, 2));
          expect(el.end!.getTime(), 'vertical: end').to.be.within(Date.UTC(1990, 6), Date.UTC(1990, 11));
        }
        el.remove();
      }
    });

    it('select() called while its src loads selects the event once that dataset is shown', async () => {
      const el = await drawn(await timelineFixture());
      el.select('new-a110-2017');
      await el.updateComplete;
      const events: string[] = [];
      for (const type of ['timeline-load', 'timeline-select', 'timeline-deselect']) {
        el.addEventListener(type, (e) => events.push(`${type}:${(e as CustomEvent).detail.event?.id ?? (e as CustomEvent).detail.id ?? ''}`));
      }
      el.src = '/__test__/respond?ms=300&file=/test/fixtures/tiny.json';
      expect(el.select('second'), 'put off, not refused').to.equal(true);
      await oneEvent(el, 'timeline-load');
      await el.updateComplete;
      expect(el.selected).to.equal('second');
      expect(part(el, 'detail')?.textContent, 'its detail is open').to.contain('First steps on the Moon');
      const [start, end] = [el.start!.getTime(), el.end!.getTime()];
      expect(Date.UTC(1969, 6, 20), 'in view').to.be.within(start, end);
      expect(events, 'the dataset, the old selection gone, then the one asked for').to.deep.equal(['timeline-load:', 'timeline-deselect:new-a110-2017', 'timeline-select:second']);
      // an id the coming dataset lacks selects nothing; a src that fails keeps the dataset and drops the id
      events.length = 0;
      el.src = '/__test__/respond?ms=200&file=/test/fixtures/tiny.json&id=again';
      expect(el.select('nowhere')).to.equal(true);
      await oneEvent(el, 'timeline-load');
      await el.updateComplete;
      expect(el.selected, 'the id is not in the file').to.equal('second');
      el.src = '/__test__/respond?ms=200&status=500';
      expect(el.select('founding-1955'), 'an id of the Alpine dataset, not of the one shown').to.equal(true);
      await oneEvent(el, 'timeline-error');
      await el.updateComplete;
      expect(el.selected, 'the failed dataset selects nothing in the one kept').to.equal('second');
      expect(events.filter((e) => e.startsWith('timeline-select'))).to.deep.equal([]);
    });

    it('fires no timeline-range-change for a first interaction that leaves the whole view as it was', async () => {
      const el = await drawn(await timelineFixture());
      const fired: string[] = [];
      el.addEventListener('timeline-range-change', (e) => fired.push(`${(e as TimelineRangeChangeEvent).detail.start.getUTCFullYear()}`));
      const whole = [el.start!.getTime(), el.end!.getTime()];
      // a drag on the plot at the whole view (nothing to pan to), then select() of an event in view
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const [x, y] = [Math.round(plot.left + plot.width / 2), Math.round(plot.bottom - 12)];
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let dx = 20; dx <= 200; dx += 20) await sendMouse({ type: 'move', position: [x - dx, y] });
      await sendMouse({ type: 'up' });
      el.select('founding-1955');
      await aTimeout(500);
      expect([el.start!.getTime(), el.end!.getTime()], 'the view did not move').to.deep.equal(whole);
      expect(fired, 'nothing changed, nothing fired').to.deep.equal([]);
      // a real change still fires, once
      el.zoomTo('1965', '1970', { animate: false });
      await waitUntil(() => fired.length > 0, 'no timeline-range-change after zoomTo()');
      expect(fired).to.deep.equal(['1965']);
    });

    it('never shows more than the dataset span, nor less than about a day', async () => {
      const el = await drawn(await timelineFixture());
      const full = span(el);
      el.zoomTo('1900', '2099', { animate: false });
      expect(span(el)).to.be.closeTo(full, 1);
      el.zoomTo('1969-05-01', '1969-05-01', { animate: false });
      expect(span(el)).to.be.closeTo(86_400_000, 1);
      el.fit({ animate: false });
      expect(span(el)).to.be.closeTo(full, 1);
    });

    it('keeps every axis label whole inside the plot, even for a tick at its very edge', async () => {
      const el = await drawn(await timelineFixture());
      // a window starting at midnight puts a tick at the plot's left end (June 1, 1969)
      el.zoomTo('1969-06-01', '1969-06-02', { animate: false });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('g[part~="axis"] .tick text')];
      expect(labels[0]!.textContent, 'the first tick is the month and year').to.match(/1969/);
      for (const text of labels) {
        const box = text.getBoundingClientRect();
        expect(box.left, `${text.textContent} starts inside`).to.be.at.least(plot.left - 0.5);
        expect(box.right, `${text.textContent} ends inside`).to.be.at.most(plot.right + 0.5);
      }
    });

    it('has zoom-in, zoom-out and fit buttons', async () => {
      const el = await drawn(await timelineFixture());
      const full = span(el);
      const view = [el.start!.getTime(), el.end!.getTime()];
      // everything shows: Zoom out and Fit are at their limit (aria-disabled, so they keep focus), and a click does nothing
      for (const name of ['zoom-out', 'zoom-fit']) {
        expect(part(el, name)!.getAttribute('aria-disabled'), name).to.equal('true');
        await sendMouse({ type: 'click', position: centre(part(el, name)!) });
        await el.updateComplete;
        expect([el.start!.getTime(), el.end!.getTime()], `a click on ${name}`).to.deep.equal(view);
      }
      await sendMouse({ type: 'click', position: centre(part(el, 'zoom-in')!) });
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(full / 2, full * 0.01);
      await sendMouse({ type: 'click', position: centre(part(el, 'zoom-in')!) });
      await sendMouse({ type: 'click', position: centre(part(el, 'zoom-out')!) });
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(full / 2, full * 0.01);
      await sendMouse({ type: 'click', position: centre(part(el, 'zoom-fit')!) });
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(full, 1);
    });

    it('draws the zoom buttons’ icons inside them, in the button’s colour, with no glyph from a font', async () => {
      const el = await drawn(await timelineFixture());
      for (const name of ['zoom-in', 'zoom-out', 'zoom-fit']) {
        const button = part<HTMLButtonElement>(el, name)!;
        expect(button.textContent!.trim(), name).to.equal(''); // "⤢" is missing from many system fonts
        const icon = button.querySelector('svg')!;
        const [b, i] = [button.getBoundingClientRect(), icon.getBoundingClientRect()];
        expect(i.width, name).to.be.greaterThan(10);
        expect(i.left >= b.left && i.right <= b.right && i.top >= b.top && i.bottom <= b.bottom, `${name}: icon inside its button`).to.equal(true);
        expect(getComputedStyle(icon.querySelector('path')!).stroke, name).to.equal(getComputedStyle(button).color);
      }
    });

    it('animates programmatic zooms when motion is allowed', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        const el = await drawn(await timelineFixture());
        const full = span(el);
        el.zoomTo('1965', '1969');
        await aTimeout(120);
        const midway = span(el);
        expect(midway).to.be.lessThan(full);
        expect(midway).to.be.greaterThan(6 * YEAR);
        await oneEvent(el, 'timeline-range-change');
        expect(span(el)).to.be.lessThan(6 * YEAR);
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });

    it('counts every zoom press made while the zoom animates, from the buttons and the keyboard', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        const el = await drawn(await timelineFixture());
        const full = span(el);
        const settle = async () => {
          await oneEvent(el, 'timeline-range-change');
          await el.updateComplete;
        };
        // three clicks on Zoom in, 30 ms apart: 8×, as with reduced motion (it was 2×)
        for (let i = 0; i < 3; i++) {
          if (i) await aTimeout(30);
          part<HTMLButtonElement>(el, 'zoom-in')!.click();
        }
        await settle();
        expect(full / span(el), 'zoom after three quick presses of Zoom in').to.be.closeTo(8, 0.1);
        // and back with two quick − from the keyboard
        part<HTMLButtonElement>(el, 'zoom-in')!.focus();
        await sendKeys({ press: '-' });
        await aTimeout(30);
        await sendKeys({ press: '-' });
        await settle();
        expect(full / span(el), 'zoom after two quick presses of −').to.be.closeTo(2, 0.05);
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });

    it('ends a view change cut by a move in the page (disconnect, connect) where it was going, and reports it once back', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const box = document.createElement('div');
      document.body.append(box);
      try {
        const el = await drawn(await timelineFixture());
        const ranges: [number, number][] = [];
        el.addEventListener('timeline-range-change', (e) => ranges.push([e.detail.start.getTime(), e.detail.end.getTime()]));
        const shown = (): [number, number] => [el.start!.getTime(), el.end!.getTime()];
        // an animated zoomTo, the element moved halfway (re-appended: a framework re-ordering a list)
        expect(el.zoomTo('1990', '2000')).to.equal(true);
        await aTimeout(80);
        document.body.append(el);
        await waitUntil(() => ranges.length === 1, 'no timeline-range-change for the animated zoomTo cut by the move');
        expect(ranges[0], 'reported: what is shown').to.deep.equal(shown());
        // (it froze halfway, 1960-05-22 to 1971-05-23)
        expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()], 'shown: where the animation was going').to.deep.equal([1990, 2001]);
        // at once (no animation), then moved into another box
        el.zoomTo('1960', '1970', { animate: false });
        box.append(el);
        await waitUntil(() => ranges.length === 2, 'no timeline-range-change for zoomTo followed by a move');
        expect(ranges[1]).to.deep.equal(shown());
        expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()]).to.deep.equal([1960, 1971]);
        // a drag cut by a removal and a re-insertion: the window it moved to is reported once back
        await aTimeout(300);
        const y = Math.round(part(el, 'plot')!.getBoundingClientRect().bottom - 12);
        const before = el.start!.getTime();
        await sendMouse({ type: 'move', position: [800, y] });
        await sendMouse({ type: 'down' });
        for (const x of [760, 720, 680]) await sendMouse({ type: 'move', position: [x, y] });
        el.remove();
        await aTimeout(300); // away for longer than the view takes to settle: nothing fires meanwhile
        await sendMouse({ type: 'up' });
        expect(ranges, 'fired while removed').to.have.length(2);
        box.append(el);
        await waitUntil(() => ranges.length === 3, 'no timeline-range-change for the drag cut by a removal');
        expect(el.start!.getTime() - before, 'the drag did not pan').to.be.greaterThan(YEAR);
        expect(ranges[2]).to.deep.equal(shown());
        await aTimeout(400);
        expect(ranges, 'fired more than once').to.have.length(3);
      } finally {
        box.remove();
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });
  });

  describe('touch', () => {
    // setViewport resets touch emulation, so the viewport is set first; d3-zoom checks for touch
    // support when it attaches, so emulation is on before the element renders.
    beforeEach(async () => {
      await setViewport({ width: 1280, height: 800 });
      await executeServerCommand('input-touch-enable');
    });
    afterEach(() => executeServerCommand('input-touch-enable', { enabled: false }));

    it('pinches to zoom, swipes to pan, and taps to select', async () => {
      expect(navigator.maxTouchPoints).to.be.greaterThan(0);
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const y = Math.round(plot.bottom - 14);
      const full = span(el);
      await executeServerCommand('input-pinch', { centre: [640, Math.round((plot.top + plot.bottom) / 2)], from: 100, to: 400 });
      // The browser's synthetic pinch may not reach the exact factor: ask for a clear zoom, not 4×.
      await waitUntil(() => span(el) < full / 1.3, 'the pinch did not zoom in');
      const start = el.start!.getTime();
      await executeServerCommand('input-swipe', { from: [800, y], to: [500, y] });
      await waitUntil(() => el.start!.getTime() > start, 'the swipe did not pan');
      el.fit({ animate: false });
      await el.updateComplete;
      const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
      const [tx, ty] = centre(markOf(el, 'founding-1955')!.querySelector('button')!);
      await executeServerCommand('input-touch', { type: 'touchStart', points: [[tx, ty]] });
      await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
      expect((await fired).detail.event.id).to.equal('founding-1955');
    });

    it('fires timeline-range-change once, after the finger of a slow swipe lifts, not while it is held still', async () => {
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline lang="en"></alpine-timeline>`));
      el.zoomTo('1960', '1990', { animate: false });
      await aTimeout(400);
      const log = recordSettles(el);
      const start = el.start!.getTime();
      const y = Math.round(part(el, 'plot')!.getBoundingClientRect().bottom - 14);
      await executeServerCommand('input-touch', { type: 'touchStart', points: [[800, y]] });
      for (let i = 1; i <= 6; i++) {
        await executeServerCommand('input-touch', { type: 'touchMove', points: [[800 - i * 15, y]] });
        await pause();
      }
      await aTimeout(300); // the finger held still
      const [moved, during] = [el.start!.getTime() - start, [...log]];
      await executeServerCommand('input-touch', { type: 'touchEnd', points: [] }); // (lifted before any assertion)
      expect(moved, 'the swipe did not pan').to.be.greaterThan(YEAR);
      expect(during, 'fired or said while the finger was down').to.deep.equal([]);
      await expectSettledOnce(el, log);
    });

    it('fires timeline-range-change once, after a slow pinch held still ends', async () => {
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline lang="en"></alpine-timeline>`));
      el.zoomTo('1960', '1990', { animate: false });
      await aTimeout(400);
      const log = recordSettles(el);
      const full = span(el);
      const plot = part(el, 'plot')!;
      const y = Math.round(plot.getBoundingClientRect().bottom - 14);
      // two fingers as d3-zoom hears them (raw two-finger touches through the DevTools protocol
      // leave the browser sending no touch to the next test pages)
      const fingers = (dx: number) => [new Touch({ identifier: 1, target: plot, clientX: 640 - dx, clientY: y }), new Touch({ identifier: 2, target: plot, clientX: 640 + dx, clientY: y })];
      const send = (type: string, touches: Touch[], changed = touches) =>
        plot.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, composed: true, touches, targetTouches: touches, changedTouches: changed }));
      send('touchstart', fingers(50));
      for (let i = 1; i <= 5; i++) {
        send('touchmove', fingers(50 + i * 20));
        await pause();
      }
      await aTimeout(300); // held still
      const [zoomed, during] = [full / span(el), [...log]];
      send('touchend', [], fingers(150)); // (lifted before any assertion)
      expect(zoomed, 'the pinch did not zoom').to.be.greaterThan(1.5);
      expect(during, 'fired or said while the fingers were down').to.deep.equal([]);
      await expectSettledOnce(el, log);
    });

    it('follows a pinch to the end when what the fingers first touched leaves the page mid-gesture', async () => {
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
      const plot = part(el, 'plot')!.getBoundingClientRect();
      // the browser's synthetic pinch puts its fingers above and below the centre
      const [x, y] = [640, Math.round((plot.top + plot.bottom) / 2)];
      const touched = () => el.shadowRoot!.elementFromPoint(x, y + 50);
      expect(touched()?.getAttribute('part'), 'the fingers start on an era band').to.equal('era');
      const first = touched()!;
      const full = span(el);
      // a render takes it away at the fingers' first move, as one did for the eras leaving the view
      // while the bands were drawn by position (they are keyed by era now: the band under the
      // fingers stays); a mark relabelled mid-gesture is made again too
      first.addEventListener('touchmove', () => first.remove(), { once: true });
      // two fingers moving apart 4x (the browser's own synthetic pinch: raw two-finger CDP touches
      // leave the browser sending no touch to the next test pages): the view zooms around them
      await executeServerCommand('input-pinch', { centre: [x, y], from: 100, to: 400 });
      await el.updateComplete;
      expect(first.isConnected, 'the test no longer removes the touched element').to.equal(false);
      // about 4x (the synthetic pinch overshoots a little); it stopped near 2.4x without the relay
      expect(full / span(el), 'the zoom stopped following the fingers').to.be.greaterThan(3);
    });

    it('jumps to a moment tapped on the overview', async () => {
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
      el.zoomTo('1960', '1963', { animate: false });
      await el.updateComplete;
      const before = el.start!.getTime();
      const strip = part(el, 'overview')!.getBoundingClientRect();
      const [x, y] = [Math.round(strip.left + strip.width * 0.8), Math.round(strip.top + strip.height / 2)];
      await executeServerCommand('input-touch', { type: 'touchStart', points: [[x, y]] });
      await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
      // (the jump animates: 1 s was short once on a loaded 2-core machine)
      await waitUntil(() => el.start!.getTime() > before + 30 * YEAR, 'a tap on the overview did not move the view', { timeout: 3000 });
      const brushCentre = () => {
        const sel = part(el, 'overview')!.querySelector('[part~="brush"] .selection')!.getBoundingClientRect();
        return sel.left + sel.width / 2;
      };
      await waitUntil(() => Math.abs(brushCentre() - x) < 3, 'the brush did not follow', { timeout: 3000 });
    });

    it('double-tap zooms in around the finger', async () => {
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const x = Math.round(markerX(el, 'dieppe-plant-1969'));
      const y = Math.round(plot.bottom - 14);
      const before = span(el);
      for (let i = 0; i < 2; i++) {
        await executeServerCommand('input-touch', { type: 'touchStart', points: [[x, y]] });
        await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
      }
      await waitUntil(() => span(el) < before * 0.6, 'a double tap did not zoom in');
      await el.updateComplete;
      expect(span(el) / before).to.be.closeTo(0.5, 0.01);
      expect(Math.abs(markerX(el, 'dieppe-plant-1969') - x)).to.be.lessThan(2);
    });
  });

  describe('overview', () => {
    it('shows the whole dataset with a brush that follows the view', async () => {
      const el = await drawn(await timelineFixture());
      const overview = part(el, 'overview')!;
      const brush = () => overview.querySelector<SVGRectElement>('[part~="brush"] .selection')!;
      const width = overview.getBoundingClientRect().width;
      expect(Number(brush().getAttribute('width'))).to.be.closeTo(width, 2);
      el.zoomTo('1965', '1974', { animate: false });
      await el.updateComplete;
      const w = Number(brush().getAttribute('width'));
      expect(w).to.be.lessThan(width / 4);
      expect(w).to.be.greaterThan(width / 12);
    });

    it('moves the view when the brush is dragged', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1960', '1969', { animate: false });
      await el.updateComplete;
      const start = el.start!.getTime();
      const sel = part(el, 'overview')!.querySelector('[part~="brush"] .selection')!;
      const [x, y] = centre(sel);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let dx = 20; dx <= 200; dx += 20) await sendMouse({ type: 'move', position: [x + dx, y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(el.start!.getTime() - start).to.be.greaterThan(10 * YEAR);
      expect(span(el)).to.be.closeTo(10 * YEAR, YEAR * 0.2);
    });

    it('fires timeline-range-change and says the period once, after the release of a slow drag of the brush', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1960', '1990', { animate: false });
      await aTimeout(400);
      const log = recordSettles(el);
      const start = el.start!.getTime();
      const [x, y] = centre(part(el, 'overview')!.querySelector('[part~="brush"] .selection')!).map(Math.round) as [number, number];
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 6; i++) {
        await sendMouse({ type: 'move', position: [x + i * 10, y] });
        await pause();
      }
      const [moved, during] = [el.start!.getTime() - start, [...log]];
      await sendMouse({ type: 'up' });
      expect(moved, 'the brush did not move the view').to.be.greaterThan(YEAR);
      expect(during, 'fired or said while the button was down').to.deep.equal([]);
      await expectSettledOnce(el, log);
    });

    it('moves a narrow brush dragged by its middle, rather than resizing it; the edges of a wide one still resize', async () => {
      const el = await drawn(await timelineFixture());
      const brush = () => part(el, 'overview')!.querySelector('[part~="brush"] .selection')!;
      const drag = async ([x, y]: [number, number], dx: number) => {
        await sendMouse({ type: 'move', position: [x, y] });
        await sendMouse({ type: 'down' });
        for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [x + Math.round((dx * i) / 5), y] });
        await sendMouse({ type: 'up' });
        await el.updateComplete;
      };
      // at the end of the timeline, a narrow brush is drawn whole on the strip
      el.zoomTo(el.timeline!.events.at(-1)!.start.start + 1e12, el.timeline!.events.at(-1)!.start.start + 1e12 + 864e5, { animate: false });
      await el.updateComplete;
      const strip = part(el, 'overview')!.querySelector('svg')!.getBoundingClientRect();
      const last = brush().getBoundingClientRect();
      expect(last.width, 'a narrow brush is drawn wide enough to grab').to.be.at.least(12);
      expect(last.left >= strip.left - 0.5 && last.right <= strip.right + 0.5, `the brush at the end runs off the strip (${Math.round(last.left)}-${Math.round(last.right)} on ${Math.round(strip.left)}-${Math.round(strip.right)})`).to.equal(true);
      // a day: a brush under a pixel wide, which d3-brush's edge handles covered whole (it became a 16-year window)
      el.zoomTo(new Date('1970-01-01'), new Date('1970-01-02'), { animate: false });
      await el.updateComplete;
      const [day, start] = [span(el), el.start!.getTime()];
      await drag(centre(brush()), 100);
      expect(span(el), 'the drag resized the brush').to.be.closeTo(day, day * 0.01);
      expect(el.start!.getTime() - start, 'the drag did not move the window later').to.be.greaterThan(YEAR);
      // a wide brush: its right edge still resizes it
      el.zoomTo('1960', '1980', { animate: false });
      await el.updateComplete;
      const wide = span(el);
      const r = brush().getBoundingClientRect();
      await drag([Math.round(r.right - 1), Math.round(r.top + r.height / 2)], 100);
      expect(span(el) / wide, 'the right edge did not resize the brush').to.be.greaterThan(1.2);
      // and a move after it keeps the new span
      const [resized, end] = [span(el), el.end!.getTime()];
      await drag(centre(brush()), -100);
      expect(span(el)).to.be.closeTo(resized, resized * 0.01);
      expect(el.end!.getTime(), 'the drag did not move the window earlier').to.be.lessThan(end - YEAR);
    });

    it('jumps to a moment clicked on the strip, keeping the span; a drag there still draws a new window', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1960', '1963', { animate: false });
      await el.updateComplete;
      const narrow = span(el);
      const strip = part(el, 'overview')!.getBoundingClientRect();
      const brush = part(el, 'overview')!.querySelector('[part~="brush"] .selection')!.getBoundingClientRect();
      expect(brush.width, 'the brush is too narrow to grab easily').to.be.lessThan(80);
      // the strip maps the whole extent onto its width: the moment under a point, as the brush's own ends give it
      const at = (x: number) => el.start!.getTime() + ((x - brush.left) / brush.width) * narrow;
      const x = Math.round(strip.left + strip.width * 0.75);
      const y = Math.round(strip.top + strip.height / 2);
      const target = at(x);
      await sendMouse({ type: 'click', position: [x, y] });
      await waitUntil(() => Math.abs((el.start!.getTime() + el.end!.getTime()) / 2 - target) < YEAR / 4, 'the view did not jump to the click');
      expect(span(el)).to.be.closeTo(narrow, narrow * 0.01);
      const sel = part(el, 'overview')!.querySelector('[part~="brush"] .selection')!.getBoundingClientRect();
      expect(Math.abs(sel.left + sel.width / 2 - x)).to.be.below(2);
      // dragging on the strip away from the brush still draws a window of that extent
      const [x0, x1] = [Math.round(strip.left + strip.width * 0.1), Math.round(strip.left + strip.width * 0.3)];
      await sendMouse({ type: 'move', position: [x0, y] });
      await sendMouse({ type: 'down' });
      for (let px = x0 + 20; px <= x1; px += 20) await sendMouse({ type: 'move', position: [px, y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(span(el) / narrow).to.be.greaterThan(3);
    });

    it('jumps to a moment clicked on the strip with a few px of wobble, keeping the span', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1960', '1975', { animate: false });
      await el.updateComplete;
      const before = span(el);
      const strip = part(el, 'overview')!.getBoundingClientRect();
      const brush = part(el, 'overview')!.querySelector('[part~="brush"] .selection')!.getBoundingClientRect();
      const at = (x: number) => el.start!.getTime() + ((x - brush.left) / brush.width) * before;
      const x = Math.round(strip.left + strip.width * 0.8);
      const y = Math.round(strip.top + strip.height / 2);
      const target = at(x + 3);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 2, y] });
      await sendMouse({ type: 'move', position: [x + 3, y + 1] });
      await sendMouse({ type: 'up' });
      await waitUntil(() => Math.abs((el.start!.getTime() + el.end!.getTime()) / 2 - target) < YEAR / 4, 'the view did not jump to the click');
      await aTimeout(100);
      // (the wobble drew a brush 3 px wide: a view of 66 days instead of 16 years)
      expect(span(el), 'the span changed').to.be.closeTo(before, before * 0.01);
    });

    it('takes clicks on all of its width after the element grows', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline orientation="horizontal" style="width: 700px"></alpine-timeline>`));
      expect(part(el, 'overview')!.getBoundingClientRect().width).to.be.below(720);
      el.zoomTo('1960', '1963', { animate: false });
      await el.updateComplete;
      el.style.width = '1200px';
      await waitUntil(() => part(el, 'overview')!.getBoundingClientRect().width > 1100, 'the element did not widen');
      await el.updateComplete;
      const before = el.start!.getTime();
      const strip = part(el, 'overview')!.getBoundingClientRect();
      // beyond the strip's first 700 px: d3-brush sized its overlay once, when it was attached
      await sendMouse({ type: 'click', position: [Math.round(strip.left + strip.width * 0.9), Math.round(strip.top + strip.height / 2)] });
      await waitUntil(() => el.start!.getTime() > before + 30 * YEAR, 'a click on the grown part of the strip did nothing');
    });

    it('can be hidden with hide-overview', async () => {
      const el = await drawn(await timelineFixture(undefined, 'hide-overview'));
      await el.updateComplete;
      expect(part(el, 'overview')).to.equal(null);
    });
  });

  describe('dense data', () => {
    it('never overlaps labels or leaves the element, on Alpine and on 5,000 events, at any zoom', async () => {
      const alpine = await drawn(await timelineFixture(undefined, 'orientation=horizontal'));
      expectNoOverlapInside(alpine);
      alpine.style.width = '420px';
      await waitUntil(() => Number(alpine.shadowRoot!.querySelector('[part~="plot"] > svg')!.getAttribute('width')) <= 420);
      expectNoOverlapInside(alpine);

      const el = await drawn(await timelineFixture(generated(5000)));
      expectNoOverlapInside(el);
      el.zoomTo('1990', '1994', { animate: false });
      await el.updateComplete;
      expectNoOverlapInside(el);
    });

    it('clusters what cannot be labelled, with counts that add up to the visible events', async () => {
      const data = generated(5000);
      const el = await drawn(await timelineFixture(data));
      for (const [a, b] of [
        [undefined, undefined],
        ['1970', '1979'],
        ['1999-01', '1999-06'],
      ] as const) {
        if (a) el.zoomTo(a, b!, { animate: false });
        await el.updateComplete;
        const [t0, t1] = [el.start!.getTime(), el.end!.getTime()];
        const timeline = el.timeline!;
        const expected = timeline.events.filter((e) => e.start.start <= t1 && (e.end ? e.end.after : e.start.start) >= t0).length;
        const shown = marks(el).length + clusters(el).reduce((n, c) => n + Number(c.dataset['count']), 0);
        expect(shown, `window ${a}–${b}`).to.equal(expected);
        for (const c of clusters(el)) expect(Number(c.dataset['count'])).to.be.greaterThan(1);
      }
      // At full view most events are clustered, and the DOM stays small.
      el.fit({ animate: false });
      await el.updateComplete;
      expect(clusters(el).length).to.be.greaterThan(5);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(3000);
    });

    it('writes cluster counts as readers of the language do, inside their marks', async () => {
      const data = generated(16000);
      for (const [lang, grouped] of [
        ['en', /^\d{1,3}(,\d{3})+$/],
        ['de', /^\d{1,3}(\.\d{3})+$/],
      ] as const) {
        const el = await drawn(await timelineFixture(data, `lang=${lang}`));
        const big = clusters(el).filter((c) => Number(c.dataset['count']) >= 1000);
        expect(big.length, lang).to.be.greaterThan(0);
        for (const c of big) {
          const button = c.querySelector('button')!;
          expect(button.textContent!.trim(), lang).to.match(grouped);
          expect(button.getAttribute('aria-label'), lang).to.contain(button.textContent!.trim());
          expect(button.scrollWidth, `${lang}: the count fits its mark`).to.be.at.most(button.clientWidth + 1);
        }
        expectNoOverlapInside(el);
      }
    });

    it('gives milestones labels first', async () => {
      const el = await drawn(await timelineFixture(generated(5000)));
      const labelled = marks(el).filter((m) => !m.part.contains('unlabelled'));
      const milestoneShare = labelled.filter((m) => m.part.contains('milestone')).length / labelled.length;
      expect(milestoneShare).to.be.greaterThan(0.5); // they are 5 % of the data
    });

    it('keeps the label of the event a click selects, however dense (it used to vanish into a cluster)', async () => {
      const el = await drawn(await timelineFixture(generated(2000)));
      const labelled = () => marks(el).filter((m) => !m.part.contains('unlabelled'));
      const settled = async () => {
        for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame); // the width the detail leaves, and its layout
        await el.updateComplete;
      };
      const tried = new Set<string>();
      for (let k = 0; k < 8; k++) {
        // the deepest label not tried yet: with the detail open beside the plot, the lanes are laid out again
        const mark = labelled()
          .filter((m) => !tried.has(m.dataset['id']!))
          .sort((a, b) => b.getBoundingClientRect().top - a.getBoundingClientRect().top)[0]!;
        const id = mark.dataset['id']!;
        tried.add(id);
        await sendMouse({ type: 'click', position: centre(mark.querySelector('[part~="event-title"]')!) });
        await waitUntil(() => el.selected === id && part(el, 'detail') !== null, `${id} was not selected`);
        await settled();
        expect(labelled().some((m) => m.dataset['id'] === id), `the label of ${id} vanished when it was selected`).to.equal(true);
        el.selected = null;
        await settled();
      }
      await resetMouse();
    });

    it('zooms to fit a cluster when it is activated', async () => {
      const el = await drawn(await timelineFixture(generated(5000)));
      const cluster = clusters(el).sort((a, b) => Number(b.dataset['count']) - Number(a.dataset['count']))[0]!;
      const spanBefore = span(el);
      await sendMouse({ type: 'click', position: centre(cluster.querySelector('button')!) });
      await el.updateComplete;
      expect(span(el)).to.be.lessThan(spanBefore / 2);
    });
  });

  describe('a cluster zooming cannot split', () => {
    // 40 events on one day: however far in the view zooms, they stay on one point.
    const oneDay: TimelineDataset = {
      title: 'One day',
      events: Array.from({ length: 40 }, (_, i) => ({ id: `moon-${i}`, date: '1969-07-20', title: `Moment ${i}` })),
    };

    it('opens its first event instead of zooming, and Previous / Next walk through the others, each labelled in turn', async () => {
      const el = await drawn(await timelineFixture(oneDay));
      const cluster = clusters(el)[0]!;
      const button = cluster.querySelector('button')!;
      expect(button.getAttribute('aria-label')).to.match(/: open the first$/);
      const labelled = new Set(marks(el).filter((m) => !m.part.contains('unlabelled')).map((m) => m.dataset['id']));
      const first = el.timeline!.events.find((e) => !labelled.has(e.id))!.id;
      const [start, end] = [el.start!.getTime(), el.end!.getTime()];
      await sendMouse({ type: 'click', position: centre(button) });
      await waitUntil(() => el.selected === first && part(el, 'detail') !== null, 'the cluster did not open its first event');
      expect([el.start!.getTime(), el.end!.getTime()], 'the view did not move').to.deep.equal([start, end]);
      await el.updateComplete;
      expect(markOf(el, first)?.part.contains('unlabelled'), `${first} is labelled while open`).to.equal(false);
      // Next: the event after it, itself labelled
      const index = el.timeline!.events.findIndex((e) => e.id === first);
      const next = el.timeline!.events[index + 1]!.id;
      await sendMouse({ type: 'click', position: centre(part(el, 'detail-next')!) });
      await waitUntil(() => el.selected === next, 'Next did not open the following event');
      await el.updateComplete;
      expect(markOf(el, next)?.part.contains('unlabelled'), `${next} is labelled while open`).to.equal(false);
    });
  });

  describe('spans and eras', () => {
    it('draws events with an end as ranges, over era bands', async () => {
      const el = await drawn(
        await timelineFixture({
          title: 'Spans',
          eras: [{ id: 'war', label: 'War years', start: '1939', end: '1945' }],
          events: [
            { id: 'war', date: '1939-09-01', end: '1945-09-02', title: 'Second World War' },
            { id: 'un', date: '1945-10-24', title: 'United Nations founded' },
          ],
        }),
      );
      const bar = el.shadowRoot!.querySelector<SVGRectElement>('[part~="span"]')!.getBoundingClientRect();
      const warStart = markerX(el, 'war');
      expect(bar.left).to.be.closeTo(warStart, 3);
      expect(bar.right).to.be.within(markerX(el, 'un') - 40, markerX(el, 'un'));
      const era = part(el, 'era')!.getBoundingClientRect();
      // The era runs from the start of 1939 to the end of 1945: it begins before the war and ends after the UN.
      expect(era.left).to.be.lessThan(warStart - 50);
      expect(era.right).to.be.greaterThan(markerX(el, 'un'));
      expect(part(el, 'era-label')!.textContent).to.equal('War years');
      // the bar runs under its title, not through its descenders
      const title = marks(el).find((m) => m.dataset['id'] === 'war')!.querySelector('[part~="event-title"]')!.getBoundingClientRect();
      expect(bar.top, 'the bar crosses the title').to.be.at.least(title.bottom - 0.5);
      expect(bar.bottom, 'the bar left its lane').to.be.at.most(title.bottom + 12);
    });
  });

  describe('an empty period', () => {
    it('says that the window holds no event and offers the nearest one on each side', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      expect(part(el, 'empty-period')).to.equal(null); // the fitted view has events
      el.zoomTo('1980', '2009', { animate: false }); // the Alpine data has nothing from 1970 to 2016
      await el.updateComplete;
      const note = part(el, 'empty-period')!;
      expect(note, 'no note over the empty window').to.not.equal(null);
      expect(marks(el)).to.deep.equal([]);
      expect(note.querySelector('p')!.textContent).to.match(/^No events in 19[78]\d–20[01]\d\.$/);
      const [before, after] = [...note.querySelectorAll('button')];
      expect(before!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('← 1969');
      expect(after!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2017 →');
      expect(after!.getAttribute('aria-label')).to.match(/^Next: 2017 — /);
      // screen readers hear it too, once the view settles
      const live = () => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
      await waitUntil(() => live().startsWith('No events'), `the live region said "${live()}"`);
      expect(live()).to.equal(note.querySelector('p')!.textContent);
      await expect(el).to.be.accessible(); // contrast of the note, names of its buttons
      // the later event comes into view, labelled and focused; the note goes
      await sendMouse({ type: 'click', position: centre(after!) });
      await waitUntil(() => el.shadowRoot!.activeElement?.closest('li')?.getAttribute('data-year') === '2017', 'focus did not move to the 2017 mark');
      expect(part(el, 'empty-period')).to.equal(null);
      expect(el.start!.getUTCFullYear()).to.be.below(2017);
      expect(el.end!.getUTCFullYear()).to.be.at.least(2017);
    });

    it('in French, right to left arrows mirrored, and only the side that has an event', async () => {
      const sparse: TimelineDataset = {
        title: 'Sparse',
        eras: [{ id: 'long-ago', label: 'Long ago', start: '1800', end: '2000' }], // the extent reaches back to 1800
        events: [
          { id: 'one', date: '1990', title: 'One' },
          { id: 'two', date: '2000', title: 'Two' },
        ],
      };
      const el = await drawn(await timelineFixture(sparse, 'lang=fr dir=rtl'));
      el.zoomTo('1830', '1849', { animate: false }); // before the first event
      await el.updateComplete;
      const note = part(el, 'empty-period')!;
      expect(note.querySelector('p')!.textContent).to.match(/^Aucun événement sur la période 18[23]\d–18[45]\d\.$/);
      const buttons = [...note.querySelectorAll('button')];
      expect(buttons.length).to.equal(1);
      expect(buttons[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1990 ←');
      expect(buttons[0]!.getAttribute('aria-label')).to.match(/^Suivant : |^Suivant: /);
    });
  });

  describe('detail navigation', () => {
    it('steps to the previous and next events in time, from the detail view and the API', async () => {
      const el = await drawn(await timelineFixture());
      el.select('founding-1955');
      await el.updateComplete;
      // the first event: Previous is at its limit (aria-disabled), and a click on it does nothing
      expect(part(el, 'detail-prev')!.getAttribute('aria-disabled')).to.equal('true');
      let selects = 0;
      const count = () => selects++;
      el.addEventListener('timeline-select', count);
      await sendMouse({ type: 'click', position: centre(part(el, 'detail-prev')!) });
      await el.updateComplete;
      el.removeEventListener('timeline-select', count);
      expect([el.selected, selects], 'after a click on Previous at the first event').to.deep.equal(['founding-1955', 0]);
      const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
      await sendMouse({ type: 'click', position: centre(part(el, 'detail-next')!) });
      expect((await fired).detail).to.deep.include({ reason: 'pointer' });
      expect(el.selected).to.equal('renault-association-1965');
      expect(el.next()).to.equal(true);
      expect(el.selected).to.equal('dieppe-plant-1969');
      expect(el.prev()).to.equal(true);
      expect(el.selected).to.equal('renault-association-1965');
      el.select('three-electric-models-2026');
      expect(el.next()).to.equal(false);
    });

    it('brings a selected event into view', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1955', '1969', { animate: false });
      await el.updateComplete;
      el.select('new-a110-2017');
      await el.updateComplete;
      expect(el.start!.getTime()).to.be.lessThan(Date.UTC(2017, 0, 1));
      expect(el.end!.getTime()).to.be.greaterThan(Date.UTC(2017, 0, 1));
      expect(markOf(el, 'new-a110-2017')!.part.contains('selected')).to.equal(true);
    });

    it('shows the detail beside the timeline when wide and as a bottom sheet when narrow', async () => {
      const el = await drawn(await timelineFixture());
      el.select('dieppe-plant-1969');
      await el.updateComplete;
      await waitUntil(() => part(el, 'detail'));
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const detail = part(el, 'detail')!.getBoundingClientRect();
      expect(detail.left).to.be.at.least(plot.right - 1);
      expect(detail.top).to.be.lessThan(plot.bottom);
      await setViewport({ width: 400, height: 800 });
      await waitUntil(() => getComputedStyle(part(el, 'detail')!).position === 'sticky', 'no bottom sheet at 400 px');
      // The sheet spans the element and stays in view at the bottom of the viewport.
      const sheet = part(el, 'detail')!.getBoundingClientRect();
      expect(sheet.width).to.be.closeTo(el.getBoundingClientRect().width, 2);
      expect(sheet.bottom).to.be.at.most(innerHeight + 1);
      expect(sheet.top).to.be.lessThan(innerHeight);
      await setViewport({ width: 1280, height: 800 });
    });
  });

  describe('fixture helper', () => {
    it('renders inline fixtures too', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline .data=${generated(10)}></alpine-timeline>`);
      await drawn(el);
      expect(marks(el).length).to.be.greaterThan(0);
    });
  });
});
