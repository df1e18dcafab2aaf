import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedEra, ParsedEvent } from '../../data/parsed-types.js';
import { resolveSafeUrl } from '../../data/url.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { asWritten, eventDate, isolated, text, textLang, type TextContext } from './event-text.js';
import { paragraphs, renderMedia, renderQuotes } from './render-media.js';

/** What the detail view needs besides the event. */
export interface DetailContext extends TextContext {
  readonly strings: TimelineStrings;
  /** Relative URLs in the dataset resolve against this. */
  readonly baseUrl: string;
  readonly onClose: (trigger: MouseEvent) => void;
  /** The events before and after this one in time, if any. */
  readonly previous?: ParsedEvent;
  readonly next?: ParsedEvent;
  readonly onNavigate: (event: ParsedEvent, trigger: MouseEvent) => void;
  /** Show the page's `slot="detail"` content instead of the built-in view. */
  readonly slotted?: boolean;
  /** Kiosk: links are shown as text, and only same-origin images load (no request leaves the machine). */
  readonly kiosk?: boolean;
  /** The eras the event falls in (`erasAt`), by start: the outer one first. */
  readonly eras?: readonly ParsedEra[];
}

/** The detail view of one event: date, its eras, title, texts, media, quotes, sources, tags. */
export function renderDetail(event: ParsedEvent, ctx: DetailContext): TemplateResult {
  const { strings } = ctx;
  const summary = text(event.summary, ctx);
  const body = text(event.body, ctx);
  const status = event.status === 'planned' ? strings.planned : event.status === 'announced' ? strings.announced : '';
  const close = html`<button class="icon" part="detail-close" type="button" aria-label=${strings.close} title=${strings.close} aria-description="" @click=${ctx.onClose}>
    ×
  </button>`;
  const nav = html`<nav class="detail-nav" aria-label=${strings.details}>
    ${navButton('detail-prev', '‹', strings.previous, ctx.previous, ctx)} ${navButton('detail-next', '›', strings.next, ctx.next, ctx)}
  </nav>`;
  if (ctx.slotted) {
    return html`<section part="detail" class="detail" aria-label=${text(event.title, ctx)} data-id=${event.id}>
      ${close}
      <slot name="detail"></slot>
      ${nav}
    </section>`;
  }
  return html`
    <section part="detail" class="detail" aria-labelledby="detail-title" data-id=${event.id}>
      ${close}
      <p class="detail-meta" dir="auto" style=${isolated}>
        <time part="detail-date" datetime=${event.start.iso}>${eventDate(event, ctx)}</time>
        ${event.milestone ? html`<span>${strings.milestone}</span>` : nothing}
        ${status ? html`<span>${status}</span>` : nothing}
        ${event.category ? html`<span lang=${textLang(event.category.label, ctx)}>${text(event.category.label, ctx)}</span>` : nothing}
      </p>
      ${ctx.eras?.map(
        // the whole name, wrapping (a band's may be cut short), as the bands and the list's headings name eras: bare
        (era) => html`<p part="detail-era" dir="auto" style=${isolated} lang=${textLang(era.label, ctx)}>${asWritten(text(era.label, ctx))}</p>`,
      )}
      <h3 id="detail-title" part="detail-title" dir="auto" style=${isolated} lang=${textLang(event.title, ctx)}>${text(event.title, ctx)}</h3>
      ${summary ? html`<p class="summary" dir="auto" style=${isolated} lang=${textLang(event.summary, ctx)}>${summary}</p>` : nothing}
      ${body ? paragraphs(body, textLang(event.body, ctx)) : nothing}
      ${renderMedia(event, ctx)} ${renderQuotes(event, ctx)}
      ${renderSources(event, ctx)} ${renderTags(event, ctx)} ${nav}
    </section>
  `;
}

/**
 * Previous or Next. With no event that way it is aria-disabled, not disabled: it keeps focus and
 * a press does nothing (a disabled Next lost focus to Previous, and the next Enter went back).
 */
function navButton(part: string, arrow: string, label: string, target: ParsedEvent | undefined, ctx: DetailContext): TemplateResult {
  const title = target ? text(target.title, ctx) : '';
  return html`<button
    part=${part}
    class="text-button nav"
    type="button"
    aria-disabled=${target ? nothing : 'true'}
    title=${target ? `${eventDate(target, ctx)} — ${title}` : nothing}
    @click=${(e: MouseEvent) => target && ctx.onNavigate(target, e)}
  >
    ${part === 'detail-prev' ? html`<span aria-hidden="true">${arrow} </span>${label}` : html`${label}<span aria-hidden="true"> ${arrow}</span>`}
  </button>`;
}

function renderSources(event: ParsedEvent, ctx: DetailContext): TemplateResult | typeof nothing {
  const { strings } = ctx;
  return html`${event.sources.length
        ? html`<div part="sources">
            <h4>${asWritten(strings.sources)}</h4>
            <ul>
              ${event.sources.map((s) => {
                const label = text(s.label, ctx);
                const href = s.url && !ctx.kiosk ? resolveSafeUrl(s.url, ctx.baseUrl) : undefined;
                // the text's own direction on a span: the <li> keeps the element's, so its bullet stays inside the list's padding
                return html`<li>
                  <span dir="auto" style=${isolated} lang=${textLang(s.label, ctx)}>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : label}</span>
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}`;
}

/** The event's tags, as a list of small labels (plain strings from data, each in its own direction). */
function renderTags(event: ParsedEvent, ctx: DetailContext): TemplateResult | typeof nothing {
  if (!event.tags.length) return nothing;
  return html`<div part="tags">
    <h4>${asWritten(ctx.strings.tags)}</h4>
    <ul>
      ${event.tags.map((tag) => html`<li part="tag" dir="auto">${tag}</li>`)}
    </ul>
  </div>`;
}
