import type { ParsedEvent } from '../../data/parsed-types.js';
import { resolveText } from '../../data/localized.js';
import type { LocalizedText } from '../../data/types.js';
import { formatDateRange, formatHistoricalDate } from '../../i18n/format-date.js';
import type { TimelineStrings } from '../../i18n/strings.js';

/** The language context a timeline renders in. */
export interface TextContext {
  /** Language of the reader (interface and dataset texts). */
  readonly lang: string;
  /** The dataset's fallback language. */
  readonly defaultLanguage: string;
}

/** A dataset text in the reader's language (with the dataset's fallbacks). */
export function text(value: LocalizedText | undefined, ctx: TextContext): string {
  return resolveText(value, ctx.lang, ctx.defaultLanguage);
}

/** An event's date as a reader expects it: "1955", "28 janvier 2022", "c. 2025", "1955–1965". */
export function eventDate(event: ParsedEvent, ctx: TextContext, style: 'long' | 'short' = 'long'): string {
  const options = { approximate: event.approximate, style };
  return event.end
    ? formatDateRange(event.start, event.end, ctx.lang, options)
    : formatHistoricalDate(event.start, ctx.lang, options);
}

/**
 * An event as one sentence for assistive technology: "1969 — The Dieppe plant opens. Milestone."
 * Planned and announced events say so; approximate dates say "c." in the date itself.
 */
export function eventSentence(event: ParsedEvent, ctx: TextContext, strings: TimelineStrings): string {
  let sentence = `${eventDate(event, ctx)} — ${text(event.title, ctx).trim()}`;
  if (!/[.!?…]$/.test(sentence)) sentence += '.';
  if (event.milestone) sentence += ` ${strings.milestone}.`;
  if (event.status === 'planned') sentence += ` ${strings.planned}.`;
  if (event.status === 'announced') sentence += ` ${strings.announced}.`;
  return sentence;
}
