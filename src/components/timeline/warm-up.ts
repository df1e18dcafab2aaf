import type { CSSResultOrNative } from 'lit';
import { historicalDate } from '../../data/historical-date.js';
import { formatHistoricalDate } from '../../i18n/format-date.js';
import { formatTick } from '../../i18n/format-tick.js';
import { formatWindow } from '../../i18n/format-window.js';
import { primeAdvances } from '../../internal/text-measure.js';
import { FONT_FAMILY } from './timeline.styles.js';

/** Printable ASCII, Latin-1 letters, dashes, quotes and the ellipsis: what most labels are made of. */
const CHARS = (() => {
  let chars = '';
  for (let code = 0x20; code < 0x7f; code++) chars += String.fromCharCode(code);
  for (let code = 0xc0; code <= 0xff; code++) chars += String.fromCharCode(code);
  return `${chars}\u2013\u2014\u2018\u2019\u201c\u201d\u2026`;
})();

/**
 * The fonts the plot measures with the default styles: titles (regular, milestone, planned,
 * planned milestone), dates, cluster counts. A font left out costs its first label 10-15 ms
 * (measured: a planned milestone's title, in a first render of 10,000 events).
 */
const FONTS = ['400 14px', '700 14px', 'italic 400 14px', 'italic 700 14px', '400 12px', '700 12px'].map((font) => `${font} ${FONT_FAMILY}`);

let scheduled = false;

/**
 * Does, while the page is idle, the one-time work of a page's first timeline that does not
 * depend on its data, so that its first render does not wait for it: the first use of `Intl`
 * in a page loads the ICU data (about 40 ms on a 2-core machine), and each date format is then
 * built (a few ms); the first measurement of each glyph in a font reads the font (about 25 ms
 * for a first timeline's labels). The formatters land in the caches the element reads
 * (`format-date`, `format-tick`), for the page's language; the glyph advances in the measurer's
 * page-wide tables (`primeAdvances`), for the default `--at-font-family` and sizes; and the
 * element's style sheets are parsed (`styles`: Lit makes each sheet once per page, on the first
 * element's connection, 4-11 ms). Once per page, in short idle callbacks (one per font), so that
 * it never delays input.
 */
export function warmUpWhenIdle(styles: readonly CSSResultOrNative[] = []): void {
  if (scheduled || typeof document === 'undefined') return;
  scheduled = true;
  const idle: (run: () => void) => void =
    typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 2000 }) : (run) => setTimeout(run, 200);
  idle(() => {
    const lang = document.documentElement.getAttribute('lang')?.trim() || navigator.language || 'en';
    for (const date of [historicalDate(1969, 5, 8), historicalDate(1969, 5), historicalDate(1969)]) if (date) formatHistoricalDate(date, lang);
    formatTick(new Date(Date.UTC(1969, 0, 1)), 'year', lang);
    formatWindow([Date.UTC(1955, 0, 1), Date.UTC(2030, 0, 1)], lang);
  });
  // (CSSResult's `styleSheet` makes the sheet and keeps it for every later element)
  idle(() => styles.forEach((style) => 'styleSheet' in style && style.styleSheet));
  for (const font of FONTS) idle(() => primeAdvances(font, CHARS));
}
