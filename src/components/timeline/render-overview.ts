import { html, svg, type TemplateResult } from 'lit';
import type { ParsedTimeline } from '../../data/parsed-types.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { eraBandEnds } from '../../layout/era-ends.js';
import { densityPath, milestonePath, milestoneTick, overviewDensity } from '../../layout/overview.js';
import type { TimeScale } from '../../layout/time-scale.js';
import type { TimeWindow } from '../../layout/view-window.js';

/** What the overview strip needs from the element. */
export interface OverviewContext {
  readonly timeline: ParsedTimeline;
  readonly strings: TimelineStrings;
  /** The whole extent onto the plot's width (reversed right to left). */
  readonly scale: TimeScale;
  readonly height: number;
  /** The widest window: the whole dataset with its margin. */
  readonly extent: TimeWindow;
  /** The window on screen. */
  readonly window: TimeWindow;
  readonly rtl: boolean;
  /** The visible period in words (the slider's `aria-valuetext`). */
  readonly range: string;
  readonly onKeydown: (ev: KeyboardEvent) => void;
}

/**
 * The overview strip under the plot: the whole dataset (era bands, event density, milestones) as
 * a slider over the visible period, with the group the brush controller draws the brush in.
 * The density and milestone paths are cached per timeline and width (`layout/overview.ts`).
 */
export function renderOverview(ctx: OverviewContext): TemplateResult {
  const { timeline, strings, scale: o, height: h, extent, window, rtl } = ctx;
  const width = Math.max(...o.range());
  const density = overviewDensity(timeline, { width, extent });
  const year = (t: number) => new Date(t).getUTCFullYear();
  return html`<div
    part="overview"
    tabindex="0"
    role="slider"
    aria-label=${strings.visiblePeriod}
    aria-roledescription=${strings.overview}
    aria-valuemin=${year(extent[0])}
    aria-valuemax=${year(extent[1])}
    aria-valuenow=${year((window[0] + window[1]) / 2)}
    aria-valuetext=${ctx.range}
    @keydown=${ctx.onKeydown}
  >
    <svg width=${width} height=${h} aria-hidden="true" focusable="false">
      ${timeline.eras.map((era, i) => {
        const a = o(era.start.start);
        const end = eraBandEnds(timeline)[i]!;
        const b = end !== Infinity ? o(end) : rtl ? 0 : width;
        const [x0, x1] = [Math.max(0, Math.min(a, b)), Math.min(width, Math.max(a, b))];
        return svg`<rect class=${i % 2 ? 'era even' : 'era'} x=${x0} y="0" width=${Math.max(0, x1 - x0)} height=${h}></rect>`;
      })}
      <path class="density" d=${densityPath(density, h - 8)} transform=${rtl ? `matrix(-1 0 0 1 ${width} 4)` : 'translate(0 4)'}></path>
      <path class="milestone" d=${milestonePath(timeline, { width, extent, height: milestoneTick(h), direction: rtl ? 'rtl' : 'ltr' })}></path>
      <g part="brush" class="brush"></g>
    </svg>
  </div>`;
}
