export interface TimelineRangeChangeDetail {
  /** Start of the visible window. */
  readonly start: Date;
  /** End of the visible window. */
  readonly end: Date;
}

/**
 * Fired when the visible window changed and the view settled: 160 ms after its last change, and
 * for a drag, swipe or pinch only after the mouse button or the last finger is lifted. Bubbles, composed.
 */
export type TimelineRangeChangeEvent = CustomEvent<TimelineRangeChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-range-change': TimelineRangeChangeEvent;
  }
}
