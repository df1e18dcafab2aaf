import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from '../../internal/keyed-repeat.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import { formatCount, formatYears } from '../../i18n/format-count.js';
import { fill } from '../../i18n/strings.js';
import type { ParsedEra } from '../../data/parsed-types.js';
import type { VerticalEra, VerticalLayout, VerticalRow } from '../../layout/vertical-layout.js';
import { eraTitle, eventDate, markName, statusLabel, text, textLang } from './event-text.js';
import { categoryColor, eventParts, yearRange, type MarksContext } from './render-marks.js';

type ClusterRow = Extract<VerticalRow, { kind: 'cluster' }>;

/** What the vertical plot needs besides the layout. */
export interface VerticalContext extends Omit<MarksContext, 'onCluster' | 'clusterSplits'> {
  /** The rows to draw (those near the viewport, and the pinned ones). */
  readonly rows: readonly VerticalRow[];
  readonly onCluster: (cluster: ClusterRow, trigger: MouseEvent) => void;
  /** Whether zooming in spreads a cluster's events apart (else activating it opens the first). */
  readonly clusterSplits: (cluster: ClusterRow) => boolean;
  /** Cards on both sides of the spine. */
  readonly alternate: boolean;
  /** A card's row height (px) and its title's lines, when spacing changes them from the CSS's. */
  readonly cardRows?: { readonly height: number; readonly lines: number };
}

/**
 * The vertical plot: the era bands, the spine, and the cards and clusters of the rows near the
 * viewport, in time order (the page scrolls over it).
 *
 * The bands only draw (a tint, a border, the era's name at the top) and are hidden from
 * assistive technology: they come first in the DOM, all together, away from their events. What a
 * screen reader reads comes after them, in time order (WCAG 1.3.1): each era's heading (visually
 * hidden, at the top of its band, its description the era's summary) right before the list of
 * that era's events, and the events outside every band (before the first, between two eras,
 * after an era's end) in lists of their own, named "Events". An event is in the era whose band
 * it is drawn in. The band's name gives the era's name and summary as a hover tooltip (`eraTitle`).
 */
export function renderVertical(layout: VerticalLayout, ctx: VerticalContext): TemplateResult {
  const bands = layout.eras;
  const name = (era: ParsedEra) => html`<span dir="auto" lang=${textLang(era.label, ctx)}>${text(era.label, ctx)}</span>`;
  const rows = ctx.cardRows;
  const style = { height: `${layout.height}px`, '--card-row': rows && `${rows.height}px`, '--card-title-lines': rows?.lines };
  return html`<div part="plot" class=${ctx.alternate ? 'vertical alternate' : 'vertical'} style=${styleMap(style)}>
    ${bands.map(
      // a band that runs to the end of the plot (an era with no end) follows the plot when it is stretched to a given height
      // band k is the dataset's era k (every era from the first has a band), tinted as in the plot
      (band, k) => html`<div part="era" class=${k % 2 ? 'even' : ''} data-id=${band.era.id} aria-hidden="true" style=${styleMap(band.y1 >= layout.height ? { top: `${band.y0}px`, bottom: '0px' } : { top: `${band.y0}px`, height: `${band.y1 - band.y0}px` })}
        ><div part="era-label" title=${eraTitle(band.era, ctx)}>${name(band.era)}</div
      ></div>`,
    )}
    <div part="spine" aria-hidden="true"></div>
    ${ctx.rows.map((row) => (row.kind === 'gap' ? gap(row, ctx.lang) : nothing))}
    ${readingOrder(bands, ctx.rows).map(
      // as many slots in every render, each for the same era or stretch: a card stays in its list (and keeps focus)
      (rows, i) => {
        // slot 2k + 1 is band k's (its heading, then its list), the others the stretches between bands
        const band = i % 2 ? bands[(i - 1) / 2] : undefined;
        // by position: an era's id may hold spaces, which would split an aria-labelledby
        const id = `era-heading-${i}`;
        return html`${band ? html`<h3 class="era-heading visually-hidden" id=${id} aria-description=${text(band.era.summary, ctx)} style=${styleMap({ top: `${band.y0}px` })}>${name(band.era)}</h3>` : nothing}${rows.length
          ? html`<ol part="events" aria-labelledby=${band ? id : nothing} aria-label=${band ? nothing : ctx.strings.events}>
              ${repeat(
                rows,
                (row) => row.key,
                (row) => (row.kind === 'event' ? card(row, ctx) : cluster(row, ctx)),
              )}
            </ol>`
          : nothing}`;
      },
    )}
  </div>`;
}

type CardRow = Extract<VerticalRow, { kind: 'event' | 'cluster' }>;

/**
 * The drawn cards and clusters in 2 × bands + 1 slots, in reading order: before the first band,
 * then each band (an event is in the era whose band it is drawn in; bands do not overlap, one
 * ends where the next era's heading is) followed by the stretch after it, before the next.
 */
function readingOrder(bands: readonly VerticalEra[], rows: readonly VerticalRow[]): CardRow[][] {
  const slots: CardRow[][] = [[], ...bands.flatMap(() => [[], []])];
  let k = -1; // the last band that starts at or above the row (rows and bands are in y order)
  for (const row of rows) {
    if (row.kind !== 'event' && row.kind !== 'cluster') continue;
    while (k >= 0 && bands[k]!.y0 > row.y) k--;
    while (k + 1 < bands.length && bands[k + 1]!.y0 <= row.y) k++;
    slots[k < 0 ? 0 : row.y < bands[k]!.y1 ? 2 * k + 1 : 2 * k + 2]!.push(row);
  }
  return slots;
}

function card(row: Extract<VerticalRow, { kind: 'event' }>, ctx: VerticalContext): TemplateResult {
  const e = row.event;
  const date = eventDate(e, ctx);
  const title = text(e.title, ctx);
  const status = statusLabel(e, ctx.strings);
  // (line breaks inside the tags, not between them: 8 of the 19 nodes inside a card were whitespace text; the space
  // between the date and the title stays, the one word break of its visible text)
  return html`<li part=${eventParts(e, ctx)} class=${`row ${row.side}`} data-id=${e.id} data-year=${e.start.year} style=${styleMap({ transform: `translateY(${row.y}px)` })}
    ><button
      class="mark card"
      type="button"
      style=${styleMap(categoryColor(e))}
      tabindex=${e.id === ctx.tabStop ? 0 : -1}
      aria-current=${e.id === ctx.selected ? 'true' : nothing}
      aria-label=${markName(e, ctx, ctx.strings, status)}
      title=${`${date} — ${title}`}
      aria-description=""
      @click=${(ev: MouseEvent) => ctx.onSelect(e, ev)}
      ><span part="marker" aria-hidden="true"></span
      ><span part="label"
        ><span part="date"><time datetime=${e.start.iso}>${date}</time>${status ? html` <span class="status">${status}</span>` : nothing}</span> <span part="event-title" dir="auto" lang=${textLang(e.title, ctx)}>${title}</span
      ></span
    ></button
  ></li>`;
}

function cluster(row: ClusterRow, ctx: VerticalContext): TemplateResult {
  const range = yearRange(row.start, row.end, ctx.lang);
  const count = formatCount(row.count, ctx.lang);
  const label = fill(ctx.clusterSplits(row) ? ctx.strings.cluster : ctx.strings.clusterOpen, { count, range });
  return html`<li part=${row.milestones ? 'cluster has-milestone' : 'cluster'} class=${`row ${row.side}`} data-count=${row.count} data-year=${new Date(row.start).getUTCFullYear()} style=${styleMap({ transform: `translateY(${row.y}px)` })}
    ><button class="cluster card" type="button" tabindex="-1" aria-label=${label} title=${label} aria-description="" @click=${(ev: MouseEvent) => ctx.onCluster(row, ev)}
      ><span part="marker" aria-hidden="true"></span
      ><span class="count" aria-hidden="true">${count}</span
      ><span class="range" aria-hidden="true">${range}</span
    ></button
  ></li>`;
}

/** A shortened empty stretch of time, marked on the spine: "48 years". Decorative: the dates say it. */
function gap(row: Extract<VerticalRow, { kind: 'gap' }>, lang: string): TemplateResult {
  const years = Math.round((row.end - row.start) / (365.2425 * 86_400_000));
  const label = years >= 1 ? formatYears(years, lang) : '';
  return html`<div class="gap" aria-hidden="true" style=${styleMap({ transform: `translateY(${row.y}px)` })}><span>⋯ ${label}</span></div>`;
}

/**
 * The card that holds the list's tab stop in the vertical layout: the last focused, else the
 * selection, else the first drawn from `from` (px: the top of the screen when only the rows near it
 * are drawn, so that Tab lands on what is read, not on a card a screen above it), else the first drawn.
 */
export function verticalTabStop(rows: readonly VerticalRow[], focused: string | undefined, selected: string | null, from = -Infinity): string | undefined {
  const drawn = (id: string | null | undefined) => id != null && rows.some((row) => row.kind === 'event' && row.event.id === id);
  if (drawn(focused)) return focused;
  if (drawn(selected)) return selected!;
  const first = rows.find((row) => row.kind === 'event' && row.y >= from) ?? rows.find((row) => row.kind === 'event');
  return first?.kind === 'event' ? first.event.id : undefined;
}
