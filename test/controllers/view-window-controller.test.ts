import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ViewWindowController, type ViewWindowControllerOptions } from '../../src/controllers/view-window-controller.js';
import type { TimeWindow } from '../../src/layout/view-window.js';

/** A host that records update requests, and a controller on it over the extent [0, 1000]. */
function setUp(overrides: Partial<ViewWindowControllerOptions> = {}) {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const settled: { window: TimeWindow; announce: boolean }[] = [];
  let printing = false;
  const view: ViewWindowController = new ViewWindowController(host, {
    extent: () => [0, 1000],
    minSpan: 10,
    showAll: () => printing,
    mayAnimate: () => true,
    onSettle: (announce) => settled.push({ window: view.window, announce }),
    animationMs: 200,
    // long enough that a loaded machine's late timers (the tests wait 20 ms between changes) cannot fake a settle
    settleMs: 300,
    ...overrides,
  });
  return { view, controllers, settled, updates: () => updates, print: (on: boolean) => (printing = on) };
}

describe('ViewWindowController', () => {
  it('shows the whole extent until asked, keeps windows within it and no narrower than minSpan', () => {
    const { view, controllers, updates } = setUp();
    expect(controllers).to.deep.equal([view]);
    expect(view.window).to.deep.equal([0, 1000]);
    view.set([200, 400], 'api');
    expect(view.window).to.deep.equal([200, 400]);
    expect(updates()).to.equal(1);
    view.set([900, 1300], 'api'); // past the end: moved back inside, same span
    expect(view.window).to.deep.equal([600, 1000]);
    view.set([500, 501], 'api'); // narrower than minSpan: widened around its centre
    expect(view.window[1] - view.window[0]).to.equal(10);
    view.reset();
    expect(view.window).to.deep.equal([0, 1000]);
  });

  it('hands every change, animated or not, to onChange instead of requesting an update when given one', async () => {
    const shown: TimeWindow[] = [];
    const { view, updates } = setUp({ animationMs: 100, onChange: () => shown.push(view.window) });
    view.set([200, 400], 'gesture');
    expect(shown).to.deep.equal([[200, 400]]);
    view.set([0, 100], 'api', true);
    await waitUntil(() => !view.moving, 'the animation did not end', { timeout: 3000 });
    expect(shown.length).to.be.greaterThan(2);
    expect(shown.at(-1)).to.deep.equal([0, 100]);
    expect(updates()).to.equal(0);
  });

  it('shows the whole extent while printing, and what was asked afterwards', () => {
    const { view, print } = setUp();
    view.set([200, 400], 'api');
    print(true);
    expect(view.window).to.deep.equal([0, 1000]);
    print(false);
    expect(view.window).to.deep.equal([200, 400]);
  });

  it('animates through windows in between, is moving meanwhile, and settles once after the end', async () => {
    const { view, settled } = setUp({ animationMs: 600 }); // long enough to see frames on a loaded machine
    const seen: TimeWindow[] = [];
    view.set([0, 100], 'api', true);
    expect(view.window).to.deep.equal([0, 1000]); // the first frame has not run yet
    expect(view.moving).to.equal(true);
    await waitUntil(() => {
      seen.push(view.window);
      return !view.moving;
    }, 'the animation did not end', { interval: 5, timeout: 2000 });
    expect(view.window).to.deep.equal([0, 100]);
    expect(seen.some(([a, b]) => b - a < 990 && b - a > 110), 'no window between the two').to.equal(true);
    expect(settled).to.deep.equal([]); // not during the animation, nor at once after it
    await waitUntil(() => settled.length === 1, 'did not settle after the animation');
    expect(settled[0]).to.deep.equal({ window: [0, 100], announce: true });
  });

  it('does not animate when it may not, and a new change or reset stops an animation', async () => {
    const still = setUp({ mayAnimate: () => false });
    still.view.set([0, 100], 'api', true);
    expect(still.view.window).to.deep.equal([0, 100]);
    expect(still.view.moving).to.equal(false);

    const { view, settled } = setUp();
    view.set([0, 100], 'api', true);
    view.set([500, 700], 'gesture'); // a gesture takes over
    expect(view.window).to.deep.equal([500, 700]);
    expect(view.moving).to.equal(true); // a gesture moves the view too
    expect(view.source).to.equal('gesture');
    view.set([520, 720], 'brush');
    expect(view.moving).to.equal(true); // and so does dragging the overview's brush
    view.set([500, 700], 'gesture');
    await waitUntil(() => settled.length === 1, 'did not settle'); // 300 ms: the animation would have ended
    expect(view.window).to.deep.equal([500, 700]);
    expect(settled.map((s) => s.window)).to.deep.equal([[500, 700]]);
    view.set([0, 100], 'api', true);
    view.reset();
    await aTimeout(300);
    expect(view.window).to.deep.equal([0, 1000]);
    expect(view.moving).to.equal(false);
  });

  it('waits for the window to stay put before settling, and for the host to be back when it left meanwhile', async () => {
    const { view, settled } = setUp();
    for (let i = 0; i < 5; i++) {
      view.set([i * 10, i * 10 + 100], 'gesture');
      await aTimeout(20); // less than settleMs
    }
    expect(settled).to.deep.equal([]);
    await waitUntil(() => settled.length === 1);
    expect(settled[0]!.window).to.deep.equal([40, 140]);
    view.scheduleSettle(false);
    view.hostDisconnected();
    await aTimeout(450);
    expect(settled.length, 'settled while the host was away').to.equal(1);
    view.hostConnected(); // back (moved in the page): the settle it was waiting for, settleMs later
    await waitUntil(() => settled.length === 2);
    expect(settled[1]!.announce).to.equal(false);
    view.hostDisconnected(); // nothing under way: nothing when it comes back
    view.hostConnected();
    await aTimeout(450);
    expect(settled.length).to.equal(2);
  });

  it('ends an animation where it was going when the host leaves, and settles once the host is back', async () => {
    const { view, settled } = setUp({ animationMs: 600 });
    view.set([0, 100], 'api', true);
    await aTimeout(100);
    view.hostDisconnected();
    // (it stayed on the frame it had reached, and never settled)
    expect(view.window).to.deep.equal([0, 100]);
    expect(view.moving).to.equal(false);
    await aTimeout(450);
    expect(settled, 'settled while the host was away').to.deep.equal([]);
    view.hostConnected();
    await waitUntil(() => settled.length === 1, 'did not settle once the host was back');
    expect(settled[0]).to.deep.equal({ window: [0, 100], announce: true });
  });

  it('does not settle while held (a button or a finger down), however long the pauses; the last release settles it', async () => {
    const { view, settled } = setUp({ settleMs: 100 });
    view.hold('zoom', true);
    for (let i = 0; i < 3; i++) {
      view.set([i * 10, i * 10 + 100], 'gesture');
      await aTimeout(250); // a pause longer than settleMs
    }
    view.hold('brush', true); // a second finger, on the brush
    view.hold('zoom', false);
    view.hold('zoom', false); // again: nothing more
    await aTimeout(250);
    expect(settled, 'settled while held').to.deep.equal([]);
    view.hold('brush', false);
    await waitUntil(() => settled.length === 1, 'did not settle after the release');
    expect(settled[0]).to.deep.equal({ window: [20, 120], announce: true });
    view.hold('zoom', false); // a release of nothing held schedules nothing
    await aTimeout(250);
    expect(settled.length).to.equal(1);
  });
});
