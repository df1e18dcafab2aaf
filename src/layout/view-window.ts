/** A span of time shown on screen: `[start, end]` in ms since 1970 UTC, start < end. */
export type TimeWindow = readonly [number, number];

/** Limits on what can be shown. */
export interface WindowLimits {
  /** The widest window: the whole dataset with its margin. */
  readonly extent: TimeWindow;
  /** The narrowest window, in ms. */
  readonly minSpan: number;
}

export const DAY_MS = 86_400_000;

/**
 * Keeps a window inside the limits: no wider than the extent, no narrower than `minSpan`,
 * shifted (not shrunk) back inside the extent when it sticks out. Pure.
 */
export function clampWindow(window: TimeWindow, { extent, minSpan }: WindowLimits): TimeWindow {
  const full = extent[1] - extent[0];
  const span = Math.min(full, Math.max(minSpan, window[1] - window[0]));
  // a window out to ±Infinity (zoomBy(1e-300)) has no centre: the extent's then, not NaN
  const mid = (window[0] + window[1]) / 2;
  const centre = Number.isFinite(mid) ? mid : (extent[0] + extent[1]) / 2;
  let start = centre - span / 2;
  start = Math.min(Math.max(start, extent[0]), extent[1] - span);
  return [start, start + span];
}

/** Zooms by `factor` (> 1 zooms in) keeping the time `anchor` at the same place on screen. Pure. */
export function zoomWindow(window: TimeWindow, factor: number, anchor = (window[0] + window[1]) / 2): TimeWindow {
  return [anchor - (anchor - window[0]) / factor, anchor + (window[1] - anchor) / factor];
}

/** A window of the same span as `window`, centred on `time`. Pure. */
export function centreWindow(window: TimeWindow, time: number): TimeWindow {
  const half = (window[1] - window[0]) / 2;
  return [time - half, time + half];
}

/** A window that shows `[start, end]` with `padding` (a fraction of its span) on each side. Pure. */
export function windowAround(start: number, end: number, { padding = 0.1, minSpan = DAY_MS } = {}): TimeWindow {
  const span = Math.max(minSpan, end - start);
  const mid = (start + end) / 2;
  const half = (span * (1 + 2 * padding)) / 2;
  return [mid - half, mid + half];
}

/** True when two windows are equal to within `epsilon` of their span. */
export function sameWindow(a: TimeWindow, b: TimeWindow, epsilon = 1e-9): boolean {
  const tolerance = (a[1] - a[0]) * epsilon;
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}
