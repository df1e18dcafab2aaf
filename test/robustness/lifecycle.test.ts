/**
 * Issue #8.5: long lives. Connecting, disconnecting and reconnecting an element 1,000 times, and
 * many instances with different data, leave no listener, observer, timer or node behind, and
 * instances never share state. Evidence comes from the DevTools protocol after a forced garbage
 * collection (test/robustness/wtr-robustness.mjs): event listeners on window and document
 * (DOMDebugger), live ResizeObserver / MutationObserver / AbortController / <alpine-timeline>
 * objects (Runtime.queryObjects), the Nodes and JSEventListeners counters
 * (Performance.getMetrics), and live timers made by library code (track-timers.ts, imported
 * first so it wraps the timer functions before the element loads).
 */
import { liveTimers } from './track-timers.js';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineSelectEvent } from '../../src/events/index.js';
import { markIds, partText, settle, takePageErrors } from './guard.js';

const PROTOTYPES = [
  'ResizeObserver.prototype',
  'MutationObserver.prototype',
  'IntersectionObserver.prototype',
  'AbortController.prototype',
  'HTMLCanvasElement.prototype',
  "customElements.get('alpine-timeline').prototype",
  'ShadowRoot.prototype',
];

interface Snapshot {
  readonly listeners: string[];
  readonly objects: Record<string, number>;
  readonly metrics: Record<string, number>;
  readonly domElements: number;
  readonly timers: { kind: string; at: string }[];
}

/** All elements of the document, inside open shadow roots too. */
function countElements(root: ParentNode = document): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += 1 + countElements(el.shadowRoot);
  }
  return n;
}

async function snapshot(): Promise<Snapshot> {
  await aTimeout(400); // a removed element is released once the tasks in flight at its removal are done
  const listeners = await executeServerCommand<{ target: string; type: string; useCapture: boolean }[], unknown>('robustness-listeners', { targets: ['window', 'document', 'document.documentElement', 'document.body'] });
  const objects = await executeServerCommand<Record<string, number>, unknown>('robustness-objects', { prototypes: PROTOTYPES });
  const metrics = await executeServerCommand<Record<string, number>, unknown>('robustness-metrics');
  return {
    listeners: listeners!.map((l) => `${l.target} ${l.type}${l.useCapture ? ' (capture)' : ''}`).sort(),
    objects: objects!,
    metrics: metrics!,
    domElements: countElements(),
    timers: liveTimers(),
  };
}

function dataset(n: number, events = 5): TimelineDataset {
  return {
    title: `Dataset ${n}`,
    eras: [{ id: `era-${n}`, label: `Era ${n}`, start: String(1900 + n) }],
    events: Array.from({ length: events }, (_, i) => ({ id: `d${n}-e${i}`, date: String(1900 + n + i * 7), title: `Event ${i} of ${n}`, milestone: i === 0 })),
  };
}

/**
 * A snapshot once removed elements had their chance to be collected: Chromium sometimes keeps a
 * just-removed element for up to a second or so after a forced GC (released later without
 * anything being done), so this polls for up to 5 s while objects are above the baseline.
 */
async function settledSnapshot(before: Snapshot): Promise<Snapshot> {
  const deadline = performance.now() + 5000;
  for (;;) {
    const now = await snapshot();
    const above = Object.entries(now.objects).some(([k, n]) => n > before.objects[k]!);
    if (!above || performance.now() > deadline) return now;
  }
}

function expectSameAsBaseline(before: Snapshot, after: Snapshot): void {
  expect(after.listeners, 'listeners on window, document, <html>, <body>').to.deep.equal(before.listeners);
  // Chromium may keep the most recently removed element alive after GC (one, whatever the number
  // of instances created: a single slot, not a leak), so one element's worth is allowed, no more.
  for (const [prototype, n] of Object.entries(after.objects)) {
    // (an element watches with three ResizeObservers: the widths, its plot's height and its own,
    // and a fourth for its labels' text spacing; and with up to three MutationObservers)
    const oneElement = /^ResizeObserver/.test(prototype) ? 4 : /^MutationObserver/.test(prototype) ? 3 : 1;
    expect(n, `live ${prototype.replace('.prototype', '')} objects after GC`).to.be.at.most(before.objects[prototype]! + oneElement);
  }
  expect(after.domElements, 'elements in the document and its shadow roots').to.equal(before.domElements);
  expect(after.timers, 'live timers made by library code').to.deep.equal([]);
  // One element's worth of nodes too: the kept element and its shadow tree (about 63 while loading,
  // and 3 or 4 for the probe of its labels' text spacing).
  expect(after.metrics['Nodes']!, 'Nodes after GC').to.be.at.most(before.metrics['Nodes']! + 75);
  expect(after.metrics['JSEventListeners']!, 'JSEventListeners after GC').to.be.at.most(before.metrics['JSEventListeners']! + 5);
}

describe('robustness: lifecycle', () => {
  let baseline: Snapshot;
  let container: HTMLDivElement;

  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    container = document.createElement('div');
    document.body.append(container);
    // Warm-up: first-use caches (Lit templates, date formatters, the parsed default dataset).
    for (const data of [undefined, dataset(0)]) {
      const el = document.createElement('alpine-timeline');
      if (data) el.data = data;
      container.append(el);
      await waitUntil(() => markIds(el).length > 0, 'warm-up not drawn');
      el.select(el.timeline!.events[1]!.id);
      await settle(el);
      el.remove();
    }
    // …including the templates of every feature (Lit keeps one prepared <template> per template
    // literal for the life of the page: a first use of kiosk or list view adds nodes for good).
    await allFeatures(container, 10);
    await aTimeout(100);
    const TIMELINES = "customElements.get('alpine-timeline').prototype";
    baseline = await snapshot();
    for (let i = 0; i < 10 && baseline.objects[TIMELINES]! > 0; i++) baseline = await snapshot(); // warm-up elements collected
    takePageErrors();
  });

  after(() => container.remove());

  afterEach(() => expect(takePageErrors(), 'errors that reached window').to.deep.equal([]));

  it('connect, disconnect and reconnect one element 1,000 times: nothing left behind', async function () {
    this.timeout(60_000);
    await reconnectMany(container);
    const after = await settledSnapshot(baseline);
    console.log(`after removal and GC: baseline ${JSON.stringify({ nodes: baseline.metrics['Nodes'], listeners: baseline.metrics['JSEventListeners'], heap: baseline.metrics['JSHeapUsedSize'] })}, now ${JSON.stringify({ nodes: after.metrics['Nodes'], listeners: after.metrics['JSEventListeners'], heap: after.metrics['JSHeapUsedSize'] })}`);
    expectSameAsBaseline(baseline, after);
  });

  it('every feature switched on (kiosk, deep links, wheel zoom, list view, auto theme), reconnected 200 times: nothing left behind', async function () {
    this.timeout(60_000);
    await allFeatures(container, 200);
    expectSameAsBaseline(baseline, await settledSnapshot(baseline));
  });

  it('a disconnect during a src load leaves no request, timer or error behind', async () => {
    {
      const el = document.createElement('alpine-timeline');
      el.src = '/__test__/respond?ms=2000&file=/test/fixtures/tiny.json';
      container.append(el);
      await el.updateComplete;
      await aTimeout(50);
      expect(liveTimers().length, 'the time-out timer of the load').to.be.greaterThan(0);
      el.remove();
    }
    await aTimeout(100);
    expectSameAsBaseline(baseline, await settledSnapshot(baseline));
  });

  it('60 instances with different data, each drawn, selected and removed: nothing left behind', async function () {
    this.timeout(60_000);
    const started = performance.now();
    for (let n = 0; n < 60; n++) {
      const el = document.createElement('alpine-timeline');
      el.data = n % 3 === 0 ? JSON.stringify(dataset(n)) : dataset(n);
      if (n % 4 === 0) el.setAttribute('lang', ['fr', 'de', 'en'][n % 3]!);
      container.append(el);
      await waitUntil(() => markIds(el).length === 5, `instance ${n} not drawn`);
      el.select(`d${n}-e2`);
      if (n % 5 === 0) el.data = { title: 'broken', events: [{ id: 'x', date: 'never', title: 'X' }] };
      await el.updateComplete;
      el.remove();
    }
    console.log(`60 instances drawn and removed in ${Math.round(performance.now() - started)} ms`);
    const after = await settledSnapshot(baseline);
    expectSameAsBaseline(baseline, after);
  });

  it('several instances on one page never share state', async () => {
    await severalInstances(container); // in a function of its own, so that nothing here holds them
    expectSameAsBaseline(baseline, await settledSnapshot(baseline));
  });
});

async function reconnectMany(container: HTMLElement): Promise<void> {
  const el = document.createElement('alpine-timeline');
  try {
    el.data = dataset(1, 20);
    container.append(el);
    await waitUntil(() => markIds(el).length === 20, 'not drawn');
    await settle(el);
    const once = await snapshot();
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      el.remove();
      if (i % 100 === 0) await aTimeout(0); // sometimes stay disconnected for a task
      container.append(el);
      if (i % 10 === 0) await settle(el, 1); // sometimes let it render and resize
      if (i % 250 === 0) el.select(`d1-e${i % 20}`);
    }
    await settle(el);
    const took = performance.now() - started;
    expect(markIds(el)).to.have.length(20);
    expect(partText(el, 'title')).to.equal('Dataset 1');
    const during = await snapshot();
    console.log(`1,000 reconnections in ${Math.round(took)} ms; while connected: ${JSON.stringify({ nodes: during.metrics['Nodes'], listeners: during.metrics['JSEventListeners'], objects: during.objects })}`);
    // Still connected: exactly what it had after its first connection, not a thousand times that.
    expect(during.listeners, 'listeners on window/document while connected').to.deep.equal(once.listeners);
    expect(during.objects, 'live objects while connected').to.deep.equal(once.objects);
    expect(during.timers, 'live timers while connected').to.deep.equal(once.timers);
    expect(during.metrics['JSEventListeners']!, 'JSEventListeners while connected').to.be.at.most(once.metrics['JSEventListeners']! + 5);
  } finally {
    el.remove();
  }
}

async function allFeatures(container: HTMLElement, cycles: number): Promise<void> {
  const el = document.createElement('alpine-timeline');
  try {
    for (const a of ['kiosk', 'deep-link', 'wheel-zoom', 'list-view']) el.setAttribute(a, '');
    el.setAttribute('theme', 'auto');
    el.setAttribute('idle-timeout', '1');
    el.setAttribute('attract-interval', '1');
    el.data = dataset(2, 12);
    container.append(el);
    await waitUntil(() => el.timeline !== undefined, 'no dataset');
    for (let i = 0; i < cycles; i++) {
      el.remove();
      if (i % 20 === 0) await aTimeout(0);
      container.append(el);
      if (i % 10 === 0) await settle(el, 1);
      if (i % 50 === 0) {
        el.select(`d2-e${i % 12}`);
        el.zoomBy(2);
      }
    }
    await settle(el);
    await aTimeout(300);
  } finally {
    el.remove();
  }
}

async function severalInstances(container: HTMLElement): Promise<void> {
  {
    const els = Array.from({ length: 4 }, (_, n) => {
      const el = document.createElement('alpine-timeline');
      el.data = dataset(10 + n);
      container.append(el);
      return el;
    });
    const fifth = document.createElement('alpine-timeline'); // the default dataset
    container.append(fifth);
    await waitUntil(() => els.every((el) => markIds(el).length === 5) && markIds(fifth).length > 0, 'not all drawn');
    for (const [n, el] of els.entries()) expect(partText(el, 'title')).to.equal(`Dataset ${10 + n}`);

    // Selection is per element, and so are the events it fires.
    const selects = new Map<AlpineTimeline, string[]>();
    for (const el of [...els, fifth]) {
      selects.set(el, []);
      el.addEventListener('timeline-select', (e: TimelineSelectEvent) => selects.get(el)!.push(e.detail.event.id));
    }
    expect(els[1]!.select('d11-e3')).to.equal(true);
    expect(els[0]!.select('d11-e3'), 'an id of another instance').to.equal(false);
    await Promise.all(els.map((el) => settle(el, 1)));
    expect(els.map((el) => el.selected)).to.deep.equal([null, 'd11-e3', null, null]);
    expect([...selects.values()].map((ids) => ids.join())).to.deep.equal(['', 'd11-e3', '', '', '']);
    expect(els.map((el) => !!el.shadowRoot!.querySelector('[part~="detail"]'))).to.deep.equal([false, true, false, false]);

    // An invalid dataset on one instance: the error is its own.
    els[2]!.data = { title: 'broken', events: [{ id: 'x', date: '2021-02-30', title: 'X' }] };
    await Promise.all(els.map((el) => settle(el, 1)));
    expect(els.map((el) => el.problems.length > 0)).to.deep.equal([false, false, true, false]);
    expect(els.map((el) => !!el.shadowRoot!.querySelector('[part~="error"]'))).to.deep.equal([false, false, true, false]);
    expect(markIds(els[2]!)).to.deep.equal(dataset(12).events.map((e) => e.id));

    // Language is per element.
    els[3]!.setAttribute('lang', 'fr');
    els[3]!.select('d13-e0');
    els[0]!.select('d10-e0');
    await Promise.all(els.map((el) => settle(el, 1)));
    expect(els[3]!.locale).to.equal('fr');
    expect(els[0]!.locale).to.not.equal('fr');
    expect(els[3]!.shadowRoot!.querySelector('[part~="detail"]')!.textContent).to.match(/Étape clé/);
    expect(els[0]!.shadowRoot!.querySelector('[part~="detail"]')!.textContent).to.match(/Milestone/);

    // Data objects are not shared or mutated: the same object on two elements gives two timelines.
    const same = dataset(20);
    const frozen = JSON.stringify(same);
    els[0]!.data = same;
    els[1]!.data = same;
    await Promise.all(els.map((el) => settle(el, 1)));
    expect(els[0]!.timeline).to.not.equal(els[1]!.timeline);
    expect(JSON.stringify(same)).to.equal(frozen);
    expect(els[1]!.selected, 'selection dropped with the old dataset').to.equal(null);
    expect(markIds(fifth).length).to.be.greaterThan(5);

    for (const el of [...els, fifth]) el.remove();
    selects.clear();
  }
}
