import { stringsFor } from '../../i18n/strings.js';
import { timelineExtent } from '../../layout/time-scale.js';
import type { TimeWindow } from '../../layout/view-window.js';
import { text, type TextContext } from './event-text.js';
import { MAX_CANVAS_SIDE, resolveExportStyle } from './export-image.js';
import type { ExportOptions, ExportSvgInput } from './export-svg.js';
import { FIT_LANES, type PlotLayoutController } from './plot-layout-controller.js';
import { hasLegend, legendCategories } from './render-legend.js';
import type { PlotRows } from './render-marks.js';
import { plotHeight } from './sizing-controller.js';
import type { AlpineTimeline } from './timeline.component.js';

/**
 * What the export draws: the layout on screen, or a fresh one (same measurer and lanes) over the
 * whole dataset or at another width, with the rows, texts, colours and fonts in effect. From the
 * element's public state and what it shows: its plot's layout (`plot`), the plot's width, window
 * and rows on screen, and the selected event's index (its label kept in a fresh layout).
 */
export function exportInput(
  host: AlpineTimeline,
  plot: PlotLayoutController,
  screenWidth: number,
  window: TimeWindow,
  rows: PlotRows,
  selected: number | undefined,
  { range = 'visible', width }: ExportOptions,
): ExportSvgInput {
  const timeline = host.timeline;
  // past a canvas's side, no browser can show or rasterise the SVG, and laying it out costs (Infinity hung the page)
  if (width !== undefined && !(Number(width) >= 1 && Number(width) <= MAX_CANVAS_SIDE)) {
    throw new Error(`alpine-timeline: { width } must be a number of CSS pixels from 1 to ${MAX_CANVAS_SIDE}, got ${String(width)}.`);
  }
  if (range !== 'visible' && range !== 'all') throw new Error(`alpine-timeline: { range } must be "visible" or "all", got ${JSON.stringify(range)}.`);
  const w = Math.round(width ?? screenWidth);
  if (!timeline || !(w > 0)) throw new Error('alpine-timeline: nothing to export yet (no dataset, or no width: pass { width }).');
  const lang = host.locale;
  const ctx: TextContext = { lang, defaultLanguage: timeline.defaultLanguage };
  const rtl = plot.fit?.rtl ?? false;
  const onScreen = plot.fits(timeline, w, lang);
  const fitted = onScreen ? plot.fit!.lanes : Math.max(1, plot.compute(timeline, w, ctx, timelineExtent(timeline), FIT_LANES, rtl).lanes);
  // at the width on screen, the lanes the plot on screen may use: more in a tall element, fewer in a short one
  const lanes = (onScreen && plot.budget) || fitted;
  const pinned = selected === undefined ? [] : [selected];
  const layout = (range === 'visible' && onScreen && plot.layout) || plot.compute(timeline, w, ctx, range === 'all' ? timelineExtent(timeline) : window, lanes, rtl, pinned);
  // the plot's own lanes, or fewer when a given height squeezes it; more when they are used
  const least = Math.min(fitted, lanes);
  const style = resolveExportStyle(host, host.renderRoot?.querySelector('[part~="title"]') ?? null);
  // the legend as on screen: every category in use, when one has a colour (the accent colour for the others)
  const legend = hasLegend(timeline)
    ? legendCategories(timeline).map((c) => ({ label: text(c.label, ctx), color: (c.color && style.resolveColor(c.color)) || style.colors.accent }))
    : undefined;
  return {
    ...ctx,
    ...style,
    legend,
    layout,
    rows,
    plotHeight: plotHeight(rows, Math.max(least, layout.lanes)), // a filled height's lanes too
    title: text(timeline.title, ctx),
    strings: stringsFor(lang),
    measure: (t, font) => plot.measurer.width(t, font),
    direction: rtl ? 'rtl' : 'ltr',
    selected: host.selected,
  };
}
