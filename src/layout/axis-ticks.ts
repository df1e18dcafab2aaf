import type { TimeScale } from './time-scale.js';

/** How finely axis ticks divide time, from coarse to fine. */
export type TickUnit = 'year' | 'month' | 'day';

const DAY = 86_400_000;

/**
 * The tick values for a scale at a width (about one tick per `spacing` px), and the finest unit
 * they need to be told apart, which decides how they are labelled. Pure.
 */
export function axisTicks(scale: TimeScale, { spacing = 110 }: { spacing?: number } = {}): { values: Date[]; unit: TickUnit } {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  const values = scale.ticks(count);
  return { values, unit: tickUnit(values) };
}

function tickUnit(values: readonly Date[]): TickUnit {
  let unit: TickUnit = 'year';
  for (const d of values) {
    if (d.getUTCDate() !== 1 || d.getTime() % DAY !== 0) return 'day';
    if (d.getUTCMonth() !== 0) unit = 'month';
  }
  return unit;
}
