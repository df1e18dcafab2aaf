import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, marks } from '../helpers.js';

/** A web font served with the dev dependencies (Nunito Sans, SIL Open Font License), of other widths than the fallback. */
const FONT_URL = new URL('/node_modules/storybook/assets/browser/nunito-sans-regular.woff2', location.href).href;
const FAMILY = 'AT Test Nunito';

const dataset: TimelineDataset = {
  title: 'Fonts',
  events: Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, date: `${1960 + i * 8}`, title: `Berlinette number ${i} at Dieppe` })),
};

/** Room around a label's text (marker, padding): a label box is its widest text plus this. */
const CHROME = 30;

/** Per shown label: the box's width minus its widest text as drawn (px). */
function slack(el: AlpineTimeline): number[] {
  const width = (node: Element) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect().width;
  };
  return marks(el).map((li) => {
    const title = li.querySelector('[part~="event-title"]')!;
    const date = li.querySelector('[part~="date"]')!;
    return li.getBoundingClientRect().width - CHROME - Math.max(width(title), width(date));
  });
}

/** The label boxes fit their texts as drawn: never narrower, at most 5 % wider (advances without kerning) and the rounding. */
const fitted = (el: AlpineTimeline) => slack(el).every((s) => s > -1 && s < 12);

describe('<alpine-timeline> and web fonts', () => {
  it('lays its labels out again in a web font once it has loaded', async () => {
    await setViewport({ width: 1280, height: 800 });
    const face = new FontFace(FAMILY, `url(${FONT_URL})`);
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline style="--at-font-family: '${FAMILY}', sans-serif" .data=${dataset}></alpine-timeline>`);
    await drawn(el);
    const settled = oneEvent(el, 'timeline-range-change');
    el.zoomBy(1.25, { animate: false }); // a reader's view, which the new layout must keep
    await settled; // nothing else left to update the element: only the font load can
    await el.updateComplete;
    const view = [el.start!.getTime(), el.end!.getTime()];
    // drawn in the fallback font, and measured in it: the boxes fit
    expect(fitted(el), `before: ${slack(el).map((s) => s.toFixed(1)).join(', ')}`).to.equal(true);
    const before = marks(el).map((li) => li.getBoundingClientRect().width);
    document.fonts.add(face);
    try {
      await face.load();
      // the texts are drawn in the web font at once; the boxes follow once laid out again
      await waitUntil(() => fitted(el), `the labels were not laid out again in the web font: ${slack(el).map((s) => s.toFixed(1)).join(', ')}`, { timeout: 3000 });
      const after = marks(el).map((li) => li.getBoundingClientRect().width);
      const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum(after) - sum(before)), 'the label boxes kept their widths').to.be.above(16);
      expect([el.start!.getTime(), el.end!.getTime()], 'the view changed').to.deep.equal(view);
    } finally {
      document.fonts.delete(face);
    }
  });
});
