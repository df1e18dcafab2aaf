import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from '../../internal/keyed-repeat.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import type { ParsedEra, ParsedEvent } from '../../data/parsed-types.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { formatCount } from '../../i18n/format-count.js';
import { fill } from '../../i18n/strings.js';
import type { PlacedCluster } from '../../layout/clusters.js';
import type { PlacedEvent, TimelineLayout } from '../../layout/timeline-layout.js';
import { formatDateRange, formatHistoricalDate } from '../../i18n/format-date.js';
import { formatTicks } from '../../i18n/format-tick.js';
import { fitAxisTicks } from '../../layout/axis-ticks.js';
import { stemGaps } from '../../layout/stem-gaps.js';
import { historicalDate } from '../../data/historical-date.js';
import { eraTitle, eventDate, eventSentence, markName, statusLabel, text, textLang, type TextContext } from './event-text.js';

/** Vertical positions of the plot's rows, in px. */
export interface PlotRows {
  /** The axis line. */
  readonly axisY: number;
  /** Top of the row of clusters and unlabelled marks. */
  readonly clusterY: number;
  /** Top of lane 0. */
  readonly laneTop: number;
  readonly laneHeight: number;
}

/** What the marks need from the element. */
export interface MarksContext extends TextContext {
  readonly strings: TimelineStrings;
  readonly selected: string | null;
  /** The event whose mark is the list's single tab stop. */
  readonly tabStop: string | undefined;
  readonly onSelect: (event: ParsedEvent, trigger: MouseEvent) => void;
  readonly onCluster: (cluster: PlacedCluster, trigger: MouseEvent) => void;
  /** Whether zooming in spreads a cluster's events apart (else activating it opens the first). */
  readonly clusterSplits: (cluster: PlacedCluster) => boolean;
}

/**
 * A span's bar starts this far (px) above the bottom of its lane: under its label (whose box
 * ends 6 px above the lane's bottom), clear of the title's descenders; 5 px tall.
 */
export const SPAN_BELOW = 7;

/** A label's box ends this far (px) above the bottom of its lane (`.mark`'s height is the lane's less this). */
export const LABEL_BOX_BELOW = 6;

/** The room (px) between a label's edge on its marker's side and its text (`.mark`'s padding). */
export const LABEL_PAD = 22;

/**
 * The same room for a milestone: its marker is a square turned 45°, which reaches 0.71 of its
 * size from its centre (11 px in), plus its ring; past {@link LABEL_PAD} from 11 px of size on
 * (16 by default, 22 on a kiosk). The CSS says the same (`[part~='milestone'] .mark`).
 */
export function milestoneLabelPad(markerSize: number): number {
  return Math.max(LABEL_PAD, 14 + markerSize * 0.75);
}

/** A mark of the list: a labelled event, or a cluster (a lone unlabelled event is a cluster of one). */
export type MarkItem = { kind: 'event'; key: string; placed: PlacedEvent } | { kind: 'cluster'; key: string; cluster: PlacedCluster };

/**
 * Labelled events and clusters merged in time order: the order of the list (one `<li>` each). A
 * cluster is keyed by the labelled event before it and its rank after that event, not by its own
 * events (which change at every step of a zoom): its mark is updated in place instead of being
 * rebuilt or moved. A layout moved from another ({@link moveLayout}) gives the same items in the
 * same order.
 */
export function markItems(layout: TimelineLayout): MarkItem[] {
  const out: MarkItem[] = [];
  const { events, clusters } = layout;
  let c = 0;
  let after = '';
  let rank = 0;
  const clusterItem = (cluster: PlacedCluster): MarkItem => ({ kind: 'cluster', key: cluster.event ? cluster.event.id : `cluster:${after}:${rank++}`, cluster });
  for (const placed of events) {
    while (c < clusters.length && clusters[c]!.first < placed.event.index) out.push(clusterItem(clusters[c++]!));
    out.push({ kind: 'event', key: placed.event.id, placed });
    after = placed.event.id;
    rank = 0;
  }
  while (c < clusters.length) out.push(clusterItem(clusters[c++]!));
  return out;
}

/** Where a mark's `<li>` sits (its inline `transform`) and its class. */
export function markPlace(item: MarkItem, rows: PlotRows): { transform: string; className: string } {
  if (item.kind === 'cluster') {
    const c = item.cluster;
    return { transform: `translate(${c.left}px, ${rows.clusterY}px)`, className: c.covered ? 'covered' : '' };
  }
  const p = item.placed;
  return {
    transform: `translate(${p.labelX}px, ${rows.laneTop + p.lane * rows.laneHeight}px)`,
    className: p.covered ? (p.flipped ? 'flipped covered' : 'covered') : p.flipped ? 'flipped' : '',
  };
}

/** A span's bar: an event that lasts, under its label. */
export interface SpanBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly className: string;
}

/**
 * The stems from the axis to the labelled markers, as two path data strings (milestones, the
 * rest; a covered label's stem is left out), and the bars of events that last, in event order.
 */
export function stemGeometry(layout: TimelineLayout, rows: PlotRows): { stems: string; milestones: string; spans: SpanBar[] } {
  let stems = '';
  let milestones = '';
  const spans: SpanBar[] = [];
  const gaps = stemGaps(layout.events);
  layout.events.forEach((p, i) => {
    const y = rows.laneTop + p.lane * rows.laneHeight;
    if (!p.covered) {
      const stem = stemPath(p.x, rows, y + 14, gaps[i]!);
      if (p.event.milestone) milestones += stem;
      else stems += stem;
    }
    if (p.x2 === undefined) return;
    const [a, b] = p.x2 >= p.x ? [p.x, p.x2] : [p.x2, p.x]; // right to left, the end is on the left
    const x = Math.max(-4, a);
    const className = (p.event.status === 'planned' ? 'planned' : '') + (p.covered ? ' covered' : '');
    spans.push({ x, y: y + rows.laneHeight - SPAN_BELOW, width: Math.max(2, Math.min(layout.width + 4, b) - x), className });
  });
  return { stems, milestones, spans };
}

/**
 * Path data of one stem, from the axis down to `end`, left out over the label boxes of the lanes
 * in `gaps` ({@link stemGaps}): a label box is the top `laneHeight - 6` px of its lane (the
 * `.mark`'s height), so the line shows where no label is, passing behind those it meets (behind
 * labels of adjacent lanes, it stays hidden across the 6 px between them).
 * `num` writes each number (the export rounds them).
 */
export function stemPath(x: number, rows: PlotRows, end: number, gaps: readonly number[], num: (v: number) => string | number = (v) => v): string {
  let d = '';
  let from = rows.axisY;
  for (const lane of gaps) {
    const top = rows.laneTop + lane * rows.laneHeight;
    // not the 6 px between two label boxes it passes behind: fewer segments, and no dashes
    if (top > from + LABEL_BOX_BELOW) d += `M${num(x)} ${num(from)}V${num(top)}`;
    from = Math.max(from, top + rows.laneHeight - LABEL_BOX_BELOW);
  }
  if (end > from) d += `M${num(x)} ${num(from)}V${num(end)}`;
  return d;
}

/**
 * The content of the axis group: the DOM d3-axis's `axisTop` draws (domain line, then one
 * `g.tick` with a line and a text per tick, half-pixel offset on 1× screens, no outer ticks), so
 * it looks the same, but written by Lit: ticks are keyed by their time, so during a zoom the
 * existing ones move and only changed labels are rewritten (d3-axis keys them by their pixel
 * position and so rebuilt every tick, and rewrote every label, on every frame). The group
 * carries `fill="none"` and `text-anchor="middle"`, as d3-axis sets them.
 */
export function renderAxis(layout: TimelineLayout, lang: string, labelWidth: (label: string) => number): SVGTemplateResult {
  const scale = layout.scale;
  const offset = globalThis.devicePixelRatio > 1 ? 0 : 0.5;
  const [r0, r1] = scale.range() as [number, number];
  // labels that never overlap (measured: a coarser step, or a tick left without its label), a label near an edge moved inwards to stay whole
  const { values, labels, shifts } = fitAxisTicks(scale, layout.width, (values, unit) => formatTicks(values, unit, lang), labelWidth, { offset });
  return svg`<path class="domain" stroke="currentColor" d=${`M${r0 + offset},${offset}H${r1 + offset}`}></path>${repeat(
    values,
    (d) => d.getTime(),
    (d, i) => {
      const shift = shifts[i]!;
      return svg`<g class="tick" opacity="1" transform=${`translate(${scale(d) + offset},0)`}><line stroke="currentColor" y2="-6"></line><text fill="currentColor" x=${shift ? Math.round(shift * 100) / 100 : nothing} y="-9" dy="0em">${labels[i]}</text></g>`;
    },
  )}`;
}

/**
 * The era bands behind the plot, each with its name: a button that shows the era whole (`onEra`).
 * Its accessible name is the era's name as written (`aria-label`: its text is in capitals, which
 * Chromium's name from content keeps), its description the summary alone (see `eraTitle`), and
 * its title, name and summary, a hover tooltip only. Keyed by era: an era's button stays the
 * same element while others come and go, so it keeps focus (by position, the last era's name
 * pressed with Enter became the next one's once the first era left the view, focus with it).
 */
export function renderEras(layout: TimelineLayout, ctx: TextContext, onEra: (era: ParsedEra) => void): TemplateResult {
  return html`${repeat(
    layout.eras,
    (p) => p.era.id,
    (p) => {
      const name = text(p.era.label, ctx);
      return html`<div part="era" class=${p.index % 2 ? 'even' : ''} data-id=${p.era.id} style=${styleMap({ left: `${p.x0}px`, width: `${Math.max(0, p.x1 - p.x0)}px` })}
            ><button part="era-label" type="button" title=${eraTitle(p.era, ctx)} aria-label=${name} aria-description=${text(p.era.summary, ctx)} lang=${textLang(p.era.label, ctx)} @click=${() => onEra(p.era)}>${name}</button
          ></div>`;
    },
  )}`;
}

/**
 * Stems from the axis to labelled markers, and bars for events that last. Decorative. The stems
 * are two paths, one for milestones and one for the rest (not an element per event), so a step
 * of a gesture rewrites two attributes instead of two per stem; a covered label's stem is left out.
 */
export function renderStems(layout: TimelineLayout, rows: PlotRows): SVGTemplateResult {
  const { stems, milestones, spans } = stemGeometry(layout, rows);
  return svg`<path class="stem" d=${stems || nothing}></path><path class="stem milestone" d=${milestones || nothing}></path>${spans.map(
    (s) => svg`<rect part="span" class=${s.className} x=${s.x} y=${s.y} width=${s.width} height="5" rx="2"></rect>`,
  )}`;
}

/** The ordered list of event marks and cluster marks, keyed so that zooming moves them. */
export function renderMarks(layout: TimelineLayout, rows: PlotRows, ctx: MarksContext): TemplateResult {
  return html`${repeat(
    markItems(layout),
    (item) => item.key,
    (item) => (item.kind === 'event' ? eventMark(item, rows, ctx) : item.cluster.event ? loneMark(item, item.cluster.event, rows, ctx) : clusterMark(item, rows, ctx)),
  )}`;
}

export function eventParts(e: ParsedEvent, ctx: { readonly selected: string | null }, extra?: string): string {
  const parts = ['event'];
  if (e.milestone) parts.push('milestone');
  if (e.status !== 'past') parts.push(e.status);
  if (e.id === ctx.selected) parts.push('selected');
  if (extra) parts.push(extra);
  return parts.join(' ');
}

/** Whether the browser reads a category colour, by colour (a handful per dataset; asked for every mark on every frame). */
const colorSupport = new Map<string, boolean>();

/**
 * The style that gives a mark its category's colour, for the mark's `<button>`: not for the `<li>`
 * a gesture moves. An element that declares a custom property has all its descendants' styles
 * computed again whenever its own is (a new set of variables each time), so on the `<li>` it made
 * every moved mark cost its whole subtree's style: moving 22 marks took 0.5–0.7 ms of style
 * recalc instead of 0.2–0.3 (measured in Chromium 156).
 */
export function categoryColor(e: ParsedEvent): Record<string, string> {
  const color = e.category?.color;
  return color && readableColor(color) ? { '--at-category-color': color } : {};
}

/** Whether the browser reads `color` as a CSS colour (else markers keep the accent colour). */
export function readableColor(color: string): boolean {
  let supported = colorSupport.get(color);
  if (supported === undefined) {
    supported = CSS.supports('color', color);
    if (colorSupport.size >= 256) colorSupport.clear();
    colorSupport.set(color, supported);
  }
  return supported;
}

/**
 * A labelled event: a button showing its date (and status) and title, named in `aria-label` by
 * its visible texts and whether it is a milestone ({@link markName}). (Hidden spans adding " — "
 * and ". Milestone." to the visible text made that name with two more elements a mark: ~10 % of
 * a first render.)
 */
function eventMark(item: MarkItem & { kind: 'event' }, rows: PlotRows, ctx: MarksContext): TemplateResult {
  const p = item.placed;
  const e = p.event;
  const date = eventDate(e, ctx);
  const title = text(e.title, ctx);
  const status = statusLabel(e, ctx.strings);
  const { transform, className } = markPlace(item, rows);
  const style = { transform, width: `${p.labelWidth}px` };
  // (line breaks inside the tags, not between them: 8 of the 19 nodes inside a mark were whitespace text; the space
  // between the date and the title stays, the one word break of its visible text)
  return html`<li part=${eventParts(e, ctx)} class=${className} data-id=${e.id} data-year=${e.start.year} style=${styleMap(style)}
    ><button
      class="mark"
      type="button"
      style=${styleMap(categoryColor(e))}
      tabindex=${e.id === ctx.tabStop ? 0 : -1}
      aria-current=${e.id === ctx.selected ? 'true' : nothing}
      aria-label=${markName(e, ctx, ctx.strings, status)}
      title=${p.truncated ? `${date} — ${title}` : nothing}
      aria-description=""
      @click=${(ev: MouseEvent) => ctx.onSelect(e, ev)}
      ><span part="marker" aria-hidden="true" style=${styleMap({ left: `${Math.round((p.x - p.labelX) * 100) / 100}px` })}></span
      ><span part="label"
        ><span part="date"><time datetime=${e.start.iso}>${date}</time>${status ? html` <span class="status">${status}</span>` : nothing}</span> <span part="event-title" lang=${textLang(e.title, ctx)}>${title}</span
      ></span
    ></button
  ></li>`;
}

/** A single event with no room for its label: a marker on the cluster row, named for assistive technology. */
function loneMark(item: MarkItem & { kind: 'cluster' }, e: ParsedEvent, rows: PlotRows, ctx: MarksContext): TemplateResult {
  const date = eventDate(e, ctx);
  const title = text(e.title, ctx);
  const { transform, className } = markPlace(item, rows);
  const style = { transform, width: `${item.cluster.width}px` };
  return html`<li part=${eventParts(e, ctx, 'unlabelled')} class=${className} data-id=${e.id} data-year=${e.start.year} style=${styleMap(style)}
    ><button
      class="mark"
      type="button"
      style=${styleMap(categoryColor(e))}
      tabindex=${e.id === ctx.tabStop ? 0 : -1}
      aria-current=${e.id === ctx.selected ? 'true' : nothing}
      aria-label=${eventSentence(e, ctx, ctx.strings)}
      title=${`${date} — ${title}`}
      aria-description=""
      @click=${(ev: MouseEvent) => ctx.onSelect(e, ev)}
      ><span part="marker" aria-hidden="true"></span
    ></button
  ></li>`;
}

function clusterMark(item: MarkItem & { kind: 'cluster' }, rows: PlotRows, ctx: MarksContext): TemplateResult {
  const c = item.cluster;
  const count = formatCount(c.count, ctx.lang);
  const label = fill(ctx.clusterSplits(c) ? ctx.strings.cluster : ctx.strings.clusterOpen, { count, range: yearRange(c.start, c.end, ctx.lang) });
  const { transform, className } = markPlace(item, rows);
  const style = { transform, width: `${c.width}px` };
  return html`<li part=${c.milestones ? 'cluster has-milestone' : 'cluster'} class=${className} data-count=${c.count} style=${styleMap(style)}
    ><button class="cluster" type="button" tabindex="-1" aria-label=${label} title=${label} aria-description="" @click=${(ev: MouseEvent) => ctx.onCluster(c, ev)}>${count}</button
  ></li>`;
}

/** Year ranges already written (every cluster names one, on every frame of a zoom). Emptied past a few thousand. */
const yearRanges = new Map<string, string>();

/** "1965–1970", or "1969" when both ends fall in one year. */
export function yearRange(start: number, end: number, lang: string): string {
  const [y0, y1] = [new Date(start).getUTCFullYear(), new Date(end).getUTCFullYear()];
  const key = `${lang}|${y0}|${y1}`;
  let range = yearRanges.get(key);
  if (range === undefined) {
    const a = historicalDate(y0);
    const b = historicalDate(y1);
    range = !a || !b ? '' : a.year === b.year ? formatHistoricalDate(a, lang) : formatDateRange(a, b, lang);
    if (yearRanges.size >= 4096) yearRanges.clear();
    yearRanges.set(key, range);
  }
  return range;
}

/** The id of the mark that holds the list's tab stop: the last focused, else the selection, else the first drawn. */
export function tabStop(layout: TimelineLayout, focused: string | undefined, selected: string | null): string | undefined {
  const drawn = (id: string | null | undefined) =>
    id != null && (layout.events.some((p) => p.event.id === id) || layout.clusters.some((c) => c.event?.id === id));
  if (drawn(focused)) return focused;
  if (drawn(selected)) return selected!;
  return layout.events[0]?.event.id ?? layout.clusters.find((c) => c.event)?.event?.id;
}
