import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { drawn } from '../helpers.js';

/** The axis's windows, from decades to days: New Year in days and weeks, where the first tick and a new year's say their year. */
const WINDOWS: [string, string][] = [
  ['1950', '2030'],
  ['1990', '2000'],
  ['2019', '2023'],
  ['2021-01', '2022-06'],
  ['2021-11', '2022-03'],
  ['2021-10-15', '2022-01-20'],
  ['2021-12-01', '2022-01-15'],
  ['2021-12-25', '2022-01-05'],
  ['2021-12-29', '2022-01-02'],
  ['1968-12-20', '1969-01-20'],
  ['1969-06-01', '1969-06-04'],
];

/** The least room, in px, between two labels that follow each other left to right, and where. */
function leastGap(texts: readonly Element[]): { gap: number; at: string; count: number } {
  const boxes = texts
    .filter((t) => t.textContent!.trim())
    .map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }))
    .sort((a, b) => a.box.left - b.box.left);
  let gap = Infinity;
  let at = '';
  for (let i = 1; i < boxes.length; i++) {
    const g = boxes[i]!.box.left - boxes[i - 1]!.box.right;
    if (g < gap) [gap, at] = [g, `"${boxes[i - 1]!.text}" | "${boxes[i]!.text}"`];
  }
  return { gap, at, count: boxes.length };
}

describe('<alpine-timeline> axis labels', () => {
  it('never overlap in the frames of an animated zoom from decades to days (de, 1,100 px)', async () => {
    await setViewport({ width: 1100, height: 600 });
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline lang="de"></alpine-timeline>`));
    let frames = 0;
    for (const [from, to] of [
      ['2021-12-25', '2022-01-05'],
      ['1950', '2030'],
      ['2021-11', '2022-03'],
    ]) {
      el.zoomTo(from!, to!);
      const end = performance.now() + 1500;
      while (performance.now() < end) {
        await new Promise(requestAnimationFrame);
        const { gap, at } = leastGap([...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')]);
        expect(gap, `frame ${frames} towards ${from} to ${to}: ${at}`).to.be.at.least(8);
        frames++;
      }
    }
    expect(frames).to.be.greaterThan(30);
  });

  for (const width of [1100, 1280]) {
    for (const lang of ['de', 'fr', 'en']) {
      for (const dir of ['ltr', 'rtl']) {
        it(`never overlap nor touch from decades to days (${lang}, ${dir}, ${width} px), on screen and in the exported SVG`, async () => {
          await setViewport({ width, height: 600 });
          const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline lang=${lang} dir=${dir}></alpine-timeline>`));
          const host = el.getBoundingClientRect();
          for (const [from, to] of WINDOWS) {
            el.zoomTo(from, to, { animate: false });
            await el.updateComplete;
            await new Promise(requestAnimationFrame);
            const at = `${from} to ${to}`;
            const texts = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')];
            const screen = leastGap(texts);
            expect(screen.count, `${at}: labels`).to.be.at.least(2);
            expect(screen.gap, `${at}: ${screen.at}`).to.be.at.least(8);
            for (const t of texts.filter((t) => t.textContent!.trim())) {
              const box = t.getBoundingClientRect();
              expect(box.left, `${at}: "${t.textContent}" leaves the element`).to.be.at.least(host.left);
              expect(box.right, `${at}: "${t.textContent}" leaves the element`).to.be.at.most(host.right);
            }
            // the earliest tick says its year
            const first = texts[0]!.textContent!;
            expect(first, `${at}: the first tick`).to.match(/\d{4}/);

            // the exported image draws the same axis: shown in the page to measure it
            const svg = new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml').documentElement;
            const shown = document.body.appendChild(document.importNode(svg, true));
            try {
              const exported = leastGap([...shown.querySelectorAll('g.axis .tick text')]);
              expect(exported.count, `${at}: exported labels`).to.equal(screen.count);
              expect(exported.gap, `exported, ${at}: ${exported.at}`).to.be.at.least(8);
            } finally {
              shown.remove();
            }
          }
        });
      }
    }
  }
});
