import { utcTicks } from 'd3-time';
import type { ParsedTimeline } from '../data/parsed-types.js';
import { indexTimeline } from './timeline-index.js';

/**
 * A linear map from times (ms timestamps or dates) onto pixels, with UTC calendar ticks. Called
 * as a function it returns the pixel of a time; it never changes once made (a new view gets a new
 * scale). The same numbers as d3-scale's `scaleUtc` over the same domain and range, without its
 * default tick format (and the d3-time-format and d3-interpolate it brings): ticks are formatted
 * by `formatTick` with `Intl`.
 */
export interface TimeScale {
  (time: number | Date): number;
  /** The times mapped onto the range's ends: [start, end]. */
  domain(): [Date, Date];
  /** The pixels of the domain's ends: [start, end] (start > end when time runs right to left). */
  range(): [number, number];
  /** The time at a pixel, to the millisecond (beyond the range too: the map is linear). */
  invert(pixel: number): Date;
  /** About `count` round UTC times within the domain (d3-time's `utcTicks`: years, months, days...). */
  ticks(count?: number): Date[];
}

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;
/** The latest time a `Date` can hold (and minus it, the earliest): 100,000,000 days from 1970. */
const MAX_TIME = 8.64e15;

/**
 * The time span a timeline covers: from its earliest start to its latest end (events and eras),
 * widened by `padding` (a fraction of the span) on each side, and never shorter than
 * `minSpan` ms so a single event or a single day still gets a readable axis; never beyond the
 * range of `Date` (±8.64e15 ms, years −271,821 to 275,760), which the widening could pass for
 * events near its ends. O(eras): the events' part comes from the timeline's cached index.
 */
export function timelineExtent(
  timeline: ParsedTimeline,
  { padding = 0.04, minSpan = YEAR_MS }: { padding?: number; minSpan?: number } = {},
): [number, number] {
  // Events are in time order: the first starts earliest, and the index knows the latest end.
  const { starts, reach } = indexTimeline(timeline);
  let lo = starts.length ? starts[0]! : Infinity;
  let hi = reach.length ? reach[reach.length - 1]! : -Infinity;
  for (const era of timeline.eras) {
    if (era.start.start < lo) lo = era.start.start;
    const last = era.end ? era.end.after : era.start.after;
    if (last > hi) hi = last;
  }
  if (!Number.isFinite(lo)) return [0, YEAR_MS]; // no events: a neutral year (1970)
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * padding;
  return [Math.max(lo - pad, -MAX_TIME), Math.min(hi + pad, MAX_TIME)];
}

/** A UTC time scale over `extent` (ms) onto the pixel `range`. Returns a new scale. */
export function createTimeScale(extent: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = extent;
  const [r0, r1] = range;
  const toPixel = linear(d0, d1, r0, r1);
  const toTime = linear(r0, r1, d0, d1);
  const scale = ((time: number | Date) => toPixel(+time)) as TimeScale;
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.invert = (pixel) => new Date(Math.round(toTime(pixel)));
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  return scale;
}

/**
 * Maps `[a0, a1]` onto `[b0, b1]` linearly, with d3-scale's arithmetic (so pixels match it to
 * the last bit): the position within the ordered input span, then a weighted mean of the ends.
 * An empty input span maps everything to the middle of the output.
 */
function linear(a0: number, a1: number, b0: number, b1: number): (x: number) => number {
  if (a1 < a0) [a0, a1, b0, b1] = [a1, a0, b1, b0];
  const span = a1 - a0;
  if (!span) return () => (Number.isNaN(span) ? NaN : b0 * 0.5 + b1 * 0.5);
  return (x) => {
    const t = (x - a0) / span;
    return b0 * (1 - t) + b1 * t;
  };
}
