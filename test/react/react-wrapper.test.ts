/**
 * The React wrapper (`alpine-timeline/react`, src/react/index.ts) rendered by React 19 in
 * Chromium. React is CommonJS, so `scripts/bundle-react-test.mjs` (run by `npm test` before
 * web-test-runner) bundles react, react-dom and the wrapper into one ES module, loaded here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport, resetMouse } from '@web/test-runner-commands';
import type * as ReactModule from 'react';
import type { Root } from 'react-dom/client';
import type { AlpineTimeline as Wrapper, AlpineTimelineElement, AlpineTimelineProps, AlpineTimelineWritableProperty } from '../../src/react/index.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineDeselectEvent, TimelineLoadEvent, TimelineSelectEvent } from '../../src/events/index.js';

/**
 * Centre of an element in viewport pixels, for `sendMouse`. Not from ../helpers.js: that defines
 * the element from src/, so the wrapper's class would not be the one defined. (Assertions here
 * compare elements as booleans: a failing chai assertion on an element inspects it at length.)
 */
function centre(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

interface ReactTestBundle {
  React: typeof ReactModule;
  createRoot: (container: Element) => Root;
  flushSync: (fn: () => void) => void;
  AlpineTimeline: typeof Wrapper;
  AlpineTimelineElement: typeof AlpineTimelineElement;
}

const BUNDLE: string = '/node_modules/.cache/alpine-timeline/react-test.js';

async function loadBundle(): Promise<ReactTestBundle> {
  try {
    return (await import(BUNDLE)) as ReactTestBundle;
  } catch (error) {
    throw new Error(`${BUNDLE} could not be loaded: run \`node scripts/bundle-react-test.mjs\` first (npm test does). ${String(error)}`, { cause: error });
  }
}

/** The props that are the element's properties (a type error if one is missing or not a prop). */
const WRITABLE: Record<AlpineTimelineWritableProperty, true> = {
  data: true,
  src: true,
  selected: true,
  hideOverview: true,
  wheelZoom: true,
  deepLink: true,
  theme: true,
  kiosk: true,
  idleTimeout: true,
  idleCountdown: true,
  attractInterval: true,
  fullscreen: true,
  orientation: true,
  mode: true,
  listView: true,
};

const dataset: TimelineDataset = {
  title: 'React test',
  events: [
    { id: 'first', date: '1955', title: 'First' },
    { id: 'second', date: '1969', title: 'Second', milestone: true },
    { id: 'third', date: '2017', title: 'Third' },
  ],
};

describe('alpine-timeline/react', () => {
  let vendor: ReactTestBundle;
  let container: HTMLDivElement;
  let root: Root;

  before(async () => {
    vendor = await loadBundle();
  });
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    container = document.createElement('div');
    container.style.width = '1000px';
    document.body.append(container);
    root = vendor.createRoot(container);
  });
  afterEach(async () => {
    vendor.flushSync(() => root.unmount());
    container.remove();
    await resetMouse();
  });

  function render(props: AlpineTimelineProps): AlpineTimelineElement {
    vendor.flushSync(() => root.render(vendor.React.createElement(vendor.AlpineTimeline, props)));
    return container.querySelector('alpine-timeline')!;
  }
  const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];

  it('renders <alpine-timeline> with the data prop set as a property, and draws its marks', async () => {
    const el = render({ data: dataset });
    expect(el instanceof vendor.AlpineTimelineElement, 'the element is the wrapper\'s class').to.equal(true);
    expect(el.data === dataset, 'data set as a property').to.equal(true); // not a "[object Object]" attribute
    expect(el.hasAttribute('data')).to.equal(false);
    await waitUntil(() => marks(el).length === 3, 'no marks drawn');
    expect(marks(el).map((m) => m.dataset['id'])).to.deep.equal(['first', 'second', 'third']);
    expect(marks(el).map((m) => m.dataset['year'])).to.deep.equal(['1955', '1969', '2017']);
    expect(marks(el)[1]!.part.contains('milestone')).to.equal(true);
  });

  it('forwards a click on a mark as timeline-select to onTimelineSelect', async () => {
    const selected: Array<{ id: string; reason: string; type: string }> = [];
    const el = render({
      data: dataset,
      onTimelineSelect: (e: TimelineSelectEvent) => selected.push({ id: e.detail.event.id, reason: e.detail.reason, type: e.type }),
    });
    await waitUntil(() => marks(el).length === 3, 'no marks drawn');
    await el.updateComplete;
    await sendMouse({ type: 'click', position: centre(marks(el)[1]!.querySelector('button')!) });
    await waitUntil(() => selected.length > 0, 'onTimelineSelect was not called');
    expect(selected).to.deep.equal([{ id: 'second', reason: 'pointer', type: 'timeline-select' }]);
    expect(el.selected).to.equal('second');
  });

  it('forwards the detail view closing as timeline-deselect to onTimelineDeselect', async () => {
    const cleared: Array<{ id: string; reason: string }> = [];
    const el = render({ data: dataset, selected: 'second', onTimelineDeselect: (e: TimelineDeselectEvent) => cleared.push({ ...e.detail }) });
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="detail-close"]'), 'no detail view for the selected prop');
    await sendMouse({ type: 'click', position: centre(el.shadowRoot!.querySelector('[part~="detail-close"]')!) });
    await waitUntil(() => cleared.length > 0, 'onTimelineDeselect was not called');
    expect(cleared).to.deep.equal([{ id: 'second', reason: 'pointer' }]);
    expect(el.selected).to.equal(null);
  });

  it('calls onTimelineLoad and onTimelineError, and updates properties and attributes on re-render', async () => {
    const loads: TimelineLoadEvent[] = [];
    const errors: string[][] = [];
    const handlers = {
      onTimelineLoad: (e: TimelineLoadEvent) => loads.push(e),
      onTimelineError: (e: CustomEvent<{ problems: ReadonlyArray<{ path: string }> }>) => errors.push(e.detail.problems.map((p) => p.path)),
    };
    const el = render({ data: dataset, ...handlers });
    await waitUntil(() => loads.length === 1, 'onTimelineLoad was not called');
    expect(loads[0]!.detail.origin).to.equal('data');

    render({ data: dataset, selected: 'third', lang: 'fr', ...handlers });
    await el.updateComplete;
    expect(el.selected).to.equal('third');
    expect(el.getAttribute('lang')).to.equal('fr');

    render({ data: { title: 'Broken', events: [{ id: 'x', date: '1969-13', title: 'X' }] }, ...handlers });
    await waitUntil(() => errors.length === 1, 'onTimelineError was not called');
    expect(errors[0]).to.deep.equal(['events[0].date']);
    expect(marks(el).map((m) => m.dataset['id'])).to.deep.equal(['first', 'second', 'third']); // the last valid dataset stays
  });

  it('forwards timeline-range-change to onTimelineRangeChange', async () => {
    const ranges: Array<{ start: number; end: number }> = [];
    const ref = vendor.React.createRef<AlpineTimelineElement>();
    const el = render({
      data: dataset,
      ref,
      onTimelineRangeChange: (e) => ranges.push({ start: +e.detail.start, end: +e.detail.end }),
    });
    await waitUntil(() => marks(el).length === 3, 'no marks drawn');
    ranges.length = 0;
    ref.current!.zoomBy(4, { animate: false });
    await waitUntil(() => ranges.length > 0, 'onTimelineRangeChange was not called');
    const last = ranges[ranges.length - 1]!;
    expect(last.end - last.start).to.be.greaterThan(0);
    expect(+el.end! - +el.start!).to.equal(last.end - last.start);
  });

  it("takes every reactive property of the element as a prop (and only those: test/react/react-props.type-test.ts)", async () => {
    expect(Object.keys(WRITABLE).sort()).to.deep.equal([...vendor.AlpineTimelineElement.elementProperties.keys()].map(String).sort());
    const el = render({ data: dataset, theme: 'dark', mode: 'story', kiosk: true, idleTimeout: 30, listView: true, hideOverview: true, id: 'history' });
    await el.updateComplete;
    expect([el.theme, el.mode, el.kiosk, el.idleTimeout, el.listView, el.hideOverview, el.id]).to.deep.equal(['dark', 'story', true, 30, true, true, 'history']);
  });

  it('gives the element through ref, and removes listeners when a handler prop goes away', async () => {
    const ref = vendor.React.createRef<AlpineTimelineElement>();
    let calls = 0;
    const el = render({ data: dataset, ref, onTimelineSelect: () => calls++ });
    expect(ref.current === el, 'ref gives the element').to.equal(true);
    await waitUntil(() => marks(el).length === 3, 'no marks drawn');
    expect(ref.current!.select('first')).to.equal(true);
    expect(calls).to.equal(1);
    render({ data: dataset, ref });
    ref.current!.select('third');
    expect(calls).to.equal(1);
  });
});
