import { historicalDate } from '../data/historical-date.js';
import type { DatePrecision } from '../data/parsed-types.js';
import { formatDateRange, formatHistoricalDate } from './format-date.js';

/**
 * A span of time (ms since 1970, `[start, end)`) told in words, as precise as it needs to be:
 * "1965–1970", "janvier – mars 1969", "28 janvier 2022". Both ends get the same precision:
 * years when the span covers two years or more, months when it covers two months or more,
 * days within one month.
 */
export function formatWindow(window: readonly [number, number], lang: string): string {
  const a = new Date(window[0]);
  const b = new Date(window[1] - 1);
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  const precision: DatePrecision = years >= 2 ? 'year' : years >= 1 || a.getUTCMonth() !== b.getUTCMonth() ? 'month' : 'day';
  const date = (d: Date) =>
    precision === 'year'
      ? historicalDate(d.getUTCFullYear())
      : precision === 'month'
        ? historicalDate(d.getUTCFullYear(), d.getUTCMonth() + 1)
        : historicalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const [from, to] = [date(a), date(b)];
  if (!from || !to) return '';
  return from.iso === to.iso ? formatHistoricalDate(from, lang) : formatDateRange(from, to, lang);
}
