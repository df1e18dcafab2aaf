/**
 * Reader-facing dates: `"1955"`, `"janvier 2022"`, `"January 28, 2022"`, `"45 BC"`, `"c. 2025"`.
 * Built on `Intl.DateTimeFormat` in UTC (historical dates have no time zone); formatters are
 * cached because a timeline formats thousands of dates. Pure: no DOM.
 */
import type { DatePrecision, HistoricalDate } from '../data/parsed-types.js';

/** How to write a date. */
export interface FormatDateOptions {
  /** The date is only known roughly: prefix "c." / "vers" / "um". */
  readonly approximate?: boolean;
  /** `long` (default) spells months out ("January"); `short` abbreviates them ("Jan"). */
  readonly style?: 'long' | 'short';
}

type Style = 'long' | 'short';

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeOptions(precision: DatePrecision, style: Style, era: boolean): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (precision !== 'year') options.month = style;
  if (precision === 'day') options.day = 'numeric';
  if (era) options.era = 'short';
  return options;
}

/** A cached formatter; malformed locales fall back to English instead of throwing. */
function formatter(locale: string, precision: DatePrecision, style: Style, era: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${style}|${era ? 'era' : ''}`;
  let result = formatters.get(key);
  if (result === undefined) {
    const options = dateTimeOptions(precision, style, era);
    try {
      result = new Intl.DateTimeFormat(locale, options);
    } catch {
      result = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, result);
  }
  return result;
}

/** "About" in front of an approximate date, by primary language; English wording otherwise. */
const APPROXIMATE_PREFIX: ReadonlyMap<string, string> = new Map([
  ['en', 'c. '],
  ['fr', 'vers '],
  ['de', 'um '],
]);

function approximatePrefix(locale: string): string {
  const dash = locale.indexOf('-');
  const primary = (dash === -1 ? locale : locale.slice(0, dash)).toLowerCase();
  return APPROXIMATE_PREFIX.get(primary) ?? 'c. ';
}

function styleOf(options: FormatDateOptions | undefined): Style {
  return options?.style === 'short' ? 'short' : 'long';
}

/**
 * Writes a date for readers in `locale`, showing only what is known: `"1955"`,
 * `"January 2022"`, `"28 janvier 2022"`, `"28. Januar 2022"`. Years before the common era
 * (astronomical year 0 or less) get the locale's era with no year zero: `-0044` is
 * `"45 BC"`, `"45 av. J.-C."`, `"45 v. Chr."`. Approximate dates read `"c. 2025"`,
 * `"vers 2025"`, `"um 2025"`.
 */
export function formatHistoricalDate(
  date: HistoricalDate,
  locale: string,
  options?: FormatDateOptions,
): string {
  const text = formatter(locale, date.precision, styleOf(options), date.year <= 0).format(date.start);
  return options?.approximate ? approximatePrefix(locale) + text : text;
}

/** Year-only ranges are written closed up, "1955–1965", whatever spacing the locale's range pattern uses. */
const SPACED_DASH = /\s+([\u2013\u2014~\uff5e-])\s+/u;

/**
 * Writes a period: `"1955–1965"`, `"50–45 BC"`, `"January – March 2022"`,
 * `"28–30 janvier 2022"`. Uses the locale's range patterns
 * (`Intl.DateTimeFormat#formatRange`), so its spacing is the locale's (English puts spaces
 * around the dash of month and day ranges). A range that crosses from BCE to CE names both
 * eras (`"45 BC – 10 AD"`); dates of different precision are each written in full. When
 * `end` is missing or the same period as `start`, writes `start` alone.
 */
export function formatDateRange(
  start: HistoricalDate,
  end: HistoricalDate | undefined,
  locale: string,
  options?: FormatDateOptions,
): string {
  if (end === undefined || (end.start === start.start && end.after === start.after)) {
    return formatHistoricalDate(start, locale, options);
  }
  const style = styleOf(options);
  let text: string;
  if (start.precision === end.precision && start.start <= end.start) {
    const era = start.year <= 0 || end.year <= 0;
    text = formatter(locale, start.precision, style, era).formatRange(start.start, end.start);
    const crossesEras = start.year <= 0 && end.year > 0;
    if (start.precision === 'year' && !crossesEras) text = text.replace(SPACED_DASH, '$1');
  } else {
    text = `${formatHistoricalDate(start, locale, { style })} \u2013 ${formatHistoricalDate(end, locale, { style })}`;
  }
  return options?.approximate ? approximatePrefix(locale) + text : text;
}
