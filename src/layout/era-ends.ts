import type { ParsedEra, ParsedTimeline } from '../data/parsed-types.js';

const cache = new WeakMap<ParsedTimeline, readonly number[]>();

/**
 * Where each era's band ends, in ms (`Infinity` for an era without `end`), in the order of
 * `timeline.eras` (by start). The format reads an end as its whole period, so `"1955"`–`"1965"`
 * then `"1965"`–`"1975"` both hold 1965: drawn as given, the bands overlapped by a year, a darker
 * strip with the second era's name inside it. An era whose end is the period in which a later era
 * begins stops where that one begins, so the bands meet. Eras that truly overlap (one within
 * another, or by more than the end's period) are drawn as given. Computed once per timeline.
 */
export function eraBandEnds(timeline: ParsedTimeline): readonly number[] {
  let ends = cache.get(timeline);
  if (!ends) {
    const eras = timeline.eras;
    ends = eras.map((era, i) => {
      const end = era.end;
      if (!end) return Infinity;
      // eras are sorted by start: the later ones that begin before this one's end period is over
      for (let j = i + 1; j < eras.length && eras[j]!.start.start < end.after; j++) {
        const start = eras[j]!.start.start;
        if (start >= end.start && start > era.start.start) return start;
      }
      return end.after;
    });
    cache.set(timeline, ends);
  }
  return ends;
}

/**
 * The window that shows era `i` whole, with a little of what comes before and after (3 % of its
 * span on each side, as context): from its start to where its band ends, or for an era still
 * going on to the end of `extent` (the whole timeline's window).
 */
export function eraWindow(timeline: ParsedTimeline, i: number, extent: readonly [number, number]): [number, number] {
  const start = timeline.eras[i]!.start.start;
  const band = eraBandEnds(timeline)[i]!;
  const end = Math.max(start, band === Infinity ? extent[1] : band);
  const margin = (end - start) * 0.03;
  return [start - margin, end + margin];
}

/**
 * The eras that hold time `t` (ms), by start: each one whose band it lies in, as the plot draws
 * the bands and the list heads them (from the era's start to {@link eraBandEnds}); eras one
 * within another both hold it.
 */
export function erasAt(timeline: ParsedTimeline, t: number): ParsedEra[] {
  const ends = eraBandEnds(timeline);
  return timeline.eras.filter((era, i) => era.start.start <= t && t < ends[i]!);
}
