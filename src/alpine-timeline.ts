/** Side-effect entry: defines `<alpine-timeline>` and re-exports the whole public API. */
import './components/timeline/timeline.js';

export * from './index.js';
