/**
 * `alpine-timeline/react`: `<alpine-timeline>` as a React component, made with `@lit/react`.
 *
 * ```tsx
 * import { AlpineTimeline } from 'alpine-timeline/react';
 *
 * <AlpineTimeline data={dataset} lang="fr" onTimelineSelect={(e) => setId(e.detail.event.id)} onTimelineDeselect={() => setId(null)} />
 * ```
 *
 * Every writable property of the element (`data`, `src`, `selected`, `mode`, `kiosk`, ...) is a
 * prop, set as a property (so `data` takes an object, not JSON text in an attribute), and so are
 * the usual HTML props (`lang`, `id`, `className`, `style`...); the element's events are `on…`
 * props with typed events. Read-only properties (`start`, `problems`...) and methods (`select()`,
 * `fit()`...) are not props: read and call them through a `ref`. Importing this module defines
 * `<alpine-timeline>`.
 * `react` is a peer dependency (React 18 or 19); `@lit/react` comes with this package.
 */
import { createComponent, type EventName } from '@lit/react';
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

/**
 * The element's writable properties: its reactive properties (`data`, and one per attribute).
 * Not every public member: `ReactWebComponent<AlpineTimelineElement>` (what `createComponent`
 * returns) makes props of the read-only getters (`start`, `locale`, `timeline`, `problems`...),
 * which React then sets and so throws ("has only a getter"), and of the methods, which it would
 * overwrite. A new reactive property goes here too (test/react/react-wrapper.test.ts checks
 * this list against the element's).
 */
export type AlpineTimelineWritableProperty =
  | 'data'
  | 'src'
  | 'selected'
  | 'hideOverview'
  | 'wheelZoom'
  | 'deepLink'
  | 'theme'
  | 'kiosk'
  | 'idleTimeout'
  | 'idleCountdown'
  | 'attractInterval'
  | 'fullscreen'
  | 'orientation'
  | 'mode'
  | 'listView';

/** The `on…` event props, each given the event's type. */
type EventProps = { [K in keyof typeof events]?: (e: (typeof events)[K]['__eventType']) => void };

/**
 * The props of {@link AlpineTimeline}: the element's writable properties, the `on…` event props,
 * the HTML props React knows (`id`, `className`, `style`, `lang`, `children`, `onClick`...),
 * `ref` and `key`.
 */
export interface AlpineTimelineProps
  extends Omit<React.HTMLAttributes<AlpineTimelineElement>, keyof typeof events | AlpineTimelineWritableProperty>,
    EventProps,
    Partial<Pick<AlpineTimelineElement, AlpineTimelineWritableProperty>>,
    React.RefAttributes<AlpineTimelineElement> {}

/** The React component type: the element's writable properties and the `on…` event props, plus `ref`. */
export type AlpineTimelineComponent = React.ForwardRefExoticComponent<AlpineTimelineProps>;

/** `<alpine-timeline>` for React. A `ref` gives the {@link AlpineTimelineElement} (`select()`, `reload()`...). */
export const AlpineTimeline: AlpineTimelineComponent = createComponent({
  react: React,
  tagName: 'alpine-timeline',
  elementClass: AlpineTimelineElement,
  events,
  displayName: 'AlpineTimeline',
});

export { AlpineTimelineElement };
export type { TimelineDeselectEvent, TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent };
export default AlpineTimeline;
