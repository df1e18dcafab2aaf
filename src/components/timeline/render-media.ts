import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedEvent } from '../../data/parsed-types.js';
import { resolveSafeUrl } from '../../data/url.js';
import { isolated, text, textLang, type TextContext } from './event-text.js';

/** Where an event's media and quotes are shown. */
export interface MediaContext extends TextContext {
  /** Relative URLs in the dataset resolve against this. */
  readonly baseUrl: string;
  /** Kiosk: only same-origin images load (no request leaves the machine). */
  readonly kiosk?: boolean;
}

/**
 * Splits plain text into paragraphs at blank lines. Text stays text: nothing is parsed as HTML.
 * `lang`: the text's language when it is not the reader's ({@link textLang}).
 */
export function paragraphs(value: string, lang: string | typeof nothing = nothing): TemplateResult[] {
  return value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p dir="auto" style=${isolated} lang=${lang}>${p}</p>`);
}

/** An event's images (http(s) or relative URLs only), each with its caption and credit. */
export function renderMedia(event: ParsedEvent, ctx: MediaContext): (TemplateResult | typeof nothing)[] {
  return event.media.map((m) => {
    const src = resolveSafeUrl(m.src, ctx.baseUrl);
    if (!src || (ctx.kiosk && new URL(src).origin !== location.origin)) return nothing;
    const caption = text(m.caption, ctx);
    const credit = text(m.credit, ctx);
    return html`<figure part="media">
      <img src=${src} alt=${text(m.alt, ctx)} lang=${textLang(m.alt, ctx)} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
      ${caption || credit ? html`<figcaption dir="auto" style=${isolated}><span lang=${textLang(m.caption, ctx)}>${caption}</span> ${credit ? html`<span class="credit" lang=${textLang(m.credit, ctx)}>© ${credit}</span>` : nothing}</figcaption>` : nothing}
    </figure>`;
  });
}

/** An event's quotes, each with its author and role. */
export function renderQuotes(event: ParsedEvent, ctx: TextContext): TemplateResult[] {
  return event.quotes.map((q) => {
    const role = text(q.role, ctx);
    return html`<figure part="quote">
      <blockquote dir="auto" style=${isolated} lang=${textLang(q.text, ctx)}>${text(q.text, ctx)}</blockquote>
      <figcaption dir="auto" style=${isolated}>— ${q.author}${role ? html`, <span lang=${textLang(q.role, ctx)}>${role}</span>` : ''}</figcaption>
    </figure>`;
  });
}
