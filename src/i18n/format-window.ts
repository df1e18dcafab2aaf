import { historicalDate } from '../data/historical-date.js';
import type { DatePrecision } from '../data/parsed-types.js';
import { formatDateRange, formatHistoricalDate } from './format-date.js';

/** Below this, a span that crosses into another month is still told in days ("January 28 – February 3"). */
const MONTHS_FROM_MS = 45 * 86_400_000;

/**
 * A span of time (ms since 1970, `[start, end)`) told in words, as precise as it needs to be:
 * "1965–1970", "janvier – mars 1969", "28 janvier 2022". Both ends get the same precision:
 * years when the span covers two years or more, months when it covers two months or more (and
 * six weeks), days otherwise.
 */
export function formatWindow(window: readonly [number, number], lang: string): string {
  const a = new Date(window[0]);
  const b = new Date(window[1] - 1);
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  const months = years >= 1 || a.getUTCMonth() !== b.getUTCMonth();
  const precision: DatePrecision = years >= 2 ? 'year' : months && window[1] - window[0] >= MONTHS_FROM_MS ? 'month' : 'day';
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
