import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/data/parse.js';
import type { ParsedTimeline } from '../../src/data/parsed-types.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { alpineDataset } from '../../src/data/alpine-dataset.js';
import { timelineExtent } from '../../src/layout/time-scale.js';
import { fitScale, layoutVertical, visibleRows, type VerticalLayout, type VerticalRow } from '../../src/layout/vertical-layout.js';

function parsed(dataset: TimelineDataset): ParsedTimeline {
  const result = parseDataset(dataset);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.timeline;
}

const ROW = 72;
const HEADING = 40;

function layout(timeline: ParsedTimeline, height: number, alternate = false, pinned?: number[]): VerticalLayout {
  const extent = timelineExtent(timeline);
  return layoutVertical(timeline, { extent, scale: fitScale(extent, height), rowHeight: ROW, headingHeight: HEADING, alternate, pinned });
}

/** Cards on one side never overlap, nor does anything overlap a heading. */
function expectNoOverlap(all: readonly VerticalRow[], alternate: boolean): void {
  const rows = all.filter((row) => row.kind !== 'gap');
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    expect(row.y >= rows[i - 1]!.y, `${row.key} is in y order`).to.equal(true);
    for (let j = i - 1; j >= 0; j--) {
      const before = rows[j]!;
      const height = before.kind === 'era' ? HEADING : ROW;
      const sameSide = !alternate || before.kind === 'era' || row.kind === 'era' || before.side === row.side;
      if (sameSide) {
        expect(row.y - before.y >= height - 1e-6, `${row.key} overlaps ${before.key}`).to.equal(true);
        break;
      }
    }
  }
}

const generated = (n: number): TimelineDataset => ({
  title: 'Generated',
  events: Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: `${1955 + Math.floor((i * 75) / n)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    title: `Event ${i}`,
    milestone: i % 50 === 0,
  })),
});

describe('layoutVertical(timeline, options)', () => {
  const alpine = parsed(alpineDataset);

  it('shows every Alpine event as a card, in time order top to bottom, under its era heading', () => {
    const result = layout(alpine, 900);
    const cards = result.rows.filter((row) => row.kind === 'event');
    expect(cards.map((row) => row.key)).to.deep.equal(alpine.events.map((event) => event.id));
    expectNoOverlap(result.rows, false);
    const order = result.rows.map((row) => row.key);
    expect(order.indexOf('era:early-years')).to.be.lessThan(order.indexOf('founding-1955'));
    expect(order.indexOf('era:growing-with-renault')).to.be.lessThan(order.indexOf('renault-association-1965'));
    expect(order.indexOf('renault-association-1965')).to.be.lessThan(order.indexOf('era:renault-group-sports-brand'));
    expect(result.eras.map((band) => band.era.id)).to.deep.equal(['early-years', 'growing-with-renault', 'renault-group-sports-brand']);
    for (const band of result.eras) expect(band.y1 > band.y0).to.equal(true);
    expect(result.height >= result.rows[result.rows.length - 1]!.y + ROW).to.equal(true);
  });

  it('starts with its first row, `top` px down, not with the extent\'s margin of empty time', () => {
    for (const height of [900, 3000]) {
      const result = layout(alpine, height);
      expect(result.rows[0]!.kind).to.equal('era');
      expect(result.rows[0]!.y).to.equal(8);
      expect(result.eras[0]!.y0).to.equal(8);
    }
    // no era: the first event is the first row
    const plain = layoutVertical(parsed(generated(20)), { extent: timelineExtent(parsed(generated(20))), scale: 1e-8, rowHeight: ROW, headingHeight: HEADING, alternate: false, top: 12 });
    expect(plain.rows[0]!.kind).to.equal('event');
    expect(plain.rows[0]!.y).to.equal(12);
  });

  it('keeps long gaps long, but shortens a long empty stretch and marks it', () => {
    const result = layout(alpine, 1500);
    const y = new Map(result.rows.map((row) => [row.key, row.y]));
    const short = y.get('dieppe-plant-1969')! - y.get('renault-association-1965')!;
    const long = y.get('new-a110-2017')! - y.get('dieppe-plant-1969')!;
    expect(long).to.be.greaterThan(short * 1.5);
    expect(long).to.be.at.most(ROW * 2.5 + 1e-6);
    const gaps = result.rows.filter((row) => row.kind === 'gap');
    expect(gaps.map((g) => (g.kind === 'gap' ? [new Date(g.start).getUTCFullYear(), new Date(g.end).getUTCFullYear()] : []))).to.deep.include([1969, 2017]);
    // times map monotonically through the shortened stretch
    const t = [1970, 1990, 2010].map((year) => result.yOf(Date.UTC(year, 0, 1)));
    expect(t[0]! < t[1]! && t[1]! < t[2]!).to.equal(true);
  });

  it('alternates sides when asked, and packs cards closer than on one side', () => {
    const one = layout(alpine, 400, false);
    const two = layout(alpine, 400, true);
    const sides = two.rows.filter((row) => row.kind === 'event').map((row) => (row.kind === 'event' ? row.side : ''));
    expect(sides.slice(0, 4)).to.deep.equal(['start', 'end', 'start', 'end']);
    expectNoOverlap(two.rows, true);
    expect(two.height).to.be.lessThan(one.height);
  });

  it('zooming in spreads clusters into cards and makes the layout taller', () => {
    const timeline = parsed(generated(5000));
    const extent = timelineExtent(timeline);
    const options = { extent, rowHeight: ROW, headingHeight: HEADING, alternate: false };
    const a = layoutVertical(timeline, { ...options, scale: fitScale(extent, 2000) });
    const b = layoutVertical(timeline, { ...options, scale: fitScale(extent, 400_000) });
    const cards = (l: typeof a) => l.rows.filter((r) => r.kind === 'event').length;
    expect(b.height).to.be.greaterThan(a.height * 2);
    expect(cards(b)).to.be.greaterThan(cards(a) * 2);
  });

  it('maps times to y and back along the spine', () => {
    const result = layout(alpine, 1200);
    // a time is where its last row is (a heading and a card of the same year: the card)
    const lastAt = new Map(result.rows.map((row) => [row.t, row.y]));
    for (const row of result.rows) expect(Math.abs(result.yOf(row.t) - lastAt.get(row.t)!)).to.be.lessThan(1e-6);
    // back and forth, except where several rows share a time (an era heading and its first card)
    for (let y = 10; y < result.height; y += 37) {
      const t = result.timeAt(y);
      expect(Math.abs(result.yOf(t) - y) < 1 || result.rows.some((row) => row.t === t), `y ${y}`).to.equal(true);
      expect(result.timeAt(y + 37) >= t).to.equal(true);
    }
    const t1965 = Date.UTC(1965, 0, 1);
    expect(result.timeAt(result.yOf(t1965))).to.equal(t1965);
  });

  it('turns dense cells into clusters that count every event once, and keeps milestones as cards', () => {
    const timeline = parsed(generated(5000));
    const result = layout(timeline, 2000);
    const cards = result.rows.filter((row) => row.kind === 'event');
    const clusters = result.rows.filter((row) => row.kind === 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    const counted = cards.length + clusters.reduce((sum, row) => sum + (row.kind === 'cluster' ? row.count : 0), 0);
    expect(counted).to.equal(5000);
    expect(result.rows.length).to.be.lessThan(300);
    expectNoOverlap(result.rows, false);
  });

  it('draws pinned events as cards even inside a cluster', () => {
    const timeline = parsed(generated(5000));
    const pinnedIndex = 2345;
    const result = layout(timeline, 2000, false, [pinnedIndex]);
    const id = timeline.events[pinnedIndex]!.id;
    expect(result.rows.some((row) => row.kind === 'event' && row.event.id === id)).to.equal(true);
    const visible = visibleRows(result, 0, 200, 100);
    expect(visible.some((row) => row.key === id)).to.equal(true);
    expect(visible.length).to.be.lessThan(20);
  });

  it('stays proportional to what it makes at 100,000 events', () => {
    const timeline = parsed(generated(100_000));
    const result = layout(timeline, 4000);
    expect(result.rows.length).to.be.lessThan(600);
    const cards = result.rows.filter((row) => row.kind === 'event').length;
    const counted = result.rows.reduce((sum, row) => sum + (row.kind === 'cluster' ? row.count : 0), cards);
    expect(counted).to.equal(100_000);
  });
});
