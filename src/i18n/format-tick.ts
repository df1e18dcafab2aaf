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
 * `withYear`: a month or day tick that would not say its year says it ("28 janv. 2022").
 */
export function formatTick(date: Date, unit: TickUnit, locale: string, withYear = false): string {
  const key = `${locale}|${unit}|${withYear ? 'y' : ''}|${date.getTime()}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= 4096) labels.clear();
    labels.set(key, (label = tickLabel(date, unit, locale, withYear)));
  }
  return label;
}

/** Whether a tick's own label says its year: every year tick, a January at months, a first of the month at days. */
function saysYear(date: Date, unit: TickUnit): boolean {
  return unit === 'year' || (unit === 'month' ? date.getUTCMonth() === 0 : date.getUTCDate() === 1);
}

/**
 * The labels of an axis's ticks ({@link formatTick} each), with the year where a reader needs it:
 * on the first tick ("Sep 2021 · Oct · Nov · Dec · 2022": without it, the months before the
 * January tick would name no year; "Nov 21, 2021 · Nov 28 · Dec 5"), and on the first tick of a
 * new year that does not say it ("Jan 2, 2022" after "Dec 26").
 */
export function formatTicks(values: readonly Date[], unit: TickUnit, locale: string): string[] {
  return values.map((d, i) => {
    const needsYear = !saysYear(d, unit) && (i === 0 || d.getUTCFullYear() !== values[i - 1]!.getUTCFullYear());
    return formatTick(d, unit, locale, needsYear);
  });
}

function tickLabel(date: Date, unit: TickUnit, locale: string, withYear: boolean): string {
  const bce = date.getUTCFullYear() <= 0;
  const era: Intl.DateTimeFormatOptions = bce ? { era: 'short' } : {};
  const year: Intl.DateTimeFormatOptions = withYear ? { year: 'numeric', ...era } : {};
  switch (unit) {
    case 'year':
      return formatter(locale, { year: 'numeric', ...era }).format(date);
    case 'month':
      return date.getUTCMonth() === 0
        ? formatter(locale, { year: 'numeric', ...era }).format(date)
        : // the era only with the year: alone with a month, Intl writes "BC (month: Apr)"
          formatter(locale, { month: 'short', ...year }).format(date);
    case 'day':
      return date.getUTCDate() === 1
        ? formatter(locale, { month: 'short', year: 'numeric', ...era }).format(date)
        : formatter(locale, { day: 'numeric', month: 'short', ...year }).format(date);
  }
}
