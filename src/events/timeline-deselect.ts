/**
 * What cleared the selection: a click or tap (`pointer`: the detail's Close button), a key
 * (`keyboard`: Escape, or Close pressed from the keyboard), `select(null)` (`api`), Back/Forward
 * to a view with nothing selected (`link`), the kiosk's idle reset (`reset`), or a new dataset
 * without the selected event (`data`).
 */
export type DeselectReason = 'pointer' | 'keyboard' | 'api' | 'link' | 'reset' | 'data';

export interface TimelineDeselectDetail {
  /** Id of the event that was selected. */
  readonly id: string;
  readonly reason: DeselectReason;
}

/**
 * Fired when the selection is cleared (the detail view closes): the counterpart of
 * `timeline-select`, for hosts that keep the selected id in their own state. Not fired when the
 * host sets `selected` itself. Bubbles and crosses shadow roots (composed).
 */
export type TimelineDeselectEvent = CustomEvent<TimelineDeselectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-deselect': TimelineDeselectEvent;
  }
}
