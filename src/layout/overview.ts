import type { ParsedTimeline } from '../data/parsed-types.js';
import { indexTimeline, lowerBound } from './timeline-index.js';
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

const densities = new WeakMap<ParsedTimeline, { width: number; extent: TimeWindow; binWidth: number; density: OverviewDensity }>();
const densityPaths = new WeakMap<OverviewDensity, { height: number; path: string }>();
const milestonePaths = new WeakMap<ParsedTimeline, { width: number; extent: TimeWindow; height: number; direction: string; path: string }>();

/**
 * Counts events per `binWidth`-px column of a strip of `width` px showing `extent`: the shape of
 * the whole dataset at a glance, however many events it has. One binary search per bin
 * (O(bins · log n)), and the result is kept per timeline: asking again with the same width and
 * extent (every frame of a zoom does) returns the same object. Pure.
 */
export function overviewDensity(timeline: ParsedTimeline, { width, extent, binWidth = 3 }: { width: number; extent: TimeWindow; binWidth?: number }): OverviewDensity {
  const cached = densities.get(timeline);
  if (cached && cached.width === width && cached.binWidth === binWidth && cached.extent[0] === extent[0] && cached.extent[1] === extent[1]) {
    return cached.density;
  }
  const count = Math.max(1, Math.ceil(width / binWidth));
  const bins = new Uint32Array(count);
  const { starts } = indexTimeline(timeline);
  const perBin = (extent[1] - extent[0]) / count;
  let max = 0;
  let below = 0; // events before this bin; the first bin also takes those before the extent, the last those after
  for (let b = 0; b < count; b++) {
    const upTo = b === count - 1 ? starts.length : lowerBound(starts, extent[0] + (b + 1) * perBin);
    const n = upTo - below;
    bins[b] = n;
    if (n > max) max = n;
    below = upTo;
  }
  const density = { bins, binWidth: width / count, max };
  densities.set(timeline, { width, extent: [extent[0], extent[1]], binWidth, density });
  return density;
}

/** An SVG path of bars for a density, `height` px tall at the largest bin (square-root scale, so single events still show). Kept per density and height. */
export function densityPath(density: OverviewDensity, height: number): string {
  const cached = densityPaths.get(density);
  if (cached?.height === height) return cached.path;
  const path = buildDensityPath(density, height);
  densityPaths.set(density, { height, path });
  return path;
}

function buildDensityPath({ bins, binWidth, max }: OverviewDensity, height: number): string {
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

/** How far milestone ticks reach down an overview strip `h` px tall: about a third of it. */
export function milestoneTick(h: number): number {
  return Math.max(6, Math.round(h * 0.3));
}

/**
 * One SVG path of short vertical ticks hanging from the top of an overview strip, `height` px
 * long, at the milestones of a timeline on a strip of `width` px showing `extent`: a single
 * element however many milestones there are (those closer than half a pixel share a tick);
 * `rtl` puts the extent's start on the right. Ticks, not lines across the strip: with hundreds of
 * milestones, full-height lines made the strip one block of colour that hid the density and the
 * brush. Kept per timeline, width, extent, height and direction. Pure.
 */
export function milestonePath(
  timeline: ParsedTimeline,
  { width, extent, height, direction = 'ltr' }: { width: number; extent: TimeWindow; height: number; direction?: 'ltr' | 'rtl' },
): string {
  const cached = milestonePaths.get(timeline);
  if (cached && cached.width === width && cached.height === height && cached.direction === direction && cached.extent[0] === extent[0] && cached.extent[1] === extent[1]) {
    return cached.path;
  }
  const { milestoneStarts } = indexTimeline(timeline);
  const k = width / (extent[1] - extent[0] || 1);
  const parts: string[] = [];
  let last = Number.NaN;
  for (let m = 0; m < milestoneStarts.length; m++) {
    const ltr = Math.round((milestoneStarts[m]! - extent[0]) * k * 2) / 2;
    const x = direction === 'rtl' ? width - ltr : ltr;
    if (x === last) continue;
    last = x;
    parts.push(`M${x} 0v${height}`);
  }
  const path = parts.join('');
  milestonePaths.set(timeline, { width, extent: [extent[0], extent[1]], height, direction, path });
  return path;
}
