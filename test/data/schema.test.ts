/**
 * Proves the JSON Schema (data/schema/timeline.schema.json), the TypeScript types
 * (src/data/types.ts) and the parser (parseDataset) describe the same format:
 * - the field names of every object are the same in all three;
 * - every valid example is accepted by both the schema and the parser (and the types);
 * - every structurally invalid example is refused by both;
 * - the rules JSON Schema cannot express are listed, and the schema accepts exactly those
 *   examples while the parser refuses them;
 * - the value rules the schema writes as patterns (dates, URLs, language tags, colours)
 *   agree with the parser's on many generated strings.
 */
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import schemaJson from '../../data/schema/timeline.schema.json';
import { Checker } from '../../src/data/checks.js';
import { checkHistoricalDate, CSS_COLOR, FORMAT_FIELDS, LANGUAGE_TAG, parseDataset } from '../../src/data/index.js';
import type {
  TimelineChapter,
  TimelineCategory,
  TimelineDataset,
  TimelineEra,
  TimelineEvent,
  TimelineMedia,
  TimelineQuote,
  TimelineSource,
} from '../../src/data/index.js';
import {
  SEMANTICALLY_INVALID_EXAMPLES,
  STRUCTURALLY_INVALID_EXAMPLES,
  VALID_EXAMPLES,
} from '../fixtures/dataset-examples.js';

interface SchemaNode {
  readonly title?: string;
  readonly description?: string;
  readonly type?: string;
  readonly pattern?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly patternProperties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly required?: readonly string[];
  readonly [keyword: string]: unknown;
}

const schema = schemaJson as unknown as SchemaNode & { readonly $defs: Readonly<Record<string, SchemaNode>> };
const validator = new Validator(schema as unknown as Schema, '2020-12', false);

function schemaAccepts(data: unknown): boolean {
  return validator.validate(data).valid;
}

/** A validator for one `$defs` entry of the schema. */
function defValidator(name: string): Validator {
  const result = new Validator({ $ref: `${String(schema.$id)}#/$defs/${name}` }, '2020-12', false);
  result.addSchema(schema as unknown as Schema);
  return result;
}

/** The schema node describing each kind of object, by the name `FORMAT_FIELDS` uses. */
const OBJECT_SCHEMAS = {
  dataset: schema,
  category: schema.$defs.category!,
  era: schema.$defs.era!,
  event: schema.$defs.event!,
  media: schema.$defs.media!,
  quote: schema.$defs.quote!,
  source: schema.$defs.source!,
  chapter: schema.$defs.chapter!,
} as const satisfies Record<keyof typeof FORMAT_FIELDS, SchemaNode>;

type Kind = keyof typeof FORMAT_FIELDS;

/**
 * Compile-time proof that the parser's field lists are exactly the keys of the TypeScript
 * types: if a field is added to one and not the other, `tsc` fails here.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Fields<K extends Kind> = (typeof FORMAT_FIELDS)[K][number];
const TYPES_MATCH_PARSER: readonly true[] = [
  true satisfies Same<Exclude<keyof TimelineDataset, `x-${string}`>, Fields<'dataset'>>,
  true satisfies Same<Exclude<keyof TimelineCategory, `x-${string}`>, Fields<'category'>>,
  true satisfies Same<Exclude<keyof TimelineEra, `x-${string}`>, Fields<'era'>>,
  true satisfies Same<Exclude<keyof TimelineEvent, `x-${string}`>, Fields<'event'>>,
  true satisfies Same<Exclude<keyof TimelineMedia, `x-${string}`>, Fields<'media'>>,
  true satisfies Same<Exclude<keyof TimelineQuote, `x-${string}`>, Fields<'quote'>>,
  true satisfies Same<Exclude<keyof TimelineSource, `x-${string}`>, Fields<'source'>>,
  true satisfies Same<Exclude<keyof TimelineChapter, `x-${string}`>, Fields<'chapter'>>,
];

/** Tiny deterministic PRNG (mulberry32), so generated cases are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomStrings(seed: number, alphabet: readonly string[], count: number, maxLength: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * (maxLength + 1));
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

describe('JSON Schema', () => {
  it('is a draft 2020-12 schema with an identifier', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://alpine-timeline.dev/schema/timeline.schema.json');
  });

  it('gives every property a title and a description, for editors', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => visit(item, `${path}[${i}]`));
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (typeof record.properties === 'object' && record.properties !== null) {
        for (const [name, property] of Object.entries(record.properties as Record<string, SchemaNode>)) {
          if (typeof property.title !== 'string' || property.title === '') missing.push(`${path}.properties.${name}.title`);
          if (typeof property.description !== 'string' || property.description === '') {
            missing.push(`${path}.properties.${name}.description`);
          }
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`);
    };
    visit(schema, '#');
    expect(missing).to.deep.equal([]);
    for (const [name, definition] of Object.entries(schema.$defs)) {
      expect(definition.title, name).to.be.a('string');
      expect(definition.description, name).to.be.a('string');
    }
  });

  it('closes every object to unknown fields except x- extensions', () => {
    for (const [kind, node] of Object.entries(OBJECT_SCHEMAS)) {
      expect(node.additionalProperties, kind).to.equal(false);
      expect(Object.keys(node.patternProperties ?? {}), kind).to.deep.equal(['^x-']);
    }
  });

  it('lists exactly the fields the parser and the TypeScript types know, at every level', () => {
    expect(TYPES_MATCH_PARSER.every(Boolean)).to.equal(true);
    for (const kind of Object.keys(FORMAT_FIELDS) as Kind[]) {
      const schemaFields = Object.keys(OBJECT_SCHEMAS[kind].properties ?? {}).sort();
      expect(schemaFields, kind).to.deep.equal([...FORMAT_FIELDS[kind]].sort());
    }
  });

  it('requires the same fields as the TypeScript types', () => {
    // Required in the types = not optional: checked by assigning objects with only those.
    const minimal = {
      dataset: { title: 'T', events: [] } satisfies TimelineDataset,
      category: { id: 'c', label: 'C' } satisfies TimelineCategory,
      era: { id: 'e', label: 'E', start: '1900' } satisfies TimelineEra,
      event: { id: 'a', date: '2000', title: 'A' } satisfies TimelineEvent,
      media: { src: 'a.jpg', alt: 'A' } satisfies TimelineMedia,
      quote: { text: 'Q', author: 'Me' } satisfies TimelineQuote,
      source: { label: 'S' } satisfies TimelineSource,
      chapter: { event: 'a' } satisfies TimelineChapter,
    } as const;
    for (const kind of Object.keys(minimal) as Kind[]) {
      expect([...(OBJECT_SCHEMAS[kind].required ?? [])].sort(), kind).to.deep.equal(Object.keys(minimal[kind]).sort());
    }
  });

  it('uses the parser’s own patterns for language tags and colours', () => {
    expect(schema.$defs.languageTag!.pattern).to.equal(LANGUAGE_TAG.source);
    const color = schema.$defs.category!.properties!.color!.pattern;
    expect(color).to.equal(CSS_COLOR.source.replaceAll('\\/', '/'));
  });
});

describe('JSON Schema and parser agree on the examples', () => {
  for (const example of VALID_EXAMPLES) {
    it(`both accept: ${example.name}`, () => {
      expect(validator.validate(example.data).errors).to.deep.equal([]);
      const result = parseDataset(example.data);
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
    });
  }

  for (const example of STRUCTURALLY_INVALID_EXAMPLES) {
    it(`both refuse: ${example.name}`, () => {
      expect(schemaAccepts(example.data), 'schema').to.equal(false);
      const result = parseDataset(example.data);
      expect(result.ok, 'parser').to.equal(false);
      if (!result.ok) expect(result.problems.map((problem) => problem.path)).to.include(example.path);
    });
  }

  describe('rules only the parser can check', () => {
    for (const example of SEMANTICALLY_INVALID_EXAMPLES) {
      it(`the schema accepts and the parser refuses: ${example.name}`, () => {
        expect(validator.validate(example.data).errors, 'schema').to.deep.equal([]);
        const result = parseDataset(example.data);
        expect(result.ok, 'parser').to.equal(false);
        if (!result.ok) expect(result.problems.map((problem) => problem.path)).to.include(example.path);
      });
    }
  });
});

describe('JSON Schema and parser agree on every field', () => {
  /** A sample value for every field the schema lists; a new schema field fails here until added. */
  const SAMPLES: { readonly [K in Kind]: Readonly<Record<string, unknown>> } = {
    dataset: {
      $schema: 'https://alpine-timeline.dev/schema/timeline.schema.json',
      title: { fr: 'Titre', en: 'Title' },
      description: 'Description',
      defaultLanguage: 'fr',
      story: [{ event: 'e1', title: 'Chapter', text: { fr: 'Texte', en: 'Text' } }],
    },
    category: { id: 'c1', label: 'Category', color: 'teal' },
    era: { id: 'r1', label: 'Era', start: '1900', end: '1950-06', summary: 'Summary' },
    event: {
      id: 'e1',
      date: '1955',
      end: '1960-05-01',
      status: 'announced',
      approximate: true,
      milestone: true,
      title: { fr: 'Titre', de: 'Titel' },
      summary: 'Summary',
      body: 'Body',
      category: 'c1',
      tags: ['tag'],
    },
    media: { src: 'images/a.jpg', alt: 'Alt', credit: 'Credit', caption: 'Caption' },
    quote: { text: 'Quote', author: 'Author', role: 'Role' },
    source: { label: 'Label', url: 'https://example.org/source', date: '2022-01-28' },
    chapter: { event: 'e1', title: 'Chapter', text: { fr: 'Texte', en: 'Text' } },
  };
  const NESTED: Partial<Record<string, Kind>> = {
    'dataset.categories': 'category',
    'dataset.eras': 'era',
    'dataset.events': 'event',
    'event.media': 'media',
    'event.quote': 'quote',
    'event.sources': 'source',
  };

  /** An object of `kind` with every field its schema lists. */
  function maximal(kind: Kind): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const field of Object.keys(OBJECT_SCHEMAS[kind].properties ?? {})) {
      const nested = NESTED[`${kind}.${field}`];
      if (nested !== undefined) result[field] = [maximal(nested)];
      else {
        expect(SAMPLES[kind], `a sample for ${kind}.${field}`).to.have.own.property(field);
        result[field] = SAMPLES[kind][field];
      }
    }
    return result;
  }

  it('accepts an example with every field of every object, and keeps every value', () => {
    const data = maximal('dataset');
    expect(validator.validate(data).errors).to.deep.equal([]);
    const result = parseDataset(data);
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
    if (!result.ok) return;
    const { timeline } = result;
    expect(timeline.title).to.deep.equal({ fr: 'Titre', en: 'Title' });
    expect(timeline.description).to.equal('Description');
    expect(timeline.defaultLanguage).to.equal('fr');
    expect(timeline.story).to.deep.equal(['e1']);
    expect(timeline.chapters).to.deep.equal([{ id: 'e1', title: 'Chapter', text: { fr: 'Texte', en: 'Text' } }]);
    expect(timeline.categories).to.deep.equal([SAMPLES.category]);
    expect(timeline.eras[0]).to.deep.include({ id: 'r1', label: 'Era', summary: 'Summary' });
    expect(timeline.eras[0]!.end!.iso).to.equal('1950-06');
    const event = timeline.events[0]!;
    expect(event).to.deep.include({
      id: 'e1',
      status: 'announced',
      approximate: true,
      milestone: true,
      title: { fr: 'Titre', de: 'Titel' },
      summary: 'Summary',
      body: 'Body',
      category: SAMPLES.category,
      media: [SAMPLES.media],
      quotes: [SAMPLES.quote],
      sources: [SAMPLES.source],
      tags: ['tag'],
    });
    expect(event.start.iso).to.equal('1955');
    expect(event.end!.iso).to.equal('1960-05-01');
    expect(timeline.languages).to.deep.equal(['fr', 'en', 'de']);
  });

  it('refuses, in both, a field of any object that is misspelt', () => {
    const data = maximal('dataset');
    const paths: Record<Kind, (copy: Record<string, unknown>) => Record<string, unknown>> = {
      dataset: (copy) => copy,
      category: (copy) => (copy.categories as Record<string, unknown>[])[0]!,
      era: (copy) => (copy.eras as Record<string, unknown>[])[0]!,
      event: (copy) => (copy.events as Record<string, unknown>[])[0]!,
      media: (copy) => ((copy.events as Record<string, unknown>[])[0]!.media as Record<string, unknown>[])[0]!,
      quote: (copy) => ((copy.events as Record<string, unknown>[])[0]!.quote as Record<string, unknown>[])[0]!,
      source: (copy) => ((copy.events as Record<string, unknown>[])[0]!.sources as Record<string, unknown>[])[0]!,
      chapter: (copy) => (copy.story as Record<string, unknown>[])[0]!,
    };
    for (const kind of Object.keys(paths) as Kind[]) {
      const copy = structuredClone(data);
      paths[kind](copy).unknownField = 1;
      expect(schemaAccepts(copy), kind).to.equal(false);
      expect(parseDataset(copy).ok, kind).to.equal(false);
      const extended = structuredClone(data);
      paths[kind](extended)['x-extension'] = 1;
      expect(schemaAccepts(extended), kind).to.equal(true);
      expect(parseDataset(extended).ok, kind).to.equal(true);
    }
  });
});

describe('JSON Schema patterns and parser rules agree on generated values', () => {
  it('on dates (the schema cannot see calendar days or year ranges; the parser can)', () => {
    const date = defValidator('date');
    const structured: string[] = [];
    for (const year of ['1969', '-0044', '+1969', '0000', '12345', '+123456', '1234567', '196', '-12345']) {
      for (const month of ['', '-01', '-12', '-13', '-00', '-1', '-02']) {
        for (const day of ['', '-01', '-28', '-29', '-30', '-31', '-32', '-00', '-1']) {
          if (month === '' && day !== '') continue;
          structured.push(year + month + day);
        }
      }
    }
    const generated = randomStrings(1, ['0', '1', '2', '3', '9', '-', '-', '+', ' ', 'T', 'x'], 3000, 13);
    let compared = 0;
    for (const text of [...structured, ...generated]) {
      const parser = checkHistoricalDate(text);
      const schemaOk = date.validate(text).valid;
      expect(schemaOk, JSON.stringify(text)).to.equal(parser !== 'format');
      compared++;
    }
    expect(compared).to.be.above(3000);
  });

  it('on URLs', () => {
    const url = defValidator('url');
    const handWritten = [
      'https://a', 'HTTP://a', 'http:', 'https:x', 'javascript:x', ' JaVaScRiPt:x', 'java\tscript:x', 'java\nscript:x',
      '\u0001javascript:x', 'data:x', 'vbscript:x', 'file:///x', 'blob:x', 'a.jpg', '/a', './a', '../a', '?q', '#x',
      '//evil.example', 'a b.jpg', 'a:b', 'C:\\x', '1ab:c', 'a/b:c', 'mailto:x', 'ftp://x', 'https ://x', '', ' ', 'a ',
      '\u00a0a', 'a\u2028b', 'https://a\u007f', 'http\u0000:', 'http.evil:x', 'httpx://a',
    ];
    const generated = randomStrings(2, ['h', 't', 'p', 's', 'j', 'a', ':', '/', '.', '+', '-', '1', ' ', '\t', '\u0000', '#', '?'], 3000, 10);
    for (const text of [...handWritten, ...generated]) {
      const parser = new Checker().url(text, 'url', true) !== undefined;
      expect(url.validate(text).valid, JSON.stringify(text)).to.equal(parser);
    }
  });

  it('on translations (localized texts)', () => {
    const text = defValidator('localizedText');
    const cases: unknown[] = [
      'a', '', ' ', '\n', ' a ', {}, { en: 'a' }, { en: '' }, { EN: 'a' }, { 'de-CH': 'a' }, { 'zh-Hant-TW': 'a' },
      { e: 'a' }, { engl: 'a' }, { 'en-': 'a' }, { 'en-abcdefghi': 'a' }, { en_US: 'a' }, { 'x-en': 'a' }, { en: 1 },
      { en: null }, { en: 'a', fr: 2 }, { en: '', fr: 'a' }, { en: ' ', fr: '' }, { en: '\n' }, 5, null, [], ['a'], true,
      JSON.parse('{"__proto__": "a"}'), JSON.parse('{"constructor": "a"}'),
    ];
    for (const tag of randomStrings(3, ['e', 'n', 'F', 'r', '-', '1', '_', 'x'], 500, 8)) cases.push({ [tag]: 'text' });
    for (const value of cases) {
      const parser = new Checker().text(value, 'title', true) !== undefined;
      expect(text.validate(value).valid, JSON.stringify(value)).to.equal(parser);
    }
  });

  it('on colours', () => {
    const color = new Validator(schema.$defs.category!.properties!.color as Schema, '2020-12');
    const cases = ['teal', '#1f77b4', 'rgb(0 90 160 / 50%)', 'hsl(120, 50%, 50%)', 'var(--x)', '', ' ', 'red;', 'url("x")', 'a:b', 'red\n', '{x}'];
    for (const value of [...cases, ...randomStrings(4, ['a', '#', '1', ' ', ';', '(', ')', ':', '/', '"', '-'], 500, 6)]) {
      expect(color.validate(value).valid, JSON.stringify(value)).to.equal(CSS_COLOR.test(value));
    }
  });
});
