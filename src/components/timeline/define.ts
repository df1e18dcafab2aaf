import { registerLengthProperties } from './length-properties.js';
import { AlpineTimeline } from './timeline.component.js';
import { warmUpWhenIdle } from './warm-up.js';

/**
 * Defines `<alpine-timeline>` unless the page already has it (a second copy of the library, or
 * the bundle and an application's build side by side), registers its size properties as
 * lengths, and schedules the idle warm-up of what a first timeline waits for. Each entry that defines the tag calls it at its top level, so the
 * side effect stays in that entry's own module.
 */
export function defineAlpineTimeline(): void {
  registerLengthProperties();
  if (!customElements.get('alpine-timeline')) customElements.define('alpine-timeline', AlpineTimeline);
  warmUpWhenIdle(AlpineTimeline.styles);
}
