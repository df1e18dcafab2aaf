import type { TimeWindow } from '../layout/view-window.js';

/** Eases in and out (cubic). */
export function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * The window between `from` and `to` at progress `t` (0–1): the span changes geometrically and the
 * centre linearly, so a zoom feels even at every scale. Pure.
 */
export function interpolateWindow(from: TimeWindow, to: TimeWindow, t: number): TimeWindow {
  const s0 = from[1] - from[0];
  const s1 = to[1] - to[0];
  const span = s0 * (s1 / s0) ** t;
  const c0 = (from[0] + from[1]) / 2;
  const c1 = (to[0] + to[1]) / 2;
  const centre = c0 + (c1 - c0) * t;
  return [centre - span / 2, centre + span / 2];
}

/**
 * Animates from one window to another over `duration` ms with requestAnimationFrame, calling
 * `frame` with each intermediate window and `done` at the end. Returns a function that cancels
 * it (without calling `done`).
 */
export function animateWindow(
  from: TimeWindow,
  to: TimeWindow,
  duration: number,
  frame: (window: TimeWindow) => void,
  done: () => void,
): () => void {
  let handle = 0;
  let begin: number | undefined;
  const step = (now: number) => {
    begin ??= now;
    const t = Math.min(1, (now - begin) / duration);
    frame(t === 1 ? to : interpolateWindow(from, to, easeCubicInOut(t)));
    if (t < 1) handle = requestAnimationFrame(step);
    else done();
  };
  handle = requestAnimationFrame(step);
  return () => cancelAnimationFrame(handle);
}

/** Whether the reader asked for reduced motion (`prefers-reduced-motion: reduce`): views change at once. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
