/**
 * Counts live timers: setTimeout/setInterval/requestAnimationFrame callbacks that are scheduled
 * and neither fired (for one-shot ones) nor cancelled. Import it FIRST in a test file, so it wraps
 * the globals before the element's modules load. Each timer remembers the stack that created it,
 * so a test can ask only about timers made by the library (`/src/`) or its D3/Lit dependencies.
 */
interface Live {
  readonly kind: 'timeout' | 'interval' | 'frame';
  readonly stack: string;
}

const live = new Map<string, Live>();
const key = (kind: Live['kind'], id: number) => `${kind}:${id}`;

const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;

function stack(): string {
  return new Error().stack ?? '';
}

window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const created = stack();
  const id: number = st(
    (...a: unknown[]) => {
      live.delete(key('timeout', id));
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  live.set(key('timeout', id), { kind: 'timeout', stack: created });
  return id;
}) as typeof window.setTimeout;

window.clearTimeout = ((id?: number) => {
  if (id !== undefined) live.delete(key('timeout', id));
  ct(id);
}) as typeof window.clearTimeout;

window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = si(handler, ms, ...args);
  live.set(key('interval', id), { kind: 'interval', stack: stack() });
  return id;
}) as typeof window.setInterval;

window.clearInterval = ((id?: number) => {
  if (id !== undefined) live.delete(key('interval', id));
  ci(id);
}) as typeof window.clearInterval;

window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const created = stack();
  const id = raf((time) => {
    live.delete(key('frame', id));
    callback(time);
  });
  live.set(key('frame', id), { kind: 'frame', stack: created });
  return id;
};

window.cancelAnimationFrame = (id: number) => {
  live.delete(key('frame', id));
  caf(id);
};

/** Library code: this repository's sources, and the D3/Lit code it runs. */
export const LIBRARY_CODE = /\/src\/|\/node_modules\/(d3-|lit|@lit)/;
/** Where a test's own timers come from: the test files and open-wc's helpers. */
const TEST_CODE = /\/test\/|\/node_modules\/@open-wc\//;

/** The timers alive now whose creation stack matches `from` (default: library code). */
export function liveTimers(from: RegExp = LIBRARY_CODE): { kind: string; at: string }[] {
  return [...live.values()]
    // not a test helper's own timer (open-wc's aTimeout or waitUntil), whose async stack may go on
    // through the element's update it awaited: one counted while connected failed a run of 1,000
    // reconnections at random
    .filter((t) => !TEST_CODE.test(t.stack.split('\n').slice(1).find((frame) => !frame.includes('/track-timers.')) ?? ''))
    .filter((t) => from.test(t.stack.split('\n').slice(2).join('\n')))
    .map((t) => ({ kind: t.kind, at: t.stack.split('\n').slice(2, 5).join(' ← ').replace(/\s+/g, ' ') }));
}
