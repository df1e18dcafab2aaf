import { expect } from '@open-wc/testing';
import { eventsAround, eventsInWindow, indexTimeline } from '../../src/layout/timeline-index.js';
import { generatedTimeline } from '../fixtures/generated-timeline.js';

describe('timeline index', () => {
  const timeline = generatedTimeline;
  const index = indexTimeline(timeline);
  const starts = timeline.events.map((e) => e.start.start);

  it('is built once per timeline', () => {
    expect(indexTimeline(timeline)).to.equal(index);
  });

  it('eventsAround: the last event to start before a window and the first after it, as a scan finds them', () => {
    const year = (y: number) => Date.UTC(y, 0, 1);
    for (const [from, to] of [
      [1950.3, 1950.6],
      [1899, 1899.5],
      [2030, 2040],
      [1900, 2030],
    ] as const) {
      const [t0, t1] = [year(Math.floor(from)) + (from % 1) * 3.15e10, year(Math.floor(to)) + (to % 1) * 3.15e10];
      const before = starts.reduce<number | undefined>((found, s, i) => (s < t0 ? i : found), undefined);
      const after = starts.findIndex((s) => s > t1);
      expect(eventsAround(index, t0, t1), `${from}–${to}`).to.deep.equal({ before, after: after === -1 ? undefined : after });
    }
  });

  it('eventsInWindow: every event that starts within the window is in its range', () => {
    const [t0, t1] = [Date.UTC(1950, 0, 1), Date.UTC(1960, 0, 1)];
    const [from, to] = eventsInWindow(index, t0, t1);
    starts.forEach((s, i) => {
      if (s >= t0 && s <= t1) expect(i >= from && i < to, `event ${i}`).to.equal(true);
    });
  });
});
