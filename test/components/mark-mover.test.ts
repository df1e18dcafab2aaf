import { expect } from '@open-wc/testing';
import { html, render, svg } from 'lit';
import { MarkMover } from '../../src/components/timeline/mark-mover.js';
import { markItems, renderMarks, renderStems, type MarksContext, type PlotRows } from '../../src/components/timeline/render-marks.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { styleMap } from '../../src/internal/style-map.js';
import { moveLayout } from '../../src/layout/move-layout.js';
import { timelineExtent } from '../../src/layout/time-scale.js';
import { layoutTimeline, type TimelineLayout } from '../../src/layout/timeline-layout.js';
import { zoomWindow, type TimeWindow } from '../../src/layout/view-window.js';
import { generatedTimeline } from '../fixtures/generated-timeline.js';

const timeline = generatedTimeline;
const extent = timelineExtent(timeline);
const rows: PlotRows = { axisY: 60, clusterY: 64, laneTop: 92, laneHeight: 46 };
const ctx: MarksContext = {
  lang: 'en',
  defaultLanguage: 'en',
  strings: stringsFor('en'),
  selected: null,
  tabStop: undefined,
  onSelect: () => undefined,
  onCluster: () => undefined,
  clusterSplits: () => true,
};

const layoutAt = (window: TimeWindow): TimelineLayout =>
  layoutTimeline(timeline, { width: 900, window, labelWidth: (e) => 60 + (e.index % 7) * 20, maxLanes: 6, minLabelWidth: 30 });

/** The plot's marks as the element renders them (eras, stems and bars, the list). */
const plot = (layout: TimelineLayout) =>
  html`<div part="plot">
    ${layout.eras.map((p) => html`<div part="era" data-id=${p.era.id} style=${styleMap({ left: `${p.x0}px`, width: `${Math.max(0, p.x1 - p.x0)}px` })}></div>`)}
    <svg width="900" height="400">${svg`${renderStems(layout, rows)}`}</svg>
    <ol part="events">${renderMarks(layout, rows, ctx)}</ol>
  </div>`;

/** What the mover writes, as found in the DOM. */
function drawing(container: HTMLElement) {
  const root = container.querySelector('[part="plot"]')!;
  return {
    marks: [...root.querySelectorAll<HTMLElement>('ol > li')].map((li) => `${li.dataset.id ?? li.dataset.count} ${li.style.transform} [${li.getAttribute('class')}]`),
    stems: [...root.querySelectorAll('path.stem')].map((p) => p.getAttribute('d')),
    bars: [...root.querySelectorAll('rect')].map((r) => `${r.getAttribute('x')} ${r.getAttribute('width')} [${r.getAttribute('class')}]`),
    eras: [...root.querySelectorAll<HTMLElement>('[part="era"]')].map((e) => `${e.style.left} ${e.style.width}`),
  };
}

describe('MarkMover', () => {
  const start = layoutAt(zoomWindow(extent, 2, (extent[0] + extent[1]) / 2));
  let a: HTMLElement;
  let b: HTMLElement;
  beforeEach(() => {
    a = document.body.appendChild(document.createElement('div'));
    b = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    a.remove();
    b.remove();
  });

  it('leaves the marks where a render of the moved layout puts them (zoom out, zoom in, pan)', () => {
    const windows: TimeWindow[] = [
      zoomWindow(start.window, 1 / 1.6, (start.window[0] + start.window[1]) / 2),
      zoomWindow(start.window, 1.5, start.window[0] + 1e11),
      [start.window[0] + 4e10, start.window[1] + 4e10],
    ];
    for (const window of windows) {
      const moved = moveLayout(timeline, start, window);
      render(plot(start), a);
      const mover = new MarkMover();
      expect(mover.move(a.querySelector('[part="plot"]')!, start, moved, rows)).to.equal(true);
      render(plot(moved), b);
      expect(drawing(a)).to.deep.equal(drawing(b));
      mover.undo();
    }
    // the zoom out covered labels: the mover hid them as a render would
    expect(drawing(a).marks.length).to.be.greaterThan(20);
    const out = moveLayout(timeline, start, windows[0]!);
    expect(out.events.some((p) => p.covered)).to.equal(true);
  });

  it('undoes its writes, so that Lit renders over moved marks as over its own', () => {
    const moved = moveLayout(timeline, start, zoomWindow(start.window, 1 / 1.6, (start.window[0] + start.window[1]) / 2));
    render(plot(start), a);
    const mover = new MarkMover();
    mover.move(a.querySelector('[part="plot"]')!, start, moved, rows);
    expect(a.querySelectorAll('.covered').length).to.be.greaterThan(0);
    mover.undo();
    // Lit compares with what it committed: the same layout again writes nothing, and the DOM is right only if the mover undid its writes
    render(plot(start), a);
    render(plot(start), b);
    expect(drawing(a)).to.deep.equal(drawing(b));
    expect(a.querySelectorAll('.covered').length).to.equal(0);
  });

  it('writes nothing and says so when the DOM holds other marks than the layout moved', () => {
    const other = layoutAt(zoomWindow(start.window, 40, start.window[0] + 2e11));
    render(plot(start), a);
    const before = drawing(a);
    const mover = new MarkMover();
    const moved = moveLayout(timeline, other, zoomWindow(other.window, 1.2, other.window[0]));
    expect(markItems(moved).length).to.not.equal(markItems(start).length);
    expect(mover.move(a.querySelector('[part="plot"]')!, other, moved, rows)).to.equal(false);
    expect(drawing(a)).to.deep.equal(before);
  });
});
