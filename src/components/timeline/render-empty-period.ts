import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedEvent, ParsedTimeline } from '../../data/parsed-types.js';
import { formatWindow } from '../../i18n/format-window.js';
import { fill, type TimelineStrings } from '../../i18n/strings.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import { eventsAround, indexTimeline } from '../../layout/timeline-index.js';
import type { TimeWindow } from '../../layout/view-window.js';
import { eventDate, eventSentence, type TextContext } from './event-text.js';

/** What the note of an empty period needs from the element. */
export interface EmptyPeriodContext extends TextContext {
  readonly strings: TimelineStrings;
  readonly window: TimeWindow;
  /** The last event before the window and the first after it. */
  readonly before?: ParsedEvent;
  readonly after?: ParsedEvent;
  readonly rtl: boolean;
  /** Where the lanes begin, px from the top of the plot. */
  readonly top: number;
  /** Brings an event into view and moves focus to its mark. */
  readonly onGo: (event: ParsedEvent) => void;
}

/**
 * The note shown over a zoomed-in plot whose window holds no event ("No events in 1980–2010."),
 * with a button to the nearest event on each side, so that a reader who zoomed or panned into
 * an empty stretch of time is not left with an empty plot.
 */
export function renderEmptyPeriod(ctx: EmptyPeriodContext): TemplateResult {
  const [earlier, later] = ctx.rtl ? ['→', '←'] : ['←', '→'];
  const go = (event: ParsedEvent, label: string, content: TemplateResult) =>
    html`<button class="tool text" type="button" aria-label=${`${label}: ${eventSentence(event, ctx, ctx.strings)}`} @click=${() => ctx.onGo(event)}>${content}</button>`;
  return html`<div part="empty-period" style=${styleMap({ top: `${ctx.top}px` })}>
    ${ctx.before ? go(ctx.before, ctx.strings.previous, html`<span aria-hidden="true">${earlier}</span> ${eventDate(ctx.before, ctx)}`) : nothing}
    <p dir="auto">${fill(ctx.strings.emptyPeriod, { range: formatWindow(ctx.window, ctx.lang) })}</p>
    ${ctx.after ? go(ctx.after, ctx.strings.next, html`${eventDate(ctx.after, ctx)} <span aria-hidden="true">${later}</span>`) : nothing}
  </div>`;
}

/**
 * The note over `window`, which holds no event of `timeline`, with the nearest event on each side
 * (`top`: where the lanes begin; `onGo` brings an event into view and moves focus to its mark).
 */
export function renderEmptyPeriodOf(
  timeline: ParsedTimeline,
  window: TimeWindow,
  ctx: TextContext & { readonly strings: TimelineStrings },
  rtl: boolean,
  top: number,
  onGo: (event: ParsedEvent) => void,
): TemplateResult {
  const events = timeline.events;
  const { before, after } = eventsAround(indexTimeline(timeline), window[0], window[1]);
  return renderEmptyPeriod({
    ...ctx,
    window,
    before: before === undefined ? undefined : events[before],
    after: after === undefined ? undefined : events[after],
    rtl,
    top,
    onGo,
  });
}
