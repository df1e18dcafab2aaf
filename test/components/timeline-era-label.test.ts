import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, part } from '../helpers.js';

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
});
