import type { ParsedTimeline } from '../data/parsed-types.js';
import { indexTimeline, lowerBound } from './timeline-index.js';
import type { TimeWindow } from './view-window.js';

/**
 * Where keyboard focus goes from the event at index `at` (events in time order) for `key`:
 * ArrowDown / ArrowUp the next / previous event, ArrowRight / ArrowLeft the same in reading
 * direction (mirrored when time runs right to left), Home / End the first / last event, PageDown
 * / PageUp a page ({@link pageTarget}). Undefined for any other key. O(log n). Pure.
 */
export function focusTarget(
  timeline: ParsedTimeline,
  at: number,
  key: string,
  { rtl, span }: { readonly rtl: boolean; readonly span: number },
): number | undefined {
  const last = timeline.events.length - 1;
  if (last < 0) return undefined;
  const forward = rtl ? -1 : 1;
  let target: number;
  switch (key) {
    case 'ArrowDown': target = at + 1; break;
    case 'ArrowUp': target = at - 1; break;
    case 'ArrowRight': target = at + forward; break;
    case 'ArrowLeft': target = at - forward; break;
    case 'Home': target = 0; break;
    case 'End': target = last; break;
    case 'PageDown': target = pageTarget(timeline, at, 1, span); break;
    case 'PageUp': target = pageTarget(timeline, at, -1, span); break;
    default: return undefined;
  }
  return Math.min(last, Math.max(0, target));
}

/**
 * Where PageDown (`direction` 1) or PageUp (-1) goes from the event at index `at`: the first
 * event of the next era (going up: of the current era, then of the previous one); without eras,
 * the first event about `span` ms (a window) later or earlier. Always at least one event away
 * (clamped by the caller). O(eras + log n). Pure.
 */
export function pageTarget(timeline: ParsedTimeline, at: number, direction: 1 | -1, span: number): number {
  const { starts } = indexTimeline(timeline);
  const last = starts.length - 1;
  const t = starts[at]!;
  /** The first event starting at or after `time` (the last event when none does). */
  const firstFrom = (time: number) => Math.min(last, lowerBound(starts, time));
  const eras = timeline.eras.map((era) => era.start.start);
  if (eras.length) {
    if (direction > 0) {
      const next = eras.find((start) => start > t);
      return next === undefined ? last : Math.max(at + 1, firstFrom(next));
    }
    const begun = eras.filter((start) => start <= t);
    const current = begun.length ? firstFrom(begun[begun.length - 1]!) : 0;
    if (current < at) return current;
    return Math.min(at - 1, begun.length > 1 ? firstFrom(begun[begun.length - 2]!) : 0);
  }
  return direction > 0 ? Math.max(at + 1, firstFrom(t + span)) : Math.min(at - 1, firstFrom(t - span));
}

/**
 * How far (ms) a key pressed on the overview, a slider over the visible window, moves the
 * window: a tenth of it for the arrows (ArrowRight goes back in time when time runs right to
 * left; ArrowUp / ArrowDown do not mirror), a whole window for PageUp (later, as ArrowUp: the
 * slider pattern's larger step) / PageDown, to the start or end of `extent` for Home / End.
 * Undefined for any other key. Pure.
 */
export function overviewShift(key: string, window: TimeWindow, extent: TimeWindow, rtl: boolean): number | undefined {
  const span = window[1] - window[0];
  const step = (rtl ? -span : span) / 10;
  switch (key) {
    case 'ArrowLeft': return -step;
    case 'ArrowRight': return step;
    case 'ArrowDown': return -span / 10;
    case 'ArrowUp': return span / 10;
    case 'PageUp': return span; // as ArrowUp, by more: a slider's value goes up (later)
    case 'PageDown': return -span;
    case 'Home': return extent[0] - window[0];
    case 'End': return extent[1] - window[1];
    default: return undefined;
  }
}
