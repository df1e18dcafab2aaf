import { expect } from '@open-wc/testing';
import {
  checkHistoricalDate,
  compareDates,
  daysInMonth,
  formatIsoYear,
  historicalDate,
  isLeapYear,
  MAX_YEAR,
  MIN_YEAR,
  parseHistoricalDate,
} from '../../src/data/index.js';
import type { HistoricalDate } from '../../src/data/index.js';
import { createDateParser } from '../../src/data/historical-date.js';

/** The reference the brief asks for: Date.UTC, then setUTCFullYear (Date.UTC maps 0–99 to 19xx). */
function utc(year: number, month = 1, day = 1): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function parsed(text: string): HistoricalDate {
  const date = parseHistoricalDate(text);
  if (date === undefined) throw new Error(`${text} should parse`);
  return date;
}

describe('parseHistoricalDate', () => {
  it('parses a year as the whole year', () => {
    expect(parsed('1969')).to.deep.equal({
      year: 1969,
      precision: 'year',
      start: Date.UTC(1969, 0, 1),
      after: Date.UTC(1970, 0, 1),
      iso: '1969',
    });
  });

  it('parses a month as the whole month', () => {
    expect(parsed('1969-05')).to.deep.equal({
      year: 1969,
      month: 5,
      precision: 'month',
      start: Date.UTC(1969, 4, 1),
      after: Date.UTC(1969, 5, 1),
      iso: '1969-05',
    });
    expect(parsed('1969-12').after).to.equal(Date.UTC(1970, 0, 1));
    expect(parsed('2024-02').after - parsed('2024-02').start).to.equal(29 * 86_400_000);
  });

  it('parses a day as the whole day', () => {
    expect(parsed('2022-01-28')).to.deep.equal({
      year: 2022,
      month: 1,
      day: 28,
      precision: 'day',
      start: Date.UTC(2022, 0, 28),
      after: Date.UTC(2022, 0, 29),
      iso: '2022-01-28',
    });
  });

  it('uses astronomical years: 0000 is 1 BC and -0044 is 45 BC', () => {
    const zero = parsed('0000');
    expect(zero.year).to.equal(0);
    expect(zero.start).to.equal(utc(0));
    expect(zero.after).to.equal(utc(1));
    const caesar = parsed('-0044');
    expect(caesar.year).to.equal(-44);
    expect(caesar.start).to.equal(utc(-44));
    expect(caesar.iso).to.equal('-0044');
    expect(parsed('-0043-03-15').start).to.equal(utc(-43, 3, 15));
  });

  it('does not map years 0–99 to the 1900s the way Date.UTC does', () => {
    expect(parsed('0069').start).to.equal(utc(69));
    expect(parsed('0069').start).not.to.equal(Date.UTC(69, 0, 1));
    expect(new Date(parsed('0099-12-31').start).getUTCFullYear()).to.equal(99);
  });

  it('matches Date.UTC + setUTCFullYear for many dates across eras', () => {
    for (let year = -3000; year <= 3000; year += 37) {
      for (const [month, day] of [[1, 1], [2, 28], [3, 1], [7, 31], [12, 31]] as const) {
        const text = `${formatIsoYear(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(parsed(text).start, text).to.equal(utc(year, month, day));
        expect(parsed(text).after, text).to.equal(utc(year, month, day + 1));
      }
      expect(parsed(formatIsoYear(year)).after).to.equal(utc(year + 1));
    }
  });

  it('accepts leap days by proleptic Gregorian rules with astronomical years', () => {
    expect(parsed('2024-02-29').day).to.equal(29);
    expect(parsed('2000-02-29').day).to.equal(29);
    expect(parsed('0000-02-29').start).to.equal(utc(0, 2, 29));
    expect(parsed('-0004-02-29').start).to.equal(utc(-4, 2, 29));
    expect(parsed('-0400-02-29').year).to.equal(-400);
  });

  it('rejects days that do not exist', () => {
    for (const text of ['2021-02-30', '2023-02-29', '1900-02-29', '-0001-02-29', '-0100-02-29', '2021-04-31', '2021-06-31']) {
      expect(parseHistoricalDate(text), text).to.equal(undefined);
      expect(checkHistoricalDate(text), text).to.equal('calendar');
    }
  });

  it('rejects text that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const bad = [
      '', '69', '196', '1969-13', '1969-00', '1969-1', '1969-1-5', '1969-01-1', '1969-01-00', '1969-01-32',
      '1969-', '1969-01-', '1969/01/01', ' 1969', '1969 ', '1969-07-20T20:17', '1969-07-20Z', '+-1969',
      '--1969', '1969x', 'abcd', '1234567', '+1234567', '-', '+', '19６9', '1969-0a', '1969-01-0b',
    ];
    for (const text of bad) {
      expect(parseHistoricalDate(text), JSON.stringify(text)).to.equal(undefined);
      expect(checkHistoricalDate(text), JSON.stringify(text)).to.equal('format');
    }
  });

  it('rejects values that are not strings', () => {
    for (const value of [1969, null, undefined, {}, ['1969'], true]) {
      expect(parseHistoricalDate(value as unknown as string)).to.equal(undefined);
    }
  });

  it('accepts a leading + and up to six year digits, and normalises the ISO text', () => {
    expect(parsed('+1969').iso).to.equal('1969');
    expect(parsed('+1969').start).to.equal(Date.UTC(1969, 0, 1));
    expect(parsed('+12345').year).to.equal(12345);
    expect(parsed('+12345').iso).to.equal('+12345');
    expect(parsed('12345').iso).to.equal('+12345');
    expect(parsed('-12345-06').iso).to.equal('-12345-06');
    expect(parsed('-0000').iso).to.equal('0000');
    expect(parsed('-0000').year).to.equal(0);
    expect(Object.is(parsed('-0000').year, -0)).to.equal(false);
    expect(parsed('001969-07').iso).to.equal('1969-07');
    expect(parsed('1969-07-20').iso).to.equal('1969-07-20');
  });

  it('refuses years JavaScript dates cannot hold', () => {
    expect(checkHistoricalDate('+300000')).to.equal('range');
    expect(checkHistoricalDate('-300000')).to.equal('range');
    expect(parsed(`+${MAX_YEAR}`).after).to.be.at.most(8.64e15);
    expect(parsed(`${MIN_YEAR}`).start).to.be.at.least(-8.64e15);
    expect(checkHistoricalDate(`+${MAX_YEAR + 1}`)).to.equal('range');
    expect(checkHistoricalDate(`${MIN_YEAR - 1}`)).to.equal('range');
  });
});

describe('createDateParser', () => {
  it('returns the same object for the same date, and equal results to checkHistoricalDate', () => {
    const parse = createDateParser();
    const a = parse('1969-07-20');
    expect(parse('1969-07-20')).to.equal(a);
    expect(a).to.deep.equal(checkHistoricalDate('1969-07-20'));
    expect(parse('+1969-07-20')).to.equal(a);
    expect(parse('1969-07')).to.deep.equal(checkHistoricalDate('1969-07'));
    expect(parse('1969')).to.deep.equal(checkHistoricalDate('1969'));
    expect(parse('1969')).not.to.equal(parse('1969-01'));
    expect(parse('2021-02-30')).to.equal('calendar');
    expect(parse('1969-13')).to.equal('format');
    expect(parse('+300000')).to.equal('range');
  });

  it('never confuses dates that share a cache slot', () => {
    const parse = createDateParser();
    for (let year = 1000; year < 3000; year++) {
      const text = `${year}-03-04`;
      const result = parse(text) as HistoricalDate;
      expect(result.iso).to.equal(text);
      expect(result.start).to.equal(utc(year, 3, 4));
    }
  });
});

describe('historicalDate', () => {
  it('builds dates from parts', () => {
    expect(historicalDate(1969, 7, 20)).to.deep.equal(parseHistoricalDate('1969-07-20'));
    expect(historicalDate(-44)).to.deep.equal(parseHistoricalDate('-0044'));
    expect(historicalDate(2022, 1)).to.deep.equal(parseHistoricalDate('2022-01'));
    expect(historicalDate(2021, 2, 29)).to.equal(undefined);
    expect(historicalDate(2021, 13)).to.equal(undefined);
    expect(historicalDate(2021, undefined, 3)).to.equal(undefined);
    expect(historicalDate(1.5)).to.equal(undefined);
  });
});

describe('compareDates', () => {
  it('orders by start, then by end of period', () => {
    const list = ['2000', '1999-12-31', '-0044', '1969-07', '1969', '1969-01-01', '0000'].map(parsed);
    list.sort(compareDates);
    expect(list.map((date) => date.iso)).to.deep.equal(['-0044', '0000', '1969-01-01', '1969', '1969-07', '1999-12-31', '2000']);
    expect(compareDates(parsed('1969'), parsed('+1969'))).to.equal(0);
    expect(compareDates(parsed('1968'), parsed('1969'))).to.be.below(0);
    expect(compareDates(parsed('1970'), parsed('1969'))).to.be.above(0);
  });
});

describe('isLeapYear and daysInMonth', () => {
  it('follow the proleptic Gregorian calendar', () => {
    expect([2024, 2000, 0, -4, -400, 1600].map(isLeapYear)).to.deep.equal([true, true, true, true, true, true]);
    expect([2023, 1900, -1, -100, 1700].map(isLeapYear)).to.deep.equal([false, false, false, false, false]);
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2023, 2)).to.equal(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).to.deep.equal([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('formatIsoYear', () => {
  it('pads to four digits and signs negative and five-digit years', () => {
    expect([1969, 44, 0, -44, -12345, 12345].map(formatIsoYear)).to.deep.equal(['1969', '0044', '0000', '-0044', '-12345', '+12345']);
  });
});
