import { expect } from '@open-wc/testing';
import { select } from 'd3-selection';
import '../../src/alpine-timeline.js';

/**
 * The tests must run the d3 the bundle ships (scripts/d3-shims.mjs): d3-zoom and d3-brush get
 * the stand-ins for d3-transition and d3-interpolate. If the wiring broke, every other test would
 * still pass on the real modules; this one would not.
 */
describe('d3 stand-ins in the tests', () => {
  it('gives d3-zoom the stand-in d3-transition: selections interrupt nothing and refuse transitions', () => {
    // the methods d3-transition adds to every selection (not in d3-selection's own types)
    const selection = select(document.body) as unknown as { interrupt(): unknown; transition(): unknown };
    expect(selection.interrupt()).to.equal(selection);
    expect(() => selection.transition()).to.throw(/d3 transitions are not bundled/);
  });
});
