/**
 * Type test of the React wrapper's props (src/react/index.ts), never run: `npm run typecheck`
 * (`tsc --noEmit -p .`, which covers test/**) fails if a writable property stops being a prop,
 * or if a read-only property or a method becomes one again. An object literal typed
 * `AlpineTimelineProps` is checked as JSX props are (`<AlpineTimeline start={…} />` and
 * `{ start: … }` are the same excess-property error).
 */
import type { AlpineTimelineProps } from '../../src/react/index.js';
import type { TimelineDataset } from '../../src/data/types.js';

const dataset: TimelineDataset = { title: 'Types', events: [{ id: 'a', date: '1969', title: 'A' }] };

/** Every writable property of the element is a prop, and so are the HTML and React props. */
export const writable: AlpineTimelineProps[] = [
  { data: dataset, selected: 'a', hideOverview: true, wheelZoom: true, deepLink: false, theme: 'dark', listView: false },
  { data: JSON.stringify(dataset), src: '/x.json', selected: null, orientation: 'vertical', mode: 'story' },
  { kiosk: true, idleTimeout: 30, idleCountdown: 0, attractInterval: 8, fullscreen: true },
  { id: 'history', className: 'wide', style: { height: '100vh' }, lang: 'fr', hidden: false, title: 'History', slot: 'main', children: null },
  { key: 'k', ref: { current: null }, onClick: (e) => e.currentTarget.fit(), 'aria-label': 'History' },
  {
    onTimelineSelect: (e) => e.detail.event.id,
    onTimelineDeselect: (e) => e.detail.reason,
    onTimelineError: (e) => e.detail.problems.length,
    onTimelineLoad: (e) => e.detail.timeline.events.length,
    onTimelineRangeChange: (e) => e.detail.start,
  },
];

// Read-only properties (getters): React sets props as properties, and the element throws
// "Cannot set property start of #<AlpineTimeline> which has only a getter".
// @ts-expect-error `start` is read-only
export const start: AlpineTimelineProps = { start: new Date() };
// @ts-expect-error `end` is read-only
export const end: AlpineTimelineProps = { end: new Date() };
// @ts-expect-error `locale` is read-only (set `lang`)
export const locale: AlpineTimelineProps = { locale: 'fr' };
// @ts-expect-error `timeline` is read-only (set `data`)
export const timeline: AlpineTimelineProps = { timeline: undefined };
// @ts-expect-error `problems` is read-only
export const problems: AlpineTimelineProps = { problems: [] };
// @ts-expect-error `currentOrientation` is read-only (set `orientation`)
export const currentOrientation: AlpineTimelineProps = { currentOrientation: 'vertical' };

// Methods: a prop would overwrite them on the element. Call them through a ref.
// @ts-expect-error `select()` is a method
export const select: AlpineTimelineProps = { select: () => false };
// @ts-expect-error `fit()` is a method
export const fit: AlpineTimelineProps = { fit: () => undefined };
// @ts-expect-error `exportSVG()` is a method
export const exportSVG: AlpineTimelineProps = { exportSVG: () => '' };
// @ts-expect-error `zoomTo()` is a method
export const zoomTo: AlpineTimelineProps = { zoomTo: () => true };

// LitElement's members are not props either.
// @ts-expect-error `requestUpdate()` is a method
export const requestUpdate: AlpineTimelineProps = { requestUpdate: () => undefined };
// @ts-expect-error `hasUpdated` is Lit's state
export const hasUpdated: AlpineTimelineProps = { hasUpdated: true };

// The props keep their types.
// @ts-expect-error `data` is a dataset or its JSON text
export const wrongData: AlpineTimelineProps = { data: 42 };
// @ts-expect-error `mode` is 'explore' or 'story'
export const wrongMode: AlpineTimelineProps = { mode: 'tour' };
