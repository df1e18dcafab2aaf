import { expect } from '@open-wc/testing';
import { axisTicks, fitAxisTicks, labelShift } from '../../src/layout/axis-ticks.js';
import { createTimeScale } from '../../src/layout/time-scale.js';
import { formatTick, formatTicks } from '../../src/i18n/format-tick.js';
import { TextMeasurer } from '../../src/internal/text-measure.js';

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

describe('fitAxisTicks', () => {
  const INSET = 12;
  const GAP = 12;
  /** About the widths of 12 px sans-serif: 6.5 px a character. */
  const perChar = (label: string) => label.length * 6.5;
  const fit = (window: [number, number], width: number, lang: string, measure = perChar, rtl = false) => {
    const range: [number, number] = rtl ? [width - INSET, INSET] : [INSET, width - INSET];
    const scale = createTimeScale(window, range);
    return { scale, ...fitAxisTicks(scale, width, (values, unit) => formatTicks(values, unit, lang), measure, { offset: 0.5 }) };
  };
  /** The boxes of the labels shown, from left to right. */
  const boxes = (f: ReturnType<typeof fit>, measure = perChar) =>
    f.values
      .map((d, i) => ({ label: f.labels[i]!, left: f.scale(d) + 0.5 + f.shifts[i]! - measure(f.labels[i]!) / 2, width: measure(f.labels[i]!) }))
      .filter((b) => b.label)
      .sort((a, b) => a.left - b.left);
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

  it('leaves out the label next to a first tick that says its year (25. Dez. 2021 over 26. Dez.)', () => {
    const window: [number, number] = [day(2021, 12, 25), day(2022, 1, 5)];
    // as before: every day labelled, the first tick's label moved inwards onto the second's
    const { values, unit } = axisTicks(createTimeScale(window, [INSET, 1100 - INSET]));
    expect(formatTicks(values, unit, 'de').slice(0, 2)).to.deep.equal(['25. Dez. 2021', '26. Dez.']);
    const f = fit(window, 1100, 'de');
    expect(f.values.length, 'every day keeps its tick').to.equal(values.length);
    expect(f.labels.slice(0, 3)).to.deep.equal(['25. Dez. 2021', '', '27. Dez.']);
    expect(f.labels).to.include('Jan. 2022');
  });

  it('leaves out the label before a new year that says its year (26. Dez. before 2. Jan. 2022)', () => {
    // weeks, 1,280 px: "26. Dez." came within 4 px of "2. Jan. 2022"
    const f = fit([day(2021, 10, 15), day(2022, 1, 20)], 1280, 'de', (label) => label.length * 7.2);
    const i = f.labels.indexOf('2. Jan. 2022');
    expect(i, f.labels.join(' · ')).to.be.above(0);
    expect(f.labels[0]).to.equal('17. Okt. 2021');
  });

  it('takes a coarser step where the labels of the step itself would not fit', () => {
    const window: [number, number] = [day(2021, 12, 25), day(2022, 1, 5)];
    // labels of 90 px, 97.8 px a day: a tick every day leaves no 12 px between them
    const wide = fit(window, 1100, 'en', () => 90);
    const daily = axisTicks(createTimeScale(window, [INSET, 1100 - INSET])).values;
    expect(wide.values.length).to.be.below(daily.length);
    expect(wide.values.length).to.be.at.least(4);
    expect(wide.labels.every((l) => l !== ''), wide.labels.join(' · ')).to.equal(true);
    // the step's own labels fit: nothing left out where they are short
    expect(fit(window, 1100, 'en', () => 40).labels.every((l) => l !== '')).to.equal(true);
  });

  it('ticks every other week where weeks are too close, before months', () => {
    // November to March at 1,248 px: a tick a week is 57 px apart, "14. Nov." 52 px wide
    const window: [number, number] = [day(2021, 11, 1), day(2022, 4, 1)];
    const weekly = axisTicks(createTimeScale(window, [INSET, 1248 - INSET])).values;
    expect(+weekly[1]! - +weekly[0]!).to.equal(7 * DAY);
    const f = fit(window, 1248, 'de');
    for (let i = 1; i < f.values.length; i++) expect(+f.values[i]! - +f.values[i - 1]!).to.equal(14 * DAY);
    expect(f.labels.slice(0, 5)).to.deep.equal(['7. Nov. 2021', '21. Nov.', '5. Dez.', '19. Dez.', '2. Jan. 2022']);
    // where labels are short, weeks stay
    expect(+fit(window, 1248, 'de', () => 30).values[1]! - +fit(window, 1248, 'de', () => 30).values[0]!).to.equal(7 * DAY);
    // and where two weeks are too close still, months
    const months = fit(window, 1248, 'de', () => 110);
    expect(months.unit).to.equal('month');
  });

  it('never brings two labels within 12 px of each other, from millennia to days, in en, fr and de, both ways', () => {
    const measurer = new TextMeasurer();
    const real = (label: string) => measurer.width(label, '400 12px sans-serif');
    const windows: [number, number][] = [
      [year(-2600), year(550)],
      [year(-250000), year(250000)],
      [year(1900), year(2100)],
      [year(1955), year(2030)],
      [year(1990), year(2000)],
      [year(2019), year(2023)],
      [day(2021, 1, 1), day(2022, 6, 1)],
      [day(2021, 11, 1), day(2022, 3, 1)],
      [day(2021, 10, 15), day(2022, 1, 20)],
      [day(2021, 12, 1), day(2022, 1, 15)],
      [day(2021, 12, 25), day(2022, 1, 5)],
      [day(2021, 12, 29), day(2022, 1, 2)],
      [day(1968, 12, 20), day(1969, 1, 20)],
      [day(1969, 12, 30), day(1970, 1, 1)],
    ];
    let checked = 0;
    for (const width of [320, 600, 800, 1100, 1280, 1920]) {
      for (const lang of ['en', 'fr', 'de']) {
        for (const rtl of [false, true]) {
          for (const measure of [perChar, real]) {
            for (const [a, b] of windows) {
              const at = `${new Date(a).toISOString().slice(0, 10)} to ${new Date(b).toISOString().slice(0, 10)}, ${lang}, ${width} px${rtl ? ', rtl' : ''}`;
              const f = fit([a, b], width, lang, measure, rtl);
              const shown = boxes(f, measure);
              expect(shown.length, at).to.be.at.least(width >= 600 ? 2 : 1);
              for (let i = 1; i < shown.length; i++) {
                const gap = shown[i]!.left - shown[i - 1]!.left - shown[i - 1]!.width;
                expect(gap, `${at}: ${shown[i - 1]!.label} | ${shown[i]!.label}`).to.be.at.least(GAP - 1e-9);
              }
              for (const box of shown) {
                expect(box.left, at).to.be.at.least(0);
                expect(box.left + box.width, at).to.be.at.most(width);
              }
              // the first tick keeps its label, with its year
              expect(f.labels[0], at).to.not.equal('');
              expect(f.labels[0], at).to.include(String(Math.abs(f.values[0]!.getUTCFullYear() - (f.values[0]!.getUTCFullYear() <= 0 ? 1 : 0))));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).to.equal(6 * 3 * 2 * 2 * windows.length);
  });
});
