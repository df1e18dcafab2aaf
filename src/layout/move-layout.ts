import type { ParsedTimeline } from '../data/parsed-types.js';
import { eraBandEnds } from './era-ends.js';
import type { PlacedCluster } from './clusters.js';
import { createTimeScale } from './time-scale.js';
import type { PlacedEra, PlacedEvent, TimelineLayout } from './timeline-layout.js';
import type { TimeWindow } from './view-window.js';

/** Options for {@link moveLayout}. */
export interface MoveLayoutOptions {
  /** Minimum empty pixels between two labels in a lane (as in the layout). Defaults to 12. */
  readonly gap?: number;
  /** Indices of events whose labels are never dropped (the selected or focused event's). */
  readonly pinned?: readonly number[];
}

/**
 * The marks of a layout moved to another time window at the same width, without laying anything
 * out again: what a zoom or pan shows between two full layouts. Every label, span and cluster
 * keeps its lane, size and text and moves with its date (positions are affine in time, so each
 * moves by `a·x + b`; the plot clips what leaves it). A label that would now overlap the one
 * before it in its lane (a zoom out brings them together) is `covered`, and so is a cluster
 * over the one before it: drawn invisible, so that nothing is drawn over anything else (a pinned
 * label never is: what follows it gives way). Nothing is added or removed, so the DOM keeps its
 * nodes and only positions change; adding labels is the next full layout's work
 * ({@link layoutTimeline}). O(marks), whatever the dataset. Pure.
 */
export function moveLayout(timeline: ParsedTimeline, layout: TimelineLayout, window: TimeWindow, { gap = 12, pinned = [] }: MoveLayoutOptions = {}): TimelineLayout {
  const [r0, r1] = layout.scale.range() as [number, number];
  const scale = createTimeScale(window, [r0, r1]);
  const [t0, t1] = layout.window;
  const [n0, n1] = window;
  // x in the old layout → x in the new: the new scale of the old scale's inverse, which is affine
  const a = (t1 - t0) / (n1 - n0 || 1);
  const b = r0 - a * r0 + ((r1 - r0) * (t0 - n0)) / (n1 - n0 || 1);
  const move = (x: number) => a * x + b;
  const width = layout.width;

  // Labels, lane by lane from left to right: a box (with its span) that reaches into the one
  // before it is covered (drawn invisible, so that nothing moves in the DOM) until the next layout.
  const moved = layout.events.map((p): PlacedEvent => {
    const x = move(p.x);
    return { ...p, x, x2: p.x2 === undefined ? undefined : move(p.x2), labelX: p.labelX + (x - p.x), covered: false };
  });
  const box = (p: PlacedEvent): [number, number] =>
    p.x2 === undefined ? [p.labelX, p.labelX + p.labelWidth] : [Math.min(p.labelX, p.x, p.x2), Math.max(p.labelX + p.labelWidth, p.x, p.x2)];
  // pinned labels stay where they are: any other one over them gives way
  const held = moved.filter((p) => pinned.includes(p.event.index)).map((p) => [p.lane, ...box(p)] as const);
  const byLane = moved.map((_, i) => i).sort((i, j) => moved[i]!.lane - moved[j]!.lane || moved[i]!.labelX - moved[j]!.labelX);
  let lane = -1;
  let right = -Infinity;
  for (const i of byLane) {
    const p = moved[i]!;
    if (p.lane !== lane) {
      lane = p.lane;
      right = -Infinity;
    }
    const [x0, x1] = box(p);
    if (!pinned.includes(p.event.index)) {
      const over = x0 < right + gap || held.some(([l, h0, h1]) => l === lane && x0 < h1 + gap && h0 < x1 + gap);
      if (over) {
        moved[i] = { ...p, covered: true };
        continue;
      }
    }
    right = Math.max(right, x1);
  }

  // Clusters on their row: one that a zoom out brings onto the one before it is covered too.
  const clusters: PlacedCluster[] = layout.clusters.map((c) => {
    const x0 = move(c.x0);
    const x1 = move(c.x1);
    return { ...c, x0, x1, left: c.left + ((x0 + x1) / 2 - (c.x0 + c.x1) / 2), covered: false };
  });
  let end = -Infinity;
  for (const i of clusters.map((_, i) => i).sort((i, j) => clusters[i]!.left - clusters[j]!.left)) {
    const c = clusters[i]!;
    if (c.left < end + 2 && !(c.event && pinned.includes(c.event.index))) clusters[i] = { ...c, covered: true };
    else end = c.left + c.width;
  }

  const eras: PlacedEra[] = [];
  const eraEnds = eraBandEnds(timeline);
  for (const [i, era] of timeline.eras.entries()) {
    const end = eraEnds[i]!;
    if (end < n0 || era.start.start > n1) continue;
    const from = Math.min(width, Math.max(0, scale(era.start.start)));
    const to = end === Infinity ? (r1 >= r0 ? width : 0) : Math.min(width, Math.max(0, scale(end)));
    eras.push({ era, index: i, x0: Math.min(from, to), x1: Math.max(from, to) });
  }

  return { ...layout, scale, window, events: moved, clusters, eras };
}
