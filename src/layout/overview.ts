import type { ParsedTimeline } from '../data/parsed-types.js';
import { indexTimeline } from './timeline-index.js';
import type { TimeWindow } from './view-window.js';

/** How many events fall in each column of an overview strip. */
export interface OverviewDensity {
  /** Events per bin, left to right. */
  readonly bins: Uint32Array;
  /** Width of one bin, px. */
  readonly binWidth: number;
  /** The largest bin. */
  readonly max: number;
}

/**
 * Counts events per `binWidth`-px column of a strip of `width` px showing `extent`: the shape of
 * the whole dataset at a glance, however many events it has. One pass over the events. Pure.
 */
export function overviewDensity(timeline: ParsedTimeline, { width, extent, binWidth = 3 }: { width: number; extent: TimeWindow; binWidth?: number }): OverviewDensity {
  const count = Math.max(1, Math.ceil(width / binWidth));
  const bins = new Uint32Array(count);
  const { starts } = indexTimeline(timeline);
  const perBin = (extent[1] - extent[0]) / count;
  let max = 0;
  for (let i = 0; i < starts.length; i++) {
    const b = Math.min(count - 1, Math.max(0, Math.floor((starts[i]! - extent[0]) / perBin)));
    const n = ++bins[b]!;
    if (n > max) max = n;
  }
  return { bins, binWidth: width / count, max };
}

/** An SVG path of bars for a density, `height` px tall at the largest bin (square-root scale, so single events still show). */
export function densityPath({ bins, binWidth, max }: OverviewDensity, height: number): string {
  if (!max) return '';
  const parts: string[] = [];
  const root = Math.sqrt(max);
  bins.forEach((n, i) => {
    if (!n) return;
    const h = Math.max(2, (Math.sqrt(n) / root) * height);
    parts.push(`M${(i * binWidth).toFixed(1)} ${height}h${Math.max(1, binWidth - 0.5).toFixed(1)}v${(-h).toFixed(1)}h${(-Math.max(1, binWidth - 0.5)).toFixed(1)}z`);
  });
  return parts.join('');
}
