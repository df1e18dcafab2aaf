import type { TimelineErrorDetail } from './timeline-error.js';
import type { TimelineLoadDetail } from './timeline-load.js';
import type { TimelineRangeChangeDetail } from './timeline-range-change.js';
import type { TimelineSelectDetail } from './timeline-select.js';
import type { TimelineDeselectDetail } from './timeline-deselect.js';

export type { SelectReason, TimelineSelectDetail, TimelineSelectEvent } from './timeline-select.js';
export type { DeselectReason, TimelineDeselectDetail, TimelineDeselectEvent } from './timeline-deselect.js';
export type { DatasetOrigin, TimelineErrorDetail, TimelineErrorEvent } from './timeline-error.js';
export type { TimelineLoadDetail, TimelineLoadEvent } from './timeline-load.js';
export type { TimelineRangeChangeDetail, TimelineRangeChangeEvent } from './timeline-range-change.js';

/** The detail of every event the timeline fires, by event name. */
export interface TimelineEventDetails {
  'timeline-select': TimelineSelectDetail;
  'timeline-deselect': TimelineDeselectDetail;
  'timeline-error': TimelineErrorDetail;
  'timeline-load': TimelineLoadDetail;
  'timeline-range-change': TimelineRangeChangeDetail;
}

/** Dispatches one of the timeline's events: bubbling, composed, with a typed detail. */
export function emit<K extends keyof TimelineEventDetails>(target: EventTarget, type: K, detail: TimelineEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
