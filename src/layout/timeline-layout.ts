import type { ParsedEra, ParsedEvent, ParsedTimeline } from '../data/parsed-types.js';
import { placeClusters, type PlacedCluster } from './clusters.js';
import { assignLanes, type LaneBox } from './lanes.js';
import { eventsInWindow, indexTimeline } from './timeline-index.js';
import { createTimeScale, timelineExtent, type TimeScale } from './time-scale.js';
import type { TimeWindow } from './view-window.js';

/** Options for {@link layoutTimeline}. Sizes are CSS pixels. */
export interface TimelineLayoutOptions {
  /** Width of the plot. */
  readonly width: number;
  /** Width of an event's label (marker included) before clamping to `maxLabelWidth`. */
  readonly labelWidth: (event: ParsedEvent) => number;
  /** Width of the mark of a cluster of `count` events. Defaults to a pill that fits the number. */
  readonly clusterWidth?: (count: number) => number;
  /** Time window to show, in ms. Defaults to the whole dataset ({@link timelineExtent}). */
  readonly window?: TimeWindow;
  /** Empty space kept at the left and right ends of the plot. Defaults to 12. */
  readonly inset?: number;
  /** Labels never get wider than this. Defaults to 30 % of the width, between 160 and 360 (never wider than the plot). */
  readonly maxLabelWidth?: number;
  /** Horizontal distance from an event's date to the start of its label box. Defaults to 8. */
  readonly markerOffset?: number;
  /** Minimum empty pixels between two labels in a lane. Defaults to 12. */
  readonly gap?: number;
  /** Lanes available for labels. Defaults to 8. */
  readonly maxLanes?: number;
  /**
   * Events compete for labels per column of this many pixels: at most `maxLanes` per column
   * (milestones first) try, which bounds the work however many events there are. Defaults to 24.
   */
  readonly columnWidth?: number;
  /** Unlabelled events closer than this (px) merge into one cluster. Defaults to 28. */
  readonly clusterGap?: number;
  /**
   * Indices of events that should get a label when they are in the window (the selected or
   * focused event): they claim lanes right after the milestones, ahead of other events.
   */
  readonly pinned?: readonly number[];
  /** `rtl` mirrors the layout: time runs from right to left and labels hang to the left. Defaults to `ltr`. */
  readonly direction?: 'ltr' | 'rtl';
}

/** A labelled event. `x` values are plot pixels. */
export interface PlacedEvent {
  readonly event: ParsedEvent;
  /** Position of the event's date (may be left of the plot for a span that began earlier). */
  readonly x: number;
  /** For an event with an `end`: position of the end of its last period. */
  readonly x2?: number;
  /** Label lane, from 0 (next to the axis). */
  readonly lane: number;
  /** Left edge of the label box (which contains the marker). */
  readonly labelX: number;
  readonly labelWidth: number;
  /** The label is narrower than its text, which is cut short with an ellipsis. */
  readonly truncated: boolean;
  /** The label sits left of the marker (near the right edge) rather than right of it. */
  readonly flipped: boolean;
}

/** Where one era band goes. */
export interface PlacedEra {
  readonly era: ParsedEra;
  readonly x0: number;
  readonly x1: number;
}

/** Everything the component needs to draw a timeline at one width and time window. */
export interface TimelineLayout {
  /** Maps ms (or Dates) in the window to plot pixels. */
  readonly scale: TimeScale;
  readonly width: number;
  readonly window: TimeWindow;
  /** Lanes in use (0 when no event is labelled). */
  readonly lanes: number;
  /** Labelled events, in time order. */
  readonly events: readonly PlacedEvent[];
  /** Events too close together to label, merged by proximity, in time order. */
  readonly clusters: readonly PlacedCluster[];
  /** Eras that touch the window. */
  readonly eras: readonly PlacedEra[];
  /** Number of events that touch the window: labelled plus every cluster's count. */
  readonly visible: number;
}

const defaultClusterWidth = (count: number): number => 16 + 8 * String(count).length;

/**
 * Lays a timeline out at a width and time window: a time scale, era bands, a label box in a lane
 * for as many events as fit (no two labels in a lane overlap, none leaves `[0, width]`), and
 * clusters for the rest. Milestones claim labels first. Only events touching the window are
 * visited (binary search), and at most `maxLanes` per `columnWidth` compete for labels, so the
 * cost follows what is visible, not the dataset size. Pure.
 */
export function layoutTimeline(timeline: ParsedTimeline, options: TimelineLayoutOptions): TimelineLayout {
  const { width, labelWidth, inset = 12, markerOffset = 8, gap = 12, maxLanes = 8, columnWidth = 24, clusterGap = 28 } = options;
  const usable = Math.max(0, width);
  const maxLabel = Math.max(0, Math.min(options.maxLabelWidth ?? Math.min(360, Math.max(160, usable * 0.3)), usable));
  const window = options.window ?? timelineExtent(timeline);
  const scale = createTimeScale(window, [inset, Math.max(inset, usable - inset)]);
  const [t0, t1] = window;
  const k = (Math.max(inset, usable - inset) - inset) / (t1 - t0 || 1);
  const toX = (t: number) => inset + (t - t0) * k;

  const { starts, ends } = indexTimeline(timeline);
  const [from, to] = eventsInWindow(indexTimeline(timeline), t0, t1);

  // 1. Candidates for labels: per column, milestones first, at most maxLanes of each kind.
  const columns = Math.max(1, Math.ceil(usable / columnWidth));
  const milestoneCount = new Uint16Array(columns);
  const otherCount = new Uint16Array(columns);
  const pinnedSet = new Set((options.pinned ?? []).filter((i) => i >= from && i < to && ends[i]! >= t0 && starts[i]! <= t1));
  const pinned = [...pinnedSet].filter((i) => !timeline.events[i]!.milestone);
  const milestoneCandidates: number[] = [];
  const otherCandidates: number[] = [];
  const visibleFlags = new Uint8Array(to - from); // 1 = touches the window, 2 = labelled
  let visible = 0;
  for (let i = from; i < to; i++) {
    if (ends[i]! < t0 || starts[i]! > t1) continue; // an earlier span's reach, not this event
    visibleFlags[i - from] = 1;
    visible++;
    const event = timeline.events[i]!;
    if (pinnedSet.has(i)) {
      if (event.milestone) milestoneCandidates.push(i); // a pinned milestone skips the column cap
      continue; // a pinned event comes right after the milestones
    }
    const col = Math.min(columns - 1, Math.max(0, Math.floor(toX(starts[i]!) / columnWidth)));
    if (event.milestone) {
      if (milestoneCount[col]! < maxLanes) {
        milestoneCount[col]!++;
        milestoneCandidates.push(i);
      }
    } else if (otherCount[col]! < maxLanes) {
      otherCount[col]!++;
      otherCandidates.push(i);
    }
  }

  // 2. Label boxes and lanes for the candidates.
  const candidates = milestoneCandidates.concat(pinned, otherCandidates);
  const boxes: LaneBox[] = [];
  const geometry = candidates.map((i) => {
    const event = timeline.events[i]!;
    const x = toX(starts[i]!);
    const x2 = event.end ? toX(ends[i]!) : undefined;
    const wanted = Math.max(0, labelWidth(event));
    const w = Math.min(maxLabel, wanted);
    let labelX = Math.max(0, x) - markerOffset;
    let flipped = false;
    if (labelX + w > usable) {
      labelX = x + markerOffset - w; // near the right edge the label hangs left of its date
      flipped = true;
    }
    labelX = Math.min(Math.max(labelX, 0), Math.max(0, usable - w));
    // A span's bar runs along its lane, so it claims the lane up to its end too.
    const right = x2 === undefined ? labelX + w : Math.min(usable, Math.max(labelX + w, x2));
    boxes.push({ x0: Math.max(0, Math.min(labelX, x)), x1: right });
    return { event, x, x2, labelX, labelWidth: w, truncated: wanted > w, flipped };
  });
  const lanesOf = assignLanes(boxes, { gap, maxLanes });

  const placed: Array<PlacedEvent & { index: number }> = [];
  let lanes = 0;
  geometry.forEach((g, c) => {
    const lane = lanesOf[c]!;
    if (lane < 0) return;
    const index = candidates[c]!;
    visibleFlags[index - from] = 2;
    lanes = Math.max(lanes, lane + 1);
    placed.push({ ...g, lane, index });
  });
  placed.sort((a, b) => a.index - b.index);

  // 3. Everything else that is visible merges into clusters by proximity.
  const clusters = placeClusters(timeline, {
    from,
    flags: visibleFlags,
    x: (i) => toX(starts[i]!),
    width: usable,
    gap: clusterGap,
    markWidth: options.clusterWidth ?? defaultClusterWidth,
  });

  const eras: PlacedEra[] = [];
  for (const era of timeline.eras) {
    const end = era.end ? era.end.after : Infinity;
    if (end < t0 || era.start.start > t1) continue;
    eras.push({ era, x0: Math.max(0, toX(era.start.start)), x1: Math.min(usable, end === Infinity ? usable : toX(end)) });
  }

  const layout: TimelineLayout = { scale, width: usable, window, lanes, events: placed.map(({ index: _index, ...p }) => p), clusters, eras, visible };
  return options.direction === 'rtl' ? mirror(layout, inset) : layout;
}

/** The same layout seen in a mirror, for right-to-left pages: x becomes width − x. Pure. */
function mirror(layout: TimelineLayout, inset: number): TimelineLayout {
  const w = layout.width;
  const m = (x: number) => w - x;
  return {
    ...layout,
    scale: createTimeScale(layout.window, [Math.max(inset, w - inset), inset]),
    events: layout.events.map((p) => ({ ...p, x: m(p.x), x2: p.x2 === undefined ? undefined : m(p.x2), labelX: w - p.labelX - p.labelWidth })),
    clusters: layout.clusters.map((c) => ({ ...c, x0: m(c.x1), x1: m(c.x0), left: w - c.left - c.width })),
    eras: layout.eras.map((e) => ({ ...e, x0: m(e.x1), x1: m(e.x0) })),
  };
}
