import type { DatasetProblem } from '../data/parsed-types.js';

/** Where the rejected dataset came from. */
export type DatasetOrigin = 'data' | 'src' | 'inline' | 'default';

export interface TimelineErrorDetail {
  /** Every problem, each with its JSON path (`events[3].date`) and a sentence. */
  readonly problems: readonly DatasetProblem[];
  readonly origin: DatasetOrigin;
  /** An earlier valid dataset is still shown. */
  readonly keptPrevious: boolean;
}

/** Fired when a dataset cannot be shown (invalid, or `src` failed to load). Bubbles, composed. */
export type TimelineErrorEvent = CustomEvent<TimelineErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-error': TimelineErrorEvent;
  }
}
