import { AlpineTimeline } from './timeline.component.js';
import { warmUpWhenIdle } from './warm-up.js';

export { AlpineTimeline };

if (!customElements.get('alpine-timeline')) customElements.define('alpine-timeline', AlpineTimeline);
warmUpWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'alpine-timeline': AlpineTimeline;
  }
}
