import type { TickUnit } from '../layout/axis-ticks.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    } catch {
      // A malformed `lang` ("en_US") or dataset language ("en-a") falls back to English instead of throwing.
      f = new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...options });
    }
    formats.set(key, f);
  }
  return f;
}

/** Tick labels already written (a zoom redraws the same ticks frame after frame). Emptied past a few thousand. */
const labels = new Map<string, string>();

/**
 * Labels an axis tick in a locale at the given unit: "1965", "janv. 1969", "28 janv.".
 * Years before the common era carry the era ("45 BC", "45 av. J.-C."); there is no year zero.
 */
export function formatTick(date: Date, unit: TickUnit, locale: string): string {
  const key = `${locale}|${unit}|${date.getTime()}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= 4096) labels.clear();
    labels.set(key, (label = tickLabel(date, unit, locale)));
  }
  return label;
}

function tickLabel(date: Date, unit: TickUnit, locale: string): string {
  const bce = date.getUTCFullYear() <= 0;
  const era: Intl.DateTimeFormatOptions = bce ? { era: 'short' } : {};
  switch (unit) {
    case 'year':
      return formatter(locale, { year: 'numeric', ...era }).format(date);
    case 'month':
      return date.getUTCMonth() === 0
        ? formatter(locale, { year: 'numeric', ...era }).format(date)
        : formatter(locale, { month: 'short', ...era }).format(date);
    case 'day':
      return date.getUTCDate() === 1
        ? formatter(locale, { month: 'short', year: 'numeric', ...era }).format(date)
        : formatter(locale, { day: 'numeric', month: 'short' }).format(date);
  }
}
