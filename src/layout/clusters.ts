import type { ParsedEvent, ParsedTimeline } from '../data/parsed-types.js';

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

/**
 * Merges unlabelled visible events into clusters (a new cluster starts when the next event is
 * more than `gap` px from the previous one, or the cluster would cover more than `maxWidth`), then places their marks left to right so that no
 * two overlap and none leaves `[0, width]`. Pure; one pass in time order.
 */
export function placeClusters(timeline: ParsedTimeline, input: ClusterInput): PlacedCluster[] {
  const { from, flags, x, width, gap, markWidth, maxWidth = 4 * gap } = input;
  const groups: Array<{ first: number; last: number; count: number; milestones: number; x0: number; x1: number }> = [];
  let current: (typeof groups)[number] | undefined;
  for (let j = 0; j < flags.length; j++) {
    if (flags[j] !== 1) continue;
    const i = from + j;
    const xi = Math.min(width, Math.max(0, x(i)));
    if (current && xi - current.x1 <= gap && xi - current.x0 <= maxWidth) {
      current.last = i;
      current.count++;
      current.x1 = xi;
    } else {
      current = { first: i, last: i, count: 1, milestones: 0, x0: xi, x1: xi };
      groups.push(current);
    }
    if (timeline.events[i]!.milestone) current.milestones++;
  }

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
