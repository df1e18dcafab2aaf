/**
 * `alpine-timeline/react`: `<alpine-timeline>` as a React component, made with `@lit/react`.
 *
 * ```tsx
 * import { AlpineTimeline } from 'alpine-timeline/react';
 *
 * <AlpineTimeline data={dataset} lang="fr" onTimelineSelect={(e) => setId(e.detail.event.id)} onTimelineDeselect={() => setId(null)} />
 * ```
 *
 * Every public property of the element (`data`, `src`, `selected`, ...) is a prop, set as a
 * property (so `data` takes an object, not JSON text in an attribute); the element's events
 * are `on…` props with typed events. Importing this module defines `<alpine-timeline>`.
 * `react` is a peer dependency (React 18 or 19); `@lit/react` comes with this package.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { AlpineTimeline as AlpineTimelineElement } from '../components/timeline/timeline.component.js';
import { defineAlpineTimeline } from '../components/timeline/define.js';
import type { TimelineDeselectEvent, TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from '../events/index.js';

// Defines the tag here rather than importing `alpine-timeline/define`: rollup would move that
// side effect into a shared chunk, which bundlers honouring `sideEffects` could then drop.
defineAlpineTimeline();

declare global {
  interface HTMLElementTagNameMap {
    'alpine-timeline': AlpineTimelineElement;
  }
}

/**
 * The event fired when the visible time range changes (zoom, pan). Typed from the element's
 * global event map, so it follows whatever `timeline-range-change` declares there.
 */
export type TimelineRangeChangeEvent = GlobalEventHandlersEventMap extends { 'timeline-range-change': infer E extends Event }
  ? E
  : CustomEvent<unknown>;

/** React prop name → DOM event name, with the event's type. */
const events = {
  onTimelineSelect: 'timeline-select' as EventName<TimelineSelectEvent>,
  onTimelineDeselect: 'timeline-deselect' as EventName<TimelineDeselectEvent>,
  onTimelineError: 'timeline-error' as EventName<TimelineErrorEvent>,
  onTimelineLoad: 'timeline-load' as EventName<TimelineLoadEvent>,
  onTimelineRangeChange: 'timeline-range-change' as EventName<TimelineRangeChangeEvent>,
};

/** The React component type: the element's properties and the `on…` event props, plus `ref`. */
export type AlpineTimelineComponent = ReactWebComponent<AlpineTimelineElement, typeof events>;

/** `<alpine-timeline>` for React. A `ref` gives the {@link AlpineTimelineElement} (`select()`, `reload()`...). */
export const AlpineTimeline: AlpineTimelineComponent = createComponent({
  react: React,
  tagName: 'alpine-timeline',
  elementClass: AlpineTimelineElement,
  events,
  displayName: 'AlpineTimeline',
});

/** The props of {@link AlpineTimeline}. */
export type AlpineTimelineProps = React.ComponentProps<typeof AlpineTimeline>;

export { AlpineTimelineElement };
export type { TimelineDeselectEvent, TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent };
export default AlpineTimeline;
