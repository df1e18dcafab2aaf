import type { ParsedEvent, ParsedTimeline } from '../data/parsed-types.js';
import { lowerBound, type TimelineIndex } from './timeline-index.js';

/** A group of events too close together to label, drawn as one mark with a count. */
export interface PlacedCluster {
  /** Index (in `timeline.events`) of the first and last event of the group; they may include labelled events in between, which are not counted. */
  readonly first: number;
  readonly last: number;
  /** Events in the group. */
  readonly count: number;
  /** Milestones among them. */
  readonly milestones: number;
  /** When the group is a single event: that event (drawn as an unlabelled mark). */
  readonly event?: ParsedEvent;
  /** Time span of the group's events, ms (start of the first, end of the last). */
  readonly start: number;
  readonly end: number;
  /** Where its events are: pixel position of the first and last. */
  readonly x0: number;
  readonly x1: number;
  /** Left edge and width of its mark; marks never overlap each other. */
  readonly left: number;
  readonly width: number;
  /** Between two full layouts of a gesture (`moveLayout`), the mark overlaps another: it is kept in place but not shown. */
  readonly covered?: boolean;
}

/** Inputs of {@link placeClusters}. */
export interface ClusterInput {
  /** Index of the first event that `flags` describes. */
  readonly from: number;
  /** Per event from `from`: 1 = visible and unlabelled (to cluster), anything else = skip. */
  readonly flags: Uint8Array;
  readonly x: (index: number) => number;
  readonly width: number;
  /** Unlabelled events closer than this (px) join the same cluster. */
  readonly gap: number;
  /** A cluster covers at most this many px of time; a dense run splits into several. Defaults to 4 × gap. */
  readonly maxWidth?: number;
  readonly markWidth: (count: number) => number;
}

/** A group before its mark is placed. */
interface Group {
  first: number;
  last: number;
  count: number;
  milestones: number;
  x0: number;
  x1: number;
}

/**
 * Merges unlabelled visible events into clusters (a new cluster starts when the next event is
 * more than `gap` px from the previous one, or the cluster would cover more than `maxWidth`), then places their marks left to right so that no
 * two overlap and none leaves `[0, width]`. Pure; one pass in time order over `flags`.
 * {@link clusterWindow} gives the same clusters without visiting every event.
 */
export function placeClusters(timeline: ParsedTimeline, input: ClusterInput): PlacedCluster[] {
  const { from, flags, x, width, gap, markWidth, maxWidth = 4 * gap } = input;
  const { groups, visit } = grouping(timeline, gap, maxWidth);
  for (let j = 0; j < flags.length; j++) {
    if (flags[j] === 1) visit(from + j, Math.min(width, Math.max(0, x(from + j))));
  }
  return placeMarks(timeline, groups, width, markWidth);
}

/** Inputs of {@link clusterWindow}. */
export interface ClusterWindowInput {
  /** Visible events that start before the window (spans lasting into it), in time order. */
  readonly before: readonly number[];
  /** The events that start inside the window: indices `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** Labelled events (not clustered), sorted ascending. */
  readonly labelled: readonly number[];
  /** Pixel position of an event's start (non-decreasing with the index). */
  readonly x: (index: number) => number;
  readonly width: number;
  readonly gap: number;
  readonly maxWidth?: number;
  readonly markWidth: (count: number) => number;
}

/**
 * The clusters of {@link placeClusters} for every visible unlabelled event, without visiting
 * each event: from the last event of a cluster, one binary search finds the furthest event it
 * reaches (within `gap` px, and `maxWidth` px of the cluster's start); every event in between
 * joins, and the milestones among them are counted with the index's prefix sums. Every second
 * search moves a cluster's end by more than `gap` px, so a cluster takes at most about
 * 2 × maxWidth / gap searches: the cost follows the number of clusters (bounded by the width),
 * not the number of events in the window. Pure; same result as {@link placeClusters}.
 */
export function clusterWindow(timeline: ParsedTimeline, index: TimelineIndex, input: ClusterWindowInput): PlacedCluster[] {
  const { before, from, to, labelled, x, width, gap, markWidth, maxWidth = 4 * gap } = input;
  const { milestonesBefore } = index;
  const events = timeline.events;
  const isLabelled = new Set(labelled);
  const clampX = (i: number) => Math.min(width, Math.max(0, x(i)));
  /** Labelled events with an index in `(a, b]`, and how many of them are milestones. */
  const labelledIn = (a: number, b: number): [number, number] => {
    let count = 0;
    let milestones = 0;
    for (let k = lowerBound(labelled, a + 1); k < labelled.length && labelled[k]! <= b; k++) {
      count++;
      if (events[labelled[k]!]!.milestone) milestones++;
    }
    return [count, milestones];
  };

  const { groups, visit: visitAt } = grouping(timeline, gap, maxWidth);
  const visit = (i: number): Group => visitAt(i, clampX(i));

  for (const i of before) if (!isLabelled.has(i)) visit(i);

  let i = from;
  while (i < to) {
    if (isLabelled.has(i)) {
      i++;
      continue;
    }
    const g = visit(i);
    // Hop: every event up to the furthest one the cluster reaches from its last event joins it.
    for (;;) {
      const { x0, x1, last } = g;
      // The largest j in (last, to) with clampX(j) - x1 <= gap and clampX(j) - x0 <= maxWidth (monotone in j).
      let lo = last + 1;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const xm = clampX(mid);
        if (xm - x1 <= gap && xm - x0 <= maxWidth) lo = mid + 1;
        else hi = mid;
      }
      const j = lo - 1;
      if (j <= last) break;
      const [skipped, skippedMilestones] = labelledIn(last, j);
      const joined = j - last - skipped;
      if (joined === 0) break; // only labelled events within reach
      let newLast = j;
      while (isLabelled.has(newLast)) newLast--;
      g.count += joined;
      g.milestones += milestonesBefore[j + 1]! - milestonesBefore[last + 1]! - skippedMilestones;
      g.last = newLast;
      g.x1 = clampX(newLast);
    }
    i = g.last + 1;
  }
  return placeMarks(timeline, groups, width, markWidth);
}

/**
 * The grouping rule both cluster functions share: an event at `x` joins the current group when
 * it is within `gap` px of the group's last event and `maxWidth` of its first; else it starts one.
 */
function grouping(timeline: ParsedTimeline, gap: number, maxWidth: number): { groups: Group[]; visit: (i: number, x: number) => Group } {
  const groups: Group[] = [];
  let current: Group | undefined;
  const visit = (i: number, xi: number): Group => {
    if (current && xi - current.x1 <= gap && xi - current.x0 <= maxWidth) {
      current.last = i;
      current.count++;
      current.x1 = xi;
    } else {
      current = { first: i, last: i, count: 1, milestones: 0, x0: xi, x1: xi };
      groups.push(current);
    }
    if (timeline.events[i]!.milestone) current.milestones++;
    return current;
  };
  return { groups, visit };
}

/** Places cluster marks left to right so that no two overlap and none leaves `[0, width]`. */
function placeMarks(timeline: ParsedTimeline, groups: readonly Group[], width: number, markWidth: (count: number) => number): PlacedCluster[] {
  const placed: PlacedCluster[] = [];
  let right = -Infinity;
  for (const g of groups) {
    const w = Math.min(width, markWidth(g.count));
    let left = Math.max((g.x0 + g.x1) / 2 - w / 2, right + 2, 0);
    left = Math.min(left, width - w);
    right = left + w;
    const first = timeline.events[g.first]!;
    const last = timeline.events[g.last]!;
    placed.push({
      ...g,
      event: g.count === 1 ? first : undefined,
      start: first.start.start,
      end: last.end ? last.end.after : last.start.start,
      left,
      width: w,
    });
  }
  return placed;
}
