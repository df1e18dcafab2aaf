import type { ParsedEvent, ParsedTimeline } from '../data/parsed-types.js';

const caches = new WeakMap<ParsedTimeline, { key: string; widths: Float32Array }>();

/**
 * Remembers `measure(event)` for each event of a timeline, so that a label is measured once, not
 * on every frame of a zoom (formatting a date and measuring text take microseconds each, for
 * hundreds of candidates per frame). `key` names everything the widths depend on (language,
 * fonts, sizes): a new key starts afresh. One float per event, dropped with the timeline.
 *
 *   labelWidth: cachedLabelWidths(timeline, `${lang}|${font}`, (event) => measureLabel(event))
 */
export function cachedLabelWidths(timeline: ParsedTimeline, key: string, measure: (event: ParsedEvent) => number): (event: ParsedEvent) => number {
  let cache = caches.get(timeline);
  if (!cache || cache.key !== key) {
    cache = { key, widths: new Float32Array(timeline.events.length).fill(Number.NaN) };
    caches.set(timeline, cache);
  }
  const { widths } = cache;
  const events = timeline.events;
  return (event) => {
    const i = event.index;
    if (events[i] !== event) return measure(event); // not an event of this timeline
    let w = widths[i]!;
    if (Number.isNaN(w)) {
      w = measure(event);
      widths[i] = w;
    }
    return w;
  };
}
