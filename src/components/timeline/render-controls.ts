import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../../i18n/strings.js';
import { fitIcon, zoomInIcon, zoomOutIcon } from './icons.js';
import type { AlpineTimeline } from './timeline.component.js';

/**
 * The header's buttons: zoom in, zoom out and fit (aria-disabled at a limit: `atFit`, `atMax`), the
 * List toggle and, when the dataset has a story, the Story toggle (`onToggleStory`).
 */
export function renderControls(host: AlpineTimeline, strings: TimelineStrings, atFit: boolean, atMax: boolean, onToggleStory: () => void): TemplateResult {
  const story = host.timeline?.story.length
    ? html`<button part="mode-toggle" class="tool text" type="button" aria-pressed=${host.mode === 'story' ? 'true' : 'false'} @click=${onToggleStory}>
          ${strings.story}
        </button>`
    : nothing;
  // One template in every mode, the buttons a mode does not use hidden in place: a toggle keeps
  // its place under the finger (a second tap turns it off again) and its focus. The zoom buttons
  // come first and the mode toggles last, so that what a mode hides is on the title's side and
  // leaves no hole at the end of the header (story mode showed its one button mid-header).
  const inStory = host.mode === 'story' && story !== nothing;
  const list = html`<button part="list-toggle" class=${inStory ? 'tool text off' : 'tool text'} type="button" aria-pressed=${host.listView ? 'true' : 'false'} @click=${() => (host.listView = !host.listView)}>
      ${strings.listView}
    </button>`;
  // At a limit a button is aria-disabled, not disabled: it keeps focus (a disabled one lost it to
  // its neighbour, and the next Enter on "Zoom in" zoomed out), and a press does nothing.
  // The title is a hover tooltip only: as the description it made "Zoom in, button, Zoom in"
  // (an empty aria-description wins over it in Chromium, as on every button with a tooltip).
  return html`<div part="controls">
      <div class=${inStory || host.listView ? 'zoom-group off' : 'zoom-group'} role="group" aria-label=${strings.zoomControls}>
        <button part="zoom-in" class="tool" type="button" aria-label=${strings.zoomIn} title=${strings.zoomIn} aria-description="" aria-disabled=${atMax ? 'true' : nothing} @click=${() => atMax || host.zoomBy(2)}>${zoomInIcon}</button>
        <button part="zoom-out" class="tool" type="button" aria-label=${strings.zoomOut} title=${strings.zoomOut} aria-description="" aria-disabled=${atFit ? 'true' : nothing} @click=${() => atFit || host.zoomBy(0.5)}>${zoomOutIcon}</button>
        <button part="zoom-fit" class="tool" type="button" aria-label=${strings.fit} title=${strings.fit} aria-description="" aria-disabled=${atFit ? 'true' : nothing} @click=${() => atFit || host.fit()}>${fitIcon}</button>
      </div>
      ${list}${story}
    </div>`;
}
