import { expect } from '@open-wc/testing';
import { densityPath, milestonePath, milestoneTick, overviewDensity } from '../../src/layout/overview.js';
import { generatedTimeline } from '../fixtures/generated-timeline.js';

/** The x and the length of each `M x 0 v h` tick of a milestone path. */
function ticks(path: string): { x: number; length: number }[] {
  return [...path.matchAll(/M(-?[\d.]+) 0v([\d.]+)/g)].map((m) => ({ x: Number(m[1]), length: Number(m[2]) }));
}

describe('overview strip geometry', () => {
  const timeline = generatedTimeline; // 400 events over 1900–2019, every twentieth a milestone
  const starts = timeline.events.map((e) => e.start.start);
  const extent: [number, number] = [Date.UTC(1895, 0, 1), Date.UTC(2025, 0, 1)];
  const width = 600;

  it('overviewDensity: every event counted once, in the column of its start', () => {
    const density = overviewDensity(timeline, { width, extent });
    expect(density.bins.length).to.equal(200); // 3 px columns
    expect(density.bins.reduce((a, b) => a + b, 0)).to.equal(timeline.events.length);
    const perBin = (extent[1] - extent[0]) / density.bins.length;
    const expected = new Uint32Array(density.bins.length);
    for (const s of starts) expected[Math.min(density.bins.length - 1, Math.floor((s - extent[0]) / perBin))]!++;
    expect([...density.bins]).to.deep.equal([...expected]);
    expect(density.max).to.equal(Math.max(...expected));
  });

  it('overviewDensity: counts events outside the extent in the end columns, and is kept for the same width and extent', () => {
    const narrow: [number, number] = [Date.UTC(1950, 0, 1), Date.UTC(1960, 0, 1)];
    const density = overviewDensity(timeline, { width, extent: narrow });
    const before = starts.filter((s) => s < narrow[0]).length;
    expect(density.bins[0]).to.be.at.least(before);
    expect(density.bins.reduce((a, b) => a + b, 0)).to.equal(timeline.events.length);
    expect(overviewDensity(timeline, { width, extent: [...narrow] })).to.equal(density);
    expect(overviewDensity(timeline, { width: width + 3, extent: narrow })).not.to.equal(density);
  });

  it('densityPath: one bar per non-empty column, the fullest column the full height', () => {
    const density = overviewDensity(timeline, { width, extent });
    const path = densityPath(density, 28);
    const bars = [...path.matchAll(/M([\d.]+) 28h[\d.]+v-([\d.]+)/g)];
    expect(bars.length).to.equal(density.bins.filter((n) => n > 0).length);
    expect(Math.max(...bars.map((b) => Number(b[2])))).to.equal(28);
    expect(Math.min(...bars.map((b) => Number(b[2])))).to.be.at.least(2); // a single event still shows
  });

  it('milestonePath: a short tick from the top at each milestone, in reading direction', () => {
    const milestones = timeline.events.filter((e) => e.milestone).map((e) => e.start.start);
    const x = (t: number) => Math.round(((t - extent[0]) / (extent[1] - extent[0])) * width * 2) / 2;
    const ltr = ticks(milestonePath(timeline, { width, extent, height: 10 }));
    expect(ltr.map((t) => t.x)).to.deep.equal([...new Set(milestones.map(x))]);
    expect(ltr.every((t) => t.length === 10)).to.equal(true);
    const rtl = ticks(milestonePath(timeline, { width, extent, height: 10, direction: 'rtl' }));
    expect(rtl.map((t) => t.x)).to.deep.equal(ltr.map((t) => width - t.x));
  });

  it('milestonePath: milestones closer than half a pixel share one tick', () => {
    const tiny = ticks(milestonePath(timeline, { width: 4, extent, height: 6 }));
    expect(tiny.length).to.be.lessThan(timeline.events.filter((e) => e.milestone).length);
    expect(new Set(tiny.map((t) => t.x)).size).to.equal(tiny.length);
  });

  it('milestoneTick: about a third of the strip, never shorter than 6 px, so the density and the brush stay visible', () => {
    expect(milestoneTick(36)).to.equal(11);
    expect(milestoneTick(56)).to.equal(17);
    expect(milestoneTick(12)).to.equal(6);
    for (const h of [20, 36, 56, 100]) expect(milestoneTick(h)).to.be.lessThan(h / 2);
  });
});
