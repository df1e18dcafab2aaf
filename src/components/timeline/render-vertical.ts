import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import { formatCount, formatYears } from '../../i18n/format-count.js';
import { fill } from '../../i18n/strings.js';
import type { VerticalLayout, VerticalRow } from '../../layout/vertical-layout.js';
import { eventDate, markName, statusLabel, text, textLang } from './event-text.js';
import { categoryColor, eventParts, yearRange, type MarksContext } from './render-marks.js';

type ClusterRow = Extract<VerticalRow, { kind: 'cluster' }>;

/** What the vertical plot needs besides the layout. */
export interface VerticalContext extends Omit<MarksContext, 'onCluster'> {
  /** The rows to draw (those near the viewport, and the pinned ones). */
  readonly rows: readonly VerticalRow[];
  readonly onCluster: (cluster: ClusterRow, trigger: MouseEvent) => void;
  /** Cards on both sides of the spine. */
  readonly alternate: boolean;
}

/**
 * The vertical plot: era sections with their headings, the spine, and the cards and clusters of
 * the rows near the viewport, as an ordered list in time order (the page scrolls over it).
 */
export function renderVertical(layout: VerticalLayout, ctx: VerticalContext): TemplateResult {
  return html`<div part="plot" class=${ctx.alternate ? 'vertical alternate' : 'vertical'} style=${styleMap({ height: `${layout.height}px` })}>
    ${layout.eras.map(
      (band) => html`<section part="era" data-id=${band.era.id} aria-labelledby=${`era-${band.era.id}`} style=${styleMap({ top: `${band.y0}px`, height: `${band.y1 - band.y0}px` })}>
        <h3 part="era-label" id=${`era-${band.era.id}`}><span dir="auto" lang=${textLang(band.era.label, ctx) ?? nothing}>${text(band.era.label, ctx)}</span></h3>
      </section>`,
    )}
    <div part="spine" aria-hidden="true"></div>
    ${ctx.rows.map((row) => (row.kind === 'gap' ? gap(row, ctx.lang) : nothing))}
    <ol part="events" aria-label=${ctx.strings.events}>
      ${repeat(
        ctx.rows.filter((row) => row.kind === 'event' || row.kind === 'cluster'),
        (row) => row.key,
        (row) => (row.kind === 'event' ? card(row, ctx) : row.kind === 'cluster' ? cluster(row, ctx) : nothing),
      )}
    </ol>
  </div>`;
}

function card(row: Extract<VerticalRow, { kind: 'event' }>, ctx: VerticalContext): TemplateResult {
  const e = row.event;
  const date = eventDate(e, ctx);
  const title = text(e.title, ctx);
  const status = statusLabel(e, ctx.strings);
  return html`<li part=${eventParts(e, ctx)} class=${`row ${row.side}`} data-id=${e.id} data-year=${e.start.year} style=${styleMap({ transform: `translateY(${row.y}px)`, ...categoryColor(e) })}>
    <button
      class="mark card"
      type="button"
      tabindex=${e.id === ctx.tabStop ? 0 : -1}
      aria-pressed=${e.id === ctx.selected ? 'true' : 'false'}
      aria-label=${markName(e, ctx, ctx.strings, status)}
      title=${`${date} — ${title}`}
      @click=${(ev: MouseEvent) => ctx.onSelect(e, ev)}
    >
      <span part="marker" aria-hidden="true"></span>
      <span part="label">
        <span part="date"><time datetime=${e.start.iso}>${date}</time>${status ? html` <span class="status">${status}</span>` : nothing}</span>
        <span part="event-title" dir="auto" lang=${textLang(e.title, ctx) ?? nothing}>${title}</span>
      </span>
    </button>
  </li>`;
}

function cluster(row: ClusterRow, ctx: VerticalContext): TemplateResult {
  const range = yearRange(row.start, row.end, ctx.lang);
  const count = formatCount(row.count, ctx.lang);
  const label = fill(ctx.strings.cluster, { count, range });
  return html`<li part=${row.milestones ? 'cluster has-milestone' : 'cluster'} class=${`row ${row.side}`} data-count=${row.count} data-year=${new Date(row.start).getUTCFullYear()} style=${styleMap({ transform: `translateY(${row.y}px)` })}>
    <button class="cluster card" type="button" tabindex="-1" aria-label=${label} title=${label} @click=${(ev: MouseEvent) => ctx.onCluster(row, ev)}>
      <span part="marker" aria-hidden="true"></span>
      <span class="count" aria-hidden="true">${count}</span>
      <span class="range" aria-hidden="true">${range}</span>
    </button>
  </li>`;
}

/** A shortened empty stretch of time, marked on the spine: "48 years". Decorative: the dates say it. */
function gap(row: Extract<VerticalRow, { kind: 'gap' }>, lang: string): TemplateResult {
  const years = Math.round((row.end - row.start) / (365.2425 * 86_400_000));
  const label = years >= 1 ? formatYears(years, lang) : '';
  return html`<div class="gap" aria-hidden="true" style=${styleMap({ transform: `translateY(${row.y}px)` })}><span>⋯ ${label}</span></div>`;
}
