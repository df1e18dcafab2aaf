/**
 * The in-page half of `npm run bench` (scripts/bench.mjs drives it over CDP). Loads only the
 * production bundle and the seeded dataset generator, and exposes `window.bench`.
 */
/* global window, document, requestAnimationFrame, MutationObserver, PointerEvent */ // runs in the page
import { parseDataset } from '/dist/alpine-timeline.bundle.js';
import { generateDataset } from './dataset.mjs';

let pending; // the dataset prepared for the next step, as JSON.parse made it (flat strings, like fetched data)
let el;

/** Marks the renderer paints for events: labelled marks, lone marks and clusters. */
const MARKS = '[part~="event"], [part~="cluster"]';

/** A frame clock: a rAF loop that knows whether a frame is being produced right now. */
const frames = {
  running: false,
  inFrame: false,
  stamps: [],
  afterPaint: [],
  start() {
    if (this.running) return;
    this.running = true;
    const channel = new MessageChannel();
    // Posted from rAF, delivered once the frame's rendering task (style, layout, paint) is done.
    channel.port1.onmessage = () => {
      this.inFrame = false;
      const waiting = this.afterPaint;
      this.afterPaint = [];
      for (const done of waiting) done(performance.now());
    };
    const tick = (now) => {
      if (!this.running) return;
      this.inFrame = true;
      this.stamps.push(now);
      channel.port2.postMessage(0);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },
  stop() {
    this.running = false;
    const stamps = this.stamps;
    this.stamps = [];
    return stamps;
  },
  /** Resolves (with its time) once the frame in progress, or else the next one, has been painted. */
  painted() {
    return new Promise((resolve) => {
      if (this.inFrame) this.afterPaint.push(resolve);
      else requestAnimationFrame(() => this.afterPaint.push(resolve));
    });
  },
};

function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      count++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return count;
}

window.bench = {
  /** Generates the dataset of `n` events (not timed). */
  prepare(n, seed) {
    pending = JSON.parse(JSON.stringify(generateDataset(n, seed ? { seed } : undefined)));
    return pending.events.length;
  },

  /** Validation: `parseDataset` on the prepared dataset, ms. Fresh page, so cold. */
  validate() {
    const data = pending;
    pending = undefined;
    const t0 = performance.now();
    const result = parseDataset(data);
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`invalid benchmark dataset: ${result.problems[0]?.path} ${result.problems[0]?.message}`);
    return { ms, events: result.timeline.events.length };
  },

  /**
   * First render: from creating the element and setting `data` (the prepared dataset) to the end
   * of the first frame painted with event marks in it. The frame clock tells whether the marks
   * were put in during a frame (then that frame paints them) or between frames (then the next).
   */
  async render() {
    const data = pending;
    pending = undefined;
    frames.start();
    await frames.painted(); // start from a quiet, painted page
    const t0 = performance.now();
    el = document.createElement('alpine-timeline');
    el.data = data;
    document.body.append(el);
    const root = el.shadowRoot;
    const inDom = await new Promise((resolve) => {
      const seen = () => root.querySelector(MARKS) !== null;
      if (seen()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    const painted = await frames.painted();
    frames.stop();
    if (el.problems.length) throw new Error(`the element refused the dataset: ${el.problems[0].message}`);
    return { ms: painted - t0, inDomMs: inDom - t0, marks: root.querySelectorAll(MARKS).length };
  },

  /**
   * The machine's floor: a plain 1200 × 400 px box that moves a little on each wheel step (a
   * non-passive listener, like the element's). What a step costs with no timeline at all.
   */
  calibrate() {
    const box = document.createElement('div');
    box.className = 'calibration';
    let x = 0;
    box.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        x = (x + 7) % 40;
        box.style.transform = `translateX(${x}px)`;
      },
      { passive: false },
    );
    document.body.append(box);
    el = box;
  },

  /**
   * The element drawn (by render()) narrowed to a phone's 390 px: it turns to the vertical layout
   * (orientation auto). Resolves once that layout is drawn and painted, with its shadow DOM's node count.
   */
  async phone() {
    el.style.width = '390px';
    const deadline = performance.now() + 30_000;
    while (!(el.matches(':state(vertical)') && el.shadowRoot.querySelector(`.vertical :is(${MARKS})`))) {
      if (performance.now() > deadline) throw new Error('the element did not turn to the vertical layout at 390 px');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await el.updateComplete;
    frames.start();
    await frames.painted();
    frames.stop();
    return this.nodes();
  },

  /** Number of nodes in the element's shadow tree (elements, text and comments, nested shadow roots included). */
  nodes() {
    return el.shadowRoot ? countNodes(el.shadowRoot) : 0;
  },

  /** Centre of the plot, in viewport px (where the wheel goes). */
  plotCentre() {
    const plot = el.shadowRoot ? el.shadowRoot.querySelector('[part~="plot"]') : el;
    const box = plot.getBoundingClientRect();
    return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + Math.min(box.height / 2, 120)) };
  },

  /** The visible window, ms. */
  window() {
    return el.start ? [el.start.getTime(), el.end.getTime()] : [0, 1];
  },

  startFrames() {
    frames.start();
  },

  /** Stops the frame clock; returns the rAF timestamps seen since startFrames(). */
  stopFrames() {
    return frames.stop();
  },

  /** Resolves once the frame in progress (or the next) is painted. */
  async painted() {
    frames.start();
    await frames.painted();
  },

  /**
   * Kiosk soak, set-up: `<alpine-timeline kiosk>` with its bundled Alpine dataset, on an
   * accelerated clock: idle countdown 0, idle timeout and attract interval 1 µs (0 turns the idle
   * reset and the tour off), so
   * each idle wait and each tour step comes as soon as a timer can fire, and timers under 1 ms as
   * message-channel tasks (browsers
   * hold nested timers to 4 ms at least, which would make the clock, not the element, the cost of a
   * step). Resolves once the marks are drawn.
   */
  async kioskStart() {
    acceleratedTimers();
    el = document.createElement('alpine-timeline');
    for (const [name, value] of [['kiosk', ''], ['idle-timeout', '0.000001'], ['idle-countdown', '0'], ['attract-interval', '600']]) el.setAttribute(name, value);
    el.addEventListener('timeline-select', (event) => {
      if (event.detail.reason !== 'tour') return;
      soak.steps++;
      soak.ids.push(event.detail.event.id);
      soak.onStep?.();
    });
    document.body.append(el);
    const deadline = performance.now() + 30_000;
    while (!el.shadowRoot?.querySelector(MARKS)) {
      if (performance.now() > deadline) throw new Error('the kiosk timeline did not draw');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const timeline = el.timeline;
    soak.stops = timeline.story?.length ? [...timeline.story] : timeline.events.filter((e) => e.milestone).map((e) => e.id);
    return { stops: soak.stops };
  },

  /**
   * Kiosk soak, one stretch: `resets` times, a touch (the tour stops; the idle timeout of 1 µs
   * resets the timeline at once: detail closed, whole timeline, default language), then
   * `stepsPerReset` tour steps. Ends frozen on the last stop (attract interval set to 600 s) so
   * that the DOM and the heap can be measured in the same state each time. Returns what was
   * done, ms, and any tour step that was not the expected stop (a reset restarts at the first).
   */
  async kioskRun(resets, stepsPerReset) {
    const t0 = performance.now();
    const wrong = [];
    const startSteps = soak.steps;
    for (let r = 0; r < resets; r++) {
      const from = soak.ids.length;
      await new Promise((resolve) => {
        soak.onStep = () => {
          if (soak.steps - startSteps < (r + 1) * stepsPerReset) return;
          soak.onStep = undefined;
          resolve(); // runs after the timer callback that took this step (its next step is scheduled, and cancelled by the next touch)
        };
        el.attractInterval = 1e-6;
        el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
      });
      soak.ids.slice(from).forEach((id, i) => {
        if (id !== soak.stops[i % soak.stops.length] && wrong.length < 5) wrong.push(`reset ${r + 1}, step ${i + 1}: ${id}`);
      });
      soak.ids.length = 0;
    }
    el.attractInterval = 600; // freeze (before the next step's timer fires: the update is a microtask)
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 500)); // the zoom to the last stop settles
    return { steps: soak.steps - startSteps, resets, ms: performance.now() - t0, wrong, selected: el.selected, phase: el.shadowRoot.querySelector('[part~="invitation"]') ? 'attract' : 'other' };
  },
};
/** setTimeout(f, 0) (and under 1 ms) as a message-channel task (no 4 ms clamp for nested timers); other delays as they are. */
function acceleratedTimers() {
  const nativeSet = window.setTimeout.bind(window);
  const nativeClear = window.clearTimeout.bind(window);
  const pending = new Map();
  let next = 2 ** 30; // far from the ids the browser gives
  const channel = new MessageChannel();
  channel.port1.onmessage = ({ data: id }) => {
    const run = pending.get(id);
    pending.delete(id);
    run?.();
  };
  window.setTimeout = (callback, ms, ...rest) => {
    if (typeof callback !== 'function' || Number(ms) >= 1) return nativeSet(callback, ms, ...rest);
    const id = next++;
    pending.set(id, () => callback(...rest));
    channel.port2.postMessage(id);
    return id;
  };
  window.clearTimeout = (id) => {
    if (!pending.delete(id)) nativeClear(id);
  };
}

/** The kiosk soak's counters. */
const soak = { steps: 0, ids: [], stops: [], onStep: undefined };
document.documentElement.dataset.ready = 'true';
