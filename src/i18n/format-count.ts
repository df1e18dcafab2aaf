/** One number formatter per locale (creating one costs far more than formatting with it). */
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A count as readers of `locale` write it: "10,092" in English, "10 092" in French, "10.092" in
 * German. Cluster marks show counts of up to 100,000 events, and "10092" is hard to read at a
 * glance. A malformed locale falls back to English instead of throwing.
 */
export function formatCount(count: number, locale: string): string {
  let f = formats.get(locale);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    } catch {
      f = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    }
    formats.set(locale, f);
  }
  return f.format(count);
}
