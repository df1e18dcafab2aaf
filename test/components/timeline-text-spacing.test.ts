/**
 * WCAG 1.4.12 Text Spacing: with line height 1.5, letter spacing 0.12 em, word spacing 0.16 em
 * and paragraph spacing 2 em, no content is lost. Applied as a reader's tools apply it: in the
 * shadow root (an adopted style sheet), and in the page, on every element (a bookmarklet), which
 * the element's texts inherit. The labels are measured with the spacing the browser computes on
 * them, and the rows are made tall enough for the lines.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, marks } from '../helpers.js';

const SPACING = '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** Events far enough apart that every label fits whole, with and without spacing. */
const roomy: TimelineDataset = {
  title: 'Spacing',
  events: Array.from({ length: 6 }, (_, i) => ({
    id: `e${i}`,
    date: `${1960 + i * 10}`,
    title: ['Berlinette at Dieppe', 'The Alpine A110 wins the Monte Carlo rally', 'A new plant in Dieppe', 'Le Mans, at last', 'The new A110', 'Three new electric models'][i]!,
    milestone: i === 1,
    ...(i === 5 ? { status: 'planned' as const } : {}),
  })),
};

type Spacer = (el: AlpineTimeline) => () => void;

/** In the shadow root, as a reader's extension does: an adopted style sheet. */
const inShadowRoot: Spacer = (el) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => (root.adoptedStyleSheets = before);
};

/** In the page, on every element (the host and its ancestors), as a bookmarklet does. */
const inPage: Spacer = () => {
  const style = document.createElement('style');
  style.textContent = SPACING;
  document.head.append(style);
  return () => style.remove();
};

/** Cut short by overflow (an ellipsis, or lines clamped): its text is wider or taller than its box. */
const cut = (node: Element) => node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;

/** Per mark: whether its date and its title are cut short. */
function cuts(el: AlpineTimeline): Map<string, { date: boolean; title: boolean; tooltip: boolean }> {
  const out = new Map<string, { date: boolean; title: boolean; tooltip: boolean }>();
  for (const li of marks(el)) {
    const title = li.querySelector('[part~="event-title"]');
    const date = li.querySelector('[part~="date"]');
    if (!title || !date || li.classList.contains('covered')) continue;
    out.set(li.dataset['id']!, { date: cut(date), title: cut(title), tooltip: li.querySelector('button')!.hasAttribute('title') });
  }
  return out;
}

/**
 * Until the element has read the spacing again and laid out with it (a ResizeObserver report, then
 * a frame), as `check` tells, or 2 s: the assertions that follow say what is wrong.
 */
async function relaid(el: AlpineTimeline, check: () => boolean): Promise<void> {
  await waitUntil(check, '', { timeout: 2000 }).catch(() => undefined);
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
}

const spaced = (el: AlpineTimeline) => {
  const title = marks(el)[0]?.querySelector('[part~="event-title"]');
  return !!title && parseFloat(getComputedStyle(title).letterSpacing) > 1;
};

/** A label's lines stay inside its lane: its texts end within its box, and boxes do not overlap. */
function overflows(el: AlpineTimeline): string[] {
  const faults: string[] = [];
  const boxes = marks(el)
    .filter((li) => li.querySelector('[part~="label"]'))
    .map((li) => [li.dataset['id']!, li.querySelector('button')!.getBoundingClientRect(), li.querySelector('[part~="label"]')!.getBoundingClientRect()] as const);
  for (const [id, button, label] of boxes) if (label.bottom > button.bottom + 1) faults.push(`${id}: its lines end ${(label.bottom - button.bottom).toFixed(1)} px below its box`);
  for (const [i, [a, ra]] of boxes.entries()) {
    for (const [b, rb] of boxes.slice(i + 1)) if (ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1) faults.push(`${a} overlaps ${b}`);
  }
  return faults;
}

describe('<alpine-timeline> with a reader’s text spacing (WCAG 1.4.12)', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => setViewport({ width: 1280, height: 800 }));

  for (const [where, apply] of [
    ['in the shadow root', inShadowRoot],
    ['in the page', inPage],
  ] as const) {
    it(`${where}: cuts no plot label short that fits without it, the selected one included, and keeps its lines in their lanes`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline .data=${roomy}></alpine-timeline>`);
      await drawn(el);
      const before = cuts(el);
      expect([...before.values()].some((c) => c.date || c.title), 'a label is cut short without spacing').to.equal(false);
      const widths = new Map(marks(el).map((li) => [li.dataset['id'], li.getBoundingClientRect().width]));
      const undo = apply(el);
      try {
        await relaid(el, () => spaced(el) && marks(el).every((li) => li.getBoundingClientRect().width > widths.get(li.dataset['id'])!));
        const title = getComputedStyle(marks(el)[0]!.querySelector('[part~="event-title"]')!);
        expect(title.letterSpacing, 'letter spacing').to.equal('1.68px');
        expect(title.wordSpacing, 'word spacing').to.equal('2.24px');
        expect(title.lineHeight, 'line height').to.equal('21px');
        const after = cuts(el);
        expect([...after.keys()], 'the same labels').to.deep.equal([...before.keys()]);
        for (const [id, c] of after) expect(c, `${id} cut short with spacing`).to.deep.equal({ date: false, title: false, tooltip: false });
        expect(overflows(el)).to.deep.equal([]);
        // the selected event always keeps its label, whole where it fits
        el.select('e1');
        await el.updateComplete;
        expect(cuts(el).get('e1'), 'the selected label').to.deep.equal({ date: false, title: false, tooltip: false });
      } finally {
        undo();
      }
    });
  }

  it('in the shadow root, on the Alpine history: a label is cut short only where its lane has no room for it (and says so), the selected one never', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline selected="gt-crossover-dieppe-2025"></alpine-timeline>`);
    await drawn(el);
    const undo = inShadowRoot(el);
    try {
      await relaid(el, () => spaced(el) && !cuts(el).get('founding-1955')?.title);
      const after = cuts(el);
      // without the spacing measured, all eleven titles ended with an ellipsis, with room to spare and no tooltip
      for (const [id, c] of after) expect(c.tooltip || (!c.title && !c.date), `${id} cut short, and the layout does not know`).to.equal(true);
      expect([...after.values()].filter((c) => !c.title && !c.date).length, 'labels whole').to.be.at.least(9);
      expect(after.get('gt-crossover-dieppe-2025'), 'the selected label').to.deep.equal({ date: false, title: false, tooltip: false });
      expect(overflows(el)).to.deep.equal([]);
    } finally {
      undo();
    }
  });

  for (const [where, apply] of [
    ['in the shadow root', inShadowRoot],
    ['in the page', inPage],
  ] as const) {
    it(`${where}: a vertical card shows every line its title showed without spacing, and its date`, async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="event"]'), 'no vertical layout');
      await el.updateComplete;
      const before = cuts(el);
      const height = marks(el)[0]!.getBoundingClientRect().height;
      const undo = apply(el);
      try {
        await relaid(el, () => spaced(el) && marks(el)[0]!.getBoundingClientRect().height > height);
        const title = getComputedStyle(marks(el)[0]!.querySelector('[part~="event-title"]')!);
        expect(parseFloat(title.lineHeight), 'a card title’s line height').to.be.at.least(21);
        const after = cuts(el);
        expect([...after.keys()], 'the same cards').to.deep.equal([...before.keys()]);
        for (const [id, c] of after) {
          // a title already clamped (three lines in two) may stay clamped, showing more than before
          if (!before.get(id)!.title) expect(c.title, `${id}: its title lost a line`).to.equal(false);
          expect(c.date, `${id}: its date is cut short`).to.equal(false);
        }
        // every line inside its card, and the cards apart
        for (const li of marks(el)) {
          const card = li.querySelector('button')!.getBoundingClientRect();
          const label = li.querySelector('[part~="label"]')!.getBoundingClientRect();
          expect(label.bottom, `${li.dataset['id']}: its lines run out of its card`).to.be.at.most(card.bottom + 1);
        }
        const tops = marks(el).map((li) => li.querySelector('button')!.getBoundingClientRect());
        for (let i = 1; i < tops.length; i++) expect(tops[i]!.top, `card ${i} overlaps the one before`).to.be.at.least(tops[i - 1]!.bottom - 1);
      } finally {
        undo();
      }
    });
  }
});
