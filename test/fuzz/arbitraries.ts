/**
 * fast-check arbitraries for the timeline format: valid datasets (every field, odd but legal
 * values: HTML-looking text, prototype-named ids, BCE years, leap days, protocol-relative URLs),
 * and ways to break them. Written from the format's rules (README, "The dataset format"), not
 * from the parser, so the parser is checked against the rules.
 */
import fc from 'fast-check';
import type { TimelineDataset, TimelineEvent } from '../../src/data/types.js';

/** Every fuzz run is reproducible: a fixed seed, a bounded number of runs. */
export const SEED = 0x0a1b1e;

export const HOSTILE_TEXTS = [
  '<img src=x onerror="window.__canary(1)">',
  '<script>window.__canary(2)</script>',
  '"><svg onload=window.__canary(3)>',
  '{{constructor.constructor("window.__canary(4)")()}}',
  '${window.__canary(5)}',
  'javascript:window.__canary(6)',
  '\u202Eevil\u202C',
  '__proto__',
];

const LANGS = ['en', 'fr', 'de', 'de-CH', 'pt-BR', 'zh-Hant-TW', 'EN', 'it'];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}
function daysIn(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}
function isoYear(y: number): string {
  const digits = String(Math.abs(y)).padStart(4, '0');
  return y < 0 ? `-${digits}` : digits;
}
const two = (n: number) => String(n).padStart(2, '0');

/** A date as the format writes it, with the first and last day it covers (for ordering ends). */
export interface GeneratedDate {
  readonly text: string;
  /** Sortable day numbers of the first and last day covered: y * 10000 + m * 100 + d. */
  readonly first: number;
  readonly last: number;
}

const key = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, astronomical years from -9999 to 9999, real days only. */
export const partialDate: fc.Arbitrary<GeneratedDate> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1800, max: 2100 }), fc.integer({ min: -9999, max: 9999 }), fc.constantFrom(0, 1, -1, 9999, -44, 1600, 1900, 2000)),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const d = Math.min(day, daysIn(year, month));
    if (precision === 'year') return { text: isoYear(year), first: key(year, 1, 1), last: key(year, 12, 31) };
    if (precision === 'month') return { text: `${isoYear(year)}-${two(month)}`, first: key(year, month, 1), last: key(year, month, daysIn(year, month)) };
    return { text: `${isoYear(year)}-${two(month)}-${two(d)}`, first: key(year, month, d), last: key(year, month, d) };
  });

/** A start date and an optional end that does not finish before the start begins. */
export const dateRange: fc.Arbitrary<{ date: string; end?: string; first: number }> = fc
  .tuple(partialDate, fc.option(partialDate, { nil: undefined }))
  .map(([a, b]) => {
    if (b === undefined) return { date: a.text, first: a.first };
    const [start, end] = b.last < a.first ? [b, a] : [a, b];
    return { date: start.text, end: end.text, first: start.first };
  });

/** Text that is not blank: plain, Unicode, or HTML-looking. */
export const plainText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
).filter((s) => s.trim() !== '');

/** A text: a string, or translations by language tag. */
export const text: fc.Arbitrary<string | Record<string, string>> = fc.oneof(
  { weight: 3, arbitrary: plainText },
  {
    weight: 1,
    // tags ignore case: one text per language ("EN" and "en" together are refused)
    arbitrary: fc
      .dictionary(fc.constantFrom(...LANGS), plainText, { minKeys: 1, maxKeys: 3 })
      .filter((d) => new Set(Object.keys(d).map((t) => t.toLowerCase())).size === Object.keys(d).length),
  },
);

/** Ids: ordinary ones, and ones that look like HTML or Object.prototype members. */
export const id: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '"><b>x</b>', "a'b", 'a b', '[data-x]', '\\', '#1') },
).filter((s) => s.trim() !== '');

/** URLs the format allows: http(s), protocol-relative and relative. */
export const safeUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('img.png', './a/b.jpg', '../up.png', '/abs/x.webp', '//example.org/p.png', '?q=1', '#frag', 'javascript&colon;x', '%6Aavascript:x', 'https://example.org/<script>'),
);

const media = fc.record(
  { src: safeUrl, alt: text, credit: text, caption: text },
  { requiredKeys: ['src', 'alt'] },
);
const quote = fc.record({ text, author: plainText, role: text }, { requiredKeys: ['text', 'author'] });
const source = fc.record(
  { label: text, url: safeUrl, date: partialDate.map((d) => d.text) },
  { requiredKeys: ['label'] },
);

/** A valid dataset using the whole format; `events` has at most `maxEvents` events. */
export function validDataset({ maxEvents = 25 } = {}): fc.Arbitrary<TimelineDataset> {
  const categories = fc.uniqueArray(
    fc.record({ id, label: text, color: fc.constantFrom('#123456', 'teal', 'rgb(0 0 0 / 50%)', 'url(x.png)', undefined) }, { requiredKeys: ['id', 'label'] }),
    { maxLength: 4, selector: (c) => c.id },
  ).map((cs) => cs.map((c) => (c.color === undefined ? { id: c.id, label: c.label } : c)));
  const eras = fc.uniqueArray(
    fc.record({ id, label: text, range: dateRange, summary: fc.option(text, { nil: undefined }) }),
    { maxLength: 3, selector: (e) => e.id },
  ).map((es) => es.map(({ id: eraId, label, range, summary }) => ({ id: eraId, label, start: range.date, ...(range.end ? { end: range.end } : {}), ...(summary ? { summary } : {}) })));

  return fc.tuple(categories, eras).chain(([cats, eraList]) => {
    const event = fc.record(
      {
        id,
        range: dateRange,
        status: fc.constantFrom('past', 'announced', 'planned'),
        approximate: fc.boolean(),
        milestone: fc.boolean(),
        title: text,
        summary: text,
        body: fc.array(plainText, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('\n\n')),
        category: cats.length ? fc.constantFrom(...cats.map((c) => c.id)) : fc.constant(undefined),
        media: fc.oneof(media, fc.array(media, { maxLength: 2 })),
        quote: fc.oneof(quote, fc.array(quote, { maxLength: 2 })),
        sources: fc.array(source, { maxLength: 2 }),
        tags: fc.array(plainText, { maxLength: 3 }),
        extension: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: ['id', 'range', 'title'] },
    );
    return fc
      .record({
        title: text,
        description: fc.option(text, { nil: undefined }),
        defaultLanguage: fc.option(fc.constantFrom(...LANGS), { nil: undefined }),
        events: fc.uniqueArray(event, { maxLength: maxEvents, selector: (e) => e.id }),
        storyCut: fc.nat(),
      })
      .map(({ title, description, defaultLanguage, events: generated, storyCut }) => {
        const events: TimelineEvent[] = generated.map(({ range, extension, category, ...rest }) => {
          const e: Record<string, unknown> = { ...rest, date: range.date };
          if (range.end) e['end'] = range.end;
          if (category !== undefined) e['category'] = category;
          if (extension !== undefined) e['x-extra'] = extension;
          return e as unknown as TimelineEvent;
        });
        const data: { -readonly [K in keyof TimelineDataset]: TimelineDataset[K] } = { title, events };
        if (description !== undefined) data.description = description;
        if (defaultLanguage !== undefined) data.defaultLanguage = defaultLanguage;
        if (cats.length) data.categories = cats;
        if (eraList.length) data.eras = eraList;
        if (events.length && storyCut % 3 === 0) data.story = events.slice(0, 1 + (storyCut % events.length)).map((e) => e.id).reverse();
        return data;
      });
  });
}

/** A valid dataset with one value somewhere replaced by arbitrary JSON (maybe still valid). */
export function mutatedDataset(): fc.Arbitrary<{ data: unknown; path: (string | number)[] }> {
  return fc.tuple(validDataset({ maxEvents: 6 }), fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean()).map(([dataset, pick, value, remove]) => {
    const copy = JSON.parse(JSON.stringify(dataset)) as unknown;
    const slots: { parent: Record<string | number, unknown>; key: string | number; path: (string | number)[] }[] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        const key = Array.isArray(node) ? Number(k) : k;
        slots.push({ parent: node as Record<string | number, unknown>, key, path: [...path, key] });
        walk(v, [...path, key]);
      }
    };
    walk(copy, []);
    const slot = slots[pick % Math.max(1, slots.length)];
    if (!slot) return { data: value, path: [] };
    if (remove && !Array.isArray(slot.parent)) delete slot.parent[slot.key];
    else slot.parent[slot.key] = value;
    return { data: copy, path: slot.path };
  });
}
