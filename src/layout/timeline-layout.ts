import type { ParsedEra, ParsedEvent, ParsedTimeline } from '../data/parsed-types.js';
import { assignLanes, type LaneBox } from './lanes.js';
import { createTimeScale, timelineExtent, type TimeScale } from './time-scale.js';

/** Options for {@link layoutTimeline}. Sizes are CSS pixels. */
export interface TimelineLayoutOptions {
  /** Width of the plot. */
  readonly width: number;
  /** Width of an event's label (marker included) before clamping to `maxLabelWidth`. */
  readonly labelWidth: (event: ParsedEvent) => number;
  /** Empty space kept at the left and right ends of the plot. Defaults to 12. */
  readonly inset?: number;
  /** Labels never get wider than this. Defaults to 30 % of the width, between 160 and 360 (never wider than the plot). */
  readonly maxLabelWidth?: number;
  /** Horizontal distance from an event's date to the start of its label box. Defaults to 8. */
  readonly markerOffset?: number;
  /** Minimum empty pixels between two labels in a lane. Defaults to 12. */
  readonly gap?: number;
  /** Lanes available for labels; events that fit in none are drawn unlabelled. Defaults to 8. */
  readonly maxLanes?: number;
  /** Time span to show, in ms. Defaults to the whole dataset ({@link timelineExtent}). */
  readonly extent?: readonly [number, number];
}

/** Where one event goes. `x` values are plot pixels. */
export interface PlacedEvent {
  readonly event: ParsedEvent;
  /** Position of the event's date. */
  readonly x: number;
  /** For an event with an `end`: position of the end of its last period. */
  readonly x2?: number;
  /** Label lane, from 0 (next to the axis); -1 when the event could not be labelled. */
  readonly lane: number;
  /** Left edge of the label box (which contains the marker). */
  readonly labelX: number;
  readonly labelWidth: number;
  /** The label is narrower than its text, which is cut short with an ellipsis. */
  readonly truncated: boolean;
  /** The label sits left of the marker (near the right edge) rather than right of it. */
  readonly flipped: boolean;
}

/** Where one era band goes. */
export interface PlacedEra {
  readonly era: ParsedEra;
  readonly x0: number;
  readonly x1: number;
}

/** Everything the component needs to draw a timeline at one width. */
export interface TimelineLayout {
  readonly scale: TimeScale;
  readonly width: number;
  /** Lanes in use (0 when no event is labelled). */
  readonly lanes: number;
  /** In time order, the same order as `timeline.events`. */
  readonly events: readonly PlacedEvent[];
  readonly eras: readonly PlacedEra[];
}

/**
 * Lays a timeline out at a width: a time scale, era bands, and for each event a label box in a
 * lane such that no two labels in a lane overlap and no label leaves `[0, width]`. Milestones
 * claim lanes first, so they get the lanes nearest the axis. Pure.
 */
export function layoutTimeline(timeline: ParsedTimeline, options: TimelineLayoutOptions): TimelineLayout {
  const { width, labelWidth, inset = 12, markerOffset = 8, gap = 12, maxLanes = 8 } = options;
  const usable = Math.max(0, width);
  const maxLabel = Math.max(0, Math.min(options.maxLabelWidth ?? Math.min(360, Math.max(160, usable * 0.3)), usable));
  const scale = createTimeScale(options.extent ?? timelineExtent(timeline), [inset, Math.max(inset, usable - inset)]);

  const boxes: LaneBox[] = [];
  const geometry = timeline.events.map((event) => {
    const x = scale(event.start.start);
    const x2 = event.end ? scale(event.end.after) : undefined;
    const wanted = Math.max(0, labelWidth(event));
    const w = Math.min(maxLabel, wanted);
    let labelX = x - markerOffset;
    let flipped = false;
    if (labelX + w > usable) {
      // Near the right edge the label hangs to the left of its date instead.
      labelX = Math.max(0, x + markerOffset - w);
      flipped = true;
    }
    labelX = Math.min(Math.max(labelX, 0), Math.max(0, usable - w));
    // A span's bar runs along its lane, so it claims the lane up to its end too.
    const right = x2 === undefined ? labelX + w : Math.min(usable, Math.max(labelX + w, x2));
    boxes.push({ x0: Math.min(labelX, x), x1: right });
    return { event, x, x2, labelX, labelWidth: w, truncated: wanted > w, flipped };
  });

  const order = milestonesFirst(timeline.events);
  const lanes = assignLanes(boxes, { gap, maxLanes, order });
  const events: PlacedEvent[] = geometry.map((g, i) => ({ ...g, lane: lanes[i]! }));

  const eras: PlacedEra[] = timeline.eras.map((era) => ({
    era,
    x0: Math.max(0, scale(era.start.start)),
    x1: era.end ? Math.min(usable, scale(era.end.after)) : usable,
  }));

  return { scale, width: usable, lanes: lanes.reduce((n, l) => Math.max(n, l + 1), 0), events, eras };
}

/** Indices of events with milestones first, each group in time order. */
function milestonesFirst(events: readonly ParsedEvent[]): number[] {
  const first: number[] = [];
  const rest: number[] = [];
  events.forEach((e, i) => (e.milestone ? first : rest).push(i));
  return first.concat(rest);
}
