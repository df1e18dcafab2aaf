/**
 * Issue #8.1–2: hostile and broken datasets, through the element. Every case checks that no
 * error or rejection reached `window`, that no code from the data ran (`window.__canary`,
 * `window.__pwned`), that the shadow DOM holds no event-handler attribute, no script-like
 * element and no URL other than http(s) (guard.ts walks it), and that nothing polluted
 * `Object.prototype`. Rejected datasets must name the exact JSON path of each problem in
 * `timeline-error`, in `problems` and in the visible `role="alert"` panel, while the last valid
 * dataset stays on screen. Odd but valid datasets must render sensibly.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { MAX_YEAR, MIN_YEAR, parseDataset } from '../../src/data/index.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineErrorEvent } from '../../src/events/index.js';
import { auditShadowDom, canaryHits, markIds, partText, representedEvents, settle, takePageErrors, timeline } from './guard.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** A valid dataset using every field of the format once. */
const FULL = {
  $schema: './timeline.schema.json',
  title: { en: 'Full', fr: 'Complet' },
  description: 'Every field',
  defaultLanguage: 'en',
  categories: [{ id: 'c', label: 'Category', color: '#123456' }],
  eras: [{ id: 'e', label: 'Era', start: '1900', end: '1950', summary: 'An era' }],
  events: [
    {
      id: 'a',
      date: '1901-02-03',
      end: '1910',
      status: 'past',
      approximate: false,
      milestone: true,
      title: 'A',
      summary: 'Summary',
      body: 'Body',
      category: 'c',
      media: { src: 'img.png', alt: 'Alt', credit: 'Credit', caption: 'Caption' },
      quote: { text: 'Quote', author: 'Author', role: 'Role' },
      sources: [{ label: 'Label', url: 'https://example.org/', date: '2000-01-01' }],
      tags: ['tag'],
    },
    { id: 'b', date: '1950', title: 'B' },
  ],
  story: ['a', 'b'],
} satisfies TimelineDataset;

const KEPT_IDS = ['k1', 'k2'];
const KEPT: TimelineDataset = {
  title: 'Kept',
  events: [
    { id: 'k1', date: '1800', title: 'Kept one' },
    { id: 'k2', date: '1900', title: 'Kept two' },
  ],
};

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `FULL` with the value at `path` replaced (or deleted, for `undefined`). */
function mutate(path: Path, value: Json | undefined, base: unknown = FULL): Record<string, unknown> {
  const copy = clone(base) as Record<string, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

/** Renders a path the way the parser does: `events[0].media.src`, `title["not a tag"]`. */
function pathText(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** The element, its window and its DOM are as safe as before. */
function expectNothingEscaped(el: AlpineTimeline): void {
  expect(takePageErrors(), 'errors or rejections that reached window').to.deep.equal([]);
  expect(canaryHits, 'code from the data ran').to.deep.equal([]);
  expect(auditShadowDom(el).findings, 'live content in the shadow DOM').to.deep.equal([]);
  expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => /polluted|title|events|milestone/.test(k))).to.deep.equal([]);
  expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
}

/** A shared timeline showing `KEPT`; each rejected dataset is tried on it in turn. */
let shared: AlpineTimeline;
const errors: TimelineErrorEvent[] = [];

/**
 * Gives `data` to the shared timeline and checks it is refused with exactly these problem paths
 * (`paths`), or at least with `includes`; the panel shows them, KEPT stays on screen.
 * Returns the problems.
 */
async function expectRefused(
  data: unknown,
  expected: { paths?: string[]; includes?: string; message?: RegExp },
): Promise<{ path: string; message: string }[]> {
  errors.length = 0;
  shared.data = data as TimelineDataset;
  await shared.updateComplete;
  expect(errors, 'timeline-error events').to.have.length(1);
  const { problems, origin, keptPrevious } = errors[0]!.detail;
  const paths = problems.map((p) => p.path);
  if (expected.paths) expect(paths).to.deep.equal(expected.paths);
  if (expected.includes !== undefined) expect(paths, `problems: ${JSON.stringify(problems)}`).to.include(expected.includes);
  const target = expected.includes ?? expected.paths?.[0];
  const main = problems.find((p) => p.path === target)!;
  if (expected.message) expect(main.message).to.match(expected.message);
  for (const p of problems) {
    expect(p.message, 'a sentence').to.match(/^\S.*\S$/s);
    expect(p.message).to.not.match(/\[object \w+\]|got undefined|got NaN/);
  }
  expect(origin).to.equal('data');
  expect(keptPrevious).to.equal(true);
  expect([...shared.problems]).to.deep.equal([...problems]);
  const panel = shared.shadowRoot!.querySelector('[part~="error"]')!;
  expect(panel, 'error panel').to.exist;
  expect(panel.getAttribute('role')).to.equal('alert');
  const shown = [...panel.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  // past 100 problems, the parser's last entry only counts the rest: a line under the list, not an item
  const more = problems.length > 100 ? /^…and (\d+) more problems$/.exec(problems[problems.length - 1]!.message) : null;
  const listed = more ? problems.slice(0, -1) : problems;
  expect(shown.length, 'items in the panel').to.equal(listed.length);
  for (const [i, p] of listed.entries()) expect(shown[i]).to.equal((p.path ? `${p.path}: ${p.message}` : p.message).replace(/\s+/g, ' ').trim());
  const moreLine = panel.querySelector('.more');
  if (more) expect(moreLine?.textContent?.trim()).to.equal(`Problems not listed: ${more[1]}`);
  else expect(moreLine, 'no line of unlisted problems').to.equal(null);
  expect(shared.shadowRoot!.querySelector('[part~="error-dismiss"]'), 'dismiss button').to.exist;
  expect(shared.isConnected).to.equal(true);
  expect(shared.timeline!.title).to.equal('Kept');
  expect(markIds(shared)).to.deep.equal(KEPT_IDS);
  expectNothingEscaped(shared);
  return problems.map((p) => ({ ...p }));
}

/** Gives `data` (object or JSON text) to a new timeline and checks it is accepted and drawn. */
async function expectDrawn(data: unknown): Promise<AlpineTimeline> {
  const el = await timeline(data);
  expect(el.problems, 'problems').to.deep.equal([]);
  expect(el.timeline, 'accepted').to.exist;
  const count = el.timeline!.events.length;
  if (count > 0) await waitUntil(() => representedEvents(el).total === count, `not every event is represented: ${JSON.stringify(representedEvents(el))} of ${count}`, { timeout: 5000 });
  expectNothingEscaped(el);
  return el;
}

/** The detail view of an event, opened with select(). */
async function openDetail(el: AlpineTimeline, id: string): Promise<Element> {
  expect(el.select(id), `select(${JSON.stringify(id)})`).to.equal(true);
  await settle(el);
  const detail = el.shadowRoot!.querySelector('[part~="detail"]');
  expect(detail, 'detail view').to.exist;
  expectNothingEscaped(el);
  return detail!;
}

// ------------------------------------------------------------------------------------------
// Wrong values at every field of the format, by kind of field.

type Kind = 'text' | 'id' | 'date' | 'bool' | 'status' | 'url' | 'color' | 'array' | 'oneOrMany' | 'lang' | 'string' | 'tag' | 'storyId' | 'categoryRef';

/** Values that must be refused for each kind, with the path suffix the problem gets (if deeper). */
const WRONG: Record<Kind, [Json, Path?][]> = {
  text: [[42], [true], [null], [[]], [['x']], [{}], [''], ['  \t\n'], [{ en: 5 }, ['en']], [{ en: null }, ['en']], [{ 'not a tag': 'x' }, ['not a tag']], [{ __proto__x: 'x' }, ['__proto__x']]],
  id: [[42], [true], [null], [[]], [{}], [''], ['   ']],
  date: [
    [1969], [true], [null], [[]], [{}], [''], ['1969-13'], ['1969-00'], ['2021-02-30'], ['1900-02-29'], ['2023-04-31'], ['69'], ['1969-1-5'],
    ['1969/07/20'], ['July 1969'], ['1969-07-20T10:00'], [' 1969'], ['1969-07-20 '], ['١٩٦٩'], ['1969-07-32'], ['1234567'], ['-271821'], ['+275760'], ['--1969'], ['1e3'],
  ],
  bool: [['true'], [1], [0], [null], [[]], [{}], ['yes']],
  status: [['done'], ['PAST'], [''], [1], [null], [['past']]],
  url: [
    [42], [null], [''], ['   '], [' https://example.org/'], ['https://example.org/ '], ['javascript:window.__canary(1)'], ['JaVaScRiPt:window.__canary(2)'],
    ['java\tscript:window.__canary(3)'], ['java\nscript:window.__canary(4)'], ['\u0001javascript:window.__canary(5)'], ['data:image/png;base64,iVBORw0KGgo='],
    ['data:text/html,<script>window.__canary(6)</script>'], ['vbscript:msgbox(1)'], ['file:///etc/passwd'], ['blob:https://example.org/1'], ['ftp://example.org/x'],
    ['mailto:a@example.org'], ['about:blank'], ['chrome://settings'], ['filesystem:https://example.org/temporary/x'], ['jar:https://example.org/x!/'],
  ],
  color: [[42], [null], [''], ['   '], ['red;}'], ['red; background: url(x)'], ['#fff}'], ['url(javascript:window.__canary(7))'], ['<script>'], ['red"'], ['\\72 ed']],
  array: [[42], ['x'], [{}], [null], [true]],
  oneOrMany: [[42], ['x'], [null], [true], [[42], [0]], [['x'], [0]], [[null], [0]]],
  lang: [[42], [''], ['english'], ['en_US'], ['e'], ['<script>'], [null], [['en']]],
  string: [[42], [null], [[]], [{}], [true]],
  tag: [[42], [null], [''], ['  '], [{}], [[]]],
  storyId: [[42], [null], ['nope'], ['b ']],
  categoryRef: [['nope'], [42], [null], [''], ['C']],
};

/** Every field of FULL with its kind, and whether it is required. */
const FIELDS: { path: Path; kind: Kind; required?: boolean }[] = [
  { path: ['$schema'], kind: 'string' },
  { path: ['title'], kind: 'text', required: true },
  { path: ['description'], kind: 'text' },
  { path: ['defaultLanguage'], kind: 'lang' },
  { path: ['categories'], kind: 'array' },
  { path: ['categories', 0, 'id'], kind: 'id', required: true },
  { path: ['categories', 0, 'label'], kind: 'text', required: true },
  { path: ['categories', 0, 'color'], kind: 'color' },
  { path: ['eras'], kind: 'array' },
  { path: ['eras', 0, 'id'], kind: 'id', required: true },
  { path: ['eras', 0, 'label'], kind: 'text', required: true },
  { path: ['eras', 0, 'start'], kind: 'date', required: true },
  { path: ['eras', 0, 'end'], kind: 'date' },
  { path: ['eras', 0, 'summary'], kind: 'text' },
  { path: ['events'], kind: 'array', required: true },
  { path: ['events', 0, 'id'], kind: 'id', required: true },
  { path: ['events', 0, 'date'], kind: 'date', required: true },
  { path: ['events', 0, 'end'], kind: 'date' },
  { path: ['events', 0, 'status'], kind: 'status' },
  { path: ['events', 0, 'approximate'], kind: 'bool' },
  { path: ['events', 0, 'milestone'], kind: 'bool' },
  { path: ['events', 0, 'title'], kind: 'text', required: true },
  { path: ['events', 0, 'summary'], kind: 'text' },
  { path: ['events', 0, 'body'], kind: 'text' },
  { path: ['events', 0, 'category'], kind: 'categoryRef' },
  { path: ['events', 0, 'media'], kind: 'oneOrMany' },
  { path: ['events', 0, 'media', 'src'], kind: 'url', required: true },
  { path: ['events', 0, 'media', 'alt'], kind: 'text', required: true },
  { path: ['events', 0, 'media', 'credit'], kind: 'text' },
  { path: ['events', 0, 'media', 'caption'], kind: 'text' },
  { path: ['events', 0, 'quote'], kind: 'oneOrMany' },
  { path: ['events', 0, 'quote', 'text'], kind: 'text', required: true },
  { path: ['events', 0, 'quote', 'author'], kind: 'id', required: true },
  { path: ['events', 0, 'quote', 'role'], kind: 'text' },
  { path: ['events', 0, 'sources'], kind: 'array' },
  { path: ['events', 0, 'sources', 0, 'label'], kind: 'text', required: true },
  { path: ['events', 0, 'sources', 0, 'url'], kind: 'url' },
  { path: ['events', 0, 'sources', 0, 'date'], kind: 'date' },
  { path: ['events', 0, 'tags'], kind: 'array' },
  { path: ['events', 0, 'tags', 0], kind: 'tag' },
  { path: ['story'], kind: 'array' },
  { path: ['story', 0], kind: 'storyId' },
];

describe('robustness: hostile datasets', () => {
  before(async () => {
    // Not a fixture(): those are removed after each test, and this one lives through the suite.
    shared = document.createElement('alpine-timeline');
    shared.data = KEPT;
    document.body.append(shared);
    shared.addEventListener('timeline-error', (e) => errors.push(e));
    await waitUntil(() => markIds(shared).length === 2, 'KEPT was not drawn');
    expect(markIds(shared)).to.deep.equal(KEPT_IDS);
  });
  after(() => shared.remove());
  beforeEach(() => {
    takePageErrors();
    canaryHits.length = 0;
  });
  afterEach(async () => {
    await resetMouse();
    expect(takePageErrors(), 'errors or rejections that reached window').to.deep.equal([]);
    expect(canaryHits, 'code from the data ran').to.deep.equal([]);
  });

  it('the full dataset used below is valid, and drawn with every event', async () => {
    const el = await expectDrawn(FULL);
    expect(el.timeline!.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    const detail = await openDetail(el, 'a');
    expect(detail.querySelector('[part~="media"] img')!.getAttribute('src')).to.equal(new URL('img.png', document.baseURI).href);
    expect(detail.querySelector('[part~="sources"] a')!.getAttribute('href')).to.equal('https://example.org/');
  });

  describe('wrong types and values at every field: the exact path, the last dataset kept', () => {
    for (const field of FIELDS) {
      const name = pathText(field.path);
      it(`${name} (${field.kind}): ${WRONG[field.kind].length} wrong values${field.required ? ', and missing' : ''}, as objects and as JSON text`, async () => {
        for (const [value, below = []] of WRONG[field.kind]) {
          const data = mutate(field.path, value);
          const expected = pathText([...field.path, ...below]);
          const problems = await expectRefused(data, { includes: expected });
          // The same dataset as JSON text gives the same problems.
          const again = await expectRefused(JSON.stringify(data), { includes: expected });
          expect(again, `${name} = ${JSON.stringify(value)} as text`).to.deep.equal(problems);
        }
        if (field.required) {
          await expectRefused(mutate(field.path, undefined), { includes: name, message: /^required field ".+" is missing$/ });
        }
      });
    }
  });

  describe('rejected: each with its exact problems, and the last valid dataset kept', () => {
    const CASES: { name: string; data: unknown; paths: string[]; message?: RegExp }[] = [
      // malformed JSON
      { name: 'malformed JSON: a bracket not closed', data: '{"title": "x", "events": [}', paths: [''], message: /^The dataset is not valid JSON: .+/ },
      { name: 'malformed JSON: truncated', data: '{"title": "x", "events": [', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: empty text', data: '', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: whitespace only', data: ' \n\t ', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: single quotes', data: "{'title': 'x', 'events': []}", paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: a trailing comma', data: '{"title": "x", "events": [],}', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: NaN', data: '{"title": "x", "events": [NaN]}', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: a comment', data: '// c\n{"title": "x", "events": []}', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: text after the value', data: '{"title": "x", "events": []} <script>window.__canary(1)</script>', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: a NUL byte', data: '\u0000', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: an HTML page', data: '<!doctype html><script>window.__canary(2)</script>', paths: [''], message: /not valid JSON/ },
      { name: 'malformed JSON: 100,000 nested brackets', data: '['.repeat(100_000), paths: [''], message: /not valid JSON|call stack/ },
      // not an object
      { name: 'JSON null', data: 'null', paths: [''], message: /^expected a JSON object with "title" and "events", got null$/ },
      { name: 'a JSON array', data: '[]', paths: [''], message: /got an empty array$/ },
      { name: 'a JSON number', data: '42', paths: [''], message: /got 42$/ },
      { name: 'a JSON string', data: '"timeline"', paths: [''], message: /got "timeline"$/ },
      { name: 'the number 0 as data', data: 0, paths: [''], message: /got 0$/ },
      { name: 'false as data', data: false, paths: [''], message: /got false$/ },
      { name: 'a function as data', data: () => window.__canary?.('fn'), paths: [''], message: /got a function$/ },
      { name: 'a symbol as data', data: Symbol('x'), paths: [''], message: /got a symbol$/ },
      { name: 'an empty object', data: {}, paths: ['title', 'events'] },
      // duplicates
      { name: 'duplicate event ids', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A' }, { id: 'a', date: '2001', title: 'B' }, { id: 'a', date: '2002', title: 'C' }] }, paths: ['events[1].id', 'events[2].id'], message: /^duplicate id "a" \(also used by events\[0\]\)$/ },
      { name: 'duplicate category ids', data: { title: 't', categories: [{ id: 'c', label: 'C' }, { id: 'c', label: 'D' }], events: [] }, paths: ['categories[1].id'], message: /^duplicate id "c" \(also used by categories\[0\]\)$/ },
      { name: 'duplicate era ids', data: { title: 't', eras: [{ id: 'e', label: 'E', start: '1900' }, { id: 'e', label: 'F', start: '1950' }], events: [] }, paths: ['eras[1].id'], message: /^duplicate id "e"/ },
      { name: 'a duplicate story entry', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A' }], story: ['a', 'a'] }, paths: ['story[1]'], message: /^"a" is already in the story \(story\[0\]\)$/ },
      // impossible dates
      { name: 'an impossible day: 2021-02-30', data: { title: 't', events: [{ id: 'a', date: '2021-02-30', title: 'A' }] }, paths: ['events[0].date'], message: /^"2021-02-30" is not a real calendar date$/ },
      { name: 'an impossible month: 1969-13', data: { title: 't', events: [{ id: 'a', date: '1969-13', title: 'A' }] }, paths: ['events[0].date'], message: /^"1969-13" is not a date \(expected YYYY, YYYY-MM or YYYY-MM-DD\)$/ },
      { name: '29 February of a common year', data: { title: 't', events: [{ id: 'a', date: '1900-02-29', title: 'A' }] }, paths: ['events[0].date'], message: /not a real calendar date/ },
      { name: 'a year beyond what dates can hold', data: { title: 't', events: [{ id: 'a', date: `+${MAX_YEAR + 1}`, title: 'A' }] }, paths: ['events[0].date'], message: /is outside the supported years/ },
      { name: 'a year before what dates can hold', data: { title: 't', events: [{ id: 'a', date: `${MIN_YEAR - 1}`, title: 'A' }] }, paths: ['events[0].date'], message: /is outside the supported years/ },
      // end before start
      { name: 'an event ending before it starts', data: { title: 't', events: [{ id: 'a', date: '1969-07-20', end: '1969-07-19', title: 'A' }] }, paths: ['events[0].end'], message: /^"1969-07-19" is before the start date "1969-07-20"$/ },
      { name: 'an era ending before it starts', data: { title: 't', eras: [{ id: 'e', label: 'E', start: '1950', end: '1949-12-31' }], events: [] }, paths: ['eras[0].end'], message: /^"1949-12-31" is before the start "1950"$/ },
      { name: 'an event ending before a BCE start', data: { title: 't', events: [{ id: 'a', date: '-0044', end: '-0045', title: 'A' }] }, paths: ['events[0].end'], message: /before the start date "-0044"/ },
      // unknown categories
      { name: 'an unknown category', data: { title: 't', categories: [{ id: 'brand', label: 'B' }, { id: 'industry', label: 'I' }], events: [{ id: 'a', date: '2000', title: 'A', category: 'racing' }] }, paths: ['events[0].category'], message: /^unknown category "racing" \(declared: brand, industry\)$/ },
      { name: 'a category when none are declared', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A', category: 'racing' }] }, paths: ['events[0].category'], message: /^unknown category "racing" \(no categories are declared\)$/ },
      { name: 'a category named like an Object.prototype member', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A', category: 'constructor' }] }, paths: ['events[0].category'], message: /unknown category "constructor"/ },
      { name: 'a story id that no event has', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A' }], story: ['toString'] }, paths: ['story[0]'], message: /^no event has the id "toString"$/ },
      // __proto__ and constructor
      { name: '__proto__ as a top-level key (JSON text)', data: '{"title": "t", "events": [], "__proto__": {"polluted": "yes", "title": "x"}}', paths: ['__proto__'], message: /^unknown field "__proto__"$/ },
      { name: 'constructor.prototype as a top-level key (JSON text)', data: '{"title": "t", "events": [], "constructor": {"prototype": {"polluted": "yes"}}}', paths: ['constructor'], message: /^unknown field "constructor"/ },
      { name: '__proto__ in an event (JSON text)', data: '{"title": "t", "events": [{"id": "a", "date": "2000", "title": "A", "__proto__": {"polluted": "yes", "milestone": true}}]}', paths: ['events[0].__proto__'] },
      { name: '__proto__ in a text (JSON text)', data: '{"title": {"__proto__": "x"}, "events": []}', paths: ['title.__proto__'], message: /is not a language tag/ },
      { name: 'prototype and __defineGetter__ keys in media', data: '{"title": "t", "events": [{"id": "a", "date": "2000", "title": "A", "media": {"src": "a.png", "alt": "A", "prototype": 1, "__defineGetter__": 2}}]}', paths: ['events[0].media.prototype', 'events[0].media.__defineGetter__'] },
      { name: 'own __proto__ key from code', data: Object.defineProperty({ title: 't', events: [] }, '__proto__', { value: { polluted: 1 }, enumerable: true }), paths: ['__proto__'] },
      // URLs
      { name: 'a javascript: image', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A', media: { src: 'javascript:window.__canary(1)', alt: 'x' } }] }, paths: ['events[0].media.src'], message: /^"javascript:window.__canary\(1\)" is not allowed: only http\(s\) or relative URLs are allowed$/ },
      { name: 'a data: image', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A', media: [{ src: 'ok.png', alt: 'ok' }, { src: 'data:image/svg+xml,<svg onload=window.__canary(1)>', alt: 'x' }] }] }, paths: ['events[0].media[1].src'], message: /is not allowed/ },
      { name: 'a javascript: source link', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A', sources: [{ label: 'ok', url: 'https://a.example/' }, { label: 'x', url: ' javascript:window.__canary(1)' }] }] }, paths: ['events[0].sources[1].url'], message: /must not start or end with spaces/ },
      { name: 'a data: source link', data: { title: 't', events: [{ id: 'a', date: '2000', title: 'A', sources: [{ label: 'x', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }] }] }, paths: ['events[0].sources[0].url'], message: /is not allowed/ },
      // many problems at once
      {
        name: '500 broken events: 100 problems listed, the rest summed up',
        data: { title: 't', events: Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, date: 'never', title: 'X' })) },
        paths: [...Array.from({ length: 100 }, (_, i) => `events[${i}].date`), ''],
      },
    ];
    for (const c of CASES) {
      it(c.name, async () => {
        const problems = await expectRefused(c.data, { paths: c.paths, ...(c.message ? { message: c.message } : {}) });
        if (c.name.startsWith('500 broken')) expect(problems[100]!.message).to.equal('…and 400 more problems');
      });
    }

    it('hostile objects (throwing proxies and getters, revoked proxies) are refused, never thrown', async () => {
      const throwing = new Proxy({}, { get: () => { throw new Error('get trap'); }, ownKeys: () => { throw new Error('ownKeys trap'); }, getOwnPropertyDescriptor: () => { throw new Error('gopd trap'); } });
      const revocable = Proxy.revocable({ title: 't', events: [] }, {});
      revocable.revoke();
      const getter = { title: 't', get events(): unknown { throw new Error('getter'); } };
      const deepGetter = { title: 't', events: [{ id: 'a', date: '2000', get title(): unknown { throw new Error('deep getter'); } }] };
      for (const data of [throwing, revocable.proxy]) {
        await expectRefused(data, { paths: [''], message: /^the dataset could not be read \(.+\)$/ });
      }
      // a getter is named where it is
      await expectRefused(getter, { paths: ['events'], message: /^this value could not be read \(getter\)$/ });
      await expectRefused(deepGetter, { paths: ['events[0].title'], message: /^this value could not be read \(deep getter\)$/ });
    });

    it('inherited fields are not read: a title on the prototype is missing', async () => {
      const data = Object.create({ title: 'inherited', events: [] }) as object;
      await expectRefused(data, { paths: ['title', 'events'] });
    });

    it('past 100 problems, the panel says how many it leaves out in the interface language, under the list', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="fr"></alpine-timeline>`);
      el.data = { title: 't', events: Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, date: 'never', title: 'X' })) } as unknown as TimelineDataset;
      await settle(el);
      // the API keeps the parser's list: 100 problems and the count of the rest
      expect(el.problems).to.have.length(101);
      expect(el.problems[100]).to.deep.equal({ path: '', message: '…and 1900 more problems' });
      const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(panel.querySelectorAll('li')).to.have.length(100);
      const more = panel.querySelector('ul + .more');
      expect(more?.textContent?.trim()).to.equal(`Problèmes non listés\u00a0: ${new Intl.NumberFormat('fr').format(1900)}`);
      expect(takePageErrors()).to.deep.equal([]);
    });

    it('an error panel shown alone has no empty heading, and its Dismiss leaves focus in the element', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline .data=${{ title: 't', events: [{ id: 'a', date: 'soon', title: 'A' }] }}></alpine-timeline>`);
      await settle(el);
      expect(el.timeline, 'no dataset shown').to.equal(undefined);
      expect(el.shadowRoot!.querySelector('[part~="error"]'), 'error panel').to.exist;
      expect(el.shadowRoot!.querySelectorAll('h2').length, 'an empty heading').to.equal(0);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('aria-label'), 'an empty name').to.equal(false);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLElement>('[part~="error-dismiss"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no [part~="error"]').to.equal(true);
      expect(document.activeElement?.tagName, 'focus fell to the page').to.equal('ALPINE-TIMELINE');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('base');
      // once a dataset is shown, the element is no tab stop of its own
      el.data = { title: 'Now', events: [{ id: 'a', date: '1969', title: 'A' }] };
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('tabindex')).to.equal(false);
      expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('Now');
    });

    it('the error panel is dismissible, and the dataset on screen stays', async () => {
      await expectRefused({ title: 't', events: [{ id: 'a', date: '1969-13', title: 'A' }] }, { paths: ['events[0].date'] });
      const dismiss = shared.shadowRoot!.querySelector<HTMLElement>('[part~="error-dismiss"]')!;
      dismiss.scrollIntoView();
      const r = dismiss.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      await settle(shared);
      expect(shared.shadowRoot!.querySelector('[part~="error"]') === null, 'no [part~="error"]').to.equal(true);
      expect(markIds(shared)).to.deep.equal(KEPT_IDS);
    });
  });

  describe('odd but valid: drawn sensibly', () => {
    it('an empty dataset: the title and an "empty" note, no marks', async () => {
      const el = await expectDrawn({ title: 'Nothing yet', events: [] });
      expect(partText(el, 'title')).to.equal('Nothing yet');
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
      expect(markIds(el)).to.deep.equal([]);
    });

    it('a single event: one mark and an axis', async () => {
      const el = await expectDrawn({ title: 'One', events: [{ id: 'only', date: '1969-07-20', title: 'Only' }] });
      expect(markIds(el)).to.deep.equal(['only']);
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent!);
      expect(ticks.length).to.be.greaterThan(1);
      for (const t of ticks) expect(t).to.not.match(/NaN|Invalid|undefined/);
    });

    it('200 events on the same day: every one represented, nothing thrown', async () => {
      const events = Array.from({ length: 200 }, (_, i) => ({ id: `same-${i}`, date: '1969-07-20', title: `Same day ${i}` }));
      const el = await expectDrawn({ title: 'Same day', events });
      expect(representedEvents(el).total).to.equal(200);
    });

    it('year 1 and year 9999 on one axis, in order, with readable ticks', async () => {
      const el = await expectDrawn({ title: 'Far apart', events: [{ id: 'y9999', date: '9999-12-31', title: 'Last' }, { id: 'y1', date: '0001-01-01', title: 'First' }] });
      expect(markIds(el)).to.deep.equal(['y1', 'y9999']);
      const marker = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"] [part~="marker"]`)!.getBoundingClientRect().left;
      expect(marker('y1')).to.be.below(marker('y9999'));
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent!);
      expect(ticks.length).to.be.greaterThan(2);
      for (const t of ticks) expect(t).to.match(/^\d|^[^\d]*\d/).and.to.not.match(/NaN|Invalid/);
    });

    it('years before the common era: no year zero, "BC" in the detail', async () => {
      const el = await expectDrawn({
        title: 'Antiquity',
        events: [
          { id: 'ides', date: '-0043-03-15', title: 'Ides of March' },
          { id: 'zero', date: '0000', title: 'Year 0 is 1 BC' },
          { id: 'pyramid', date: '-2560', title: 'Great Pyramid', approximate: true },
          { id: 'reign', date: '-0026', end: '0014', title: 'Augustus' },
        ],
      });
      expect(markIds(el)).to.deep.equal(['pyramid', 'ides', 'reign', 'zero']);
      expect((await openDetail(el, 'ides')).querySelector('[part~="detail-date"]')!.textContent).to.match(/44 BC/);
      expect((await openDetail(el, 'zero')).querySelector('[part~="detail-date"]')!.textContent).to.match(/^1 BC$/);
      expect((await openDetail(el, 'reign')).querySelector('[part~="detail-date"]')!.textContent).to.match(/27 BC.*14 AD|27 BC.*AD 14/);
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent!);
      expect(ticks.some((t) => /BC/.test(t))).to.equal(true);
      for (const t of ticks) expect(t).to.not.match(/NaN|Invalid|^0$/);
    });

    it(`the extreme years ${MIN_YEAR} and +${MAX_YEAR}`, async () => {
      const el = await expectDrawn({ title: 'Deep time', events: [{ id: 'min', date: String(MIN_YEAR), title: 'Min' }, { id: 'max', date: `+${MAX_YEAR}`, title: 'Max' }] });
      expect(markIds(el)).to.deep.equal(['min', 'max']);
    });

    it('leap days that exist: 2000-02-29, 1600-02-29, 0000-02-29', async () => {
      const el = await expectDrawn({ title: 'Leap', events: ['2000-02-29', '1600-02-29', '0000-02-29'].map((date, i) => ({ id: `l${i}`, date, title: date })) });
      expect(markIds(el)).to.deep.equal(['l2', 'l1', 'l0']);
    });

    it('HTML and script in every text field stay inert text (fixture file, via src)', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/hostile/script-everywhere.json"></alpine-timeline>`);
      await waitUntil(() => markIds(el).length === 1, 'not drawn', { timeout: 5000 });
      await settle(el);
      expectNothingEscaped(el);
      const id = el.timeline!.events[0]!.id;
      expect(markIds(el)).to.deep.equal([id]);
      expect(partText(el, 'title')).to.equal("<script>window.__canary('title')</script>");
      expect(partText(el, 'event-title')).to.contain('<b onmouseover=');
      const detail = await openDetail(el, id);
      const text = detail.textContent!;
      for (const fragment of ['{{constructor.constructor(', "${window.__canary('literal')}", '<object data=', "<script>window.__canary('author')</script>", "<script>window.__canary('caption')</script>"]) {
        expect(text).to.contain(fragment);
      }
      const img = detail.querySelector('[part~="media"] img')!;
      expect(img.getAttribute('alt')).to.equal('" onerror="window.__canary(\'alt\')');
      expect(img.getAttribute('src')).to.equal(new URL('/test/fixtures/hostile/img.png', location.href).href);
      const link = detail.querySelector('[part~="sources"] a')!;
      expect(link.getAttribute('href')).to.equal("https://example.org/?q=%3Cscript%3Ewindow.__canary(%27url%27)%3C/script%3E");
      expect(link.textContent).to.equal("<a href=javascript:window.__canary('label')>click</a>");
      // Keyboard through a mark whose id is HTML with quotes (CSS.escape in the selectors).
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="event"] button')!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expectNothingEscaped(el);
      await aTimeout(50); // let a broken <img onerror> fire, if there were one
      expect(canaryHits).to.deep.equal([]);
    });

    it('HTML and script in every text field stay inert text (as a data object, every field, with eras and the axis)', async () => {
      const payload = '<img src=x onerror="window.__canary(1)"><script>window.__canary(2)</script>';
      const el = await expectDrawn({
        title: payload,
        description: payload,
        categories: [{ id: 'c', label: payload }],
        eras: [{ id: payload, label: payload, start: '1900', summary: payload }],
        events: [{ id: payload, date: '1950', title: payload, summary: payload, body: `${payload}\n\n${payload}`, category: 'c', milestone: true, media: { src: 'a.png', alt: payload, caption: payload, credit: payload }, quote: { text: payload, author: payload, role: payload }, sources: [{ label: payload }], tags: [payload] }],
      });
      await openDetail(el, payload);
      expect(el.shadowRoot!.querySelector('[part~="era-label"]')?.textContent).to.contain('<img src=x');
      await aTimeout(50);
      expectNothingEscaped(el);
    });

    it('prototype-pollution keys from a file are refused, and pollute nothing', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/hostile/proto-pollution.json"></alpine-timeline>`);
      await waitUntil(() => el.problems.length > 0, 'no problems', { timeout: 5000 });
      expect(el.problems.map((p) => p.path)).to.deep.equal(['__proto__', 'constructor', 'events[0].__proto__', 'events[0].constructor']);
      expectNothingEscaped(el);
    });

    it('unsafe URLs from a file are refused with their paths', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/hostile/bad-urls.json"></alpine-timeline>`);
      await waitUntil(() => el.problems.length > 0, 'no problems', { timeout: 5000 });
      expect(el.problems.map((p) => p.path)).to.deep.equal(['events[0].media[0].src', 'events[0].media[1].src', 'events[0].sources[0].url', 'events[0].sources[1].url']);
      expectNothingEscaped(el);
    });

    it('URLs that only look dangerous are relative http(s) URLs once resolved', async () => {
      const odd = ['javascript&colon;window.__canary(1)', '%6A%61vascript:window.__canary(2)', '//example.org/x.png', '?q=<script>', '#javascript:x', './data:x', 'https://example.org/a b'];
      const el = await expectDrawn({ title: 'Odd URLs', events: [{ id: 'a', date: '2000', title: 'A', media: odd.map((src, i) => ({ src, alt: `m${i}` })), sources: odd.map((url, i) => ({ label: `s${i}`, url })) }] });
      const detail = await openDetail(el, 'a');
      const urls = [...detail.querySelectorAll('img')].map((i) => i.src).concat([...detail.querySelectorAll('a')].map((a) => a.href));
      expect(urls.length).to.be.greaterThan(odd.length);
      for (const u of urls) expect(new URL(u).protocol).to.match(/^https?:$/);
    });

    it('ids named after Object.prototype members work like any other', async () => {
      const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
      const el = await expectDrawn({ title: 'Proto ids', events: ids.map((id, i) => ({ id, date: String(1900 + i * 10), title: id })), story: ids });
      expect(markIds(el)).to.deep.equal(ids);
      for (const id of ids) {
        await openDetail(el, id);
        expect(el.selected).to.equal(id);
      }
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="constructor"] button`)!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'End' });
      expectNothingEscaped(el);
    });

    it('odd colours are accepted by the format but never reach a style that loads something', async () => {
      const colors = ['expression(alert(1))', 'url(x.png)', 'var(--at-accent)', 'rgb(0 0 0 / 50%)', 'TEAL'];
      const el = await expectDrawn({ title: 'Colours', categories: colors.map((color, i) => ({ id: `c${i}`, label: color, color })), events: colors.map((_, i) => ({ id: `e${i}`, date: String(1900 + i * 20), title: `E${i}`, category: `c${i}` })) });
      const styles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"] > button')].map((m) => m.style.getPropertyValue('--at-category-color'));
      expect(styles.join('|')).to.not.match(/expression|url\(/);
    });

    it('unusual Unicode: bidi overrides, zero-width, lone surrogates, NUL, emoji, combining marks', async () => {
      const texts = ['\u202Eevil.exe\u202C', '\u200B\u200D\uFEFF', 'a\uD800b', 'nul\u0000in', '🏎️💨', 'Z̸̡͎̈́a̷l̶g̴o̵', '\u0085\u2028\u2029'];
      const el = await expectDrawn({ title: texts.join(' '), events: texts.map((title, i) => ({ id: `u${i}`, date: String(1950 + i), title, summary: title })) });
      expect(markIds(el)).to.have.length(texts.length);
      await openDetail(el, 'u3');
    });

    it('extension fields of any shape are ignored', async () => {
      let deep: Json = 'bottom';
      for (let i = 0; i < 5000; i++) deep = [deep];
      const el = await expectDrawn({ title: 'Ext', 'x-deep': deep, 'x-html': '<script>window.__canary(1)</script>', events: [{ id: 'a', date: '2000', title: 'A', 'x-fn': '() => window.__canary(2)' }] });
      expect(markIds(el)).to.deep.equal(['a']);
    });

    it('a malformed language (defaultLanguage "en-a", lang="en_US") falls back instead of throwing', async () => {
      const el = await expectDrawn({ title: 'Lang', defaultLanguage: 'en-a', events: [{ id: 'a', date: '1969-07-20', title: 'A' }] });
      for (const lang of ['en_US', '<script>', '', 'x-klingon', 'de-DE-u-ca-buddhist']) {
        el.setAttribute('lang', lang);
        await settle(el);
        expect(markIds(el)).to.deep.equal(['a']);
        expectNothingEscaped(el);
      }
    });

    it('hostile URL hashes with deep-link: no throw, only existing ids selected', async () => {
      const hashes = [
        '#event=%3Cscript%3Ewindow.__canary(1)%3C/script%3E', '#event=__proto__', '#event=constructor&view=-271820/+275759',
        '#view=-271821-01-01/99999-12-31', '#view=2000/1000', '#view=0000-02-30/0001', `#event=${'x'.repeat(100_000)}`, '#%',
        '#event=%E0%A4%A', `#view=${'1/'.repeat(1000)}`, '#event=a&event=b&view=1900/2000&view=x',
      ];
      const before = location.href;
      try {
        for (const hash of hashes) {
          history.replaceState(null, '', location.pathname + location.search + hash);
          const el = await fixture<AlpineTimeline>(html`<alpine-timeline deep-link .data=${{ title: 't', events: [{ id: '__proto__', date: '1900', title: 'P' }, { id: 'a', date: '1950', title: 'A' }] }}></alpine-timeline>`);
          await settle(el);
          window.dispatchEvent(new HashChangeEvent('hashchange'));
          window.dispatchEvent(new PopStateEvent('popstate'));
          await settle(el);
          expect([null, '__proto__', 'a'], hash.slice(0, 40)).to.include(el.selected);
          expectNothingEscaped(el);
          el.remove();
        }
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('a 10,000-character title: label cut short, full text in the detail', async () => {
      const long = 'Long '.repeat(2000);
      const el = await expectDrawn({ title: 'Long', events: [{ id: 'a', date: '2000', title: long }] });
      const mark = el.shadowRoot!.querySelector<HTMLElement>('[data-id="a"]')!;
      expect(mark.getBoundingClientRect().width).to.be.below(el.getBoundingClientRect().width);
      expect((await openDetail(el, 'a')).querySelector('[part~="detail-title"]')!.textContent).to.equal(long);
    });

    it('a word longer than the element (no spaces) wraps inside it in every view: title, legend, list, tags', async () => {
      const word = 'W'.repeat(300);
      const data = {
        title: word,
        categories: [{ id: 'c', label: word, color: '#b42318' }],
        events: [
          { id: 'a', date: '1900', title: word, summary: word, category: 'c', tags: [word] },
          { id: 'b', date: '1950', title: 'B', milestone: true },
        ],
      };
      for (const attrs of ['', 'list-view', 'mode=story']) {
        const el = await expectDrawn(data);
        for (const [name, value] of attrs.split(/\s+/).filter(Boolean).map((a) => a.split('='))) el.setAttribute(name!, value ?? '');
        if (attrs !== 'mode=story') el.select('a');
        await settle(el);
        const right = el.getBoundingClientRect().right;
        const out = [...el.shadowRoot!.querySelectorAll('*')]
          .filter((n) => n.getBoundingClientRect().right > right + 1 && n.getClientRects().length > 0)
          .map((n) => n.getAttribute('part') ?? `${n.localName}.${n.className}`);
        expect(out, `parts running out of the element (${attrs || 'plot'})`).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(innerWidth);
        el.remove();
      }
    });

    it('a 1 MB text (dataset and event title): drawn and opened without hanging', async function () {
      // Opening the detail lays out the 1 MB text: 6–20 s while the detail's texts were laid out
      // with `unicode-bidi: plaintext` (quadratic in Chromium), under 1 s since they are isolates
      // with dir="auto"; the limit stays wide for a loaded machine.
      this.timeout(60_000);
      const mb = 'abcdefghij '.repeat(95_326); // 1,048,586 characters
      const started = performance.now();
      const el = await expectDrawn({ title: mb, events: [{ id: 'a', date: '2000', title: mb }] });
      const drawn = performance.now() - started;
      await openDetail(el, 'a');
      const took = performance.now() - started;
      console.log(`1 MB title: drawn in ${Math.round(drawn)} ms, detail opened after ${Math.round(took)} ms`);
      expect(took).to.be.below(50_000);
    });

    it('a 1 MB summary, body and quote: the detail opens with the whole text, as inert text', async function () {
      // (Each took 6–7 s to lay out, up to 24 s on a loaded machine, while the detail's texts had
      // `unicode-bidi: plaintext`; see `isolated` in event-text.ts. Timed in the log, not asserted.)
      this.timeout(60_000);
      const mb = '<b onmouseover=__pwned()>x</b> '.repeat(33_826); // 1,048,606 characters of HTML-looking text
      const el = await expectDrawn({ title: 'Long', events: [{ id: 'a', date: '2000', title: 'A', summary: mb, body: `${mb}\n\n${mb}`, quote: { text: mb, author: 'Q' } }] });
      const started = performance.now();
      const detail = await openDetail(el, 'a');
      detail.getBoundingClientRect(); // laid out
      const took = performance.now() - started;
      console.log(`1 MB summary, 2 × 1 MB body, 1 MB quote: detail opened and laid out in ${Math.round(took)} ms`);
      const summary = detail.querySelector('.summary')!;
      // (Booleans: a failed comparison of 1 MB strings would print them.)
      expect(summary.textContent === mb, 'the whole summary, as text').to.equal(true);
      expect(summary.childElementCount, 'no element made from the text').to.equal(0);
      expect(detail.querySelectorAll('b').length, 'no element made from the text').to.equal(0);
      const body = [...detail.querySelectorAll('p:not(.summary):not(.detail-meta)')].map((p) => p.textContent === mb.trim());
      expect(body, 'the two paragraphs of the body, whole').to.deep.equal([true, true]);
      expect(detail.querySelector('blockquote')!.textContent === mb, 'the whole quote').to.equal(true);
      expect(getComputedStyle(summary).unicodeBidi, 'an isolate, not plaintext').to.equal('isolate');
      expect(detail.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('texts from data keep their own direction in the detail and the list (dir="auto")', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
      const el = await timeline({
        title: 'Dir',
        events: [
          { id: 'he', date: '2000', title: 'שלום עולם', summary: 'תקציר בעברית, 2000.' },
          { id: 'fr', date: '2001', title: 'Fondation', summary: 'Le 28 janvier 2001.', quote: { text: 'Une citation.', author: 'Auteur' } },
        ],
      });
      wrapper.append(el);
      await settle(el);
      const direction = (node: Element | null) => (node ? getComputedStyle(node).direction : 'missing');
      await openDetail(el, 'he');
      expect(direction(el.shadowRoot!.querySelector('.summary'))).to.equal('rtl');
      expect(direction(el.shadowRoot!.querySelector('[part~="detail-title"]'))).to.equal('rtl');
      await openDetail(el, 'fr');
      expect(direction(el.shadowRoot!.querySelector('.summary'))).to.equal('ltr'); // on a right-to-left page
      expect(direction(el.shadowRoot!.querySelector('[part~="detail-title"]'))).to.equal('ltr');
      expect(direction(el.shadowRoot!.querySelector('[part~="detail"] blockquote'))).to.equal('ltr');
      el.listView = true;
      await settle(el);
      const items = [...el.shadowRoot!.querySelectorAll('[part~="list-item"]')];
      expect(items.map((li) => direction(li.querySelector('strong')))).to.deep.equal(['rtl', 'ltr']);
      // (the open event's summary is in its detail, under its item)
      expect(items.map((li) => direction(li.querySelector(':scope > p, [part~="detail"] .summary')))).to.deep.equal(['rtl', 'ltr']);
    });

    it('a 1 MB unknown key and a 1 MB id are reported without hanging', async function () {
      // Reported in 0.1–0.5 s; 3.1 s was once seen with five test runs sharing the 2 cores. The
      // limit only catches a hang (a message or a panel holding the whole key); how fast it goes
      // is printed, not asserted (budgets belong in `npm run bench`).
      this.timeout(60_000);
      const mb = 'k'.repeat(1 << 20);
      const started = performance.now();
      const problems = await expectRefused(JSON.parse(`{"title":"t","events":[{"id":"a","date":"2000","title":"A","${mb}":1}],"${mb}":2}`), { paths: [mb, `events[0].${mb}`] });
      const took = performance.now() - started;
      console.log(`1 MB unknown key: reported in ${Math.round(took)} ms`);
      expect(problems[0]!.message).to.equal(`unknown field "${'k'.repeat(39)}…"`);
      expect(took).to.be.below(30_000);
      await expectDrawn({ title: 't', events: [{ id: mb, date: '2000', title: 'A' }] });
    });
  });

  describe('nothing lost: an invalid dataset never replaces the one on screen', () => {
    it('…set as a property, then a valid one replaces both the dataset and the error', async () => {
      const el = await timeline(KEPT);
      el.data = { title: 'Bad', events: [{ id: 'a', date: '2021-02-30', title: 'A' }] };
      await settle(el);
      expect(markIds(el)).to.deep.equal(KEPT_IDS);
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('events[0].date');
      el.data = { title: 'Good', events: [{ id: 'g', date: '2000', title: 'G' }] };
      await settle(el);
      await waitUntil(() => markIds(el).join() === 'g');
      expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no [part~="error"]').to.equal(true);
    });

    it('…as edited inline JSON', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline><script type="application/json">{"title": "Inline", "events": [{"id": "i", "date": "1990", "title": "I"}]}</script></alpine-timeline>`);
      await waitUntil(() => markIds(el).join() === 'i', 'inline not drawn');
      const script = el.querySelector('script')!;
      script.textContent = '{"title": "Inline", "events": [{"id": "i", "date": "1990-13", "title": "I"}]}';
      await waitUntil(() => el.problems.length > 0, 'the edit was not read');
      await settle(el);
      expect(el.problems.map((p) => p.path)).to.deep.equal(['events[0].date']);
      expect(markIds(el)).to.deep.equal(['i']);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
      script.textContent = '{"title": "Inline", "events": [{"id": "j", "date": "1991", "title": "J"}]}';
      await waitUntil(() => markIds(el).join() === 'j', 'the fixed edit was not drawn');
      expect(el.problems).to.deep.equal([]);
      script.textContent = 'not json <script>window.__canary(1)</script>';
      await waitUntil(() => el.problems.length > 0);
      expect(el.problems[0]!.message).to.match(/not valid JSON/);
      expect(markIds(el)).to.deep.equal(['j']);
      expectNothingEscaped(el);
    });

    it('…even when it is the first dataset: nothing half-shown, the error panel alone', async () => {
      const el = await timeline({ title: 'Bad', events: [{ id: 'a', date: '1969-13', title: 'A' }] });
      expect(el.timeline).to.equal(undefined);
      expect(markIds(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('events[0].date');
      expectNothingEscaped(el);
    });
  });

  describe('100,000 events', () => {
    const big = (): TimelineDataset => ({
      title: 'Big',
      events: Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, date: `${String(1000 + ((i * 7919) % 1000)).padStart(4, '0')}-${String(1 + (i % 12)).padStart(2, '0')}`, title: `Event ${i}` })),
    });

    it('are drawn without hanging: every event represented, a bounded number of nodes', async function () {
      this.timeout(30_000);
      const started = performance.now();
      const el = await timeline(big());
      await waitUntil(() => representedEvents(el).total === 100_000, `not every event is represented: ${JSON.stringify(representedEvents(el))}`, { timeout: 20_000 });
      const took = performance.now() - started;
      const nodes = el.shadowRoot!.querySelectorAll('*').length;
      console.log(`100,000 events: drawn in ${Math.round(took)} ms, ${nodes} elements in the shadow root, ${representedEvents(el).ids.length} marks + ${representedEvents(el).clustered} in clusters`);
      expect(nodes).to.be.below(10_000);
      expect(el.select('e99999')).to.equal(true);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.exist;
      expectNothingEscaped(el);
      expect(took).to.be.below(20_000);
    });

    it('parse within a second or two and are all kept, in time order', () => {
      const data = big();
      const started = performance.now();
      const result = parseDataset(data);
      const took = performance.now() - started;
      console.log(`100,000 events: parsed in ${Math.round(took)} ms`);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.timeline.events).to.have.length(100_000);
      let unordered = 0;
      for (let i = 1; i < 100_000; i++) if (result.timeline.events[i - 1]!.start.start > result.timeline.events[i]!.start.start) unordered++;
      expect(unordered).to.equal(0);
      expect(took).to.be.below(5000);
    });
  });
});
