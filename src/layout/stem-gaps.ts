import type { PlacedEvent } from './timeline-layout.js';

/**
 * Where each stem passes behind a label. A stem runs from the axis, above lane 0, down to its
 * marker in lane `p.lane`, so it crosses every lane above; a label there whose box spans the
 * stem's `x` (a first-fit lane assignment puts an event in a deeper lane precisely because the
 * labels above reach over its date) would be struck through by the line. The renderer leaves
 * the stem out over those labels' boxes instead, as a line passing behind them.
 *
 * Returns, for each event of `events` (same order), the lanes above its own whose label its stem
 * passes behind, in increasing order (empty for most). Covered labels (hidden during a zoom)
 * neither have a stem nor hide one. `margin` (px) widens each label box on both sides. Pure;
 * O(labels × lanes), for the few dozen labels of a view.
 */
export function stemGaps(events: readonly PlacedEvent[], margin = 2): number[][] {
  // the label boxes of each lane
  const lanes: [number, number][][] = [];
  for (const p of events) {
    if (p.covered) continue;
    (lanes[p.lane] ??= []).push([p.labelX - margin, p.labelX + p.labelWidth + margin]);
  }
  return events.map((p) => {
    const gaps: number[] = [];
    if (p.covered) return gaps;
    for (let lane = 0; lane < p.lane; lane++) {
      if (lanes[lane]?.some(([x0, x1]) => x0 < p.x && p.x < x1)) gaps.push(lane);
    }
    return gaps;
  });
}
