/** Number formatters per locale and kind (creating one costs far more than formatting with it). */
const formats = new Map<string, Intl.NumberFormat>();

function formatter(kind: 'count' | 'years', locale: string): Intl.NumberFormat {
  const key = `${kind}|${locale}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      kind === 'count' ? { maximumFractionDigits: 0 } : { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 0 };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat('en', options); // a malformed locale reads English rather than throwing
    }
    formats.set(key, f);
  }
  return f;
}

/**
 * A count as readers of `locale` write it: "10,092" in English, "10 092" in French, "10.092" in
 * German. Cluster marks show counts of up to 100,000 events, and "10092" is hard to read at a
 * glance. A malformed locale falls back to English instead of throwing.
 */
export function formatCount(count: number, locale: string): string {
  return formatter('count', locale).format(count);
}

/** A number of years, spelled out: "48 years", "48 ans", "48 Jahre" (English for a malformed locale). */
export function formatYears(years: number, locale: string): string {
  return formatter('years', locale).format(years);
}
