import { utcDay } from 'd3-time';
import type { TimeScale } from './time-scale.js';

/** How finely axis ticks divide time, from coarse to fine. */
export type TickUnit = 'year' | 'month' | 'day';

const DAY = 86_400_000;
/** d3-time's year, for its choice of tick step. */
const D3_YEAR = 365 * DAY;

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
  if (values.length === 0) values = wideYearTicks(scale, count);
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
 * Year ticks for a window of many thousands of years where d3-time finds none: to find the first
 * tick, its `utcYear.every(step)` rounds down to a multiple of the step (year −300,000 for a
 * window from year −250,000 with a tick every 50,000 years), and past the earliest year a `Date`
 * holds (−271,821) that is an Invalid Date, which ends the ticks before the first. Here the first tick is the
 * first multiple of the step within the window; the step is the one d3-time would take (d3-array's
 * `tickStep` over years of 365 days). Empty for shorter or invalid windows.
 */
function wideYearTicks(scale: TimeScale, count: number): Date[] {
  const [d0, d1] = scale.domain();
  const lo = Math.min(+d0, +d1);
  const hi = Math.max(+d0, +d1);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const raw = (hi - lo) / D3_YEAR / count;
  if (!(raw >= 1)) return [];
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
  const newYear = (year: number) => {
    const d = new Date(0);
    d.setUTCFullYear(year, 0, 1); // NaN outside the range of dates
    return d;
  };
  const from = new Date(lo).getUTCFullYear();
  let year = Math.ceil((newYear(from).getTime() < lo ? from + 1 : from) / step) * step;
  const values: Date[] = [];
  for (let d = newYear(year); d.getTime() <= hi; d = newYear((year += step))) values.push(d);
  return values;
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
