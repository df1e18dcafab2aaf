import { expect } from '@open-wc/testing';
import { formatWindow } from '../../src/i18n/format-window.js';

/** `[start, end)` in ms from `YYYY-MM-DD` dates (UTC). */
const win = (start: string, end: string): [number, number] => [Date.parse(`${start}T00:00:00Z`), Date.parse(`${end}T00:00:00Z`)];

describe('formatWindow(window, lang)', () => {
  it('names the months, once the year, when the window spans months of one year', () => {
    // January to March 1969: both ends to the month, not "January 1969 – March 31, 1969"
    const q1 = win('1969-01-01', '1969-04-01');
    expect(formatWindow(q1, 'en')).to.equal('January – March 1969');
    expect(formatWindow(q1, 'fr')).to.equal('janvier – mars 1969');
    expect(formatWindow(q1, 'de')).to.equal('Januar–März 1969');
    // ends within their months read the same
    const mid = win('1969-01-15', '1969-03-10');
    expect(formatWindow(mid, 'en')).to.equal('January – March 1969');
    expect(formatWindow(mid, 'fr')).to.equal('janvier – mars 1969');
    expect(formatWindow(mid, 'de')).to.equal('Januar–März 1969');
  });

  it('names month and year at both ends when the window crosses into the next year', () => {
    const winter = win('1968-11-01', '1969-03-01');
    expect(formatWindow(winter, 'en')).to.equal('November 1968 – February 1969');
    expect(formatWindow(winter, 'fr')).to.equal('novembre 1968 – février 1969');
    expect(formatWindow(winter, 'de')).to.equal('November 1968 – Februar 1969');
  });

  it('names the days when the window lies within one month, and a single day alone', () => {
    const days = win('2022-01-28', '2022-01-31');
    expect(formatWindow(days, 'en')).to.equal('January 28 – 30, 2022');
    expect(formatWindow(days, 'fr')).to.equal('28–30 janvier 2022');
    expect(formatWindow(days, 'de')).to.equal('28.–30. Januar 2022');
    // a few days across the end of a month are still days, not "January – February"
    const week = win('2022-01-28', '2022-02-04');
    expect(formatWindow(week, 'en')).to.equal('January 28 – February 3, 2022');
    expect(formatWindow(week, 'fr')).to.equal('28 janvier – 3 février 2022');
    const newYear = win('1965-12-30', '1966-01-03');
    expect(formatWindow(newYear, 'en')).to.equal('December 30, 1965 – January 2, 1966');
    const day = win('2022-01-28', '2022-01-29');
    expect(formatWindow(day, 'en')).to.equal('January 28, 2022');
    expect(formatWindow(day, 'fr')).to.equal('28 janvier 2022');
    expect(formatWindow(day, 'de')).to.equal('28. Januar 2022');
  });

  it('names only the years when the window spans two years or more', () => {
    for (const window of [win('1965-01-01', '1971-01-01'), win('1965-06-15', '1970-03-10')]) {
      expect(formatWindow(window, 'en')).to.equal('1965–1970');
      expect(formatWindow(window, 'fr')).to.equal('1965–1970');
      expect(formatWindow(window, 'de')).to.equal('1965–1970');
    }
  });
});
