import type { ComplexAttributeConverter } from 'lit';
import { kioskSeconds } from '../../controllers/kiosk-controller.js';

/**
 * The kiosk timing properties of `<alpine-timeline>` (`idle-timeout`, `idle-countdown`,
 * `attract-interval`): their defaults, and how a value that is not seconds ≥ 0 falls back to them.
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
