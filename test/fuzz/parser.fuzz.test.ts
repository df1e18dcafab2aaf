/**
 * Issue #8.6: property-based tests of the parser (fast-check, fixed seed, bounded runs).
 * Generated JSON text and values never make it throw; every problem is a path and a sentence and
 * points into the document; a generated valid dataset is always accepted with every event, in
 * time order; the URL check only ever lets through what a browser resolves to http(s); dates
 * agree with the calendar.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkHistoricalDate, isSafeUrl, parseDataset, parseDatasetText, resolveSafeUrl } from '../../src/data/index.js';
import type { ParseResult } from '../../src/data/index.js';
import { mutatedDataset, SEED, validDataset } from './arbitraries.js';

const RUNS = { seed: SEED, numRuns: 300 };

/** The result has the documented shape; problems are at most 100 (+1 summary) sentences. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(result.timeline.events).to.be.an('array');
    return;
  }
  expect(result.problems.length).to.be.within(1, 101);
  for (const p of result.problems) {
    expect(p.path).to.be.a('string');
    expect(p.message).to.be.a('string').and.match(/\S/);
    expect(p.message).to.not.match(/\[object \w+\]|got undefined/);
  }
}

/** Reads `events[3].title.fr`, `["a b"]`, `[0]` back into keys. */
function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const re = /(?:^|\.)([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]!) as string);
    if (re.lastIndex === path.length) break;
  }
  expect(re.lastIndex === path.length || path === '', `unreadable path ${path}`).to.equal(true);
  return keys;
}

/** The parent of every problem's path exists in the document (the key itself may be the missing one). */
function expectPathsPointInto(data: unknown, result: ParseResult): void {
  if (result.ok) return;
  for (const p of result.problems) {
    if (p.path === '') continue;
    const keys = parsePath(p.path);
    let node: unknown = data;
    for (const key of keys.slice(0, -1)) {
      expect(node, `${p.path}: no ${String(key)} in ${JSON.stringify(node)?.slice(0, 80)}`).to.be.an(typeof node === 'object' && Array.isArray(node) ? 'array' : 'object');
      node = (node as Record<string | number, unknown>)[key];
    }
    expect(typeof node === 'object' && node !== null, `${p.path} points into the document`).to.equal(true);
  }
}

describe('fuzz: the parser', () => {
  let started = 0;
  before(() => (started = performance.now()));
  after(() => console.log(`parser fuzz: 6 properties in ${Math.round(performance.now() - started)} ms`));

  it('never throws on any text, and reports malformed JSON at the path ""', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), fc.constantFrom('', '\uFEFF{}', '{"title":', 'null', '[]', '\u0000')), (text) => {
        const result = parseDatasetText(text);
        expectWellFormed(result);
        let json: unknown;
        try {
          json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        } catch {
          expect(result.ok).to.equal(false);
          if (!result.ok) expect(result.problems.map((p) => p.path)).to.deep.equal(['']);
          return;
        }
        expectPathsPointInto(json, result);
      }),
      RUNS,
    );
  });

  it('never throws on any JSON value or JavaScript value, and its paths point into the document', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true })), (value) => {
        const result = parseDataset(value);
        expectWellFormed(result);
        expectPathsPointInto(value, result);
      }),
      RUNS,
    );
  });

  it('a valid dataset is always accepted, with every event, in time order, and the same from its JSON text', () => {
    fc.assert(
      fc.property(validDataset(), (data) => {
        const result = parseDataset(data);
        if (!result.ok) expect.fail(`refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
        const { events } = result.timeline;
        expect(events.map((e) => e.id).sort()).to.deep.equal(data.events.map((e) => e.id).sort());
        for (let i = 1; i < events.length; i++) expect(events[i - 1]!.start.start <= events[i]!.start.start).to.equal(true);
        for (const [i, e] of events.entries()) expect(e.index).to.equal(i);
        for (const e of events) expect(data.events).to.include(e.source);
        const again = parseDatasetText(JSON.stringify(data));
        expect(again.ok && again.timeline.events.map((e) => e.id)).to.deep.equal(events.map((e) => e.id));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('a valid dataset with one value replaced or removed: never throws, paths point into it', () => {
    fc.assert(
      fc.property(mutatedDataset(), ({ data }) => {
        const result = parseDataset(data);
        expectWellFormed(result);
        expectPathsPointInto(data, result);
        if (result.ok) {
          const events = (data as { events: unknown[] }).events;
          expect(result.timeline.events).to.have.length(events.length);
        }
      }),
      RUNS,
    );
  });

  it('isSafeUrl only passes URLs a browser resolves to http(s), however they are disguised', () => {
    const scheme = fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'vbscript', 'file', 'blob', 'http', 'https', 'HTTPS', 'mailto', 'about', 'ftp');
    const noise = fc.constantFrom('', '\t', '\n', '\r', ' ', '\u0000', '\u0001', '\u001f', '\u00a0', '\u2028', '\uFEFF', '%09', '&#58;', '\\');
    const disguised = fc.tuple(noise, scheme, noise, fc.constantFrom(':', '%3A', '&colon;', ''), noise, fc.string({ maxLength: 8 })).map(([a, s, b, colon, c, rest]) => {
      const cut = Math.floor(s.length / 2);
      return `${a}${s.slice(0, cut)}${b}${s.slice(cut)}${colon}${c}${rest}`;
    });
    const base = 'https://host.example/dir/page.html';
    fc.assert(
      fc.property(fc.oneof(disguised, fc.string({ unit: 'binary-ascii', maxLength: 16 }), fc.webUrl()), (url) => {
        if (!isSafeUrl(url)) {
          expect(resolveSafeUrl(url, base)).to.equal(undefined);
          return;
        }
        let resolved: URL | undefined;
        try {
          resolved = new URL(url, base);
        } catch {
          resolved = undefined; // unparseable: resolveSafeUrl drops it, nothing is followed
        }
        if (resolved) expect(resolved.protocol, `${JSON.stringify(url)} → ${resolved.href}`).to.match(/^https?:$/);
        const safe = resolveSafeUrl(url, base);
        if (safe !== undefined) expect(new URL(safe).protocol).to.match(/^https?:$/);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('dates follow the proleptic Gregorian calendar: valid exactly when the day exists, at the right instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
        const text = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const result = checkHistoricalDate(text);
        const d = new Date(0);
        d.setUTCFullYear(year, Math.max(0, month - 1), Math.max(1, day));
        const exists = month >= 1 && month <= 12 && day >= 1 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
        if (!exists) {
          expect(typeof result, text).to.equal('string');
          return;
        }
        if (typeof result === 'string') expect.fail(`${text} refused as ${result}`);
        expect(result.start, text).to.equal(d.getTime());
        expect(result.after - result.start).to.equal(86_400_000);
        expect(result.year).to.equal(year);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
