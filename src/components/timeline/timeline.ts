import { AlpineTimeline } from './timeline.component.js';

export { AlpineTimeline };

if (!customElements.get('alpine-timeline')) customElements.define('alpine-timeline', AlpineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'alpine-timeline': AlpineTimeline;
  }
}
