/**
 * Stands in for `d3-interpolate` in the self-contained bundle, the tests and the demo (see
 * scripts/d3-shims.mjs and ./transition.js). d3-zoom imports `interpolateZoom` and d3-brush
 * imports `interpolate` only to tween a d3 transition, which the element never starts; the real
 * module would bring d3-color with it.
 */
function notBundled() {
  throw new Error('alpine-timeline: d3 interpolators are not bundled (no d3 transition ever runs)');
}

export { notBundled as interpolate, notBundled as interpolateZoom };
