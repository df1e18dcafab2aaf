import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import { centre, hand, kioskFixture, onKioskScreen, part } from '../helpers.js';

/**
 * The kiosk as a museum runs it, with real touch (CDP) for one finger and touch events sent from
 * the page for two (see `hand`): its timings as an operator sets them, and what the next visitor
 * finds after an idle reset. (timeline-kiosk.test.ts covers the rest.)
 */

/** One finger at this point (viewport px), through the DevTools protocol: a touchStart or a touchMove. */
const fingers = (type: 'touchStart' | 'touchMove', points: [number, number][]) => executeServerCommand('input-touch', { type, points });
const lift = () => executeServerCommand('input-touch', { type: 'touchEnd' });

describe('<alpine-timeline kiosk> with a visitor', () => {
  onKioskScreen();

  it('turns the idle reset off at idle-timeout="0": a visitor\'s taps are kept, no reset, no invitation', async () => {
    const el = await kioskFixture({ 'idle-timeout': '0', 'idle-countdown': '0', 'attract-interval': '0.05', lang: 'en' });
    const cleared: string[] = [];
    el.addEventListener('timeline-deselect', (e) => cleared.push(e.detail.reason));
    el.select('dieppe-plant-1969');
    await el.updateComplete;
    // a real tap on +: 0 reset the kiosk at the tap's start (detail closed, view fitted, the tour
    // started), and the click zoomed in under the invitation
    await fingers('touchStart', [centre(part(el, 'zoom-in')!)]);
    await lift();
    await aTimeout(600);
    expect(el.selected, 'the open event').to.equal('dieppe-plant-1969');
    expect(cleared, 'deselected').to.deep.equal([]);
    expect(part(el, 'invitation') === null && part(el, 'countdown') === null, 'an invitation or a countdown shows').to.equal(true);
    expect(el.end!.getTime() - el.start!.getTime(), 'the + zoomed in').to.be.below(50 * 365 * 864e5);
    // a positive value turns it on again
    el.idleTimeout = 0.1;
    await waitUntil(() => part(el, 'invitation'), 'no idle reset once idle-timeout is above 0', { timeout: 3000 });
  });


  it('ends a drag or a pinch whose fingers are still down when the idle reset comes: their moves change nothing until they lift', async () => {
    const el = await kioskFixture({ 'idle-timeout': '600', 'idle-countdown': '0', 'attract-interval': '600', lang: 'en' });
    const whole = [el.start!.getTime(), el.end!.getTime()];
    const view = () => [el.start!.getTime(), el.end!.getTime()];
    const selection = () => part(el, 'overview')!.querySelector('[part~="brush"] .selection')!.getBoundingClientRect();
    const strip = () => part(el, 'overview')!.getBoundingClientRect();
    const resetNow = async () => {
      el.idleTimeout = 0.1; // the visitor walks away, a finger left on the screen
      await waitUntil(() => part(el, 'invitation'), 'no idle reset', { timeout: 3000 });
      el.idleTimeout = 600;
      await el.updateComplete;
      expect(view(), 'the reset shows the whole timeline').to.deep.equal(whole);
    };

    // a finger on the overview's brush, dragging it along the strip
    el.zoomTo('1960', '1980', { animate: false });
    await el.updateComplete;
    const [x, y] = centre(part(el, 'overview')!.querySelector('[part~="brush"] .selection')!);
    await fingers('touchStart', [[x, y]]);
    for (let i = 1; i <= 4; i++) await fingers('touchMove', [[x + 20 * i, y]]);
    await resetNow();
    // the finger moves on: d3-brush drew the brush back over the visitor's years (a 20-year
    // brush at 1966 over the whole timeline), and kept it there after the finger lifted
    for (let i = 5; i <= 8; i++) await fingers('touchMove', [[x + 20 * i, y]]);
    await lift();
    await aTimeout(300);
    expect(view(), 'the view after the finger moved').to.deep.equal(whole);
    expect(Math.abs(selection().left - strip().left), 'the brush starts where the strip does').to.be.below(2);
    expect(Math.abs(selection().width - strip().width), 'the brush covers the strip').to.be.below(2);

    // two fingers pinching the plot (touch events sent from the page: see `hand`)
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const [cx, cy] = [Math.round(plot.left + plot.width / 2), Math.round(plot.top + 120)];
    const pinch = (h: ReturnType<typeof hand>, d: number) => h.move([0, cx - d, cy], [1, cx + d, cy]);
    let d = 100;
    let two = hand(part(el, 'plot')!);
    two.down(0, cx - d, cy);
    two.down(1, cx + d, cy);
    for (let i = 0; i < 6; i++) {
      pinch(two, (d += 30));
      await aTimeout(20);
    }
    expect(view()[1] - view()[0], 'the pinch zoomed in').to.be.below((whole[1]! - whole[0]!) / 1.5);
    await resetNow();
    for (let i = 0; i < 6; i++) {
      pinch(two, (d += 30));
      await aTimeout(20);
    }
    two.up(1);
    two.up(0);
    await aTimeout(300);
    expect(view(), 'the view after the fingers moved apart (the pinch went on from the whole timeline)').to.deep.equal(whole);
    expect(part(el, 'invitation') !== null, 'the invitation stays').to.equal(true);

    // the next visitor's fingers work as ever
    d = 100;
    two = hand(part(el, 'plot')!);
    two.down(0, cx - d, cy);
    two.down(1, cx + d, cy);
    for (let i = 0; i < 6; i++) {
      pinch(two, (d += 30));
      await aTimeout(20);
    }
    two.up(1);
    two.up(0);
    await waitUntil(() => view()[1] - view()[0] < (whole[1]! - whole[0]!) / 1.5, 'a new pinch does not zoom');
    const [bx, by] = centre(part(el, 'overview')!.querySelector('[part~="brush"] .selection')!);
    const before = view()[0]!;
    await fingers('touchStart', [[bx, by]]);
    for (let i = 1; i <= 4; i++) await fingers('touchMove', [[bx - 20 * i, by]]);
    await lift();
    await waitUntil(() => view()[0]! < before, 'a new drag of the brush does not pan');
  });

  it('ends a pinch of the vertical layout whose fingers are still down when the idle reset comes', async () => {
    await setViewport({ width: 1024, height: 768 });
    await executeServerCommand('input-touch-enable'); // (setViewport resets it)
    try {
      const el = await kioskFixture({ orientation: 'vertical', 'idle-timeout': '600', 'idle-countdown': '0', 'attract-interval': '600', style: 'height: 768px; overflow: auto; display: block' });
      await waitUntil(() => el.matches(':state(vertical)') && part(el, 'plot'), 'not vertical');
      const height = () => part(el, 'plot')!.getBoundingClientRect().height;
      const fitted = height();
      const x = Math.round(el.getBoundingClientRect().left + 512);
      // two fingers (touch events sent from the page: see `hand`)
      const spread = (h: ReturnType<typeof hand>, d: number) => h.move([0, x, 400 - d], [1, x, 400 + d]);
      let d = 60;
      let two = hand(part(el, 'plot')!);
      two.down(0, x, 400 - d);
      two.down(1, x, 400 + d);
      for (let i = 0; i < 6; i++) {
        spread(two, (d += 20));
        await aTimeout(20);
      }
      await waitUntil(() => height() > fitted * 1.3, 'the pinch did not zoom the vertical layout');
      el.idleTimeout = 0.1; // the visitor walks away, two fingers left on the screen
      await waitUntil(() => part(el, 'invitation'), 'no idle reset', { timeout: 3000 });
      el.idleTimeout = 600;
      await waitUntil(() => Math.abs(height() - fitted) < 1 && el.scrollTop === 0, 'the reset did not fit the vertical layout');
      // the fingers move on: the pinch went on from the whole timeline (1.3 times as tall, scrolled 144 px)
      for (let i = 0; i < 6; i++) {
        spread(two, (d += 20));
        await aTimeout(20);
      }
      two.up(1);
      two.up(0);
      await aTimeout(300);
      expect(height(), 'the plot after the fingers moved on').to.be.closeTo(fitted, 1);
      expect(el.scrollTop).to.equal(0);
      // the next visitor's pinch zooms as ever
      d = 60;
      two = hand(part(el, 'plot')!);
      two.down(0, x, 400 - d);
      two.down(1, x, 400 + d);
      for (let i = 0; i < 6; i++) {
        spread(two, (d += 20));
        await aTimeout(20);
      }
      two.up(1);
      two.up(0);
      await waitUntil(() => height() > fitted * 1.3, 'a new pinch does not zoom');
    } finally {
      await setViewport({ width: 1920, height: 1080 });
      await executeServerCommand('input-touch-enable');
    }
  });

  it('counts down before resetting a visitor who scrolled the vertical layout down, nothing open', async () => {
    await setViewport({ width: 1024, height: 768 });
    await executeServerCommand('input-touch-enable'); // (setViewport resets it)
    try {
      const el = await kioskFixture({ orientation: 'vertical', 'idle-timeout': '600', 'idle-countdown': '5', 'attract-interval': '600', style: 'height: 768px; overflow: auto; display: block' });
      await waitUntil(() => el.matches(':state(vertical)') && el.scrollHeight > el.clientHeight + 300, 'no vertical layout taller than the screen');
      // a visitor swipes up through the history, reads, and steps back
      const x = Math.round(el.getBoundingClientRect().left + 512);
      await fingers('touchStart', [[x, 700]]);
      for (let i = 1; i <= 12; i++) await fingers('touchMove', [[x, 700 - 40 * i]]);
      await lift();
      await waitUntil(() => el.scrollTop > 200, 'the swipe did not scroll the vertical layout');
      expect(el.selected).to.equal(null);
      el.idleTimeout = 0.2;
      // the view was reset at once, without the "still there?" a visitor reading is given
      await waitUntil(() => part(el, 'countdown') || part(el, 'invitation'), 'no countdown nor reset', { timeout: 3000 });
      expect(part(el, 'countdown') !== null, 'reset without a countdown').to.equal(true);
      expect(el.scrollTop, 'the view stays during the countdown').to.be.above(200);
    } finally {
      await setViewport({ width: 1920, height: 1080 });
      await executeServerCommand('input-touch-enable');
    }
  });

  it('asks again for a src that failed (a kiosk started before its server) at the idle reset and the tour, until it comes', async () => {
    // the first two requests answer 503, the later ones the Alpine dataset
    const id = `kiosk-retry-${Math.random().toString(36).slice(2)}`;
    const src = `/__test__/respond?status=503&failures=2&file=/data/alpine.json&id=${id}`;
    const el = document.createElement('alpine-timeline');
    for (const [k, v] of Object.entries({ kiosk: '', 'idle-timeout': '0.2', 'idle-countdown': '0', 'attract-interval': '0.2', src })) el.setAttribute(k, v);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await waitUntil(() => part(el, 'error'), 'no error panel for the 503');
    // nobody touches it: the error panel stayed, under "touch to explore", until a visitor found Retry
    await waitUntil(() => el.timeline !== undefined, 'the kiosk did not ask for its src again', { timeout: 5000 });
    await waitUntil(() => part(el, 'error') === null && el.shadowRoot!.querySelector('[part~="plot"] li'), 'the dataset is not shown');
    const requests = (await (await fetch(`/__test__/requests?id=${id}`)).json()) as { count: number };
    expect(requests.count, 'requests').to.equal(3);
  });

  it('takes a tap on the "still there?" countdown as "stay": it opens nothing under it', async () => {
    await setViewport({ width: 1024, height: 768 });
    await executeServerCommand('input-touch-enable'); // (setViewport resets it)
    try {
      const el = await kioskFixture({ 'idle-timeout': '600', 'idle-countdown': '10', 'attract-interval': '600', style: 'height: 768px', lang: 'de' });
      const countdown = async () => {
        el.idleTimeout = 0.1; // the visitor reads on, without touching
        await waitUntil(() => part(el, 'countdown'), 'no countdown', { timeout: 3000 });
        el.idleTimeout = 600;
        await el.updateComplete;
      };
      el.select('dieppe-plant-1969');
      await countdown();
      // a point of the plate over another event's mark
      const plate = part(el, 'countdown')!.getBoundingClientRect();
      let at: [number, number] | undefined;
      let under: string | undefined;
      // (inside its rounded ends: a press there is the plate's)
      for (let x = plate.left + plate.height / 2; x < plate.right - plate.height / 2 && !at; x += 10) {
        for (let y = plate.top + 8; y < plate.bottom - 8 && !at; y += 8) {
          const mark = el.shadowRoot!.elementsFromPoint(x, y).find((e) => e.closest('li[data-id] .mark'))?.closest<HTMLElement>('li[data-id]');
          if (mark && mark.dataset['id'] !== el.selected) [at, under] = [[Math.round(x), Math.round(y)], mark.dataset['id']];
        }
      }
      expect(at, 'no mark under the countdown (else this test tells nothing)').to.not.equal(undefined);
      await fingers('touchStart', [at!]);
      await lift();
      await waitUntil(() => part(el, 'countdown') === null, 'the tap did not cancel the countdown');
      await aTimeout(300);
      // the tap opened the mark under the plate: the event the visitor read was replaced
      expect(el.selected, `the tap on the countdown opened ${under}`).to.equal('dieppe-plant-1969');
      // a tap on a mark itself during the countdown opens it, as ever
      await countdown();
      const mark = el.shadowRoot!.querySelector('li[data-id="founding-1955"] .mark')!;
      await fingers('touchStart', [centre(mark)]);
      await lift();
      await waitUntil(() => el.selected === 'founding-1955', 'a tap on a mark during the countdown did not open it');
      expect(part(el, 'countdown') === null).to.equal(true);
    } finally {
      await setViewport({ width: 1920, height: 1080 });
      await executeServerCommand('input-touch-enable');
    }
  });

  it('lets no image be dragged out of the detail (the browser\'s drag of an image, by a mouse here; by a finger after a long press where the browser drags on touch)', async () => {
    const el = await kioskFixture({ 'idle-timeout': '600' });
    el.data = { title: 'Kiosk', events: [{ id: 'a', date: '2000', title: 'A', media: [{ src: '/test/e2e/csp-media.svg', alt: 'Near' }] }] };
    await el.updateComplete;
    el.select('a');
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image did not load');
    const drags: boolean[] = [];
    const onDrag = (e: DragEvent) => drags.push(e.defaultPrevented);
    document.addEventListener('dragstart', onDrag); // (bubbling: after the element's own listeners)
    try {
      const [x, y] = centre(img);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 6; i++) await sendMouse({ type: 'move', position: [x - 30 * i, y + 10 * i] });
      await sendMouse({ type: 'up' });
      // the browser dragged a ghost of the image across the screen, to be dropped anywhere
      expect(drags, 'the drag was not started (else this test tells nothing)').to.have.length.above(0);
      expect(drags.every(Boolean), 'a drag of the image was let through').to.equal(true);
    } finally {
      document.removeEventListener('dragstart', onDrag);
    }
  });
});
