export interface TimelineRangeChangeDetail {
  /** Start of the visible window. */
  readonly start: Date;
  /** End of the visible window. */
  readonly end: Date;
}

/** Fired when the visible window changed and the view settled. Bubbles, composed. */
export type TimelineRangeChangeEvent = CustomEvent<TimelineRangeChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-range-change': TimelineRangeChangeEvent;
  }
}
