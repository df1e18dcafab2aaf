import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { ParsedTimeline } from '../data/parsed-types.js';
import { indexTimeline } from './timeline-index.js';

/** A time scale from ms timestamps to pixels. */
export type TimeScale = ScaleTime<number, number>;

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

/**
 * The time span a timeline covers: from its earliest start to its latest end (events and eras),
 * widened by `padding` (a fraction of the span) on each side, and never shorter than
 * `minSpan` ms so a single event or a single day still gets a readable axis. O(eras): the
 * events' part comes from the timeline's cached index.
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
  return [lo - pad, hi + pad];
}

/** A UTC time scale over `extent` (ms) onto the pixel `range`. Returns a new scale. */
export function createTimeScale(extent: readonly [number, number], range: readonly [number, number]): TimeScale {
  return scaleUtc<number, number>().domain([new Date(extent[0]), new Date(extent[1])]).range([range[0], range[1]]);
}
