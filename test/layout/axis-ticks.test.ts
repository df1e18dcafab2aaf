import { expect } from '@open-wc/testing';
import { axisTicks, labelShift } from '../../src/layout/axis-ticks.js';
import { createTimeScale } from '../../src/layout/time-scale.js';
import { formatTick } from '../../src/i18n/format-tick.js';

const DAY = 86_400_000;
const year = (y: number) => {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(y);
  return d.getTime();
};
const labels = (window: [number, number], width = 1200, lang = 'en') => {
  const { values, unit } = axisTicks(createTimeScale(window, [0, width]));
  return { values, unit, labels: values.map((d) => formatTick(d, unit, lang)) };
};

describe('axisTicks', () => {
  it('ticks a window of a few days on days, never on hours, and no two ticks read the same', () => {
    const start = Date.UTC(1969, 5, 1);
    for (const days of [1, 2, 3, 5, 9]) {
      const { values, unit, labels: texts } = labels([start, start + days * DAY]);
      expect(unit, `${days} days`).to.equal('day');
      expect(values.length, `${days} days`).to.be.greaterThan(0);
      for (const d of values) expect(d.getTime() % DAY, d.toISOString()).to.equal(0);
      expect(new Set(texts).size, texts.join(' | ')).to.equal(texts.length);
    }
    // two days on 1200 px: every midnight, "Jun 1969" on the first of the month, then "Jun 2", "Jun 3"
    expect(labels([start, start + 2 * DAY]).labels).to.deep.equal(['Jun 1969', 'Jun 2', 'Jun 3']);
  });

  it('keeps every tick inside a window of less than a day', () => {
    const start = Date.UTC(1969, 5, 1, 13);
    const { values } = labels([start, start + DAY]);
    expect(values.map((d) => d.toISOString())).to.deep.equal(['1969-06-02T00:00:00.000Z']);
  });

  it('puts ticks before the common era on round years as readers count them', () => {
    const { values, labels: texts } = labels([year(-2600), year(550)], 600);
    expect(texts).to.deep.equal(['2500 BC', '2000 BC', '1500 BC', '1000 BC', '500 BC', '1', '500']);
    const [d0, d1] = [year(-2600), year(550)];
    for (const d of values) expect(d.getTime()).to.be.within(d0, d1);
  });

  it('leaves ticks of the common era and yearly ticks as the calendar has them', () => {
    expect(labels([year(1950), year(2030)]).labels.slice(0, 3)).to.deep.equal(['1950', '1960', '1970']);
    // one tick a year: every year has its tick, 2 BC, 1 BC, AD 1 (there is no year zero)
    const yearly = labels([year(-3), year(3)], 1200);
    expect(yearly.labels).to.include.members(['2 BC', '1 BC', '1']);
  });

  it('drops AD 1 where it would crowd the next tick, and keeps it where it does not', () => {
    // ticks every 2 years: ... 4 BC, 2 BC, then 2, 4 (no "1" one year before "2")
    const two = labels([year(-11), year(5)], 1100);
    expect(two.labels).to.not.include('1');
    expect(two.labels).to.include.members(['2 BC', '2']);
    const years = two.values.map((d) => d.getUTCFullYear());
    for (let i = 1; i < years.length; i++) expect(years[i]! - years[i - 1]!, years.join(' ')).to.be.at.least(2);
    // every 500 years, AD 1 stands 499 years from 500: kept
    expect(labels([year(-2600), year(550)], 600).labels).to.include('1');
  });

  it('ticks windows of hundreds of thousands of years, out to the ends of the range of dates', () => {
    // d3-time rounds the first tick down to a multiple of the step (year -300000 here), which no Date can hold
    const wide = labels([year(-250000), year(250000)], 1200);
    expect(wide.unit).to.equal('year');
    expect(wide.labels).to.deep.equal(['250000 BC', '200000 BC', '150000 BC', '100000 BC', '50000 BC', '1', '50000', '100000', '150000', '200000', '250000']);
    for (const d of wide.values) expect(d.getTime()).to.be.within(year(-250000), year(250000));
    for (const width of [300, 600, 1200, 2400]) {
      for (const window of [[-8.64e15, 8.64e15], [year(-271000), year(2000)], [year(1000), 8.64e15]] as [number, number][]) {
        const { values, unit } = labels(window, width);
        const at = `${window.map((t) => new Date(t).getUTCFullYear()).join(' to ')} on ${width} px`;
        expect(unit, at).to.equal('year');
        expect(values.length, at).to.be.at.least(2);
        for (const d of values) expect(d.getTime(), at).to.be.within(window[0], window[1]);
        const years = values.map((d) => d.getUTCFullYear());
        for (let i = 1; i < years.length; i++) expect(years[i]!, at).to.be.above(years[i - 1]!);
      }
    }
  });

  it('drops a moved tick that would leave the window', () => {
    // ticks every 500 years end on year 0; moved to AD 1 it would be past the window's end
    const { values } = labels([year(-2600), year(0) + 100 * DAY], 600);
    for (const d of values) expect(d.getTime()).to.be.at.most(year(0) + 100 * DAY);
  });
});

describe('labelShift', () => {
  it('moves a label near an edge inwards until it is whole, and leaves the others', () => {
    expect(labelShift(12, 60, 1000)).to.equal(20); // would start at -18: now 2 px in
    expect(labelShift(988, 60, 1000)).to.equal(-20); // would end at 1018: now 2 px in
    expect(labelShift(500, 60, 1000)).to.equal(0);
    expect(labelShift(32, 60, 1000)).to.equal(0); // whole, 2 px in
    expect(labelShift(12, 60, 1000, 0)).to.equal(18); // no margin
    expect(labelShift(40, 200, 100)).to.equal(10); // wider than the plot: centred on it
  });
});
