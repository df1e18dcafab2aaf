import { expect } from '@open-wc/testing';
import { generatedTimeline } from '../fixtures/generated-timeline.js';
import { moveLayout } from '../../src/layout/move-layout.js';
import { layoutTimeline, type TimelineLayout } from '../../src/layout/timeline-layout.js';
import { timelineExtent } from '../../src/layout/time-scale.js';
import { zoomWindow, type TimeWindow } from '../../src/layout/view-window.js';

const timeline = generatedTimeline;

const layoutAt = (window: TimeWindow, direction: 'ltr' | 'rtl' = 'ltr'): TimelineLayout =>
  layoutTimeline(timeline, { width: 900, window, labelWidth: (e) => 60 + (e.index % 7) * 20, maxLanes: 6, direction, minLabelWidth: 30 });

/** The labels shown (not covered) never overlap in a lane. */
function expectNoneOver(layout: TimelineLayout, gap = 12): void {
  const shown = layout.events.filter((p) => !p.covered);
  for (const a of shown) {
    for (const b of shown) {
      if (a === b || a.lane !== b.lane) continue;
      const [a0, a1] = [Math.min(a.labelX, a.x, a.x2 ?? Infinity), Math.max(a.labelX + a.labelWidth, a.x, a.x2 ?? -Infinity)];
      const [b0, b1] = [Math.min(b.labelX, b.x, b.x2 ?? Infinity), Math.max(b.labelX + b.labelWidth, b.x, b.x2 ?? -Infinity)];
      expect(a1 + gap <= b0 + 1e-6 || b1 + gap <= a0 + 1e-6, `${a.event.id} is drawn over ${b.event.id}`).to.equal(true);
    }
  }
}

describe('moveLayout(timeline, layout, window)', () => {
  const extent = timelineExtent(timeline);
  const start = layoutAt(zoomWindow(extent, 2, (extent[0] + extent[1]) / 2));

  it('moves every mark with its date: each x is where the new window puts that date', () => {
    for (const window of [zoomWindow(start.window, 1.4, start.window[0] + 1e11), [start.window[0] + 3e10, start.window[1] + 3e10] as TimeWindow]) {
      const moved = moveLayout(timeline, start, window);
      expect(moved.window).to.deep.equal(window);
      expect(moved.events.length).to.equal(start.events.length);
      moved.events.forEach((p, i) => {
        const before = start.events[i]!;
        expect(p.event).to.equal(before.event);
        expect(p.lane).to.equal(before.lane);
        expect(p.labelWidth).to.equal(before.labelWidth);
        expect(p.x).to.be.closeTo(moved.scale(p.event.start.start), 1e-6);
        expect(p.labelX - p.x).to.be.closeTo(before.labelX - before.x, 1e-6); // the label hangs where it did
        if (p.x2 !== undefined) expect(p.x2).to.be.closeTo(moved.scale(timeline.events[p.event.index]!.end!.after), 1);
      });
      moved.clusters.forEach((c, i) => {
        expect(c.count).to.equal(start.clusters[i]!.count);
        expect(c.x0).to.be.closeTo(moved.scale(c.start), 1);
        expect(c.left + c.width / 2 - (c.x0 + c.x1) / 2).to.be.closeTo(start.clusters[i]!.left + c.width / 2 - (start.clusters[i]!.x0 + start.clusters[i]!.x1) / 2, 1e-6);
      });
    }
  });

  it('covers (does not drop) labels a zoom out brings over others, and never a pinned one', () => {
    const window = zoomWindow(start.window, 1 / 1.6, (start.window[0] + start.window[1]) / 2);
    const moved = moveLayout(timeline, start, window);
    expect(moved.events.length).to.equal(start.events.length);
    expect(moved.events.some((p) => p.covered)).to.equal(true);
    expectNoneOver(moved);
    // clusters too (a stronger zoom out brings them together): those shown do not overlap on their row
    const far = moveLayout(timeline, start, zoomWindow(start.window, 1 / 4, (start.window[0] + start.window[1]) / 2));
    expect(far.clusters.some((c) => c.covered)).to.equal(true);
    const shown = far.clusters.filter((c) => !c.covered).sort((a, b) => a.left - b.left);
    shown.slice(1).forEach((c, i) => expect(c.left, `cluster ${c.first} over ${shown[i]!.first}`).to.be.at.least(shown[i]!.left + shown[i]!.width));
    // the same with the most covered label pinned: it shows, and its neighbours give way
    const covered = moved.events.find((p) => p.covered)!;
    const pinned = moveLayout(timeline, start, window, { pinned: [covered.event.index] });
    expect(pinned.events.find((p) => p.event === covered.event)!.covered).to.equal(false);
    expectNoneOver(pinned);
  });

  it('covers nothing on a zoom in or a pan, and places the eras of the new window', () => {
    const zoomed = moveLayout(timeline, start, zoomWindow(start.window, 1.5, start.window[0] + 2e11));
    expect(zoomed.events.filter((p) => p.covered).length).to.equal(0);
    expect(zoomed.clusters.filter((c) => c.covered).length).to.equal(0);
    const far = moveLayout(timeline, start, [extent[1] - 1e11, extent[1]]);
    expect(far.eras.map((e) => e.era.id)).to.deep.equal(['late']);
    expect(far.eras[0]!.x0).to.equal(0);
    expect(far.eras[0]!.x1).to.equal(900);
    const full = layoutAt(far.window);
    expect(far.eras.map((e) => [e.x0, e.x1])).to.deep.equal(full.eras.map((e) => [e.x0, e.x1]));
  });

  it('moves a right-to-left layout the same way: later dates further left', () => {
    const rtl = layoutAt(start.window, 'rtl');
    const window = zoomWindow(start.window, 1.3, start.window[0] + 1e11);
    const moved = moveLayout(timeline, rtl, window);
    for (const p of moved.events) expect(p.x).to.be.closeTo(moved.scale(p.event.start.start), 1e-6);
    const full = layoutAt(window, 'rtl');
    expect(moved.eras.map((e) => [Math.round(e.x0), Math.round(e.x1)])).to.deep.equal(full.eras.map((e) => [Math.round(e.x0), Math.round(e.x1)]));
  });
});
