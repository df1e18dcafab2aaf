import type { ParsedTimeline } from '../../data/parsed-types.js';
import { parseHistoricalDate } from '../../data/historical-date.js';
import type { PlacedCluster } from '../../layout/clusters.js';
import { eventsInWindow, indexTimeline } from '../../layout/timeline-index.js';
import { DAY_MS, windowAround, type TimeWindow } from '../../layout/view-window.js';

/**
 * The windows `<alpine-timeline>` shows: how narrow they may be, the zoom limits a window is at,
 * whether zooming in splits a cluster, whether a window holds no event, and the period a time
 * given to the API stands for.
 */

/** Narrowest window: about a day. */
export const MIN_SPAN = DAY_MS;

/** Whether `window` is the narrowest the view allows (no zooming in). */
export function atNarrowest(window: TimeWindow): boolean {
  return window[1] - window[0] <= MIN_SPAN * 1.001;
}

/** Whether `window` is the whole timeline (`extent`: no zooming out) and the narrowest (no zooming in). */
export function zoomLimits(window: TimeWindow, extent: TimeWindow): [boolean, boolean] {
  return [window[1] - window[0] >= (extent[1] - extent[0]) * 0.999, atNarrowest(window)];
}

/**
 * Whether zooming in spreads a cluster's events apart: not once zoomed in all the way, nor when
 * its events would still lie within a pixel of each other at the narrowest window (same date).
 */
export function clusterSplits(cluster: PlacedCluster, window: TimeWindow): boolean {
  // its events' spread in px once zoomed in all the way
  return !atNarrowest(window) && Math.abs(cluster.x1 - cluster.x0) * ((window[1] - window[0]) / MIN_SPAN) >= 1;
}

/**
 * The window a cluster that zooming splits zooms to: its events fitted, and at least twice closer
 * than `window`, so that they can spread apart.
 */
export function clusterZoom(cluster: PlacedCluster, window: TimeWindow): TimeWindow {
  const target = windowAround(cluster.start, cluster.end, { padding: 0.25, minSpan: MIN_SPAN });
  const span = Math.min(target[1] - target[0], (window[1] - window[0]) / 2);
  const centre = (cluster.start + cluster.end) / 2;
  return [centre - span / 2, centre + span / 2];
}

/** Whether no event of a (non-empty) dataset touches `window`: two binary searches. */
export function isEmptyWindow(timeline: ParsedTimeline | undefined, window: TimeWindow): boolean {
  if (!timeline?.events.length) return false;
  const [from, to] = eventsInWindow(indexTimeline(timeline), window[0], window[1]);
  return from === to;
}

/** Reads a time given to the API as the period it stands for: an instant, or a whole year, month or day. */
export function toPeriod(value: unknown): TimeWindow | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : [value.getTime(), value.getTime()];
  if (typeof value === 'number') return Number.isFinite(value) ? [value, value] : undefined;
  const date = typeof value === 'string' ? parseHistoricalDate(value.trim()) : undefined;
  return date && [date.start, date.after];
}
