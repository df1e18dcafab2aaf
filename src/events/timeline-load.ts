import type { ParsedTimeline } from '../data/parsed-types.js';
import type { DatasetOrigin } from './timeline-error.js';

export interface TimelineLoadDetail {
  /** The validated dataset now shown. */
  readonly timeline: ParsedTimeline;
  readonly origin: DatasetOrigin;
}

/** Fired when a valid dataset has been accepted and is about to be drawn. Bubbles, composed. */
export type TimelineLoadEvent = CustomEvent<TimelineLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-load': TimelineLoadEvent;
  }
}
