import type { ComplexAttributeConverter } from 'lit';
import type { ParsedTimeline } from '../../data/parsed-types.js';
import { KioskController, kioskSeconds } from '../../controllers/kiosk-controller.js';
import type { AlpineTimeline } from './timeline.component.js';

/**
 * The kiosk properties of `<alpine-timeline>`: its timings (`idle-timeout`, `idle-countdown`,
 * `attract-interval`: their defaults, and how a value that is not seconds ≥ 0 falls back to them),
 * the KioskController they drive (with `fullscreen`), and the stops of its attract tour.
 */

/** The kiosk timings: their attributes and documented defaults (seconds). */
export const KIOSK_TIMINGS = {
  idleTimeout: ['idle-timeout', 90],
  idleCountdown: ['idle-countdown', 10],
  attractInterval: ['attract-interval', 8],
} as const;
export type KioskTiming = keyof typeof KIOSK_TIMINGS;

/** What was warned of, once per page: `idle-timeout=""`, `idleTimeout=-5`... */
const warnedTimings = new Set<string>();

/**
 * A kiosk timing from an attribute's text (`attribute`) or a property's value: seconds ≥ 0
 * (`"0"` is 0), else its default (no attribute, or `null`, silently; empty text, not a number,
 * negative, infinite with a console warning naming the attribute or property and the value, once
 * per page). Lit's `Number` would read `idle-timeout=""` (a CMS template's) as a 0 ms timer.
 */
export function kioskTiming(name: KioskTiming, value: unknown, attribute = false): number {
  const [attributeName, fallback] = KIOSK_TIMINGS[name];
  const seconds = value === null ? fallback : kioskSeconds(value);
  if (seconds !== undefined) return seconds;
  const given = attribute ? `${attributeName}="${String(value)}"` : `${name}=${String(value)}`;
  if (!warnedTimings.has(given)) {
    warnedTimings.add(given);
    console.warn(`alpine-timeline: ${given} is not a number of seconds (0 or more); using the default, ${fallback}.`);
  }
  return fallback;
}

/** The converter of a kiosk timing attribute (see kioskTiming). */
export const timingAttribute = (name: KioskTiming): ComplexAttributeConverter<number> => ({ fromAttribute: (value) => kioskTiming(name, value, true) });

/**
 * The element's KioskController (on while `kiosk` is): its timings from the element's properties,
 * full screen asked for at a tap with `fullscreen`. `visitorWasReading` tells whether a visitor
 * left something to read (then a countdown comes before the reset), `onReset` resets the element,
 * `onAttract` takes the next step of the attract tour.
 */
export function kioskController(host: AlpineTimeline, visitorWasReading: () => boolean, onReset: () => void, onAttract: () => void): KioskController {
  return new KioskController(host, {
    enabled: () => host.kiosk,
    // (willUpdate puts the defaults in place of invalid values; a timer may start before it runs)
    idleTimeout: () => kioskSeconds(host.idleTimeout) ?? KIOSK_TIMINGS.idleTimeout[1],
    countdown: () => kioskSeconds(host.idleCountdown) ?? KIOSK_TIMINGS.idleCountdown[1],
    attractInterval: () => kioskSeconds(host.attractInterval) ?? KIOSK_TIMINGS.attractInterval[1],
    visitorWasReading,
    onReset,
    onAttract,
    onPhase: () => undefined,
    // on the first touch of a visit, and again after someone left full screen (not where the page
    // may not: in a frame without allow="fullscreen", each tap would only log a refusal)
    onActivation: () => {
      if (host.fullscreen && document.fullscreenEnabled && !document.fullscreenElement && host.requestFullscreen) host.requestFullscreen().catch(() => undefined);
    },
  });
}

/** The attract tour's next stop after `selected`: the next chapter of the story, else the next milestone (undefined: none). */
export function tourStop(timeline: ParsedTimeline | undefined, selected: string | null): string | undefined {
  if (!timeline) return undefined;
  const stops = timeline.story.length ? timeline.story : timeline.events.filter((e) => e.milestone).map((e) => e.id);
  if (!stops.length) return undefined;
  return stops[(stops.indexOf(selected ?? '') + 1) % stops.length]!;
}
