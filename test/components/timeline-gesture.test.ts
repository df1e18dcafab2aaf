import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, marks, part, timelineFixture } from '../helpers.js';

/** 3,000 events over 1900–2019, titles of different lengths: every lane is full when fitted. */
const crowded: TimelineDataset = {
  title: 'Crowded',
  events: Array.from({ length: 3000 }, (_, i) => ({
    id: `e${i}`,
    date: `${1900 + ((i * 37) % 120)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: `Event ${i} ${'with a longer title '.slice(0, 4 + (i % 16))}`,
    milestone: i % 40 === 0,
  })),
};

const wheel = (x: number, y: number, deltaY: number, modifiers = 0) => executeServerCommand('input-wheel', { x, y, deltaX: 0, deltaY, modifiers });

interface Frame {
  /** The mark elements on screen. */
  readonly nodes: Set<Element>;
  /** Where they are. */
  readonly positions: string;
  readonly covered: number;
  readonly time: number;
  /** Pairs of shown labels drawn over each other. */
  readonly overlaps: string[];
}

/** Records every frame until `stop()`: which mark elements exist, and whether shown labels overlap. */
function recordFrames(el: AlpineTimeline): { frames: Frame[]; stop: () => void } {
  const frames: Frame[] = [];
  let running = true;
  const tick = (time: number) => {
    if (!running) return;
    const all = marks(el);
    const shown = all.filter((li) => !li.classList.contains('covered')).map((li) => ({ id: li.dataset.id, box: li.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (const a of shown) {
      for (const b of shown) {
        if (a === b || Math.abs(a.box.top - b.box.top) > 1) continue; // another lane
        if (a.box.left < b.box.left && a.box.right > b.box.left + 0.5) overlaps.push(`${a.id}/${b.id}`);
      }
    }
    frames.push({ nodes: new Set(all), positions: all.map((li) => li.style.transform).join(), covered: all.length - shown.length, time, overlaps });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { frames, stop: () => (running = false) };
}

const span = (el: AlpineTimeline) => el.end!.getTime() - el.start!.getTime();

describe('<alpine-timeline> during a zoom', () => {
  // the zoom of zoomBy() is animated (other test files run with reduced motion)
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));
  it('moves the marks it has between layouts, never shows two labels over each other, and lays out again when the zoom stops', async () => {
    const el = await drawn(await timelineFixture(crowded));
    expect(el.currentOrientation).to.equal('horizontal');
    const full = span(el);
    el.zoomBy(4, { animate: false });
    await waitUntil(() => span(el) < full / 3, 'zoomBy(4) did not zoom');
    await new Promise((resolve) => setTimeout(resolve, 300)); // settled
    const recording = recordFrames(el);
    // an animated zoom out (450 ms): the labels come together
    el.zoomBy(1 / 3);
    await waitUntil(() => span(el) > full * 0.6, 'the animated zoom out did not happen', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 400)); // settled: laid out again
    recording.stop();
    const { frames } = recording;
    expect(frames.length).to.be.greaterThan(5);
    // Frames in which the marks were moved, not rebuilt: the same elements as the frame before, elsewhere.
    const moved = frames.filter((f, i) => {
      const previous = frames[i - 1];
      return previous && f.positions !== previous.positions && f.nodes.size === previous.nodes.size && [...f.nodes].every((n) => previous.nodes.has(n));
    });
    // (only a machine that draws frames less than 120 ms apart gets moved frames: a loaded one
    // may lay out on every frame, which is what it should do then)
    const quick = frames.filter((f, i) => i > 1 && f.time - frames[i - 2]!.time < 80).length;
    const story = frames
      .map((f, i) => `${Math.round(f.time)}:${f.nodes.size}${i && f.positions !== frames[i - 1]!.positions ? 'm' : ''}${i && [...f.nodes].some((n) => !frames[i - 1]!.nodes.has(n)) ? 'n' : ''}${f.covered ? `c${f.covered}` : ''}`)
      .join(' ');
    if (quick >= 3) expect(moved.length, `no frame moved the existing marks (time:marks, m moved, n new nodes, c covered: ${story})`).to.be.greaterThan(0);
    else console.warn(`timeline-gesture: frames too far apart on this machine to check moved frames (${frames.map((f) => Math.round(f.time)).join(', ')})`);
    // the zoom out brought labels together: some were hidden rather than drawn over others
    expect(frames.some((f) => f.covered > 0), 'no label was covered during the zoom out').to.equal(true);
    for (const f of frames) expect(f.overlaps, 'labels drawn over each other').to.deep.equal([]);
    // stopped: a full layout, with nothing covered
    expect(frames.at(-1)!.covered).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('.covered').length).to.equal(0);
  });

  it('after a fast Ctrl + wheel zoom in, the plot is laid out: about as many labels as a fresh layout of that window', async () => {
    const el = await drawn(await timelineFixture(crowded));
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const [x, y] = [Math.round(plot.left + plot.width / 2), Math.round(plot.top + 100)];
    const before = span(el);
    for (let i = 0; i < 12; i++) await wheel(x, y, -10, 2);
    await waitUntil(() => span(el) < before / 3, 'Ctrl + wheel did not zoom in');
    await new Promise((resolve) => el.addEventListener('timeline-range-change', resolve, { once: true }));
    await el.updateComplete;
    const shown = marks(el).map((li) => li.dataset.id);
    expect(el.shadowRoot!.querySelectorAll('.covered').length).to.equal(0);
    // The same window drawn from scratch by another element: about as many labels (the gesture
    // keeps the labels it had where they still fit, which packs a little less tightly).
    const fresh = await drawn(await timelineFixture(crowded));
    fresh.zoomTo(el.start!, el.end!, { animate: false });
    await fresh.updateComplete;
    expect(shown.length).to.be.at.least(Math.floor(marks(fresh).length * 0.75));
  });

  it('animates a double-click zoom (without reduced motion), through spans between the two', async () => {
    const el = await drawn(await timelineFixture());
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const before = span(el);
    const spans: number[] = [];
    let running = true;
    const tick = () => {
      if (!running) return;
      spans.push(span(el));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    await executeServerCommand('input-dblclick', { x: Math.round(plot.left + plot.width / 3), y: Math.round(plot.bottom - 12) });
    await waitUntil(() => Math.abs(span(el) / before - 0.5) < 0.01, 'the double-click did not zoom in twice', { timeout: 5000 });
    running = false;
    const between = spans.filter((s) => s < before * 0.98 && s > before * 0.52);
    expect(between.length, `spans seen: ${spans.map((s) => (s / before).toFixed(2)).join(' ')}`).to.be.at.least(2);
  });
});
