import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { createTimeScale } from '../../src/layout/time-scale.js';

const utc = (iso: string) => Date.parse(iso);

describe('createTimeScale', () => {
  const extent: [number, number] = [utc('1952-03-01'), utc('2029-10-17')];

  it('maps times onto pixels and back as d3-scale scaleUtc does, to the last bit', () => {
    for (const range of [
      [0, 1200],
      [1200, 0], // time running right to left
      [14.5, 987.25],
    ] as [number, number][]) {
      const ours = createTimeScale(extent, range);
      const d3 = scaleUtc<number, number>().domain(extent.map((t) => new Date(t))).range(range);
      for (let i = -3; i <= 13; i++) {
        const time = extent[0] + ((extent[1] - extent[0]) * i) / 10 + i * 12345;
        expect(ours(time), `${range.join()} at ${i}`).to.equal(d3(time));
        expect(ours(new Date(time))).to.equal(d3(new Date(time)));
        const pixel = range[0] + (range[1] - range[0]) * (i / 10) + 0.37;
        expect(ours.invert(pixel).getTime(), `invert ${range.join()} at ${i}`).to.equal(d3.invert(pixel).getTime());
      }
      expect(ours.range()).to.deep.equal(range);
      expect(ours.domain().map(Number)).to.deep.equal(extent);
    }
  });

  it('gives the same round UTC ticks as scaleUtc, from centuries down to hours', () => {
    const spans = [
      [utc('1000-01-01'), utc('2030-01-01')],
      extent,
      [utc('1969-01-01'), utc('1971-06-30')],
      [utc('1969-05-03'), utc('1969-05-29')],
      [utc('1969-05-03T08:00Z'), utc('1969-05-03T20:30Z')],
    ] as [number, number][];
    for (const span of spans) {
      const ours = createTimeScale(span, [0, 1000]);
      const d3 = scaleUtc().domain(span.map((t) => new Date(t))).range([0, 1000]);
      for (const count of [undefined, 3, 8, 20]) {
        const ticks = ours.ticks(count).map((d) => d.toISOString());
        expect(ticks.length, `${new Date(span[0]).toISOString()} ${count}`).to.be.greaterThan(0);
        expect(ticks).to.deep.equal(d3.ticks(count ?? 10).map((d) => d.toISOString()));
      }
    }
    // a 78-year span in about 8 ticks falls on round decades, every one of them within the span
    const decades = createTimeScale(extent, [0, 1000]).ticks(8);
    expect(decades.map((d) => d.getUTCFullYear())).to.deep.equal([1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });

  it('maps an empty span to the middle of the range instead of dividing by zero', () => {
    const t = utc('1969-05-03');
    const scale = createTimeScale([t, t], [0, 800]);
    expect(scale(t)).to.equal(400);
    expect(scale(t + 1e9)).to.equal(400);
    expect(scale.invert(123).getTime()).to.equal(t);
  });
});
