import { utcDay } from 'd3-time';
import type { TimeScale } from './time-scale.js';

/** How finely axis ticks divide time, from coarse to fine. */
export type TickUnit = 'year' | 'month' | 'day';

const DAY = 86_400_000;

/**
 * The tick values for a scale at a width (about one tick per `spacing` px), and the finest unit
 * they need to be told apart, which decides how they are labelled. Pure.
 *
 * Dates in a timeline are days at the finest, so ticks are too: where the calendar's ticks would
 * fall on hours (a window of a few days), they fall on every day or every few days instead, and
 * no two ticks read the same. Before the common era, ticks more than a year apart fall on round
 * years as readers count them ("500 BC", not the "501 BC" of the astronomical year −500).
 */
export function axisTicks(scale: TimeScale, { spacing = 110 }: { spacing?: number } = {}): { values: Date[]; unit: TickUnit } {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  let values = scale.ticks(count);
  if (values.some((d) => d.getTime() % DAY !== 0)) values = dayTicks(scale, count);
  else values = roundEraYears(values, scale);
  return { values, unit: tickUnit(values) };
}

/** Midnights within the scale's domain, every `k` days (about `count` of them, at least one day apart). */
function dayTicks(scale: TimeScale, count: number): Date[] {
  const [d0, d1] = scale.domain();
  const lo = Math.min(+d0, +d1);
  const hi = Math.max(+d0, +d1);
  const every = Math.max(1, Math.ceil((hi - lo) / DAY / count));
  return (utcDay.every(every) ?? utcDay).range(new Date(lo), new Date(hi + 1));
}

/**
 * Year ticks at or before year 0 (1 BC), when ticks are at least two years apart, moved one year
 * on: astronomical year −499 is 500 BC. There is no year zero, so the tick on year 0 becomes AD 1
 * (or goes, when that puts it half a step or less from the next tick).
 */
function roundEraYears(values: Date[], scale: TimeScale): Date[] {
  if (values.length < 2 || values[0]!.getUTCFullYear() > 0) return values;
  if (values.some((d) => d.getUTCMonth() !== 0 || d.getUTCDate() !== 1)) return values;
  const step = Math.abs(values[1]!.getUTCFullYear() - values[0]!.getUTCFullYear());
  if (step < 2) return values;
  const [d0, d1] = scale.domain();
  const hi = Math.max(+d0, +d1);
  const moved = values.map((d) => {
    const year = d.getUTCFullYear();
    if (year > 0) return d;
    const next = new Date(d.getTime());
    next.setUTCFullYear(year + 1);
    return next;
  });
  // AD 1 (moved from year 0) a year or less from the next tick would crowd it ("1", "2"): dropped
  return moved.filter((d, i) => {
    if (d.getTime() > hi) return false;
    const next = moved[i + 1];
    return !(values[i]!.getUTCFullYear() === 0 && next && next.getUTCFullYear() - 1 <= step / 2);
  });
}

function tickUnit(values: readonly Date[]): TickUnit {
  let unit: TickUnit = 'year';
  for (const d of values) {
    if (d.getUTCDate() !== 1 || d.getTime() % DAY !== 0) return 'day';
    if (d.getUTCMonth() !== 0) unit = 'month';
  }
  return unit;
}

/**
 * How far to move a tick's label (centred on the tick at `x`, `labelWidth` wide) so that it stays
 * whole inside a plot `width` px wide, `margin` px from its edges: a tick near an edge keeps its
 * label in view, shifted inwards, instead of showing half of it ("n 1969"). 0 for the ticks in
 * between. Pure.
 */
export function labelShift(x: number, labelWidth: number, width: number, margin = 2): number {
  const half = labelWidth / 2;
  if (labelWidth + 2 * margin >= width) return width / 2 - x;
  if (x - half < margin) return margin + half - x;
  if (x + half > width - margin) return width - margin - half - x;
  return 0;
}
