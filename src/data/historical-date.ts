/**
 * ISO 8601 partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) with astronomical years, parsed by
 * hand: this runs once or twice per event, so it scans character codes instead of using a
 * regular expression and allocates nothing but the result.
 *
 * Timestamps are proleptic Gregorian, UTC, in ms since 1970-01-01, exactly what
 * `Date.UTC` + `setUTCFullYear` give (without `Date.UTC`'s mapping of years 0–99 to 1900–1999).
 */
import type { DatePrecision, HistoricalDate } from './parsed-types.js';

/** Why a text is not a {@link HistoricalDate}. */
export type DateError =
  /** Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (e.g. `"1969-13"`, `"69"`, `"1969-1-5"`). */
  | 'format'
  /** Well-formed, but the day does not exist (e.g. `"2021-02-30"`). */
  | 'calendar'
  /** A year outside what JavaScript dates can hold (about ±270,000 years). */
  | 'range';

/** The smallest and largest years accepted: every instant of these years is a valid `Date`. */
export const MIN_YEAR = -271820;
export const MAX_YEAR = 275759;

const MS_PER_DAY = 86_400_000;
const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_MINUS = 45;
const CHAR_PLUS = 43;

/** Whether an astronomical year is a leap year in the proleptic Gregorian calendar (0 and -4 are). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in a month (1–12) of an astronomical year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`):
 * exact integer arithmetic, valid for any year.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Formats an astronomical year the ISO way: `"1969"`, `"-0044"`, `"0000"`, `"+12345"`. */
export function formatIsoYear(year: number): string {
  const abs = Math.abs(year);
  const digits = abs < 1000 ? String(abs).padStart(4, '0') : String(abs);
  if (year < 0) return '-' + digits;
  return abs > 9999 ? '+' + digits : digits;
}

function two(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function build(
  year: number,
  month: number,
  day: number,
  precision: DatePrecision,
  iso: string | undefined,
): HistoricalDate | DateError {
  if (year < MIN_YEAR || year > MAX_YEAR) return 'range';
  let start: number;
  let after: number;
  if (precision === 'year') {
    start = daysFromCivil(year, 1, 1) * MS_PER_DAY;
    after = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
  } else if (precision === 'month') {
    start = daysFromCivil(year, month, 1) * MS_PER_DAY;
    after = start + daysInMonth(year, month) * MS_PER_DAY;
  } else {
    start = daysFromCivil(year, month, day) * MS_PER_DAY;
    after = start + MS_PER_DAY;
  }
  if (iso === undefined) {
    iso = formatIsoYear(year);
    if (precision !== 'year') iso += '-' + two(month);
    if (precision === 'day') iso += '-' + two(day);
  }
  if (precision === 'year') return { year, precision, start, after, iso };
  if (precision === 'month') return { year, month, precision, start, after, iso };
  return { year, month, day, precision, start, after, iso };
}

// The parts found by `scan`, kept in module variables so that scanning allocates nothing
// (the cache below can then answer without building a new object).
let scannedYear = 0;
let scannedMonth = 0;
let scannedDay = 0;
let scannedPrecision: DatePrecision = 'year';
let scannedNormal = false;

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years: 4 to 6 digits after an optional `+`/`-`)
 * into the `scanned*` variables. Returns `undefined` on success, else why it failed.
 */
function scan(text: unknown): DateError | undefined {
  if (typeof text !== 'string') return 'format';
  const n = text.length;
  if (n < 4 || n > 17) return 'format';
  let i = 0;
  const first = text.charCodeAt(0);
  const negative = first === CHAR_MINUS;
  if (negative || first === CHAR_PLUS) i = 1;
  const yearStart = i;
  let abs = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < CHAR_0 || c > CHAR_9) break;
    abs = abs * 10 + (c - CHAR_0);
    i++;
  }
  const yearDigits = i - yearStart;
  if (yearDigits < 4 || yearDigits > 6) return 'format';
  scannedYear = negative && abs !== 0 ? -abs : abs;
  // The text is already in normal form (the usual case) unless it has a redundant sign,
  // a "-0000", or extra leading zeros: then `build` writes the normal form.
  scannedNormal =
    yearDigits === (abs > 9999 ? String(abs).length : 4) &&
    (first === CHAR_PLUS ? abs > 9999 : negative ? abs !== 0 : abs <= 9999);
  scannedMonth = 0;
  scannedDay = 0;
  scannedPrecision = 'year';
  if (i === n) return undefined;

  // "-MM"
  if (n - i < 3 || text.charCodeAt(i) !== CHAR_MINUS) return 'format';
  const m1 = text.charCodeAt(i + 1) - CHAR_0;
  const m2 = text.charCodeAt(i + 2) - CHAR_0;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9) return 'format';
  const month = m1 * 10 + m2;
  if (month < 1 || month > 12) return 'format';
  scannedMonth = month;
  scannedPrecision = 'month';
  i += 3;
  if (i === n) return undefined;

  // "-DD", then nothing more
  if (n - i !== 3 || text.charCodeAt(i) !== CHAR_MINUS) return 'format';
  const d1 = text.charCodeAt(i + 1) - CHAR_0;
  const d2 = text.charCodeAt(i + 2) - CHAR_0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return 'format';
  const day = d1 * 10 + d2;
  if (day < 1 || day > 31) return 'format';
  if (day > daysInMonth(scannedYear, month)) return 'calendar';
  scannedDay = day;
  scannedPrecision = 'day';
  return undefined;
}

/**
 * Parses a partial date and says why it fails: `'format'` for text that is not `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`, `'calendar'` for a day that does not exist, `'range'` for a year
 * JavaScript dates cannot hold. Years have 4 to 6 digits after an optional `+` or `-`.
 */
export function checkHistoricalDate(text: unknown): HistoricalDate | DateError {
  const error = scan(text);
  if (error !== undefined) return error;
  return build(scannedYear, scannedMonth, scannedDay, scannedPrecision, scannedNormal ? (text as string) : undefined);
}

const CACHE_SIZE = 4096;
/** The size the cache grows to once it misses a lot: every day of 170 years, without a collision. */
const LARGE_CACHE_SIZE = 65536;

/**
 * A {@link checkHistoricalDate} that returns the same object for the same date: a dataset's
 * events often share dates, and sharing saves allocating (and collecting) one object per
 * event. A direct-mapped cache keyed by the date's parts, so a hit costs no hashing. It starts
 * small and, once it has missed twice its size (a large dataset spread over many days, which
 * would evict its own entries), grows to hold a few generations' worth of days: 100,000 events
 * then share about 30,000 dates instead of building 85,000. The shared objects must be treated
 * as immutable (their type is readonly).
 */
export function createDateParser(): (text: unknown) => HistoricalDate | DateError {
  let size = CACHE_SIZE;
  let keys = new Int32Array(size).fill(-1);
  let values: (HistoricalDate | undefined)[] = new Array<HistoricalDate | undefined>(size).fill(undefined);
  let misses = 0;
  return (text) => {
    const error = scan(text);
    if (error !== undefined) return error;
    if (scannedYear < MIN_YEAR || scannedYear > MAX_YEAR) return 'range';
    // Unique per (year, month, day); month and day are 0 when not given. Below 2^31.
    const key = ((scannedYear - MIN_YEAR) * 13 + scannedMonth) * 32 + scannedDay;
    let slot = key & (size - 1);
    if (keys[slot] === key) return values[slot]!;
    if (++misses > 2 * size && size < LARGE_CACHE_SIZE) {
      size = LARGE_CACHE_SIZE;
      keys = new Int32Array(size).fill(-1);
      values = new Array<HistoricalDate | undefined>(size).fill(undefined);
      slot = key & (size - 1);
    }
    const result = build(scannedYear, scannedMonth, scannedDay, scannedPrecision, scannedNormal ? (text as string) : undefined);
    if (typeof result !== 'string') {
      keys[slot] = key;
      values[slot] = result;
    }
    return result;
  };
}

/**
 * Parses an ISO 8601 partial date with an astronomical year: `"1969"`, `"1969-07"`,
 * `"1969-07-20"`, `"-0044-03-15"` (45 BC), `"0000"` (1 BC), `"+12345"`. Returns `undefined`
 * for anything else, including impossible days such as `"2021-02-30"` and non-strings.
 */
export function parseHistoricalDate(text: string): HistoricalDate | undefined {
  const result = checkHistoricalDate(text);
  return typeof result === 'string' ? undefined : result;
}

/**
 * Builds a {@link HistoricalDate} from parts (month 1–12, day 1–31); the precision is the
 * most detailed part given. Returns `undefined` for impossible dates or years out of range.
 */
export function historicalDate(year: number, month?: number, day?: number): HistoricalDate | undefined {
  if (!Number.isInteger(year)) return undefined;
  if (month === undefined) {
    if (day !== undefined) return undefined;
    const result = build(year, 0, 0, 'year', undefined);
    return typeof result === 'string' ? undefined : result;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) {
    const result = build(year, month, 0, 'month', undefined);
    return typeof result === 'string' ? undefined : result;
  }
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  const result = build(year, month, day, 'day', undefined);
  return typeof result === 'string' ? undefined : result;
}

/**
 * Orders dates by the instant their period begins, then by the instant it ends (so `1969-01-01`
 * comes before `1969`). Negative when `a` comes first, positive when `b` does, 0 when equal.
 */
export function compareDates(a: HistoricalDate, b: HistoricalDate): number {
  return a.start - b.start || a.after - b.after;
}
