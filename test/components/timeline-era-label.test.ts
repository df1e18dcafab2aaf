import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { centre, drawn, part, timelineFixture } from '../helpers.js';

/** One unbroken word then a long phrase: the era name QA found cut at the top and the right (t10). */
const LONG = 'Averyveryverylongtitlewithoutanyspacesthatgoesonandonforeverandeverandneverstops ' + 'and a long title with spaces '.repeat(10).trim();

const dataset = (label: string): TimelineDataset => ({
  title: 'T',
  events: [
    { id: 'a', date: '1990', title: 'x', milestone: true },
    { id: 'b', date: '1991', title: 'y' },
    { id: 'c', date: '1992', title: 'short' },
  ],
  eras: [
    { id: 'x', label, start: '1989', end: '1992' },
    { id: 'y', label: 'Short era', start: '1993', end: '1995' },
  ],
});

/** What a reader sees of an era's name: the text's box, the name's box and the element's. */
function boxes(el: AlpineTimeline, n = 0) {
  const label = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="era-label"]')[n]!;
  const inner = label.firstElementChild ?? label;
  return { label, inner, box: label.getBoundingClientRect(), text: inner.getBoundingClientRect(), host: el.getBoundingClientRect() };
}

describe('<alpine-timeline> era names', () => {
  after(() => setViewport({ width: 1280, height: 800 }));

  for (const [width, layout] of [
    [390, 'one column'],
    [700, 'two columns'],
  ] as const) {
    it(`wrap and end with an ellipsis in the vertical layout's heading, whole at its top and inside the element (${layout}, ${width} px)`, async () => {
      await setViewport({ width, height: 844 });
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline orientation="vertical" .data=${dataset(LONG)}></alpine-timeline>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="era-label"]'), 'no vertical era heading');
      await el.updateComplete;
      const { label, inner, box, text, host } = boxes(el);
      expect(box.height, 'the heading keeps its height').to.be.closeTo(44, 0.5);
      // the text starts within the heading (it was centred on a box too short for it: its first line above)
      expect(text.top, 'the name starts inside its heading').to.be.at.least(box.top - 0.5);
      expect(text.bottom, 'the name ends inside its heading').to.be.at.most(box.bottom + 0.5);
      expect(text.left).to.be.at.least(host.left - 0.5);
      expect(text.right, 'the name stays inside the element').to.be.at.most(host.right + 0.5);
      // nothing cut at the right: the long word wraps
      expect(inner.scrollWidth, 'the name is no wider than its box').to.be.at.most(inner.clientWidth + 1);
      // cut after its last whole line, with an ellipsis
      const style = getComputedStyle(inner);
      expect(style.webkitLineClamp, 'clamped').to.not.equal('none');
      expect(inner.scrollHeight).to.be.greaterThan(inner.clientHeight);
      // the whole name: as a tooltip, and read by screen readers from the era's heading
      expect(label.getAttribute('title')).to.equal(LONG);
      expect(el.shadowRoot!.querySelector('.era-heading')!.textContent!.trim()).to.equal(LONG);

      // a short name stays on one line, centred in its heading
      const short = boxes(el, 1);
      expect(short.text.height).to.be.below(20);
      expect(Math.abs(short.text.top + short.text.height / 2 - (short.box.top + short.box.height / 2))).to.be.below(1);

      // the horizontal layout's era names (checked, not changed): one line, an ellipsis, inside their band, whole as a tooltip
      el.orientation = 'horizontal';
      await drawn(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"]:not(.vertical) [part~="era-label"]'), 'no horizontal era');
      const band = part(el, 'era')!.getBoundingClientRect();
      const name = part(el, 'era-label')!;
      const r = name.getBoundingClientRect();
      expect(r.left).to.be.at.least(band.left - 0.5);
      expect(r.right).to.be.at.most(band.right + 0.5);
      expect(r.height).to.be.below(24);
      expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
      expect(getComputedStyle(name).textOverflow).to.equal('ellipsis');
      expect(name.getAttribute('title')).to.equal(LONG);
    });
  }

  describe('pressed in the plot', () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await resetMouse();
    });
    const eraLabels = (el: AlpineTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="plot"] [part~="era-label"]')];
    const cut = (label: HTMLElement) => label.scrollWidth > label.clientWidth + 1;

    it('a click on a cut era name shows the era whole, and its name with it', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      // the Alpine dataset at 1280 px: "Alpine, Renault Group's sports car brand" (2021 on) is cut
      const last = eraLabels(el).find((l) => l.textContent!.includes('sports car'))!;
      expect(cut(last), 'the last era name is whole at the fitted view: nothing to show').to.equal(true);
      const settled = oneEvent(el, 'timeline-range-change');
      await sendMouse({ type: 'click', position: centre(last) });
      await settled;
      await el.updateComplete;
      // from 2021 to the end of the timeline (the 2026 events), with a little either side
      expect(el.start!.getUTCFullYear()).to.be.oneOf([2020, 2021]);
      expect(el.end!.getUTCFullYear()).to.be.oneOf([2026, 2027, 2028]);
      const now = eraLabels(el).find((l) => l.textContent!.includes('sports car'))!;
      expect(cut(now), 'the name is still cut').to.equal(false);
      const live = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
      expect(live).to.match(/^Showing 202\d–202\d$/);
    });

    it('is a button that the keyboard reaches and presses, before the marks', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      const first = eraLabels(el)[0]!;
      expect(first.tagName).to.equal('BUTTON');
      first.focus();
      const settled = oneEvent(el, 'timeline-range-change');
      await sendKeys({ press: 'Enter' });
      await settled;
      // "Alpine's early years": 1955 to 1964, which ends where "Growing with Renault" begins (1965)
      expect(el.start!.getUTCFullYear()).to.equal(1954);
      expect(el.end!.getUTCFullYear()).to.equal(1965);
      // Tab goes on to the next era's name, then to the marks
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('era-label');
    });

    it('keeps focus on the era name pressed with Enter when the others leave the view', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      const root = el.shadowRoot!;
      /** The focused era name: its era's id and its accessible name. */
      const focused = () => {
        const active = root.activeElement;
        return active?.getAttribute('part') === 'era-label' ? `${active.closest<HTMLElement>('[part~="era"]')!.dataset['id']}: ${active.getAttribute('aria-label')}` : `not an era name: ${active?.outerHTML.slice(0, 60)}`;
      };
      const brand = 'renault-group-sports-brand: Alpine, Renault Group’s sports car brand';
      for (let i = 0; i < 10 && focused() !== brand; i++) await sendKeys({ press: 'Tab' });
      expect(focused(), 'Tab did not reach the last era name').to.equal(brand);
      expect(eraLabels(el).length, 'all three eras are in view').to.equal(3);
      const settled = oneEvent(el, 'timeline-range-change');
      await sendKeys({ press: 'Enter' });
      await settled;
      await el.updateComplete;
      // the view shows that era (2021 on), which the early years have left
      expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()]).to.satisfy(([a, b]: number[]) => a! >= 2020 && a! <= 2021 && b! >= 2026 && b! <= 2028);
      expect(eraLabels(el).map((l) => l.getAttribute('aria-label'))).to.not.include('Alpine’s early years');
      // (focus went to "Growing with Renault": the buttons were reused by position, the last one taken away)
      expect(focused(), 'focus left the era name pressed').to.equal(brand);
      // Enter again shows the same era: nothing moves
      const window = [el.start!.getTime(), el.end!.getTime()];
      await sendKeys({ press: 'Enter' });
      await aTimeout(100);
      await el.updateComplete;
      expect(focused()).to.equal(brand);
      expect([el.start!.getTime(), el.end!.getTime()]).to.deep.equal(window);
    });

    it('a tap on a kiosk shows the era whole', async () => {
      await setViewport({ width: 1280, height: 800 });
      await executeServerCommand('input-touch-enable'); // after setViewport, which resets it
      try {
        const el = await drawn(await timelineFixture(undefined, 'lang=en kiosk idle-timeout="600"'));
        const [x, y] = centre(eraLabels(el).find((l) => l.textContent!.includes('early'))!);
        const settled = oneEvent(el, 'timeline-range-change');
        await executeServerCommand('input-touch', { type: 'touchStart', points: [[x, y]] });
        await executeServerCommand('input-touch', { type: 'touchEnd' });
        await settled;
        expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()]).to.deep.equal([1954, 1965]);
      } finally {
        await setViewport({ width: 1280, height: 800 }); // touch off again
      }
    });

    it('a double-click or a double tap on an era name shows the era, and does not zoom on into it', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      const label = () => eraLabels(el).find((l) => l.textContent!.includes('early'))!;
      const [x, y] = centre(label());
      // a real double-click: two clicks, the second with a click count of 2, then a dblclick event
      await sendMouse({ type: 'click', position: [x, y] });
      label().dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, detail: 2 }));
      await aTimeout(600); // the era's animation (reduced motion: none) and a settle
      // (the double-click zoomed in twice as far around the pointer, half of the era out of sight)
      expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()]).to.deep.equal([1954, 1965]);

      el.fit({ animate: false });
      await el.updateComplete;
      await executeServerCommand('input-touch-enable');
      try {
        const [tx, ty] = centre(label());
        for (let i = 0; i < 2; i++) {
          await executeServerCommand('input-touch', { type: 'touchStart', points: [[tx, ty]] });
          await executeServerCommand('input-touch', { type: 'touchEnd' });
        }
        await aTimeout(600);
        expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()], 'a double tap').to.deep.equal([1954, 1965]);
      } finally {
        await setViewport({ width: 1280, height: 800 }); // touch off again
      }
    });

    it('a drag that starts on an era name pans, and does not zoom to the era', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1960', '1990', { animate: false });
      await oneEvent(el, 'timeline-range-change');
      await el.updateComplete;
      const label = eraLabels(el).find((l) => l.textContent!.includes('Renault'))!;
      const [x, y] = centre(label);
      const span = el.end!.getTime() - el.start!.getTime();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [x - i * 30, y] });
      await sendMouse({ type: 'up' });
      await oneEvent(el, 'timeline-range-change');
      // the same span, later years: a pan, not the era's 1965–2020
      expect(el.end!.getTime() - el.start!.getTime()).to.be.closeTo(span, span * 0.01);
      expect(el.start!.getUTCFullYear()).to.be.oneOf([1963, 1964, 1965, 1966]);
    });
  });
});
