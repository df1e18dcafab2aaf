import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedEra, ParsedEvent } from '../../data/parsed-types.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { formatCount } from '../../i18n/format-count.js';
import { fill } from '../../i18n/strings.js';
import { asWritten, eventDate, isolated, text, textLang, type TextContext } from './event-text.js';

/** How many events the list view adds at a time ("Show 500 more"). */
export const LIST_PAGE = 500;

/** What the list view needs from the element. */
export interface ListContext extends TextContext {
  readonly strings: TimelineStrings;
  readonly selected: string | null;
  /** How many events to show (the list grows by pages). */
  readonly limit: number;
  /** The dataset's eras, by start: each is a heading at the first event it holds. */
  readonly eras: readonly ParsedEra[];
  /** Where each era's band ends, ms (`eraBandEnds`). */
  readonly eraEnds: readonly number[];
  readonly onSelect: (event: ParsedEvent, trigger: MouseEvent) => void;
  readonly onMore: () => void;
  /**
   * The selected event's detail view, shown in its item, right after the item's button: the
   * next Tab stop after it, as the detail is after the plot's one tab stop (the list's buttons
   * are all tab stops: a detail after the list was behind every later event).
   */
  readonly detail: TemplateResult | typeof nothing;
}

/**
 * Every event as a plain chronological list: the alternative to the graphic, for anyone.
 *
 * A button is named by its content (its visible texts, whole: WCAG 2.5.3), so the space between
 * the title and the words after it sits between the two elements, never next to one of Lit's
 * marker comments: Chromium leaves a white-space text node beside a comment out of a name
 * ("…founds AlpineMilestone · Brand"), as when the space opened the words' template.
 */
export function renderList(events: readonly ParsedEvent[], ctx: ListContext): TemplateResult {
  const { strings } = ctx;
  const shown = events.slice(0, ctx.limit);
  const rest = events.length - shown.length;
  // the eras, as the plot's bands and the vertical layout's headings tell them: a heading at the
  // first event each holds, inside that event's item (the list counts events only)
  const { eras, eraEnds } = ctx;
  let next = 0;
  const headings = (t: number) => {
    const starting: ParsedEra[] = [];
    for (; next < eras.length && eras[next]!.start.start <= t; next++) if (t < eraEnds[next]!) starting.push(eras[next]!);
    return starting.map((era) => html`<h3 part="list-era" dir="auto" lang=${textLang(era.label, ctx)}>${asWritten(text(era.label, ctx))}</h3>${eraSummary(era, ctx)}`);
  };
  return html`<ol part="list" class="list" aria-label=${strings.events}>
      ${shown.map((e) => {
        const summary = text(e.summary, ctx);
        const status = e.status === 'planned' ? strings.planned : e.status === 'announced' ? strings.announced : '';
        const words = [e.milestone ? strings.milestone : '', status].filter(Boolean).join(' · ');
        // the category's label is data, in its own language when it is a fallback (a French one on a German page)
        const label = e.category?.label;
        const category = label === undefined ? '' : html`${words ? ' · ' : ''}<span lang=${textLang(label, ctx)}>${text(label, ctx)}</span>`;
        const title = html`<strong dir="auto" style=${isolated} lang=${textLang(e.title, ctx)}>${text(e.title, ctx)}</strong>`;
        return html`<li part=${e.id === ctx.selected ? 'list-item selected' : 'list-item'} data-id=${e.id}>
          ${headings(e.start.start)}<button type="button" class="list-button" aria-current=${e.id === ctx.selected ? 'true' : nothing} @click=${(ev: MouseEvent) => ctx.onSelect(e, ev)}>
            <time datetime=${e.start.iso}>${eventDate(e, ctx)}</time>
            <span class="list-head">${words || category ? html`${title} <span class="list-meta">${words}${category}</span>` : title}</span>
          </button>
          ${e.id === ctx.selected && ctx.detail !== nothing
            ? ctx.detail /* which tells the summary again: once is enough */
            : summary
            ? html`<p dir="auto" style=${isolated} lang=${textLang(e.summary, ctx)}>${summary}</p>`
            : nothing}
        </li>`;
      })}
    </ol>
    ${rest > 0
      ? html`<button type="button" class="text-button more" part="list-more" @click=${ctx.onMore}>
          ${fill(strings.showMore, { count: formatCount(Math.min(rest, LIST_PAGE), ctx.lang) })}
        </button>`
      : nothing}`;
}

/** An era's summary under its heading, where the list has room for it (the plot's band has none). */
function eraSummary(era: ParsedEra, ctx: ListContext): TemplateResult | typeof nothing {
  const summary = text(era.summary, ctx);
  return summary ? html`<p part="list-era-summary" dir="auto" style=${isolated} lang=${textLang(era.summary, ctx)}>${summary}</p>` : nothing;
}
