/**
 * The parts of an event that are lists of small objects: images, quotes, sources and tags.
 * Split from `parse.ts`; same rules (own keys only, `x-` extensions ignored, copies returned).
 */
import { Checker, describeValue, isExtensionKey, isNonBlank, isRecord } from './checks.js';
import type { HistoricalDate } from './parsed-types.js';
import type { TimelineMedia, TimelineQuote, TimelineSource } from './types.js';

/** The field names of the objects parsed here (anything else, except `x-…`, is refused). */
export const PART_FIELDS = {
  media: ['src', 'alt', 'credit', 'caption'],
  quote: ['text', 'author', 'role'],
  source: ['label', 'url', 'date'],
} as const satisfies Record<string, readonly string[]>;

/** A shared, frozen empty list for absent parts. */
export const EMPTY: readonly never[] = Object.freeze([]);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `media` and `quote` take one object or an array of them; the result is always an array. */
export function parseOneOrMany<T>(
  c: Checker,
  value: unknown,
  key: string,
  expected: string,
  parseItem: (c: Checker, raw: Record<string, unknown>) => T | undefined,
): readonly T[] {
  if (isRecord(value)) {
    c.enter(key);
    const item = parseItem(c, value);
    c.leave();
    return item === undefined ? EMPTY : [item];
  }
  if (!Array.isArray(value)) {
    c.report(`expected ${expected} or an array of them, got ${describeValue(value)}`, key);
    return EMPTY;
  }
  const items: T[] = [];
  c.enter(key);
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    if (!isRecord(raw)) {
      c.report(`expected ${expected}, got ${describeValue(raw)}`, i);
      continue;
    }
    c.enter(i);
    const item = parseItem(c, raw);
    if (item !== undefined) items.push(item);
    c.leave();
  }
  c.leave();
  return items;
}

export function parseMedia(c: Checker, raw: Record<string, unknown>): TimelineMedia | undefined {
  let src: unknown, alt: unknown, credit: unknown, caption: unknown;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) continue;
    switch (key) {
      case 'src': src = raw.src; break;
      case 'alt': alt = raw.alt; break;
      case 'credit': credit = raw.credit; break;
      case 'caption': caption = raw.caption; break;
      default: if (!isExtensionKey(key)) c.unknownField(key, PART_FIELDS.media);
    }
  }
  const parsedSrc = c.url(src, 'src', true);
  const parsedAlt = c.text(alt, 'alt', true);
  const parsedCredit = c.text(credit, 'credit', false);
  const parsedCaption = c.text(caption, 'caption', false);
  if (parsedSrc === undefined || parsedAlt === undefined) return undefined;
  const media: Mutable<TimelineMedia> = { src: parsedSrc, alt: parsedAlt };
  if (parsedCredit !== undefined) media.credit = parsedCredit;
  if (parsedCaption !== undefined) media.caption = parsedCaption;
  return media;
}

export function parseQuote(c: Checker, raw: Record<string, unknown>): TimelineQuote | undefined {
  let text: unknown, author: unknown, role: unknown;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) continue;
    switch (key) {
      case 'text': text = raw.text; break;
      case 'author': author = raw.author; break;
      case 'role': role = raw.role; break;
      default: if (!isExtensionKey(key)) c.unknownField(key, PART_FIELDS.quote);
    }
  }
  const parsedText = c.text(text, 'text', true);
  const parsedAuthor = c.id(author, 'author', true);
  const parsedRole = c.text(role, 'role', false);
  if (parsedText === undefined || parsedAuthor === undefined) return undefined;
  const result: Mutable<TimelineQuote> = { text: parsedText, author: parsedAuthor };
  if (parsedRole !== undefined) result.role = parsedRole;
  return result;
}

export function parseSources(c: Checker, value: unknown): readonly TimelineSource[] {
  const list = c.array(value, 'sources', false);
  if (list === undefined) return EMPTY;
  const sources: TimelineSource[] = [];
  c.enter('sources');
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    if (!isRecord(raw)) {
      c.report(`expected a source object, got ${describeValue(raw)}`, i);
      continue;
    }
    c.enter(i);
    let label: unknown, url: unknown, date: unknown;
    for (const key in raw) {
      if (!Object.hasOwn(raw, key)) continue;
      switch (key) {
        case 'label': label = raw.label; break;
        case 'url': url = raw.url; break;
        case 'date': date = raw.date; break;
        default: if (!isExtensionKey(key)) c.unknownField(key, PART_FIELDS.source);
      }
    }
    const parsedLabel = c.text(label, 'label', true);
    const parsedUrl = c.url(url, 'url', false);
    const parsedDate: HistoricalDate | undefined = c.date(date, 'date', false);
    if (parsedLabel !== undefined) {
      const source: Mutable<TimelineSource> = { label: parsedLabel };
      if (parsedUrl !== undefined) source.url = parsedUrl;
      if (parsedDate !== undefined) source.date = parsedDate.iso;
      sources.push(source);
    }
    c.leave();
  }
  c.leave();
  return sources;
}

export function parseTags(c: Checker, value: unknown): readonly string[] {
  const list = c.array(value, 'tags', false);
  if (list === undefined) return EMPTY;
  for (let i = 0; i < list.length; i++) {
    const tag = list[i];
    if (typeof tag !== 'string') c.report(`expected a string, got ${describeValue(tag)}`, 'tags', i);
    else if (!isNonBlank(tag)) c.report('must not be empty', 'tags', i);
  }
  return list.slice() as string[];
}
