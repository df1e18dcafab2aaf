import type { TimelineEvent } from '../data/types.js';

/** What made an event selected. */
export type SelectReason = 'pointer' | 'keyboard' | 'api' | 'tour' | 'link' | 'story';

export interface TimelineSelectDetail {
  /** The event as the dataset gave it. */
  readonly event: TimelineEvent;
  readonly reason: SelectReason;
}

/** Fired when an event is selected. Bubbles and crosses shadow roots (composed). */
export type TimelineSelectEvent = CustomEvent<TimelineSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': TimelineSelectEvent;
  }
}
