import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/data/parse.js';
import type { ParsedTimeline } from '../../src/data/parsed-types.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { alpineDataset } from '../../src/data/alpine-dataset.js';
import { axisTicks } from '../../src/layout/axis-ticks.js';
import { layoutTimeline, type TimelineLayout } from '../../src/layout/timeline-layout.js';
import { timelineExtent } from '../../src/layout/time-scale.js';

function parsed(dataset: TimelineDataset): ParsedTimeline {
  const result = parseDataset(dataset);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.timeline;
}

/** Every pair of labelled events in one lane is apart by at least `gap`. */
function expectNoOverlap(layout: TimelineLayout, gap = 12): void {
  const placed = layout.events.filter((p) => p.lane >= 0);
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i]!, placed[j]!];
      if (a.lane !== b.lane) continue;
      const [a0, a1] = [Math.min(a.labelX, a.x), Math.max(a.labelX + a.labelWidth, a.x2 ?? -Infinity)];
      const [b0, b1] = [Math.min(b.labelX, b.x), Math.max(b.labelX + b.labelWidth, b.x2 ?? -Infinity)];
      expect(a1 + gap <= b0 || b1 + gap <= a0, `${a.event.id} overlaps ${b.event.id}`).to.equal(true);
    }
  }
}

const generated = (n: number): TimelineDataset => ({
  title: 'Generated',
  events: Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: String(1900 + Math.floor((i * 97) % 120)),
    title: `Event number ${i} with a title`,
    milestone: i % 20 === 0,
  })),
});

describe('layoutTimeline(timeline, options)', () => {
  const alpine = parsed(alpineDataset);
  const labelWidth = () => 150;

  it('places events in time order, left to right, within the width', () => {
    const layout = layoutTimeline(alpine, { width: 1200, labelWidth });
    const xs = layout.events.map((p) => p.x);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    for (const p of layout.events) {
      expect(p.labelX).to.be.at.least(0);
      expect(p.labelX + p.labelWidth).to.be.at.most(1200);
    }
  });

  it('labels every Alpine event without overlap at 1200 px, milestones nearest the axis', () => {
    const layout = layoutTimeline(alpine, { width: 1200, labelWidth });
    expect(layout.events.every((p) => p.lane >= 0)).to.equal(true);
    expectNoOverlap(layout);
    // Milestones claim lanes first: they sit exactly where they would if they were alone.
    const alone = layoutTimeline(parsed({ ...alpineDataset, events: alpineDataset.events.filter((e) => e.milestone) }), {
      width: 1200,
      labelWidth,
    });
    const lanesOf = (l: TimelineLayout) => l.events.filter((p) => p.event.milestone).map((p) => p.lane);
    expect(lanesOf(layout)).to.deep.equal(lanesOf(alone));
    expect(Math.min(...lanesOf(layout))).to.equal(0);
  });

  it('keeps labels inside the plot and apart at 320 px, clustering the rest', () => {
    const layout = layoutTimeline(parsed(generated(300)), { width: 320, labelWidth: () => 400, maxLanes: 4 });
    expectNoOverlap(layout);
    for (const p of layout.events) {
      expect(p.labelWidth).to.be.at.most(320);
      expect(p.labelX + p.labelWidth).to.be.at.most(320);
    }
    expect(layout.lanes).to.be.at.most(4);
    // What could not be labelled is in clusters, and every visible event is accounted for.
    expect(layout.clusters.length).to.be.greaterThan(0);
    expect(layout.events.length + layout.clusters.reduce((n, c) => n + c.count, 0)).to.equal(layout.visible);
    expect(layout.visible).to.equal(300);
  });

  it('gives a label cut short its whole width back where its lane has room, never over a stem below', () => {
    // widths by title: long ones are cut at maxLabelWidth (200 px) when placed
    const data = parsed({
      title: 'Widen',
      events: [
        { id: 'a', date: '1900', title: 'long alone' },
        { id: 'b', date: '1960', title: 'short' },
        { id: 'c', date: '1962', title: 'long before a stem' },
        { id: 'd', date: '1990', title: 'long at the right edge' },
      ],
    });
    const widths: Record<string, number> = { 'long alone': 500, short: 100, 'long before a stem': 600, 'long at the right edge': 400 };
    const layout = layoutTimeline(data, { width: 1000, labelWidth: (e) => widths[e.title as string]!, maxLabelWidth: 200, markerOffset: 8 });
    const at = (id: string) => layout.events.find((p) => p.event.id === id)!;
    expectNoOverlap(layout);
    // a: lane 0, room up to b's box: grows from 200 px to just before it, still cut
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(at) as [ReturnType<typeof at>, ReturnType<typeof at>, ReturnType<typeof at>, ReturnType<typeof at>];
    expect(a.lane).to.equal(0);
    expect(a.labelWidth).to.be.greaterThan(200);
    const next = layout.events.filter((p) => p.lane === a.lane && p.x > a.x).sort((p, q) => p.x - q.x)[0]!;
    expect(a.labelX + a.labelWidth).to.be.at.most(Math.min(next.labelX, next.x) - 12 + 0.01);
    // a label never grows over the stem of a label in a lane further from the axis
    for (const p of layout.events) {
      for (const q of layout.events) {
        if (q.lane <= p.lane || p.labelWidth <= 200) continue;
        const inside = q.x > p.labelX && q.x < p.labelX + p.labelWidth;
        expect(inside && q.x > p.labelX + 200, `${p.event.id} grew over the stem of ${q.event.id}`).to.equal(false);
      }
    }
    // the right edge: a flipped label grows to the left, within the plot, and says when it is whole
    expect(d.flipped).to.equal(true);
    expect(d.labelX).to.be.at.least(0);
    expect(d.labelX + d.labelWidth).to.be.at.most(1000);
    expect([b.truncated, c.labelWidth >= 200]).to.deep.equal([false, true]);
    const whole = layout.events.filter((p) => p.labelWidth === widths[p.event.title as string]);
    for (const p of whole) expect(p.truncated, p.event.id).to.equal(false);
    expect(whole.length, 'no label got its whole width back').to.be.greaterThan(1);
  });

  it('always labels a pinned event in view: past milestones filling the lanes, and past labels kept with fewer lanes', () => {
    const dense = parsed({
      title: 'Dense',
      events: Array.from({ length: 600 }, (_, i) => ({ id: `e${i}`, date: String(1900 + (i % 100)), title: `Event ${i}`, milestone: i % 3 !== 0 })),
    });
    const options = { width: 800, labelWidth, maxLanes: 4 };
    const free = layoutTimeline(dense, options);
    const labelled = new Set(free.events.map((p) => p.event.index));
    // an ordinary event that the milestones leave unlabelled
    const loser = dense.events.findIndex((e, i) => !e.milestone && !labelled.has(i) && e.start.year > 1930 && e.start.year < 1970);
    expect(loser).to.be.above(-1);
    const pinned = layoutTimeline(dense, { ...options, pinned: [loser] });
    expect(pinned.events.some((p) => p.event.index === loser), 'the pinned event has no label').to.equal(true);
    expectNoOverlap(pinned);
    expect(pinned.lanes).to.be.at.most(4);
    // a labelled milestone in a deep lane, pinned, then laid out again with fewer lanes while every
    // label of the previous layout is kept (as when an open event's sheet shortens a filled plot)
    const deep = layoutTimeline(dense, { ...options, maxLanes: 8 });
    const target = deep.events.filter((p) => p.event.milestone).sort((a, b) => b.lane - a.lane)[0]!;
    expect(target.lane).to.be.at.least(4);
    const kept = deep.events.map((p) => p.event.index);
    const fewer = layoutTimeline(dense, { ...options, maxLanes: 3, pinned: [target.event.index], preferred: kept });
    expect(fewer.events.some((p) => p.event === target.event), 'the pinned milestone lost its label').to.equal(true);
    expectNoOverlap(fewer);
    // when it fits anyway, pinning moves nothing: the selected label stays where it was
    const stays = layoutTimeline(dense, { ...options, maxLanes: 8, pinned: [target.event.index], preferred: kept });
    expect(stays.events.find((p) => p.event === target.event)!.lane).to.equal(target.lane);
  });

  it('flips labels near the right edge to the left of their date', () => {
    const layout = layoutTimeline(alpine, { width: 1200, labelWidth });
    const last = layout.events[layout.events.length - 1]!;
    expect(last.flipped).to.equal(true);
    expect(last.labelX + last.labelWidth).to.be.at.least(last.x);
  });

  it('draws events with an end as spans and reserves their lane up to the end', () => {
    const t = parsed({
      title: 'Spans',
      events: [
        { id: 'long', date: '1900', end: '1950', title: 'A' },
        { id: 'inside', date: '1920', title: 'B' },
      ],
    });
    const layout = layoutTimeline(t, { width: 1000, labelWidth: () => 40 });
    const [long, inside] = layout.events;
    expect(long!.x2! - long!.x).to.be.greaterThan(500);
    expect(inside!.lane).to.not.equal(long!.lane);
  });

  it('clamps eras to the plot', () => {
    const t = parsed({
      title: 'Eras',
      eras: [{ id: 'open', label: 'Open', start: '1950' }],
      events: [{ id: 'a', date: '1960', title: 'A' }, { id: 'b', date: '1990', title: 'B' }],
    });
    const layout = layoutTimeline(t, { width: 800, labelWidth });
    expect(layout.eras[0]!.x1).to.equal(800);
    expect(layout.eras[0]!.x0).to.be.at.least(0);
  });
});

describe('timelineExtent(timeline)', () => {
  it('covers every event, padded', () => {
    const t = parsed(generated(50));
    const [lo, hi] = timelineExtent(t);
    for (const e of t.events) {
      expect(e.start.start).to.be.greaterThan(lo);
      expect(e.start.start).to.be.lessThan(hi);
    }
  });

  it('gives a single event a readable span', () => {
    const t = parsed({ title: 'One', events: [{ id: 'a', date: '2020-05-01', title: 'A' }] });
    const [lo, hi] = timelineExtent(t);
    expect(hi - lo).to.be.greaterThan(300 * 86_400_000);
  });

  it('stays within the range of JavaScript dates when the events reach its ends', () => {
    const MAX_TIME = 8.64e15; // ±100,000,000 days from 1970: new Date() of anything beyond is Invalid Date
    const t = parsed({ title: 'Deep time', events: [{ id: 'a', date: '-271820', title: 'A' }, { id: 'b', date: '275759-12-31', title: 'B' }] });
    const [lo, hi] = timelineExtent(t);
    expect(lo).to.equal(-MAX_TIME);
    expect(hi).to.equal(MAX_TIME);
    expect(new Date(lo).getUTCFullYear()).to.equal(-271821);
    expect(new Date(hi).getUTCFullYear()).to.equal(275760);
    // padded as far as the range allows, the events still inside
    expect(lo).to.be.below(t.events[0]!.start.start);
    expect(hi).to.be.above(t.events[1]!.start.after);
    // and only one end clamped when only one event is at the edge
    const one = parsed({ title: 'Far', events: [{ id: 'a', date: '-271820', title: 'A' }, { id: 'b', date: '2000', title: 'B' }] });
    const [lo1, hi1] = timelineExtent(one);
    expect(lo1).to.equal(-MAX_TIME);
    expect(hi1).to.be.above(one.events[1]!.start.after).and.below(MAX_TIME);
  });

  it('handles years before the common era', () => {
    const t = parsed({ title: 'Rome', events: [{ id: 'caesar', date: '-0043-03-15', title: 'Ides of March' }, { id: 'aug', date: '0014', title: 'Augustus dies' }] });
    const [lo, hi] = timelineExtent(t);
    expect(new Date(lo).getUTCFullYear()).to.be.at.most(-43);
    expect(new Date(hi).getUTCFullYear()).to.be.at.least(14);
  });
});

describe('axisTicks(scale)', () => {
  it('ticks an axis over the whole range of JavaScript dates', () => {
    const deep = parsed({ title: 'Deep time', events: [{ id: 'a', date: '-271820', title: 'A' }, { id: 'b', date: '275759-12-31', title: 'B' }] });
    const layout = layoutTimeline(deep, { width: 1000, labelWidth });
    const [d0, d1] = layout.scale.domain();
    expect(Number.isNaN(+d0) || Number.isNaN(+d1), `${+d0} ${+d1}`).to.equal(false);
    const { values, unit } = axisTicks(layout.scale);
    expect(unit).to.equal('year');
    expect(values.length).to.be.at.least(3);
    for (const d of values) expect(d.getTime()).to.be.within(+d0, +d1);
  });

  it('uses years over decades and days over a week', () => {
    const years = layoutTimeline(parsed(generated(10)), { width: 1000, labelWidth });
    expect(axisTicks(years.scale).unit).to.equal('year');
    const week = parsed({ title: 'W', events: [{ id: 'a', date: '2020-05-01', title: 'A' }, { id: 'b', date: '2020-05-08', title: 'B' }] });
    const layout = layoutTimeline(week, { width: 1000, labelWidth, window: [Date.UTC(2020, 4, 1), Date.UTC(2020, 4, 9)] });
    expect(axisTicks(layout.scale).unit).to.equal('day');
  });

  function labelWidth() {
    return 100;
  }
});
