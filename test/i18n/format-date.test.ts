import { expect } from '@open-wc/testing';
import { parseHistoricalDate } from '../../src/data/index.js';
import type { HistoricalDate } from '../../src/data/index.js';
import { formatDateRange, formatHistoricalDate } from '../../src/i18n/index.js';

function date(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (result === undefined) throw new Error(`bad test date ${text}`);
  return result;
}

const NBSP = '\u00a0';

describe('formatHistoricalDate', () => {
  it('shows only the year for year precision', () => {
    expect(formatHistoricalDate(date('1955'), 'fr')).to.equal('1955');
    expect(formatHistoricalDate(date('1955'), 'en')).to.equal('1955');
    expect(formatHistoricalDate(date('1955'), 'de')).to.equal('1955');
  });

  it('shows month and year for month precision', () => {
    expect(formatHistoricalDate(date('2022-01'), 'fr')).to.equal('janvier 2022');
    expect(formatHistoricalDate(date('2022-01'), 'en')).to.equal('January 2022');
    expect(formatHistoricalDate(date('2022-01'), 'de')).to.equal('Januar 2022');
  });

  it('shows the full date for day precision', () => {
    expect(formatHistoricalDate(date('2022-01-28'), 'fr')).to.equal('28 janvier 2022');
    expect(formatHistoricalDate(date('2022-01-28'), 'en')).to.equal('January 28, 2022');
    expect(formatHistoricalDate(date('2022-01-28'), 'de')).to.equal('28. Januar 2022');
    expect(formatHistoricalDate(date('2022-01-28'), 'en-GB')).to.equal('28 January 2022');
  });

  it('is not shifted by the time zone (the first and last days of a year stay put)', () => {
    expect(formatHistoricalDate(date('2022-01-01'), 'en')).to.equal('January 1, 2022');
    expect(formatHistoricalDate(date('2021-12-31'), 'en')).to.equal('December 31, 2021');
  });

  it('writes years before the common era with the era and no year zero', () => {
    expect(formatHistoricalDate(date('-0044'), 'en')).to.equal('45 BC');
    expect(formatHistoricalDate(date('-0044'), 'fr')).to.equal('45 av. J.-C.');
    expect(formatHistoricalDate(date('-0044'), 'de')).to.equal('45 v. Chr.');
    expect(formatHistoricalDate(date('0000'), 'en')).to.equal('1 BC');
    expect(formatHistoricalDate(date('0001'), 'en')).to.equal('1');
    expect(formatHistoricalDate(date('-0043-03-15'), 'en')).to.equal('March 15, 44 BC');
    expect(formatHistoricalDate(date('-0043-03-15'), 'fr')).to.equal('15 mars 44 av. J.-C.');
    expect(formatHistoricalDate(date('-0043-03-15'), 'de')).to.equal('15. März 44 v. Chr.');
    expect(formatHistoricalDate(date('-0043-03'), 'en')).to.equal('March 44 BC');
  });

  it('uses the proleptic Gregorian calendar for old dates (no Julian switch in 1582)', () => {
    expect(formatHistoricalDate(date('1000-01-01'), 'en')).to.equal('January 1, 1000');
    expect(formatHistoricalDate(date('1582-10-10'), 'en')).to.equal('October 10, 1582');
    expect(formatHistoricalDate(date('0069'), 'en')).to.equal('69');
  });

  it('marks approximate dates in the reader’s language', () => {
    expect(formatHistoricalDate(date('2025'), 'en', { approximate: true })).to.equal('c. 2025');
    expect(formatHistoricalDate(date('2025'), 'fr', { approximate: true })).to.equal('vers 2025');
    expect(formatHistoricalDate(date('2025'), 'de', { approximate: true })).to.equal('um 2025');
    expect(formatHistoricalDate(date('2025'), 'fr-CH', { approximate: true })).to.equal('vers 2025');
    expect(formatHistoricalDate(date('2025'), 'de-AT', { approximate: true })).to.equal('um 2025');
    expect(formatHistoricalDate(date('2025'), 'it', { approximate: true })).to.equal('c. 2025');
    expect(formatHistoricalDate(date('-0044'), 'en', { approximate: true })).to.equal('c. 45 BC');
    expect(formatHistoricalDate(date('2022-01'), 'fr', { approximate: true })).to.equal('vers janvier 2022');
    expect(formatHistoricalDate(date('2025'), 'en', { approximate: false })).to.equal('2025');
  });

  it('abbreviates months in the short style', () => {
    expect(formatHistoricalDate(date('2022-01-28'), 'en', { style: 'short' })).to.equal('Jan 28, 2022');
    expect(formatHistoricalDate(date('2022-01-28'), 'fr', { style: 'short' })).to.equal('28 janv. 2022');
    expect(formatHistoricalDate(date('2022-01-28'), 'de', { style: 'short' })).to.equal('28. Jan. 2022');
    expect(formatHistoricalDate(date('2022-01'), 'en', { style: 'short' })).to.equal('Jan 2022');
  });

  it('falls back to English for a malformed locale instead of throwing', () => {
    expect(formatHistoricalDate(date('2022-01-28'), 'not a locale!!')).to.equal('January 28, 2022');
  });

  it('creates one Intl.DateTimeFormat per locale and options, then reuses it', () => {
    const original = Intl.DateTimeFormat;
    let created = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      created++;
      return new original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;
    try {
      for (let i = 0; i < 5; i++) formatHistoricalDate(date(`${1950 + i}-05-0${i + 1}`), 'en-NZ');
      expect(created).to.equal(1);
      formatHistoricalDate(date('1950'), 'en-NZ');
      formatHistoricalDate(date('1951'), 'en-NZ');
      expect(created).to.equal(2);
    } finally {
      Intl.DateTimeFormat = original;
    }
  });
});

describe('formatDateRange', () => {
  it('writes year ranges closed up with an en dash', () => {
    expect(formatDateRange(date('1955'), date('1965'), 'en')).to.equal('1955–1965');
    expect(formatDateRange(date('1955'), date('1965'), 'fr')).to.equal('1955–1965');
    expect(formatDateRange(date('1955'), date('1965'), 'de')).to.equal('1955–1965');
  });

  it('writes BCE ranges with one era', () => {
    expect(formatDateRange(date('-0049'), date('-0044'), 'en')).to.equal('50–45 BC');
    expect(formatDateRange(date('-0049'), date('-0044'), 'de')).to.equal('50–45 v. Chr.');
    expect(formatDateRange(date('-0049'), date('-0044'), 'fr')).to.equal(`50–45${NBSP}av. J.-C.`);
  });

  it('names both eras when a range crosses into the common era', () => {
    const text = formatDateRange(date('-0044'), date('0010'), 'en');
    expect(text).to.match(/^45 BC – (10 AD|AD 10)$/);
  });

  it('uses the locale’s patterns for month and day ranges', () => {
    expect(formatDateRange(date('2022-01'), date('2022-03'), 'en')).to.equal('January – March 2022');
    expect(formatDateRange(date('2022-01'), date('2022-03'), 'fr')).to.equal('janvier – mars 2022');
    expect(formatDateRange(date('2022-01'), date('2022-03'), 'de')).to.equal('Januar–März 2022');
    expect(formatDateRange(date('2021-01'), date('2022-03'), 'en')).to.equal('January 2021 – March 2022');
    expect(formatDateRange(date('2022-01-28'), date('2022-01-30'), 'en')).to.equal('January 28 – 30, 2022');
    expect(formatDateRange(date('2022-01-28'), date('2022-01-30'), 'fr')).to.equal('28–30 janvier 2022');
    expect(formatDateRange(date('2022-01-28'), date('2022-01-30'), 'de')).to.equal('28.–30. Januar 2022');
    expect(formatDateRange(date('2022-01-28'), date('2022-03-03'), 'fr')).to.equal('28 janvier – 3 mars 2022');
  });

  it('writes each side in full when the precisions differ', () => {
    expect(formatDateRange(date('1955'), date('2022-01-28'), 'en')).to.equal('1955 – January 28, 2022');
    expect(formatDateRange(date('1969-05'), date('1973'), 'fr')).to.equal('mai 1969 – 1973');
  });

  it('writes a single date when the end is missing or the same period', () => {
    expect(formatDateRange(date('1955'), undefined, 'en')).to.equal('1955');
    expect(formatDateRange(date('1955'), date('+1955'), 'en')).to.equal('1955');
    expect(formatDateRange(date('2022-01-28'), date('2022-01-28'), 'fr')).to.equal('28 janvier 2022');
  });

  it('prefixes approximate ranges once', () => {
    expect(formatDateRange(date('1955'), date('1965'), 'en', { approximate: true })).to.equal('c. 1955–1965');
    expect(formatDateRange(date('1955'), date('1965'), 'fr', { approximate: true })).to.equal('vers 1955–1965');
    expect(formatDateRange(date('1955'), undefined, 'de', { approximate: true })).to.equal('um 1955');
  });

  it('does not throw for a range given backwards', () => {
    expect(formatDateRange(date('1965'), date('1955'), 'en')).to.equal('1965 – 1955');
  });
});
