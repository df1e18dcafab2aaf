import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedTimeline } from '../../data/parsed-types.js';
import type { TimelineCategory } from '../../data/types.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import { text, textLang, type TextContext } from './event-text.js';
import { readableColor } from './render-marks.js';

/**
 * The key to the markers' colours: each category that an event has, in the order declared, with
 * the colour its events' markers have (the accent colour for a category without one). Nothing
 * when no such category has a colour of its own: every marker is then the accent colour, and
 * there is nothing to tell.
 * A named list for screen readers; the swatches are hidden from them (the detail view says an
 * event's category in words). Hidden in forced colours, where every marker has one colour.
 */
export function renderLegend(timeline: ParsedTimeline, ctx: TextContext & { readonly strings: TimelineStrings }): TemplateResult | typeof nothing {
  const categories = legendCategories(timeline);
  if (!hasLegend(timeline)) return nothing;
  return html`<ul part="legend" aria-label=${ctx.strings.categories}>
    ${categories.map(
      (c) => html`<li part="legend-item" data-category=${c.id}>
        <span
          class="swatch"
          aria-hidden="true"
          style=${styleMap(c.color && readableColor(c.color) ? { '--at-category-color': c.color } : {})}
        ></span>
        <span dir="auto" lang=${textLang(c.label, ctx)}>${text(c.label, ctx)}</span>
      </li>`,
    )}
  </ul>`;
}

const inUse = new WeakMap<ParsedTimeline, readonly TimelineCategory[]>();

/**
 * The categories the legend names: those that at least one event has, in the order declared. A
 * category no marker wears has nothing to explain (and a dataset declaring thousands of them,
 * a shared vocabulary say, made the legend thousands of lines tall). Computed once per timeline.
 */
export function legendCategories(timeline: ParsedTimeline): readonly TimelineCategory[] {
  let categories = inUse.get(timeline);
  if (!categories) {
    const used = new Set<TimelineCategory>();
    const all = timeline.categories.length;
    // stops once every category is seen: usually within the first events, not after all 100,000
    for (const e of timeline.events) {
      if (e.category) used.add(e.category);
      if (used.size === all) break;
    }
    categories = timeline.categories.filter((c) => used.has(c));
    inUse.set(timeline, categories);
  }
  return categories;
}

/** Whether a timeline has a legend: a category in use with a colour the browser reads (on screen and in exported images). */
export function hasLegend(timeline: ParsedTimeline): boolean {
  return legendCategories(timeline).some((c) => c.color !== undefined && readableColor(c.color));
}

/**
 * Warns, in the console, of each category colour the browser does not read (`"tomatoe"`), naming
 * where it is: the format takes any CSS colour syntax, which only the browser can check, so such
 * a dataset is accepted and the category's markers (and its swatch in the legend) keep the
 * accent colour. Called once per dataset accepted.
 */
export function warnUnreadableColors(timeline: ParsedTimeline): void {
  timeline.categories.forEach((c, i) => {
    if (c.color !== undefined && !readableColor(c.color)) {
      console.warn(`alpine-timeline: categories[${i}].color ${JSON.stringify(c.color)} is not a CSS colour this browser reads; the markers of category ${JSON.stringify(c.id)} keep the accent colour.`);
    }
  });
}
