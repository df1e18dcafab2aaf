export { assignLanes, type LaneBox, type LaneOptions } from './lanes.js';
export { placeClusters, type ClusterInput, type PlacedCluster } from './clusters.js';
export { eventsInWindow, indexTimeline, lowerBound, type TimelineIndex } from './timeline-index.js';
export { centreWindow, clampWindow, DAY_MS, sameWindow, windowAround, zoomWindow, type TimeWindow, type WindowLimits } from './view-window.js';
export { axisTicks, fitAxisTicks, type FittedTicks, type TickUnit } from './axis-ticks.js';
export { createTimeScale, timelineExtent, type TimeScale } from './time-scale.js';
export {
  layoutTimeline,
  type PlacedEra,
  type PlacedEvent,
  type TimelineLayout,
  type TimelineLayoutOptions,
} from './timeline-layout.js';
export { densityPath, overviewDensity, type OverviewDensity } from './overview.js';
