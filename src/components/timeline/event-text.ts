import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedEra, ParsedEvent } from '../../data/parsed-types.js';
import { fallbackLanguage, resolveText } from '../../data/localized.js';
import type { LocalizedText } from '../../data/types.js';
import { formatDateRange, formatHistoricalDate } from '../../i18n/format-date.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)

/** The language context a timeline renders in. */
export interface TextContext {
  /** Language of the reader (interface and dataset texts). */
  readonly lang: string;
  /** The dataset's fallback language. */
  readonly defaultLanguage: string;
}

/**
 * `style=${isolated}` with `dir="auto"`, on a block of the detail or list view that shows text
 * from data: the block takes its direction from the first strong character of its text, as an
 * isolate. For one paragraph of text this is what the stylesheet's `unicode-bidi: plaintext`
 * does (a French date stays "28 janvier 2022" on a right-to-left page), without its cost:
 * Chromium lays out a `plaintext` block in time that grows with the square of its length (1 MB
 * of text: 5 s and more, against 0.25 s as an isolate). The inline style (set through the
 * CSSOM, so a strict CSP allows it) wins over the stylesheet's rules. The block still aligns by
 * the element's direction, as its neighbours do (the stylesheet's `text-align: match-parent` for
 * `[dir='auto']`): an English title on a right-to-left page sits at the right, read left to right.
 */
export const isolated: ReturnType<typeof styleMap> = styleMap({ unicodeBidi: 'isolate' });

/**
 * A text shown in capitals by CSS (`text-transform: uppercase`), heard as written: its `data-caps`
 * shows it (the stylesheet's `[data-caps]::before`, which the accessibility tree leaves out), and a
 * visually hidden copy, not transformed, is what the tree holds. Chromium puts transformed text in
 * the tree, and screen readers spelled "GROWING WITH RENAULT" or shouted it. The element's
 * `textContent` stays the text as written.
 */
export const asWritten = (s: string): TemplateResult => html`<span data-caps=${s}><span class="visually-hidden">${s}</span></span>`;

/** A dataset text in the reader's language (with the dataset's fallbacks). */
export function text(value: LocalizedText | undefined, ctx: TextContext): string {
  return resolveText(value, ctx.lang, ctx.defaultLanguage);
}

/**
 * An era band's tooltip: its name whole (a narrow band cuts it with an ellipsis) and, on a line
 * of its own, its summary when it has one (the band has no room for it).
 * A hover tooltip only: screen readers get the name and, as `aria-description`, the summary
 * (empty when there is none), each on its own. As the description, the title made them hear the
 * name twice (the name, then the name and the summary, or the name again); `aria-description`,
 * even empty, wins over `title` (Chromium).
 */
export function eraTitle(era: ParsedEra, ctx: TextContext): string {
  const summary = text(era.summary, ctx);
  return text(era.label, ctx) + (summary && `\n${summary}`);
}

/**
 * `lang=${textLang(value, ctx)}` on the element that shows {@link text}: the language of the
 * translation shown when it is not the reader's (a French fallback on a German page), so that
 * screen readers pronounce it, and browsers hyphenate and pick glyphs, in its own language;
 * `nothing` (no attribute) when it is the reader's, as it nearly always is.
 */
export function textLang(value: LocalizedText | undefined, ctx: TextContext): string | typeof nothing {
  return fallbackLanguage(value, ctx.lang, ctx.defaultLanguage) ?? nothing;
}

/**
 * Dates already written, by language, style and dates: a mark's date is formatted once, not on
 * every frame of a zoom nor again for its label's measurement (an `Intl` call costs microseconds,
 * for each of ~50 marks per frame). Emptied when it grows past a few thousand texts.
 */
const dateTexts = new Map<string, string>();

/** An event's date as a reader expects it: "1955", "28 janvier 2022", "c. 2025", "1955–1965". */
export function eventDate(event: ParsedEvent, ctx: TextContext, style: 'long' | 'short' = 'long'): string {
  const key = `${ctx.lang}|${style}|${event.approximate ? 'c' : ''}|${event.start.iso}|${event.end?.iso ?? ''}`;
  let date = dateTexts.get(key);
  if (date === undefined) {
    const options = { approximate: event.approximate, style };
    date = event.end
      ? formatDateRange(event.start, event.end, ctx.lang, options)
      : formatHistoricalDate(event.start, ctx.lang, options);
    if (dateTexts.size >= 4096) dateTexts.clear();
    dateTexts.set(key, date);
  }
  return date;
}

/** The word a planned or announced event shows beside its date ('' for a past event). */
export function statusLabel(e: ParsedEvent, strings: TimelineStrings): string {
  return e.status === 'planned' ? strings.planned : e.status === 'announced' ? strings.announced : '';
}

/**
 * The name of an event's labelled mark: its visible texts in their order, then what only shows
 * as style, as one sentence ("c. 2025 Planned — The GT crossover. Milestone."). The visible text
 * stays whole in the name, so that speech input can say what it sees (WCAG 2.5.3).
 */
export function markName(event: ParsedEvent, ctx: TextContext, strings: TimelineStrings, status: string): string {
  let name = `${eventDate(event, ctx)}${status ? ` ${status}` : ''} — ${text(event.title, ctx).trim()}`;
  if (!/[.!?…]$/.test(name)) name += '.';
  if (event.milestone) name += ` ${strings.milestone}.`;
  return name;
}

/**
 * An event as one sentence for assistive technology: "1969 — The Dieppe plant opens. Milestone."
 * Planned and announced events say so; approximate dates say "c." in the date itself.
 */
export function eventSentence(event: ParsedEvent, ctx: TextContext, strings: TimelineStrings): string {
  const status = statusLabel(event, strings);
  return markName(event, ctx, strings, '') + (status ? ` ${status}.` : '');
}
