import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController, type ResizeControllerOptions } from '../../src/controllers/resize-controller.js';

const frame = () => new Promise<number>(requestAnimationFrame);

/**
 * A host that records update requests, a box to watch and a controller on it; `seen` holds, for
 * each report of a second observer made after the controller's (whose callback runs right after
 * the controller's, in the same frame), the height the controller had then and the requests made.
 */
function setUp(options: Omit<ResizeControllerOptions, 'targets'>) {
  const box = document.body.appendChild(document.createElement('div'));
  box.style.cssText = 'width: 200px; height: 100px';
  const controllers: ReactiveController[] = [];
  let requests = 0;
  const host = Object.assign(document.createElement('div'), {
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void requests++,
    updateComplete: Promise.resolve(true),
  }) as HTMLDivElement & ReactiveControllerHost;
  const controller = new ResizeController(host, { ...options, targets: () => [box] });
  controllers.forEach((c) => c.hostConnected?.());
  const seen: { height: number; requests: number }[] = [];
  let next: (() => void) | undefined; // run in the next report, right after the controller's
  const after = new ResizeObserver(() => {
    seen.push({ height: controller.height, requests });
    next?.();
    next = undefined;
  });
  after.observe(box);
  return {
    box,
    controller,
    seen,
    requests: () => requests,
    disconnectAtNextReport: () => void (next = () => controllers.forEach((c) => c.hostDisconnected?.())),
    tearDown: () => {
      after.disconnect();
      controllers.forEach((c) => c.hostDisconnected?.());
      box.remove();
    },
  };
}

describe('ResizeController', () => {
  it('tracks the height with measure: "height", and asks for an update at once, only when shouldUpdate says so', async () => {
    let wanted = false;
    const { box, controller, seen, requests, tearDown } = setUp({ measure: 'height', shouldUpdate: () => wanted });
    try {
      await waitUntil(() => seen.length === 1, 'the first report');
      expect(controller.height).to.equal(100);
      box.style.height = '150px';
      await waitUntil(() => seen.length === 2, 'the new height');
      expect(seen[1], 'shouldUpdate said no').to.deep.equal({ height: 150, requests: 0 });
      wanted = true;
      box.style.width = '300px'; // not the size tracked
      await waitUntil(() => seen.length === 3, 'the new width');
      expect(requests()).to.equal(0);
      box.style.height = '120px';
      await waitUntil(() => seen.length === 4, 'the third height');
      expect(seen[3], 'asked in the same frame').to.deep.equal({ height: 120, requests: 1 });
    } finally {
      tearDown();
    }
  });

  it('with nextFrame, asks for the update in the next frame (shouldUpdate asked then), and not after a disconnect', async () => {
    let asked = 0;
    const { box, seen, requests, disconnectAtNextReport, tearDown } = setUp({ measure: 'height', nextFrame: true, shouldUpdate: () => (asked++, true) });
    try {
      await waitUntil(() => requests() === 1, 'the first report asked for no update');
      box.style.height = '140px';
      await waitUntil(() => seen.length === 2, 'the new height');
      expect(seen[1], 'asked in the same frame').to.deep.equal({ height: 140, requests: 1 });
      await frame();
      expect(requests()).to.equal(2);
      expect(asked, 'shouldUpdate asked once a frame').to.equal(2);
      // a report, then a disconnect before the next frame: no update
      disconnectAtNextReport();
      box.style.height = '160px';
      await waitUntil(() => seen.length === 3, 'the last height');
      await frame();
      await frame();
      expect(requests()).to.equal(2);
    } finally {
      tearDown();
    }
  });

  it('with a nextFrame function, defers the update of the changes it says (asked at each change), the others asked at once', async () => {
    let defer = false;
    const { box, seen, requests, tearDown } = setUp({ measure: 'height', nextFrame: () => defer });
    try {
      await waitUntil(() => seen.length === 1, 'the first report');
      expect(requests(), 'the first report, at once').to.equal(1);
      defer = true;
      box.style.height = '140px';
      await waitUntil(() => seen.length === 2, 'the new height');
      expect(seen[1], 'deferred: none in the same frame').to.deep.equal({ height: 140, requests: 1 });
      await frame();
      expect(requests(), 'in the next frame').to.equal(2);
      defer = false;
      box.style.height = '120px';
      await waitUntil(() => seen.length === 3, 'the third height');
      expect(seen[2], 'asked in the same frame').to.deep.equal({ height: 120, requests: 3 });
    } finally {
      tearDown();
    }
  });
});
