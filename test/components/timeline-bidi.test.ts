/**
 * Texts from data in a page of the other direction: each text keeps its own direction (a Hebrew
 * title reads right to left on an English page, an English one left to right on a Hebrew page),
 * and its block still lines up with its neighbours at the element's start edge (the right of a
 * right-to-left element). Measured in the browser: where the text's glyphs are (a Range's box)
 * against the content box of the block that holds them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, part } from '../helpers.js';

/** Hebrew, English and digit-only texts: titles, dates (a year, a day, a range), sources, quotes. */
const DATA: TimelineDataset = {
  title: 'History',
  categories: [{ id: 'models', label: 'דגמים' }],
  story: ['founding', 'launch', 'range'],
  events: [
    {
      id: 'founding',
      date: '1955',
      title: 'הקמת החברה.',
      milestone: true,
      category: 'models',
      summary: 'סיכום בעברית.',
      quote: { text: 'ציטוט קצר.', author: 'מחבר' },
      sources: [
        { label: 'מקור', url: 'https://example.org/he' },
        { label: 'Press release.', url: 'https://example.org/en' },
        { label: '2022', url: 'https://example.org/2022' },
      ],
    },
    {
      id: 'launch',
      date: '1965-03-04',
      title: 'The A110 returns.',
      summary: 'A summary in English.',
      quote: { text: 'A short quote.', author: 'Author' },
      sources: [{ label: 'Press', url: 'https://example.org/press' }],
    },
    { id: 'range', date: '1970', end: '1975', title: '1970', summary: '1970' },
  ],
};

const PAGES = [
  { dir: 'rtl', lang: 'he' },
  { dir: 'ltr', lang: 'en' },
] as const;

type Edge = 'start' | 'end';

/**
 * How far the text inside `block` stands from an edge of the block's content box, in px, the
 * edge taken by the element's direction (`start` is the right edge of a right-to-left element).
 */
function gap(block: Element, rtl: boolean, edge: Edge = 'start'): number {
  const range = document.createRange();
  range.selectNodeContents(block);
  const text = range.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  const style = getComputedStyle(block);
  const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  expect(text.width, `no text laid out in ${block.outerHTML.slice(0, 80)}`).to.be.greaterThan(0);
  return (edge === 'start') === rtl ? right - text.right : text.left - left;
}

/** Expects every block's text against the edge, and says which one is not (its text and gap). */
function expectAgainst(blocks: readonly Element[], rtl: boolean, edge: Edge = 'start'): void {
  expect(blocks.length, 'no block to measure').to.be.greaterThan(0);
  const off = blocks.map((b) => [b.textContent!.replace(/\s+/g, ' ').trim(), Math.round(gap(b, rtl, edge))] as const).filter(([, px]) => Math.abs(px) > 2);
  expect(off, `texts away from the ${edge} edge (${rtl ? 'right to left' : 'left to right'})`).to.deep.equal([]);
}

/** Whether the first character of an element's text is drawn left of its last (it reads left to right). */
function readsLeftToRight(element: Element): boolean {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) texts.push(walker.currentNode as Text);
  const at = (node: Text, i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    return r.left + r.width / 2;
  };
  const first = texts[0]!;
  const last = texts[texts.length - 1]!;
  return at(first, first.data.search(/\S/)) < at(last, last.data.trimEnd().length - 1);
}

/** A timeline in a page of that direction and language. */
async function timeline(page: (typeof PAGES)[number], width = 1280): Promise<AlpineTimeline> {
  await setViewport({ width, height: 800 });
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${page.dir} lang=${page.lang}><alpine-timeline .data=${DATA}></alpine-timeline></div>`);
  return drawn(wrapper.querySelector<AlpineTimeline>('alpine-timeline')!);
}

const all = (el: AlpineTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

describe('<alpine-timeline>: texts from data against the element\'s start edge, in their own direction', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => setViewport({ width: 1280, height: 800 }));

  for (const page of PAGES) {
    const rtl = page.dir === 'rtl';

    describe(`on a ${rtl ? 'right-to-left (Hebrew)' : 'left-to-right (English)'} page`, () => {
      it('the detail: its date line, title, summary, quote and sources', async () => {
        const el = await timeline(page);
        for (const id of ['founding', 'launch', 'range']) {
          el.select(id);
          await el.updateComplete;
          const detail = part(el, 'detail')!;
          // (1955 · Milestone · דגמים, 4 במרץ 1965 / March 4, 1965, 1970–1975)
          expectAgainst([detail.querySelector('.detail-meta')!, part(el, 'detail-title')!, ...detail.querySelectorAll('.summary, blockquote, figcaption')], rtl);
          const sources = [...detail.querySelectorAll('[part~="sources"] li')];
          if (sources.length) expectAgainst(sources, rtl);
          // the quote's bar at the element's start, before the text
          const quote = detail.querySelector('blockquote');
          if (quote) expect(getComputedStyle(quote)[rtl ? 'borderRightWidth' : 'borderLeftWidth'], `the bar of "${quote.textContent}"`).to.equal('3px');
        }
        // each text in its own direction, whatever the page's
        el.select('founding');
        await el.updateComplete;
        expect(readsLeftToRight(part(el, 'detail-title')!), 'a Hebrew title reads right to left').to.equal(false);
        const sources = all(el, '[part~="sources"] li');
        expect(sources.map(readsLeftToRight), 'מקור, Press release., 2022').to.deep.equal([false, true, true]);
        // the bullets stay at the element's start, outside the text
        for (const li of sources) expect(getComputedStyle(li).direction).to.equal(page.dir);
        el.select('launch');
        await el.updateComplete;
        expect(readsLeftToRight(part(el, 'detail-title')!), 'an English title (its full stop at its end)').to.equal(true);
        expect(readsLeftToRight(part(el, 'detail')!.querySelector('blockquote')!)).to.equal(true);
      });

      it('the list view: dates (a year, a day, a range), titles and summaries', async () => {
        const el = await timeline(page);
        el.listView = true;
        await waitUntil(() => all(el, '[part~="list-item"]').length === 3, 'no list');
        await el.updateComplete;
        const items = all(el, '[part~="list-item"]');
        // a year-only date sat ~80 px in from the start edge of its column right to left
        expectAgainst(items.map((li) => li.querySelector('time')!), rtl);
        expectAgainst(items.map((li) => li.querySelector('.list-head')!), rtl);
        // a summary starts where its title does (in the titles' column), in either direction
        for (const li of items) {
          const summary = li.querySelector(':scope > p')!;
          const head = li.querySelector('.list-head')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(summary);
          const text = range.getBoundingClientRect();
          expect(rtl ? head.right - text.right : text.left - head.left, `the summary "${summary.textContent}"`).to.be.within(-2, 2);
        }
        expect(items.map((li) => readsLeftToRight(li.querySelector('strong')!))).to.deep.equal([false, true, true]);
      });

      it("story mode: the chapter's date line, title and text", async () => {
        const el = await timeline(page);
        el.mode = 'story';
        await waitUntil(() => part(el, 'chapter'), 'no chapter');
        for (const i of [0, 1, 2]) {
          el.goTo(i);
          await el.updateComplete;
          const chapter = part(el, 'chapter')!;
          expectAgainst([chapter.querySelector('.chapter-date')!, part(el, 'chapter-title')!, ...chapter.querySelectorAll('[part~="chapter-text"] p, blockquote')], rtl);
        }
      });

      it("the plot's labels and the vertical layout's cards: the date and the title against their marker's side", async () => {
        const el = await timeline(page);
        // a label hangs from its marker at its start edge, or its end edge when flipped (at the plot's far end)
        for (const mark of all(el, '[part~="event"]')) {
          expectAgainst([...mark.querySelectorAll('[part~="date"], [part~="event-title"]')], rtl, mark.classList.contains('flipped') ? 'end' : 'start');
        }
        await setViewport({ width: 800, height: 800 });
        el.orientation = 'vertical';
        await waitUntil(() => all(el, '.vertical [part~="event"]').length === 3, 'no vertical layout');
        await el.updateComplete;
        // cards on both sides of the spine, their texts on the spine's side
        const rows = all(el, '.vertical [part~="event"]');
        expect(rows.some((r) => r.classList.contains('start')) && rows.some((r) => r.classList.contains('end')), 'cards on both sides').to.equal(true);
        for (const row of rows) {
          expectAgainst([...row.querySelectorAll('[part~="date"], [part~="event-title"]')], rtl, row.classList.contains('start') ? 'end' : 'start');
        }
      });
    });
  }
});
