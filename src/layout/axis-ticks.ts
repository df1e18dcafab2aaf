import { utcDay, utcSunday } from 'd3-time';
import type { TimeScale } from './time-scale.js';

/** How finely axis ticks divide time, from coarse to fine. */
export type TickUnit = 'year' | 'month' | 'day';

type Ticks = { values: Date[]; unit: TickUnit };

const DAY = 86_400_000;
/** d3-time's year, for its choice of tick step. */
const D3_YEAR = 365 * DAY;

/**
 * The tick values for a scale at a width (about one tick per `spacing` px, or about `count` ticks),
 * and the finest unit they need to be told apart, which decides how they are labelled. Pure.
 * {@link fitAxisTicks} picks the count at which their labels fit.
 *
 * Dates in a timeline are days at the finest, so ticks are too: where the calendar's ticks would
 * fall on hours (a window of a few days), they fall on every day or every few days instead, and
 * no two ticks read the same. Before the common era, ticks more than a year apart fall on round
 * years as readers count them ("500 BC", not the "501 BC" of the astronomical year −500).
 */
export function axisTicks(scale: TimeScale, { spacing = 110, count }: { spacing?: number; count?: number } = {}): Ticks {
  count ??= defaultCount(scale, spacing);
  let values = scale.ticks(count);
  if (values.length === 0) values = wideYearTicks(scale, count);
  if (values.some((d) => d.getTime() % DAY !== 0)) values = dayTicks(scale, count);
  else values = roundEraYears(values, scale);
  return { values, unit: tickUnit(values) };
}

/** About one tick per `spacing` px of the scale's range, two at least. */
function defaultCount(scale: TimeScale, spacing: number): number {
  const [r0, r1] = scale.range() as [number, number];
  return Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
}

/** An axis's ticks with their labels: `labels[i]` is `''` where the tick is drawn without one. */
export interface FittedTicks {
  readonly values: Date[];
  readonly unit: TickUnit;
  readonly labels: string[];
  /** How far each label moves from its tick to stay whole at the plot's edges ({@link labelShift}). */
  readonly shifts: number[];
}

/**
 * The ticks of an axis whose labels never overlap nor come within `gap` px of each other. Pure:
 * `format` writes the labels of a set of ticks (the locale's, with the year where a reader needs
 * it) and `measure` gives a label's width in px (cached by the caller: this runs on every frame of
 * a zoom). The plot is `width` px wide; `offset` is added to every tick's pixel (the axis's half
 * pixel).
 *
 * - **A coarser step** while the labels of the step's own pattern ("28. Dez.", "Jan. 2022") would
 *   not fit between two ticks: the widest of them plus `gap` must fit in the mean distance between
 *   ticks, or the tick count is lowered (a step of a day becomes two days, a week two weeks
 *   (which the calendar's ticks skip), then a month...).
 * - **Then, labels left out** where a longer label still does not fit: the first tick's, which says
 *   its year ("25. Dez. 2021"), and may be moved inwards to stay whole at the plot's edge; a new
 *   year's first tick ("2. Jan. 2022"); a label moved inwards at the other edge. Labels are kept
 *   in order of need (the first tick's, then those of new years, then the rest, each in time
 *   order) and a label that would come within `gap` of one kept is left out, its tick drawn
 *   without it. So the first tick always shows its label, year included.
 */
export function fitAxisTicks(
  scale: TimeScale,
  width: number,
  format: (values: readonly Date[], unit: TickUnit) => string[],
  measure: (label: string) => number,
  { spacing = 110, gap = 12, offset = 0 }: { spacing?: number; gap?: number; offset?: number } = {},
): FittedTicks {
  let count = defaultCount(scale, spacing);
  // every other week, between the calendar's weeks and months: 1 not tried yet, 2 trying, 0 tried
  let weeks = 1;
  for (let tries = 0; ; tries++) {
    const ticks: Ticks = weeks === 2 ? everyOtherWeek(scale) : axisTicks(scale, { count });
    const { values, unit } = ticks;
    const labels = format(values, unit);
    const widths = labels.map(measure);
    // 1: the first tick of the axis or of a year, which says its year (finer than years)
    const years = values.map((d, i) => +(unit !== 'year' && (!i || d.getUTCFullYear() !== values[i - 1]!.getUTCFullYear())));
    // the room between two ticks, against the widest label of the step's own pattern
    const n = values.length - 1;
    const room = n ? Math.abs(scale(values[n]!) - scale(values[0]!)) / n : Infinity;
    const need = Math.max(0, ...widths.filter((_, i) => !years[i])) + gap;
    if (need > room && count > 2 && tries < 8) {
      // fewer ticks, by the ratio of the room there is to the room needed (a few tries at most)
      if (weeks !== 2) count = Math.max(2, Math.min(count - 1, Math.floor((count * room) / need)));
      weeks = weeks === 1 ? (+values[1]! - +values[0]! === 7 * DAY ? 2 : 1) : 0;
      continue;
    }
    const x = (i: number) => scale(values[i]!) + offset;
    const shifts = widths.map((w, i) => labelShift(x(i), w, width));
    const shown = labels.map(() => '');
    const kept: [left: number, right: number][] = [];
    // labels claim their room in order of need: the first tick's, then new years' first ticks', then the rest (each in time order)
    for (const i of values.map((_, i) => i).sort((a, b) => (a && b && years[b]! - years[a]!) || a - b)) {
      const left = x(i) + shifts[i]! - widths[i]! / 2;
      const right = left + widths[i]!;
      if (kept.every(([l, r]) => left >= r + gap || right <= l - gap)) {
        kept.push([left, right]);
        shown[i] = labels[i]!;
      }
    }
    return { values, unit, labels: shown, shifts };
  }
}

/** Sundays of every other week (even weeks from 1970, so a pan keeps them) within the scale's domain. */
function everyOtherWeek(scale: TimeScale): Ticks {
  const [d0, d1] = scale.domain();
  const values = utcSunday.every(2)!.range(new Date(Math.min(+d0, +d1)), new Date(Math.max(+d0, +d1) + 1));
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
