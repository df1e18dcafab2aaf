import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, marks } from '../helpers.js';

/** Resolves after `count` idle periods of the page (the warm-up runs in idle callbacks, one per font). */
async function idlePeriods(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
}

/** Every kind of label the plot measures: regular, milestone, planned and planned milestone titles, dates, status badges. */
const dataset: TimelineDataset = {
  title: 'Warm-up',
  events: [
    { id: 'regular', date: '1955-06-22', title: 'Jean Rédélé founds Alpine' },
    { id: 'milestone', date: '1969', title: 'The Dieppe plant opens', milestone: true },
    { id: 'planned', date: '2026', title: 'Three electric models', status: 'planned' },
    { id: 'planned-milestone', date: '2025', title: 'Dieppe builds the GT crossover', status: 'planned', milestone: true },
    { id: 'announced', date: '2022-05', title: 'Dieppe announcement', status: 'announced' },
  ],
};

describe('<alpine-timeline> warm-up', () => {
  it('has read the default fonts and parsed the style sheets before a first timeline: its first render measures no glyph, makes no canvas and parses no sheet', async () => {
    await setViewport({ width: 1280, height: 800 });
    await idlePeriods(12); // the warm-up of define(): Intl formats, then one font per idle callback
    const measured: string[] = [];
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(`${this.font}: ${text}`);
      return measureText.call(this, text);
    };
    let contexts = 0;
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<HTMLCanvasElement['getContext']>) {
      contexts++;
      return getContext.apply(this, args);
    } as HTMLCanvasElement['getContext'];
    let sheets = 0;
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
      sheets++;
      replaceSync.call(this, text);
    };
    try {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en" .data=${dataset}></alpine-timeline>`);
      await drawn(el);
      expect(marks(el).map((li) => li.dataset.id)).to.have.members(dataset.events.map((e) => e.id));
      // a glyph measured for the first time in a font reads that font: 10-15 ms on a 2-core machine
      expect(measured).to.deep.equal([]);
      // the warm-up's measuring contexts serve every timeline of the page (each font set once)
      expect(contexts, 'canvas contexts created').to.equal(0);
      // nor does it parse the element's style sheets (4-11 ms on the first connection of a page's first timeline)
      expect(sheets, 'style sheets parsed').to.equal(0);
    } finally {
      CSSStyleSheet.prototype.replaceSync = replaceSync;
      CanvasRenderingContext2D.prototype.measureText = measureText;
      HTMLCanvasElement.prototype.getContext = getContext;
    }
  });
});
