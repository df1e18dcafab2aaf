/**
 * alpine-timeline: typed dataset tools, pure layout functions and the `<alpine-timeline>` class.
 * Importing this module defines no custom element; import `alpine-timeline/define` (or the
 * bundle) for that. The Alpine dataset is `alpine-timeline/alpine-dataset`: re-exported here, it
 * would be in every page that imports the package.
 */
export * from './data/index.js';
export * from './layout/index.js';
export * from './i18n/index.js';
export { registerStrings, stringsFor, STRINGS_DE, STRINGS_EN, STRINGS_FR, type TimelineStrings } from './i18n/strings.js';
export type * from './events/index.js';
export { DatasetController, type DatasetControllerOptions } from './controllers/dataset-controller.js';
export { LocaleController } from './controllers/locale-controller.js';
export { ResizeController } from './controllers/resize-controller.js';
export { AlpineTimeline, type TimeInput, type ViewOptions } from './components/timeline/timeline.component.js';
export type { ExportOptions } from './components/timeline/export-svg.js';
