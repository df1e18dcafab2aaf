import type { ParsedTimeline } from '../data/parsed-types.js';

/** Arrays over a timeline's (time-sorted) events that make window queries O(log n). */
export interface TimelineIndex {
  /** Start of each event, ms. Non-decreasing. */
  readonly starts: Float64Array;
  /** End of each event (its `end` period's end, or its start), ms. */
  readonly ends: Float64Array;
  /** Running maximum of `ends`: non-decreasing, so it can be binary-searched. */
  readonly reach: Float64Array;
}

const cache = new WeakMap<ParsedTimeline, TimelineIndex>();

/** The index of a timeline, built once per parsed timeline and cached. */
export function indexTimeline(timeline: ParsedTimeline): TimelineIndex {
  let index = cache.get(timeline);
  if (!index) {
    const n = timeline.events.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const reach = new Float64Array(n);
    let max = -Infinity;
    timeline.events.forEach((e, i) => {
      starts[i] = e.start.start;
      ends[i] = e.end ? e.end.after : e.start.start;
      max = Math.max(max, ends[i]!);
      reach[i] = max;
    });
    index = { starts, ends, reach };
    cache.set(timeline, index);
  }
  return index;
}

/** First index whose value is ≥ x in a non-decreasing array. */
export function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range `[from, to)` of events that may touch the time window `[t0, t1]`: every event
 * starting before `t1` whose reach (it or an earlier event lasting) gets to `t0`. Two binary
 * searches; events inside the range still need a per-event check when spans are involved.
 */
export function eventsInWindow(index: TimelineIndex, t0: number, t1: number): [number, number] {
  const from = lowerBound(index.reach, t0);
  let to = lowerBound(index.starts, t1);
  // Include events that start exactly at t1.
  while (to < index.starts.length && index.starts[to] === t1) to++;
  return [from, Math.max(from, to)];
}
