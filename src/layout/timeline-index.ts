import type { ParsedTimeline } from '../data/parsed-types.js';

/**
 * Arrays over a timeline's (time-sorted) events that make window queries O(log n). Built once
 * per parsed timeline (O(n)) and cached: every layout, at every zoom level, then only does binary
 * searches and work proportional to what it draws.
 */
export interface TimelineIndex {
  /** Start of each event, ms. Non-decreasing. */
  readonly starts: Float64Array;
  /** End of each event (its `end` period's end, or its start), ms. */
  readonly ends: Float64Array;
  /** Running maximum of `ends`: non-decreasing, so it can be binary-searched. */
  readonly reach: Float64Array;
  /** Indices of the milestones, in time order. */
  readonly milestones: Int32Array;
  /** Start of each milestone of `milestones`, ms. Non-decreasing. */
  readonly milestoneStarts: Float64Array;
  /** `milestonesBefore[i]`: how many of the events before index `i` are milestones (length n + 1). */
  readonly milestonesBefore: Int32Array;
  /** Indices of the events that have an `end` (spans), in time order. */
  readonly spans: Int32Array;
  /** Running maximum of the spans' ends, aligned with `spans`. */
  readonly spanReach: Float64Array;
}

const cache = new WeakMap<ParsedTimeline, TimelineIndex>();

/** The index of a timeline, built once per parsed timeline and cached. */
export function indexTimeline(timeline: ParsedTimeline): TimelineIndex {
  let index = cache.get(timeline);
  if (!index) {
    const events = timeline.events;
    const n = events.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const reach = new Float64Array(n);
    const milestonesBefore = new Int32Array(n + 1);
    // one pass (a first render runs it cold: each pass over 10,000 events costs milliseconds),
    // into arrays of n, cut to length at the end
    const milestoneAt = new Int32Array(n);
    const milestoneStartAt = new Float64Array(n);
    const spanAt = new Int32Array(n);
    const spanReachAt = new Float64Array(n);
    let max = -Infinity;
    let spanMax = -Infinity;
    let m = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      const start = e.start.start;
      const end = e.end ? e.end.after : start;
      starts[i] = start;
      ends[i] = end;
      if (end > max) max = end;
      reach[i] = max;
      if (e.milestone) {
        milestoneAt[m] = i;
        milestoneStartAt[m++] = start;
      }
      milestonesBefore[i + 1] = m;
      if (e.end) {
        spanAt[s] = i;
        if (end > spanMax) spanMax = end;
        spanReachAt[s++] = spanMax;
      }
    }
    const milestones = milestoneAt.slice(0, m);
    const milestoneStarts = milestoneStartAt.slice(0, m);
    const spans = spanAt.slice(0, s);
    const spanReach = spanReachAt.slice(0, s);
    index = { starts, ends, reach, milestones, milestoneStarts, milestonesBefore, spans, spanReach };
    cache.set(timeline, index);
  }
  return index;
}

/** First index whose value is ≥ x in a non-decreasing array. */
export function lowerBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x in a non-decreasing array. */
export function upperBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
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
  const to = upperBound(index.starts, t1); // events that start exactly at t1 are in
  return [from, Math.max(from, to)];
}

/**
 * The spans that begin before `t0` and last into the window (their end is ≥ `t0`), in time
 * order: the only events before `t0` that are visible. A binary search over the spans' reach,
 * then a pass over the spans that might reach; datasets have few spans.
 */
export function spansInto(index: TimelineIndex, t0: number): number[] {
  const { spans, spanReach, starts, ends } = index;
  const out: number[] = [];
  for (let s = lowerBound(spanReach, t0); s < spans.length; s++) {
    const i = spans[s]!;
    if (starts[i]! >= t0) break;
    if (ends[i]! >= t0) out.push(i);
  }
  return out;
}

/**
 * The events nearest to a window that none touches: the last to start before it and the first
 * to start after it (indices; undefined at either end of the timeline). Two binary searches.
 */
export function eventsAround(index: TimelineIndex, t0: number, t1: number): { before?: number; after?: number } {
  const before = lowerBound(index.starts, t0) - 1;
  const after = upperBound(index.starts, t1);
  return { before: before >= 0 ? before : undefined, after: after < index.starts.length ? after : undefined };
}
