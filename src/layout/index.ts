export { assignLanes, type LaneBox, type LaneOptions } from './lanes.js';
export { axisTicks, type TickUnit } from './axis-ticks.js';
export { createTimeScale, timelineExtent, type TimeScale } from './time-scale.js';
export {
  layoutTimeline,
  type PlacedEra,
  type PlacedEvent,
  type TimelineLayout,
  type TimelineLayoutOptions,
} from './timeline-layout.js';
