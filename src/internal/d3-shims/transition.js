/**
 * Stands in for `d3-transition` in the self-contained bundle, the tests and the demo (see
 * scripts/d3-shims.mjs). d3-zoom and d3-brush import d3-transition to stop a running transition
 * when a gesture starts (`interrupt`, and `selection.interrupt()` in `zoom.transform` and
 * `brush.move`), and to animate a double-click zoom. The element never starts a d3 transition: it
 * animates views itself (src/internal/animate.ts, skipped under reduced motion) and handles
 * double-clicks itself (ZoomController). So there is never anything to interrupt, and the real
 * module (with d3-timer, d3-ease, d3-interpolate and d3-color: about 10 KB gzip) is left out.
 * Plain JavaScript, as it replaces a JavaScript module at resolve time.
 */
import { selection } from 'd3-selection';

/** Nothing to interrupt: no transition is ever scheduled. */
export function interrupt() {}

/** A selection method d3-transition adds; d3-zoom and d3-brush call it on every programmatic move. */
selection.prototype.interrupt = function interruptSelection() {
  return this;
};

/** A selection method d3-transition adds; a call means a d3 transition was asked for, which this bundle cannot run. */
selection.prototype.transition = function transition() {
  throw new Error('alpine-timeline: d3 transitions are not bundled (views animate with src/internal/animate.ts)');
};
