/**
 * Ordering and identity for the parser: sorting events and eras in time order, and checking
 * that ids are unique. Split from `parse.ts`. Both are built for 100,000 events: they sort
 * numbers and strings natively instead of calling a comparator (or filling a Set) per item.
 */
import { Checker, isRecord, quote } from './checks.js';
import { compareDates } from './historical-date.js';
import type { HistoricalDate, ParsedEra, ParsedEvent } from './parsed-types.js';

const MS_PER_DAY = 86_400_000;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function compareEvents(a: ParsedEvent, b: ParsedEvent): number {
  const byStart = a.start.start - b.start.start || a.start.after - b.start.after;
  if (byStart !== 0) return byStart;
  if (a.end === undefined) return b.end === undefined ? 0 : -1;
  return b.end === undefined ? 1 : compareDates(a.end, b.end);
}

export function compareEras(a: ParsedEra, b: ParsedEra): number {
  const byStart = compareDates(a.start, b.start);
  if (byStart !== 0) return byStart;
  if (a.end === undefined) return b.end === undefined ? 0 : -1;
  return b.end === undefined ? 1 : compareDates(a.end, b.end);
}

/** Sorts events in place by start, then end (none first), then input order, and numbers them. */
export function sortEvents(events: Mutable<ParsedEvent>[]): void {
  // Datasets are usually written in time order: then there is nothing to move.
  if (!inOrder(events, 0, events.length)) sortByStartKey(events);
  for (let i = 0; i < events.length; i++) events[i]!.index = i;
}

/**
 * Among dates that start on the same day, the order of their periods' ends (`after`): a day ends
 * before the month that starts with it, which ends before the year.
 */
function precisionRank(date: HistoricalDate): number {
  const precision = date.precision;
  return precision === 'day' ? 0 : precision === 'month' ? 1 : 2;
}

/**
 * Sorting 100,000 objects with a comparator is slow, so this sorts numbers instead: each start
 * day (every start is a midnight, UTC) and its precision (which fixes the period's end among
 * dates starting that day), packed with the input position into one exact double, sorted
 * natively. That is the events' order, but for events with an `end` among those sharing a start
 * date: only those runs then need the comparator.
 */
function sortByStartKey(events: Mutable<ParsedEvent>[]): void {
  const n = events.length;
  const indexScale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  const dayOffset = 1e8 + 1; // day numbers of valid dates lie within ±1e8, so this is 28 bits, 30 with the rank
  if (2 ** 30 * indexScale > Number.MAX_SAFE_INTEGER) {
    events.sort(compareEvents); // over 2^22 events: keys would not be exact
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = events[i]!.start;
    keys[i] = ((start.start / MS_PER_DAY + dayOffset) * 4 + precisionRank(start)) * indexScale + i;
  }
  keys.sort();
  // Each key's start date and input position, split by a division by a power of two (exact,
  // and much faster than `%` on numbers this large, which is a call to fmod).
  const byInput = events.slice();
  const dates = keys;
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    const date = Math.floor(key / indexScale);
    events[k] = byInput[(key - date * indexScale) | 0]!; // an int index: fast
    dates[k] = date;
  }
  // Runs of events with the same start date are in input order; only ends can reorder them.
  let runStart = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && dates[k] === dates[runStart]) continue;
    if (k - runStart > 1 && hasEnd(events, runStart, k) && !inOrder(events, runStart, k)) {
      const run = events.slice(runStart, k).sort(compareEvents); // stable: ties keep input order
      for (let j = 0; j < run.length; j++) events[runStart + j] = run[j]!;
    }
    runStart = k;
  }
}

function hasEnd(events: readonly ParsedEvent[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (events[k]!.end !== undefined) return true;
  return false;
}

function inOrder(events: readonly ParsedEvent[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (compareEvents(events[k - 1]!, events[k]!) > 0) return false;
  return true;
}

/**
 * Reports ids used more than once among `list` (named `name`), each time naming the first
 * item that uses it, and returns the ids sorted. Sorting strings natively is several times
 * faster than filling a Set with 100,000 ids; the sorted ids then answer look-ups by
 * binary search ({@link hasId}).
 */
export function checkUniqueIds(c: Checker, ids: string[], list: readonly unknown[], name: string): string[] {
  const sorted = ids.sort();
  let duplicates: Set<string> | undefined;
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k] === sorted[k - 1]) (duplicates ??= new Set()).add(sorted[k]!);
  }
  if (duplicates === undefined) return sorted;
  const first = new Map<string, number>();
  c.enter(name);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isRecord(item) || !Object.hasOwn(item, 'id')) continue;
    const id = item.id;
    if (typeof id !== 'string' || !duplicates.has(id)) continue;
    const firstIndex = first.get(id);
    if (firstIndex === undefined) first.set(id, i);
    else c.report(`duplicate id ${quote(id)} (also used by ${name}[${firstIndex}])`, i, 'id');
  }
  c.leave();
  return sorted;
}

/** Whether `sorted` (ascending, as sorted by `Array#sort`) holds `id`. */
export function hasId(sorted: readonly string[], id: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] === id;
}
