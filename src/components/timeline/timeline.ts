import { defineAlpineTimeline } from './define.js';
import type { AlpineTimeline } from './timeline.component.js';

export { AlpineTimeline } from './timeline.component.js';

defineAlpineTimeline();

declare global {
  interface HTMLElementTagNameMap {
    'alpine-timeline': AlpineTimeline;
  }
}
