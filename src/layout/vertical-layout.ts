import type { ParsedEra, ParsedEvent, ParsedTimeline } from '../data/parsed-types.js';
import { indexTimeline, lowerBound, upperBound } from './timeline-index.js';
import type { TimeWindow } from './view-window.js';

/**
 * The vertical layout (phones, `orientation="vertical"`): time runs top to bottom along a spine.
 *
 * Time maps to y at `scale` px per ms (the "ideal" position), but cards have a height, so a card
 * that would overlap the one before it is pushed down, and everything after it moves down by as
 * much: order is exact, and the distance between two cards still tells the time between them
 * wherever nothing was pushed. A long empty stretch is shortened to `maxGap` px and marked with a
 * `gap` row (so a phone does not scroll through decades of nothing); times in between map
 * linearly from one row to the next. Dense stretches are cut into cells of one
 * card's height of time; a cell holding more than `maxPerCell` events shows its milestones (and
 * pinned events) as cards and the rest as one cluster, so the number of rows is at most about
 * `maxPerCell` per cell whatever the size of the dataset. Empty stretches are skipped with a binary
 * search, so the work is proportional to the rows made, not to the time covered. Pure.
 */
export interface VerticalLayoutOptions {
  /** The time laid out (the dataset's extent). */
  readonly extent: TimeWindow;
  /** Pixels per ms of time. */
  readonly scale: number;
  /** Height of one event card, px (cards on one side are at least this far apart). */
  readonly rowHeight: number;
  /** Height of an era heading, px. */
  readonly headingHeight: number;
  /** Cards on both sides of the spine, alternating (else all on one side). */
  readonly alternate: boolean;
  /** Events a cell shows as cards before it becomes a cluster (default 6). */
  readonly maxPerCell?: number;
  /** Indices of events always drawn as cards (the selected and focused ones). */
  readonly pinned?: readonly number[];
  /** Room above the first row, px. */
  readonly top?: number;
  /** The most room an empty stretch of time takes, px (default 2.5 rows). */
  readonly maxGap?: number;
}

/** Which side of the spine a card is on: `start` (left in LTR, or the only side) or `end`. */
export type VerticalSide = 'start' | 'end';

/** A row of the vertical layout, in time order (and so in y order). */
export type VerticalRow =
  | { readonly kind: 'event'; readonly key: string; readonly y: number; readonly t: number; readonly side: VerticalSide; readonly event: ParsedEvent }
  | {
      readonly kind: 'cluster';
      readonly key: string;
      readonly y: number;
      readonly t: number;
      readonly side: VerticalSide;
      /** Events in the cluster (pinned events and milestones of its cell are cards, not counted). */
      readonly count: number;
      /** Index (in `timeline.events`) of its first event. */
      readonly first: number;
      readonly milestones: number;
      /** Time span of its events, ms. */
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'era'; readonly key: string; readonly y: number; readonly t: number; readonly era: ParsedEra }
  /** A shortened empty stretch, from `start` to `end` (ms); `y` is its middle. */
  | { readonly kind: 'gap'; readonly key: string; readonly y: number; readonly t: number; readonly start: number; readonly end: number };

/** An era's band: from its heading to the next era's heading or to its end. */
export interface VerticalEra {
  readonly era: ParsedEra;
  readonly y0: number;
  readonly y1: number;
}

export interface VerticalLayout {
  readonly rows: readonly VerticalRow[];
  readonly eras: readonly VerticalEra[];
  /** Total height, px. */
  readonly height: number;
  /** Cards are on both sides of the spine. */
  readonly alternate: boolean;
  readonly scale: number;
  readonly extent: TimeWindow;
  /** Indices in `rows` of the pinned events' cards. */
  readonly pinnedRows: readonly number[];
  /** Where time `t` is, px from the top (from row to row, linearly). */
  yOf(t: number): number;
  /** The time at `y` px from the top. */
  timeAt(y: number): number;
}

/** The scale (px per ms) at which `extent` takes `height` px before any card is pushed. */
export function fitScale(extent: TimeWindow, height: number): number {
  return height / Math.max(1, extent[1] - extent[0]);
}

/** Lays a timeline out top to bottom. See {@link VerticalLayoutOptions}. */
export function layoutVertical(timeline: ParsedTimeline, options: VerticalLayoutOptions): VerticalLayout {
  const { extent, scale, rowHeight, headingHeight, alternate, maxPerCell = 6, top = 8, maxGap = rowHeight * 2.5 } = options;
  const index = indexTimeline(timeline);
  const { starts } = index;
  const events = timeline.events;
  const n = events.length;
  const cellTime = rowHeight / scale;
  const pinned = new Set(options.pinned ?? []);
  // The first row (an event or an era heading in the extent) is `top` px down, not the extent's
  // margin of empty time lower: that drew a bare stub of spine above the first era.
  const first = lowerBound(starts, extent[0]);
  const firstEra = timeline.eras.reduce((t, era) => Math.min(t, era.start.start), Infinity);
  const origin = Math.max(extent[0], Math.min(first < n ? starts[first]! : Infinity, firstEra, extent[1]));
  const ideal = (t: number) => top + (t - origin) * scale;

  const rows: VerticalRow[] = [];
  /** Time and y of each row, to map times to y and back. */
  const ts: number[] = [];
  const ys: number[] = [];
  let drift = 0;
  const last = { start: -Infinity, end: -Infinity };
  let lastAny = -Infinity;
  let lastHeading = -Infinity;
  let sideIndex = 0;
  let bottom = 0;
  const pinnedRows: number[] = [];

  const place = (t: number, min: number): number => {
    let y = Math.max(ideal(t) + drift, min);
    const lastY = ys[ys.length - 1];
    const lastT = ts[ts.length - 1];
    if (lastY !== undefined && lastT !== undefined && y > min && y - lastY > maxGap) {
      // a long empty stretch: shorten it, and mark it on the spine
      y = Math.max(min, lastY + maxGap);
      const gapY = (lastY + y) / 2 + rowHeight / 4;
      rows.push({ kind: 'gap', key: `gap:${lastT}`, y: gapY, t: (lastT + t) / 2, start: lastT, end: t });
      ts.push((lastT + t) / 2);
      ys.push(gapY);
    }
    drift = y - ideal(t);
    ts.push(t);
    ys.push(y);
    return y;
  };
  const card = (t: number): { y: number; side: VerticalSide } => {
    const side: VerticalSide = alternate && sideIndex++ % 2 === 1 ? 'end' : 'start';
    const min = alternate
      ? Math.max(last[side] + rowHeight, lastAny + rowHeight / 2, lastHeading + headingHeight)
      : Math.max(lastAny + rowHeight, lastHeading + headingHeight);
    const y = place(t, min);
    last[side] = y;
    lastAny = y;
    bottom = Math.max(bottom, y + rowHeight);
    return { y, side };
  };

  // Eras start in time order; each becomes a heading row where its time comes.
  const eras = timeline.eras.filter((era) => era.start.start < extent[1]);
  let e = 0;
  const headingsUntil = (t: number) => {
    while (e < eras.length && eras[e]!.start.start <= t) {
      const era = eras[e++]!;
      const y = place(Math.max(extent[0], era.start.start), Math.max(last.start + rowHeight, last.end + rowHeight, lastHeading + headingHeight));
      rows.push({ kind: 'era', key: `era:${era.id}`, y, t: era.start.start, era });
      lastHeading = y;
      bottom = Math.max(bottom, y + headingHeight);
      lastAny = -Infinity;
      last.start = last.end = -Infinity;
    }
  };

  let i = first;
  while (i < n) {
    const t = starts[i]!;
    headingsUntil(t);
    // the cell of one card's height of time that starts with this event
    const to = Math.min(n, lowerBound(starts, t + cellTime));
    if (to - i <= maxPerCell) {
      for (let k = i; k < to; k++) {
        headingsUntil(starts[k]!);
        const { y, side } = card(starts[k]!);
        if (pinned.has(k)) pinnedRows.push(rows.length);
        rows.push({ kind: 'event', key: events[k]!.id, y, t: starts[k]!, side, event: events[k]! });
      }
    } else {
      // too many for cards: milestones and pinned events as cards (time order), the rest as one cluster
      const keep: number[] = [];
      for (let k = index.milestonesBefore[i]!; k < index.milestones.length && index.milestones[k]! < to && keep.length < maxPerCell - 1; k++) keep.push(index.milestones[k]!);
      for (const p of pinned) if (p >= i && p < to && !keep.includes(p)) keep.push(p);
      keep.sort((a, b) => a - b);
      const milestones = index.milestonesBefore[to]! - index.milestonesBefore[i]! - keep.filter((k) => events[k]!.milestone).length;
      const clusterTime = starts[keep[0] === i ? firstOutside(i, to, keep) : i]!;
      let clusterPlaced = false;
      const placeCluster = () => {
        headingsUntil(clusterTime);
        const { y, side } = card(clusterTime);
        rows.push({ kind: 'cluster', key: `cluster:${events[i]!.id}`, y, t: clusterTime, side, count: to - i - keep.length, first: firstOutside(i, to, keep), milestones, start: starts[i]!, end: starts[to - 1]! });
        clusterPlaced = true;
      };
      for (const k of keep) {
        if (!clusterPlaced && starts[k]! > clusterTime) placeCluster();
        headingsUntil(starts[k]!);
        const { y, side } = card(starts[k]!);
        if (pinned.has(k)) pinnedRows.push(rows.length);
        rows.push({ kind: 'event', key: events[k]!.id, y, t: starts[k]!, side, event: events[k]! });
      }
      if (!clusterPlaced) placeCluster();
    }
    i = to;
  }
  headingsUntil(extent[1]);

  const lastT = ts[ts.length - 1] ?? extent[0];
  const lastY = ys[ys.length - 1] ?? top;
  const height = Math.ceil(Math.max(bottom, lastY + Math.min(maxGap, (extent[1] - lastT) * scale)) + 8);
  // the ends of the mapping: the extent's start above the first row, its end at the bottom
  const firstT = ts[0] ?? extent[0];
  ts.unshift(Math.min(extent[0], firstT));
  ys.unshift(Math.max(0, (ys[0] ?? top) - (firstT - extent[0]) * scale));
  ts.push(Math.max(extent[1], lastT));
  ys.push(height);

  /** Piecewise linear between the (time, y) points, in either direction. */
  const interpolate = (from: readonly number[], to: readonly number[], x: number): number => {
    const i = upperBound(from, x);
    if (i <= 0) return to[0]!;
    if (i >= from.length) return to[to.length - 1]!;
    const [x0, x1, y0, y1] = [from[i - 1]!, from[i]!, to[i - 1]!, to[i]!];
    return x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  };
  const yOf = (time: number): number => interpolate(ts, ys, time);
  const timeAt = (y: number): number => Math.min(extent[1], Math.max(extent[0], interpolate(ys, ts, y)));

  const bands: VerticalEra[] = [];
  const headings = rows.filter((row): row is Extract<VerticalRow, { kind: 'era' }> => row.kind === 'era');
  headings.forEach((row, k) => {
    const end = row.era.end ? Math.min(height, yOf(row.era.end.after)) : height;
    const nextHeading = headings[k + 1]?.y ?? height;
    bands.push({ era: row.era, y0: row.y, y1: Math.max(row.y + headingHeight, Math.min(end, nextHeading)) });
  });

  return { rows, eras: bands, height, alternate, scale, extent, pinnedRows, yOf, timeAt };

  /** The first index of `[from, to)` not in `keep`. */
  function firstOutside(from: number, to: number, keep: readonly number[]): number {
    for (let k = from; k < to; k++) if (!keep.includes(k)) return k;
    return from;
  }
}

/** The rows whose top is within `margin` px of `[y0, y1]` (rows are in y order), plus the pinned events' cards. */
export function visibleRows(layout: VerticalLayout, y0: number, y1: number, margin: number): VerticalRow[] {
  const rows = layout.rows;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.y < y0 - margin) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < rows.length && rows[end]!.y <= y1 + margin) end++;
  const before = layout.pinnedRows.filter((k) => k < lo).map((k) => rows[k]!);
  const after = layout.pinnedRows.filter((k) => k >= end).map((k) => rows[k]!);
  return [...before, ...rows.slice(lo, end), ...after];
}
