import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedEvent } from '../../data/parsed-types.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { formatCount } from '../../i18n/format-count.js';
import { fill } from '../../i18n/strings.js';
import { eventDate, isolated, text, textLang, type TextContext } from './event-text.js';

/** What the list view needs from the element. */
export interface ListContext extends TextContext {
  readonly strings: TimelineStrings;
  readonly selected: string | null;
  /** How many events to show (the list grows by pages). */
  readonly limit: number;
  readonly onSelect: (event: ParsedEvent, trigger: MouseEvent) => void;
  readonly onMore: () => void;
}

/** Every event as a plain chronological list: the alternative to the graphic, for anyone. */
export function renderList(events: readonly ParsedEvent[], ctx: ListContext): TemplateResult {
  const { strings } = ctx;
  const shown = events.slice(0, ctx.limit);
  const rest = events.length - shown.length;
  return html`<ol part="list" class="list" aria-label=${strings.events}>
      ${shown.map((e) => {
        const summary = text(e.summary, ctx);
        const status = e.status === 'planned' ? strings.planned : e.status === 'announced' ? strings.announced : '';
        const words = [e.milestone ? strings.milestone : '', status, e.category ? text(e.category.label, ctx) : ''].filter(Boolean);
        return html`<li part=${e.id === ctx.selected ? 'list-item selected' : 'list-item'} data-id=${e.id}>
          <button type="button" class="list-button" aria-pressed=${e.id === ctx.selected ? 'true' : 'false'} @click=${(ev: MouseEvent) => ctx.onSelect(e, ev)}>
            <time datetime=${e.start.iso}>${eventDate(e, ctx)}</time>
            <span class="list-head"
              ><strong dir="auto" style=${isolated} lang=${textLang(e.title, ctx)}>${text(e.title, ctx)}</strong
              >${words.length ? html` <span class="list-meta">${words.join(' · ')}</span>` : nothing}</span
            >
          </button>
          ${summary ? html`<p dir="auto" style=${isolated} lang=${textLang(e.summary, ctx)}>${summary}</p>` : nothing}
        </li>`;
      })}
    </ol>
    ${rest > 0
      ? html`<button type="button" class="text-button more" part="list-more" @click=${ctx.onMore}>
          ${fill(strings.showMore, { count: formatCount(Math.min(rest, 500), ctx.lang) })}
        </button>`
      : nothing}`;
}
