import { historicalDate } from '../data/historical-date.js';
import { formatDateRange, formatHistoricalDate } from './format-date.js';

/**
 * A span of time (ms since 1970, `[start, end)`) told in words, as precise as it needs to be:
 * "1965 – 1970", "janvier – mars 1969", "28 janvier 2022".
 */
export function formatWindow(window: readonly [number, number], lang: string): string {
  const a = new Date(window[0]);
  const b = new Date(window[1] - 1);
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  const date = (d: Date) =>
    years >= 2
      ? historicalDate(d.getUTCFullYear())
      : years >= 1 || d.getUTCMonth() !== b.getUTCMonth()
        ? historicalDate(d.getUTCFullYear(), d.getUTCMonth() + 1)
        : historicalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const [from, to] = [date(a), date(b)];
  if (!from || !to) return '';
  return from.iso === to.iso ? formatHistoricalDate(from, lang) : formatDateRange(from, to, lang);
}
