import { expect } from '@open-wc/testing';
import { clampWindow, DAY_MS, zoomWindow } from '../../src/layout/view-window.js';

describe('clampWindow(window, limits)', () => {
  const extent: [number, number] = [0, 1000 * DAY_MS];
  const limits = { extent, minSpan: DAY_MS };

  it('keeps a window inside the extent and no narrower than minSpan', () => {
    expect(clampWindow([-50 * DAY_MS, 50 * DAY_MS], limits)).to.deep.equal([0, 100 * DAY_MS]);
    expect(clampWindow([10 * DAY_MS, 10 * DAY_MS], limits)).to.deep.equal([9.5 * DAY_MS, 10.5 * DAY_MS]);
  });

  it('turns a window that overflowed to ±Infinity (zoomBy with a tiny factor) into the whole extent, never NaN', () => {
    const zoomedOut = zoomWindow([100 * DAY_MS, 200 * DAY_MS], 1e-300);
    expect(zoomedOut).to.deep.equal([-Infinity, Infinity]);
    expect(clampWindow(zoomedOut, limits)).to.deep.equal(extent);
    expect(clampWindow([-Infinity, 0], limits)).to.deep.equal(extent);
  });
});
