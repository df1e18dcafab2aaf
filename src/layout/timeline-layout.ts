import type { ParsedEra, ParsedEvent, ParsedTimeline } from '../data/parsed-types.js';
import { eraBandEnds } from './era-ends.js';
import { clusterWindow, type PlacedCluster } from './clusters.js';
import { LaneSet } from './lanes.js';
import { indexTimeline, lowerBound, spansInto, upperBound } from './timeline-index.js';
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
  /**
   * How much wider than `maxLabelWidth` an event's label may be: what spacing adds to its texts
   * (a reader's letter and word spacing), so that spacing never cuts short a label it would not
   * be without. Asked only of labels wider than `maxLabelWidth`. Defaults to none.
   */
  readonly labelAllowance?: (event: ParsedEvent) => number;
  /**
   * A width no label is narrower than (e.g. its marker and padding). When it is at least
   * `markerOffset`, candidates that cannot get a lane whatever their width are not measured.
   * Defaults to 0 (every candidate is measured).
   */
  readonly minLabelWidth?: number;
  /** Horizontal distance from an event's date to the start of its label box. Defaults to 8. */
  readonly markerOffset?: number;
  /** Minimum empty pixels between two labels in a lane. Defaults to 12. */
  readonly gap?: number;
  /** Lanes available for labels. Defaults to 8. */
  readonly maxLanes?: number;
  /**
   * Events compete for labels per column of at least this many pixels (at most twice as many: a
   * column is a power of two of ms, so that it stays the same while the view zooms): at most
   * `maxLanes` milestones and `maxLanes` other events per column try, which bounds the work
   * however many events there are. Defaults to 24.
   */
  readonly columnWidth?: number;
  /** Unlabelled events closer than this (px) merge into one cluster. Defaults to 28. */
  readonly clusterGap?: number;
  /**
   * Indices of events that must get a label when they are in the window (the selected or
   * focused event): they claim lanes right after the milestones, ahead of other events, and
   * first of all when that would leave one of them without a label.
   */
  readonly pinned?: readonly number[];
  /**
   * Indices of events to keep labelled when they still fit (typically those labelled on the
   * previous frame): each claims a lane ahead of the other events of its kind (milestones still
   * before the rest, pinned events first), regardless of the column caps, so that a zoom or a
   * pan moves labels instead of swapping them for others.
   */
  readonly preferred?: readonly number[];
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
  /**
   * Between two full layouts of a gesture (`moveLayout`), the label overlaps another one in its
   * lane: it is kept in place but not shown.
   */
  readonly covered?: boolean;
}

/** Where one era band goes. */
export interface PlacedEra {
  readonly era: ParsedEra;
  /**
   * Its place in `timeline.eras`: the bands' two tints alternate by it, so that a band keeps its
   * tint while others leave the view (by place in the view, the rest swapped tints during a pan).
   */
  readonly index: number;
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
 * clusters for the rest. Milestones claim labels first. Its cost follows what it draws, not the
 * dataset nor the window: the events in the window are found by binary search; per column the
 * first `maxLanes` milestones and `maxLanes` other events are offered a label, found by binary
 * search from the column's start; only offered events that could still get a lane are measured;
 * clusters are built by hopping from event to event with binary searches ({@link clusterWindow}).
 * Columns are anchored in time (a pan offers the same events), and `preferred` keeps the previous
 * frame's labels (a zoom moves labels instead of swapping them). Pure.
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

  const index = indexTimeline(timeline);
  const { starts, ends, milestones, milestoneStarts } = index;
  const events = timeline.events;
  // Visible: the spans that began earlier and last into the window, then every event starting in it.
  const before = spansInto(index, t0);
  const from = lowerBound(starts, t0);
  const to = Math.max(from, upperBound(starts, t1));
  const visible = before.length + (to - from);

  // 1. Candidates for labels: per column, milestones first, at most maxLanes of each kind, the
  // earliest. A column is a slice of time counted from 1970, a power of two of ms between
  // `columnWidth` and twice that wide on screen: anchored in time, so a pan offers the same
  // events, and the same through a zoom until the width halves or doubles.
  const perColumn = 2 ** Math.ceil(Math.log2(columnWidth / (k || 1)));
  const columnOf = (t: number) => Math.floor(t / perColumn);
  const firstColumn = columnOf(t0 - inset / (k || 1)); // the column at x = 0
  const inView = (i: number) => i >= 0 && i < events.length && ends[i]! >= t0 && starts[i]! <= t1;
  const isPinned = new Set((options.pinned ?? []).filter(inView));
  const pinned = [...isPinned].filter((i) => !events[i]!.milestone);
  const preferred = [...new Set(options.preferred ?? [])].filter((i) => inView(i) && !isPinned.has(i)).sort((a, b) => a - b);
  const skip = new Set([...isPinned, ...preferred]);
  const milestoneCandidates: number[] = [];
  const otherCandidates: number[] = [];
  // The spans from before the window compete in its first column, ahead of that column's events.
  let firstMilestones = 0;
  let firstOthers = 0;
  for (const i of before) {
    if (skip.has(i)) continue;
    if (events[i]!.milestone) {
      if (firstMilestones++ < maxLanes) milestoneCandidates.push(i);
    } else if (firstOthers++ < maxLanes) otherCandidates.push(i);
  }
  /** First position in `[lo, hi)` of `values` whose column is after `col` (columns never decrease). */
  const pastColumn = (values: Float64Array, lo: number, hi: number, col: number) => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (columnOf(values[mid]!) <= col) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let i = from;
  let m = lowerBound(milestoneStarts, t0);
  const mTo = Math.max(m, upperBound(milestoneStarts, t1));
  while (i < to || m < mTo) {
    // The column of the next event of either kind: empty columns cost nothing.
    const col = columnOf(Math.min(i < to ? starts[i]! : Infinity, m < mTo ? milestoneStarts[m]! : Infinity));
    let taken = col === firstColumn ? firstMilestones : 0;
    for (; m < mTo && taken < maxLanes && columnOf(milestoneStarts[m]!) === col; m++) {
      if (skip.has(milestones[m]!)) continue;
      taken++;
      milestoneCandidates.push(milestones[m]!);
    }
    m = pastColumn(milestoneStarts, m, mTo, col); // the rest of the column is not offered
    taken = col === firstColumn ? firstOthers : 0;
    for (; i < to && taken < maxLanes && columnOf(starts[i]!) === col; i++) {
      if (skip.has(i) || events[i]!.milestone) continue;
      taken++;
      otherCandidates.push(i);
    }
    i = pastColumn(starts, i, to, col);
  }
  // Claim order: milestones (those kept from the previous frame, and pinned ones, first; pinned
  // milestones skip the column cap), then pinned events, kept events, and the other candidates.
  const pinnedMilestones = [...isPinned].filter((i) => events[i]!.milestone);
  const keptMilestones = preferred.filter((i) => events[i]!.milestone);
  const milestoneOrder = keptMilestones.length
    ? [...pinnedMilestones, ...keptMilestones].sort((a, b) => a - b).concat(milestoneCandidates.sort((a, b) => a - b))
    : [...pinnedMilestones, ...milestoneCandidates].sort((a, b) => a - b);
  const candidates = milestoneOrder.concat(
    pinned,
    preferred.filter((i) => !events[i]!.milestone),
    otherCandidates,
  );

  // 2. Label boxes and lanes for the candidates, in that order. A candidate whose surroundings
  // are taken in every lane cannot be placed whatever its width: it is not even measured. Every
  // box at least `minLabelWidth` wide contains its date (clamped to the plot), and, away from the
  // edges, `markerOffset` px on either side of it when `minLabelWidth` is twice that.
  const minWidth = Math.min(maxLabel, options.minLabelWidth ?? 0);
  const lazy = minWidth >= markerOffset;
  const around = minWidth >= 2 * markerOffset ? markerOffset : 0;
  const place = (order: readonly number[]) => {
    const laneSet = new LaneSet(gap, maxLanes);
    const placed: Array<PlacedEvent & { index: number; wanted: number }> = [];
    for (const c of order) {
      const x = toX(starts[c]!);
      if (lazy) {
        const p = Math.min(usable, Math.max(0, x));
        const r = p === x && x >= around && x <= usable - around ? around : 0;
        if (laneSet.blocked(p - r, p + r)) continue;
      }
      const event = events[c]!;
      const x2 = event.end ? toX(ends[c]!) : undefined;
      const wanted = Math.max(0, labelWidth(event));
      const w = wanted > maxLabel ? Math.min(usable, maxLabel + Math.max(0, options.labelAllowance?.(event) ?? 0), wanted) : wanted;
      let labelX = Math.max(0, x) - markerOffset;
      let flipped = false;
      if (labelX + w > usable) {
        labelX = x + markerOffset - w; // near the right edge the label hangs left of its date
        flipped = true;
      }
      labelX = Math.min(Math.max(labelX, 0), Math.max(0, usable - w));
      // A span's bar runs along its lane, so it claims the lane up to its end too.
      const right = x2 === undefined ? labelX + w : Math.min(usable, Math.max(labelX + w, x2));
      const lane = laneSet.place({ x0: Math.max(0, Math.min(labelX, x)), x1: right });
      if (lane < 0) continue;
      placed.push({ event, x, x2, labelX, labelWidth: w, truncated: wanted > w, flipped, lane, index: c, wanted });
    }
    return { placed, lanes: laneSet.count };
  };
  let { placed, lanes } = place(candidates);
  // A pinned event (the one selected, or focused) always keeps a label while it is in view: when
  // the milestones, or the labels kept with fewer lanes than before, left it none, the pinned
  // events claim first (it moves the others, which is rare; claiming first always would move the
  // selected label to the lowest free lane whenever an event is selected).
  if (isPinned.size && placed.filter((p) => isPinned.has(p.index)).length < isPinned.size) {
    const first = [...isPinned].sort((a, b) => a - b);
    ({ placed, lanes } = place(first.concat(candidates.filter((c) => !isPinned.has(c)))));
  }
  widenLabels(placed, usable, gap);
  placed.sort((a, b) => a.index - b.index);

  // 3. Everything else that is visible merges into clusters by proximity.
  const clusters = clusterWindow(timeline, index, {
    before,
    from,
    to,
    labelled: placed.map((p) => p.index),
    x: (e) => toX(starts[e]!),
    width: usable,
    gap: clusterGap,
    markWidth: options.clusterWidth ?? defaultClusterWidth,
  });

  const eras: PlacedEra[] = [];
  const eraEnds = eraBandEnds(timeline);
  for (const [i, era] of timeline.eras.entries()) {
    const end = eraEnds[i]!;
    if (end < t0 || era.start.start > t1) continue;
    eras.push({ era, index: i, x0: Math.max(0, toX(era.start.start)), x1: Math.min(usable, end === Infinity ? usable : toX(end)) });
  }

  const layout: TimelineLayout = { scale, width: usable, window, lanes, events: placed.map(({ index: _index, wanted: _wanted, ...p }) => p), clusters, eras, visible };
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

/**
 * Labels cut short at `maxLabelWidth` grow back towards their whole width where their lane has
 * room once every label is placed: up to the next box in the lane (less `gap`), the plot's edge,
 * and the stem of any label in a lane further from the axis (a stem runs from the axis down to its
 * marker, through the lanes above it: a label grown over it would be struck through). A label
 * hanging left of its date (`flipped`) grows to the left. The cap keeps one long title from
 * taking room that other labels could have had; this gives back what none of them took.
 */
function widenLabels(placed: Array<PlacedEvent & { wanted: number }>, usable: number, gap: number): void {
  const start = (p: PlacedEvent) => Math.min(p.labelX, p.x);
  const end = (p: PlacedEvent) => Math.max(p.labelX + p.labelWidth, p.x2 ?? -Infinity);
  const lanes = new Map<number, Array<PlacedEvent & { wanted: number }>>();
  for (const p of placed) {
    let lane = lanes.get(p.lane);
    if (!lane) lanes.set(p.lane, (lane = []));
    lane.push(p);
  }
  for (const lane of lanes.values()) lane.sort((a, b) => start(a) - start(b));
  const stemGap = gap / 2;
  for (const lane of lanes.values()) {
    lane.forEach((p, i) => {
      if (p.wanted <= p.labelWidth) return;
      const deeper = placed.filter((q) => q.lane > p.lane).map((q) => q.x);
      if (!p.flipped) {
        let limit = Math.min(usable, i + 1 < lane.length ? start(lane[i + 1]!) - gap : usable);
        const right = p.labelX + p.labelWidth;
        for (const x of deeper) if (x >= right) limit = Math.min(limit, x - stemGap);
        const width = Math.min(p.wanted, limit - p.labelX);
        if (width > p.labelWidth) Object.assign(p, { labelWidth: width, truncated: p.wanted > width });
      } else {
        let limit = Math.max(0, i > 0 ? end(lane[i - 1]!) + gap : 0);
        for (const x of deeper) if (x <= p.labelX) limit = Math.max(limit, x + stemGap);
        const right = p.labelX + p.labelWidth;
        const width = Math.min(p.wanted, right - limit);
        if (width > p.labelWidth) Object.assign(p, { labelX: right - width, labelWidth: width, truncated: p.wanted > width });
      }
    });
  }
}

