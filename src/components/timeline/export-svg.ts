/**
 * The timeline as a standalone SVG document (for `exportSVG()` / `exportPNG()`): the same marks as
 * the screen (era bands with labels, the axis and its tick labels, stems, spans, markers, labels,
 * clusters, the title), drawn with presentation attributes only: no stylesheet, no external
 * reference, no `<foreignObject>`, so it opens in any SVG viewer and converts to PNG through a
 * canvas under a strict Content Security Policy.
 *
 * Pure: everything comes in through {@link ExportSvgInput} (layout, rows, resolved colours and
 * fonts, strings, a text measurer); nothing here reads the DOM. Every text from data is escaped
 * for XML and cut with an ellipsis from measured widths, as the screen's CSS does.
 */
import type { ParsedEvent } from '../../data/parsed-types.js';
import { historicalDate } from '../../data/historical-date.js';
import { formatDateRange, formatHistoricalDate } from '../../i18n/format-date.js';
import { formatCount } from '../../i18n/format-count.js';
import { formatTicks } from '../../i18n/format-tick.js';
import { fill, type TimelineStrings } from '../../i18n/strings.js';
import { fitAxisTicks } from '../../layout/axis-ticks.js';
import type { PlacedCluster } from '../../layout/clusters.js';
import { stemGaps } from '../../layout/stem-gaps.js';
import type { PlacedEvent, TimelineLayout } from '../../layout/timeline-layout.js';
import { eventDate, statusLabel, text, type TextContext } from './event-text.js';
import { LABEL_PAD, milestoneLabelPad, SPAN_BELOW, stemPath, type PlotRows } from './render-marks.js';

/** Options of `exportSVG()` and `exportPNG()`. */
export interface ExportOptions {
  /** `visible` (default): the window on screen; `all`: the whole dataset, laid out afresh. */
  range?: 'visible' | 'all';
  /** Width of the image in CSS px. Defaults to the plot's width on screen: the element's, less a detail view beside it (required when it has none yet). */
  width?: number;
  /** PNG only: pixels per CSS px. Defaults to `devicePixelRatio` (1 when unknown). */
  scale?: number;
}

/** Colours, as CSS colours (`#rrggbb`, `rgb()`, `rgba()`...), resolved from the element's `--at-*` properties. */
export interface ExportColors {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly surface: string;
  readonly border: string;
  readonly accent: string;
  readonly accentContrast: string;
  readonly era1: string;
  readonly era2: string;
  readonly axis: string;
}

/** Fonts and sizes, in CSS px, resolved from the element. */
export interface ExportFonts {
  /** A CSS `font-family` list. */
  readonly family: string;
  readonly labelSize: number;
  readonly dateSize: number;
  readonly titleSize: number;
  readonly titleWeight: number;
  /** `text-transform: uppercase` on the title (the Alpine theme). */
  readonly titleUppercase: boolean;
  /** Letter spacing of the title, px. */
  readonly titleLetterSpacing: number;
  readonly markerSize: number;
  readonly milestoneMarkerSize: number;
  /** Corner radius of labels. */
  readonly radius: number;
  /** Height of cluster marks (and of the row of unlabelled marks). Defaults to 20. */
  readonly clusterHeight?: number;
}

/** Everything {@link buildTimelineSvg} draws from. */
export interface ExportSvgInput extends TextContext {
  readonly layout: TimelineLayout;
  readonly rows: PlotRows;
  /** Height of the plot (rows, lanes and bottom padding), px. */
  readonly plotHeight: number;
  /** The dataset title, in the reader's language. */
  readonly title: string;
  readonly strings: TimelineStrings;
  readonly colors: ExportColors;
  readonly fonts: ExportFonts;
  /** Width in px of `text` in the CSS `font` (e.g. the element's canvas TextMeasurer). */
  readonly measure: (text: string, font: string) => number;
  readonly direction?: 'ltr' | 'rtl';
  /** Id of the selected event (drawn highlighted, as on screen). */
  readonly selected?: string | null;
  /** An event's category colour, when it is a usable colour; markers use it instead of the accent. */
  readonly categoryColor?: (event: ParsedEvent) => string | undefined;
  /** The legend under the title (as on screen, when a category has a colour): absent or empty for none. */
  readonly legend?: readonly ExportLegendItem[];
}

/** One category in the legend: its name (in the reader's language) and its markers' colour. */
export interface ExportLegendItem {
  readonly label: string;
  readonly color: string;
}

/** Room after a label's text, on the side away from its marker, as `.mark` has it (the marker's side: `LABEL_PAD`). */
const LABEL_PAD_FAR = 6;
/** The header row as on screen: 12 px above, 4 px below, at least the 32 px of its buttons. */
const HEADER_PAD_TOP = 12;
const HEADER_PAD_BOTTOM = 4;
const HEADER_MIN = 32;
/** The legend under the title, as `[part~='legend']` has it: 14 px between categories, 6 px after a swatch. */
const LEGEND_GAP = 14;
const LEGEND_SWATCH_GAP = 6;
const ELLIPSIS = '…';

/**
 * Escapes a text for XML content and attribute values (`&`, `<`, `>`, `"`, `'`), and drops the
 * characters XML 1.0 cannot hold at all (C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF), so any dataset text gives a well-formed document.
 */
export function escapeXml(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
    if (!allowed) continue; // a C0 control, a lone surrogate, U+FFFE or U+FFFF
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch === "'" ? '&apos;' : ch;
  }
  return out;
}

/**
 * `text` cut to fit `max` px in `font`, ending with an ellipsis when cut (whole code points;
 * binary search on measured widths). `spacing` is added per character (letter-spacing).
 */
export function fitText(value: string, max: number, font: string, measure: (text: string, font: string) => number, spacing = 0): string {
  const width = (s: string) => measure(s, font) + spacing * [...s].length;
  if (width(value) <= max) return value;
  const chars = [...value];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? (width(ELLIPSIS) <= max ? ELLIPSIS : '') : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** A number for an attribute: at most two decimals, no `-0`. */
const n = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

/**
 * A paint for `fill` or `stroke`: `rgba()` (and `#rrggbbaa`) become an opaque colour and an
 * opacity, which every SVG 1.1 viewer understands.
 */
function paint(kind: 'fill' | 'stroke', color: string, opacity = 1): string {
  let c = color.trim();
  let alpha = 1;
  const rgba = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(c);
  const hex8 = /^#([0-9a-f]{6})([0-9a-f]{2})$/i.exec(c);
  if (rgba) {
    c = `rgb(${Math.round(Number(rgba[1]))},${Math.round(Number(rgba[2]))},${Math.round(Number(rgba[3]))})`;
    if (rgba[4] !== undefined) alpha = Number(rgba[4]) / (rgba[5] ? 100 : 1);
  } else if (hex8) {
    c = `#${hex8[1]}`;
    alpha = parseInt(hex8[2]!, 16) / 255;
  }
  const o = Math.max(0, Math.min(1, alpha * opacity));
  return `${kind}="${escapeXml(c)}"${o < 1 ? ` ${kind}-opacity="${n(o)}"` : ''}`;
}

/** A CSS font shorthand, as the element's measurer is called with it (same cache keys). */
const font = (weight: number, size: number, family: string, italic = false) => `${weight} ${italic ? 'italic ' : ''}${size}px ${family}`;

/** "1965–1970", or "1969" when both ends fall in one year. */
function yearRange(start: number, end: number, lang: string): string {
  const a = historicalDate(new Date(start).getUTCFullYear());
  const b = historicalDate(new Date(end).getUTCFullYear());
  if (!a || !b) return '';
  return a.year === b.year ? formatHistoricalDate(a, lang) : formatDateRange(a, b, lang);
}

type SizeInput = Pick<ExportSvgInput, 'layout' | 'plotHeight' | 'fonts'> & Partial<Pick<ExportSvgInput, 'legend' | 'measure'>>;

/** Size of the SVG {@link buildTimelineSvg} makes for an input: the plot under a title row (and the legend's rows). */
export function exportSize(input: SizeInput): { width: number; height: number; headerHeight: number } {
  const width = Math.max(1, Math.ceil(input.layout.width));
  const { rows, lineHeight } = legendRows(input, width);
  const headerHeight = Math.ceil(HEADER_PAD_TOP + Math.max(HEADER_MIN, input.fonts.titleSize * 1.4) + HEADER_PAD_BOTTOM + rows.length * lineHeight);
  return { width, height: Math.ceil(headerHeight + input.plotHeight), headerHeight };
}

/** The legend's items in rows that fit the image's width (less 12 px each side), with their x from the start edge. */
function legendRows(input: SizeInput, width: number): { rows: { item: ExportLegendItem; x: number; width: number }[][]; lineHeight: number } {
  const f = input.fonts;
  const lineHeight = Math.ceil(Math.max(f.markerSize, f.dateSize * 1.4)) + 2;
  const rows: { item: ExportLegendItem; x: number; width: number }[][] = [];
  if (!input.legend?.length || !input.measure) return { rows, lineHeight };
  const labelFont = font(400, f.dateSize, f.family);
  const max = width - 24;
  let row: { item: ExportLegendItem; x: number; width: number }[] = [];
  let x = 0;
  for (const item of input.legend) {
    const w = f.markerSize + LEGEND_SWATCH_GAP + input.measure(item.label, labelFont);
    if (row.length && x + w > max) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ item, x, width: w });
    x += w + LEGEND_GAP;
  }
  rows.push(row);
  return { rows, lineHeight };
}

/**
 * Builds the SVG document of a laid-out timeline: `role="img"`, its `<title>` the dataset title,
 * one `<g data-id>` per event mark (with the full date and title in a `<title>`), one
 * `<g class="cluster" data-count>` per cluster. Returns the markup (no XML declaration). Pure.
 */
export function buildTimelineSvg(input: ExportSvgInput): string {
  const { layout, rows, colors: c, fonts: f, measure } = input;
  const rtl = input.direction === 'rtl';
  const { width, height, headerHeight } = exportSize(input);
  const plotWidth = layout.width;
  const family = escapeXml(f.family);
  const out: string[] = [];
  const lang = escapeXml(input.lang);

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" xml:lang="${lang}" lang="${lang}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect class="background" width="${width}" height="${height}" ${paint('fill', c.background)}/>`,
    `<g font-family="${family}" ${paint('fill', c.text)}>`,
  );

  // Title row.
  const titleFont = font(f.titleWeight, f.titleSize, f.family);
  const titleText = f.titleUppercase ? input.title.toLocaleUpperCase(input.lang) : input.title;
  const title = fitText(titleText, plotWidth - 24, titleFont, measure, f.titleLetterSpacing);
  const titleBaseline = HEADER_PAD_TOP + Math.max(HEADER_MIN, f.titleSize * 1.4) / 2 + f.titleSize * 0.36;
  out.push(
    `<text class="title" x="${n(rtl ? width - 12 : 12)}" y="${n(titleBaseline)}" font-size="${n(f.titleSize)}" font-weight="${f.titleWeight}"${
      f.titleLetterSpacing ? ` letter-spacing="${n(f.titleLetterSpacing)}"` : ''
    }${rtl ? ' text-anchor="end"' : ''}>${escapeXml(title)}</text>`,
  );

  // The legend: a row (or more) of categories under the title, each a swatch and its name.
  const legend = legendRows(input, width);
  if (legend.rows.length) {
    const top = HEADER_PAD_TOP + Math.max(HEADER_MIN, f.titleSize * 1.4) + HEADER_PAD_BOTTOM;
    const half = f.markerSize / 2;
    out.push(`<g class="legend" font-size="${n(f.dateSize)}" ${paint('fill', c.muted)}>`);
    legend.rows.forEach((row, r) => {
      const cy = top + r * legend.lineHeight + legend.lineHeight / 2;
      for (const { item, x, width: w } of row) {
        const start = rtl ? width - 12 - x : 12 + x; // the item's start edge: its swatch's side
        const cx = rtl ? start - half : start + half;
        const tx = rtl ? start - f.markerSize - LEGEND_SWATCH_GAP : start + f.markerSize + LEGEND_SWATCH_GAP;
        // a name wider than the whole row is shortened with an ellipsis
        const label = fitText(item.label, Math.min(w, width - 24) - f.markerSize - LEGEND_SWATCH_GAP + 1, font(400, f.dateSize, f.family), measure);
        out.push(
          `<g class="legend-item">`,
          `<g transform="translate(${n(cx)} ${n(cy)})">${markerShapes(item.color, c.background, f.markerSize)}</g>`,
          `<text x="${n(tx)}" y="${n(cy + f.dateSize * 0.36)}"${rtl ? ' text-anchor="end"' : ''}>${escapeXml(label)}</text>`,
          `</g>`,
        );
      }
    });
    out.push(`</g>`);
  }

  // The plot: a nested <svg> clips what leaves it, as the screen's overflow: hidden does.
  out.push(`<svg class="plot" x="0" y="${headerHeight}" width="${n(plotWidth)}" height="${n(input.plotHeight)}" overflow="hidden">`);

  // Era bands, with their labels.
  const eraFont = font(600, f.dateSize, f.family);
  const eraSpacing = f.dateSize * 0.04;
  layout.eras.forEach((p) => {
    const w = Math.max(0, p.x1 - p.x0);
    const label = fitText(text(p.era.label, input).toLocaleUpperCase(input.lang), w - 12, eraFont, measure, eraSpacing);
    out.push(
      `<g class="era" data-id="${escapeXml(p.era.id)}">`,
      `<rect x="${n(p.x0)}" y="0" width="${n(w)}" height="${n(input.plotHeight)}" ${paint('fill', p.index % 2 ? c.era2 : c.era1)}/>`,
      `<line x1="${n(rtl ? p.x1 - 0.5 : p.x0 + 0.5)}" x2="${n(rtl ? p.x1 - 0.5 : p.x0 + 0.5)}" y1="0" y2="${n(input.plotHeight)}" ${paint('stroke', c.axis)} stroke-width="1" stroke-dasharray="3"/>`,
      label
        ? `<text x="${n(rtl ? p.x1 - 6 : p.x0 + 6)}" y="${n(2 + f.dateSize * 1.1)}" font-size="${n(f.dateSize)}" font-weight="600" letter-spacing="${n(eraSpacing)}" ${paint('fill', c.muted)}${
            rtl ? ' text-anchor="end"' : ''
          }>${escapeXml(label)}</text>`
        : '',
      `</g>`,
    );
  });

  // Axis: the domain line, ticks and their labels (as d3-axis's axisTop draws them).
  const [r0, r1] = layout.scale.range() as [number, number];
  out.push(`<g class="axis" transform="translate(0 ${n(rows.axisY)})" font-size="${n(f.dateSize)}" text-anchor="middle">`);
  out.push(`<path class="domain" d="M${n(Math.min(r0, r1))},0.5H${n(Math.max(r0, r1))}" fill="none" ${paint('stroke', c.axis)}/>`);
  const tickFont = font(400, f.dateSize, f.family);
  // the labels as on screen: none overlaps another, each whole
  const { values, labels, shifts } = fitAxisTicks(layout.scale, plotWidth, (values, unit) => formatTicks(values, unit, input.lang), (label) => measure(label, tickFont), { offset: 0.5 });
  values.forEach((d, i) => {
    const shift = shifts[i]!;
    const label = labels[i] ? `<text${shift ? ` x="${n(shift)}"` : ''} y="-9" ${paint('fill', c.muted)}>${escapeXml(labels[i])}</text>` : '';
    out.push(`<g class="tick" transform="translate(${n(layout.scale(d) + 0.5)} 0)"><line y2="-6" ${paint('stroke', c.axis)}/>${label}</g>`);
  });
  out.push(`</g>`);

  // Stems and span bars (behind the marks).
  out.push(`<g class="stems">`);
  const gaps = stemGaps(layout.events);
  for (const [i, p] of layout.events.entries()) {
    const y = rows.laneTop + p.lane * rows.laneHeight;
    // as on screen: left out where it passes behind a label of a lane above
    const d = stemPath(p.x, rows, y + 14, gaps[i]!, n);
    if (d) out.push(`<path class="stem" d="${d}" fill="none" ${paint('stroke', p.event.milestone ? c.accent : c.border)} stroke-width="1"/>`);
    if (p.x2 === undefined) continue;
    const [a, b] = p.x2 >= p.x ? [p.x, p.x2] : [p.x2, p.x];
    const x = Math.max(-4, a);
    const w = Math.max(2, Math.min(plotWidth + 4, b) - x);
    const planned = p.event.status === 'planned';
    out.push(
      `<rect class="span" data-id="${escapeXml(p.event.id)}" x="${n(x)}" y="${n(y + rows.laneHeight - SPAN_BELOW)}" width="${n(w)}" height="5" rx="2" ${
        planned ? `fill="none" ${paint('stroke', c.accent, 0.8)} stroke-dasharray="4 3"` : paint('fill', c.accent, 0.35)
      }/>`,
    );
  }
  out.push(`</g>`);

  // Marks, in time order: labelled events, lone unlabelled events and clusters.
  out.push(`<g class="events">`);
  for (const p of layout.events) out.push(eventMark(p, input, rtl));
  for (const cl of layout.clusters) out.push(cl.event ? loneMark(cl, cl.event, input) : clusterMark(cl, input));
  out.push(`</g>`);

  out.push(`</svg></g></svg>`);
  return out.join('');
}

/** The marker of an event centred on (x, y): a dot, a diamond for milestones, a dashed ring when planned. */
function marker(event: ParsedEvent, x: number, y: number, input: ExportSvgInput): string {
  const { colors: c, fonts: f } = input;
  const color = input.categoryColor?.(event) ?? c.accent;
  const size = event.milestone ? f.milestoneMarkerSize : f.markerSize;
  const rotate = event.milestone ? ' rotate(45)' : '';
  return `<g class="marker" transform="translate(${n(x)} ${n(y)})${rotate}">${markerShapes(color, c.background, size, event.milestone, event.status === 'planned')}</g>`;
}

/**
 * A marker's shapes, `size` px, centred on (0, 0): a dot in `color`, or a square for a milestone
 * (a diamond once its group is rotated), or a ring with a dashed outline when planned. Also the
 * legend's swatches (plain dots).
 */
function markerShapes(color: string, background: string, size: number, milestone = false, planned = false): string {
  const shape = (half: number, attrs: string) =>
    milestone
      ? `<rect x="${n(-half)}" y="${n(-half)}" width="${n(2 * half)}" height="${n(2 * half)}" rx="${n(Math.min(3, half) * (half / (size / 2)))}" ${attrs}/>`
      : `<circle r="${n(half)}" ${attrs}/>`;
  if (planned) {
    // background with a 2 px border in the colour, and a dashed outline 2 px outside it
    return (
      shape(size / 2 - 1, `${paint('fill', background)} ${paint('stroke', color)} stroke-width="2"`) +
      shape(size / 2 + 2.75, `fill="none" ${paint('stroke', color)} stroke-width="1.5" stroke-dasharray="3 2"`)
    );
  }
  // the colour with a 2 px border in the background and a 1 px ring in the colour around it
  return shape(size / 2 + 0.5, `fill="none" ${paint('stroke', color)} stroke-width="1"`) + shape(size / 2 - 1, `${paint('fill', color)} ${paint('stroke', background)} stroke-width="2"`);
}

function markClass(e: ParsedEvent, input: ExportSvgInput, extra?: string): string {
  const parts = ['event'];
  if (e.milestone) parts.push('milestone');
  if (e.status !== 'past') parts.push(e.status);
  if (e.id === input.selected) parts.push('selected');
  if (extra) parts.push(extra);
  return parts.join(' ');
}

function eventMark(p: PlacedEvent, input: ExportSvgInput, rtl: boolean): string {
  const { rows, colors: c, fonts: f, measure } = input;
  const e = p.event;
  const y = rows.laneTop + p.lane * rows.laneHeight;
  const date = eventDate(e, input);
  const title = text(e.title, input);
  const status = statusLabel(e, input.strings);
  const out: string[] = [`<g class="${markClass(e, input)}" data-id="${escapeXml(e.id)}" data-year="${e.start.year}">`, `<title>${escapeXml(`${date} — ${title}`)}</title>`];
  if (e.id === input.selected) {
    out.push(
      `<rect class="selection" x="${n(p.labelX + 1)}" y="${n(y + 1)}" width="${n(Math.max(0, p.labelWidth - 2))}" height="${n(Math.max(0, rows.laneHeight - 8))}" rx="${n(f.radius)}" ${paint('fill', c.surface)} ${paint('stroke', c.accent)} stroke-width="2"/>`,
    );
  }
  out.push(marker(e, p.x, y + 15, input));
  // The text starts next to the marker: right of it, or left of it (aligned to its end) when
  // flipped, mirrored right to left.
  const textEnd = p.flipped !== rtl;
  const pad = e.milestone ? milestoneLabelPad(f.milestoneMarkerSize) : LABEL_PAD;
  const inner = Math.max(0, p.labelWidth - pad - LABEL_PAD_FAR);
  const tx = textEnd ? p.labelX + p.labelWidth - pad : p.labelX + pad;
  const anchor = textEnd ? ' text-anchor="end"' : '';
  const dateFont = font(400, f.dateSize, f.family);
  const titleFont = font(e.milestone ? 700 : 400, f.labelSize, f.family, e.status === 'planned');
  const dateY = y + 3 + f.dateSize * 1.1;
  const titleY = y + 3 + f.dateSize * 1.4 + f.labelSize * 1.1;
  // The date line: the date, then the status tag (a dashed box) when it fits.
  const statusW = status ? measure(status, dateFont) + f.dateSize * 0.7 + 2 : 0;
  const statusGap = f.dateSize * 0.5;
  const dateW = measure(date, dateFont);
  const showStatus = status !== '' && dateW + statusGap + statusW <= inner;
  const dateText = fitText(date, inner, dateFont, measure);
  const dateX = textEnd && showStatus ? tx - statusW - statusGap : tx;
  out.push(`<text class="date" x="${n(dateX)}" y="${n(dateY)}" font-size="${n(f.dateSize)}" ${paint('fill', c.muted)}${anchor}>${escapeXml(dateText)}</text>`);
  if (showStatus) {
    const sx = textEnd ? tx - statusW : tx + dateW + statusGap;
    const boxTop = dateY - f.dateSize * 0.95;
    out.push(
      `<g class="status"><rect x="${n(sx + 0.5)}" y="${n(boxTop)}" width="${n(statusW - 1)}" height="${n(f.dateSize * 1.3)}" rx="4" fill="none" ${paint('stroke', c.muted)} stroke-dasharray="2 2"/>`,
      `<text x="${n(sx + statusW / 2)}" y="${n(dateY)}" font-size="${n(f.dateSize)}" text-anchor="middle" ${paint('fill', c.muted)}>${escapeXml(status)}</text></g>`,
    );
  }
  const titleText = fitText(title, inner, titleFont, measure);
  out.push(
    `<text class="event-title" x="${n(tx)}" y="${n(titleY)}" font-size="${n(f.labelSize)}"${e.milestone ? ' font-weight="700"' : ''}${
      e.status === 'planned' ? ' font-style="italic"' : ''
    }${anchor}>${escapeXml(titleText)}</text>`,
  );
  out.push(`</g>`);
  return out.join('');
}

/** A single event with no room for its label: its marker on the cluster row. */
function loneMark(cl: PlacedCluster, e: ParsedEvent, input: ExportSvgInput): string {
  const date = eventDate(e, input);
  const title = text(e.title, input);
  return `<g class="${markClass(e, input, 'unlabelled')}" data-id="${escapeXml(e.id)}" data-year="${e.start.year}"><title>${escapeXml(`${date} — ${title}`)}</title>${marker(
    e,
    cl.left + cl.width / 2,
    input.rows.clusterY + (input.fonts.clusterHeight ?? 20) / 2,
    input,
  )}</g>`;
}

function clusterMark(cl: PlacedCluster, input: ExportSvgInput): string {
  const { colors: c, fonts: f } = input;
  const count = formatCount(cl.count, input.lang);
  const label = fill(input.strings.cluster, { count, range: yearRange(cl.start, cl.end, input.lang) }).replace(/\s*:[^:]*$/, ''); // without the ": zoom in" hint
  const [bg, fg] = cl.milestones ? [c.accent, c.accentContrast] : [c.muted, c.background];
  const y = input.rows.clusterY;
  const h = f.clusterHeight ?? 20;
  return `<g class="${cl.milestones ? 'cluster has-milestone' : 'cluster'}" data-count="${cl.count}"><title>${escapeXml(label)}</title><rect x="${n(cl.left)}" y="${n(y)}" width="${n(
    cl.width,
  )}" height="${n(h)}" rx="${n(h / 2)}" ${paint('fill', bg)}/><text x="${n(cl.left + cl.width / 2)}" y="${n(y + h / 2 + f.dateSize * 0.36)}" font-size="${n(f.dateSize)}" font-weight="700" text-anchor="middle" ${paint(
    'fill',
    fg,
  )}>${escapeXml(count)}</text></g>`;
}
