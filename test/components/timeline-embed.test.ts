/**
 * The element on brand sites' pages, which it did not write: scaled by an ancestor's CSS
 * (`transform: scale()`, `zoom`), …. Real input through the DevTools protocol.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { centre, part } from '../helpers.js';

const ID = 'dieppe-plant-1969';

async function frames(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
}

/**
 * A page that scrolls: `above` (a site's fixed header, say), 300 px of text, the element with
 * `mode`, `orientation` and `style`, then `below` px of text.
 */
async function inLongPage(attrs: { mode?: string; orientation?: string; style: string }, { above = html``, below = 900 } = {}): Promise<AlpineTimeline> {
  const root = await fixture<HTMLElement>(
    html`<div>${above}<p style="height: 300px; margin: 0">Intro</p><alpine-timeline mode=${attrs.mode ?? nothing} orientation=${attrs.orientation ?? nothing} style=${attrs.style}></alpine-timeline><p style="height: ${below}px">The page goes on.</p></div>`,
  );
  return root.querySelector<AlpineTimeline>('alpine-timeline')!;
}

/** Back to the top of the page and the default viewport (after a test that scrolled on a phone). */
async function backToTop(): Promise<void> {
  scrollTo(0, 0);
  await setViewport({ width: 1280, height: 800 });
}

describe('<alpine-timeline> in a page that scales it', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => resetMouse());

  for (const scaling of ['transform: scale(0.8); transform-origin: 0 0', 'zoom: 1.5']) {
    it(`${scaling}: a wheel zoom keeps the event under the pointer, and a drag moves the view with the mouse`, async () => {
      const root = await fixture<HTMLElement>(html`<div style=${scaling}><alpine-timeline></alpine-timeline></div>`);
      const el = root.querySelector<AlpineTimeline>('alpine-timeline')!;
      const marker = () => el.shadowRoot!.querySelector(`[part~="event"][data-id="${ID}"] [part~="marker"]`);
      await waitUntil(() => marker(), 'the 1969 mark was not drawn');
      await el.updateComplete;
      await frames();
      const [x, y] = centre(marker()!);
      await executeServerCommand('input-wheel', { x, y, deltaY: -300, modifiers: 2 }); // Ctrl + wheel zooms in
      await waitUntil(() => el.start!.getTime() > new Date('1955-01-01').getTime(), 'the wheel did not zoom');
      await el.updateComplete;
      await frames();
      const [x1] = centre(marker()!);
      expect(Math.abs(x1 - x), `the 1969 mark moved ${x1 - x} px from under the pointer`).to.be.at.most(2);

      const plot = part(el, 'plot')!.getBoundingClientRect();
      const dragY = Math.round(plot.bottom - 15);
      await sendMouse({ type: 'move', position: [x1, dragY] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 10; i++) await sendMouse({ type: 'move', position: [x1 - 10 * i, dragY] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      await frames();
      await aTimeout(50);
      const [x2] = centre(marker()!);
      expect(x2 - x1, 'how far the 1969 mark moved under a drag of 100 px to the left').to.be.closeTo(-100, 2);
    });
  }
});

describe('<alpine-timeline> in a text block that keeps line breaks', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));

  for (const whiteSpace of ['pre-line', 'pre-wrap', 'pre']) {
    it(`white-space: ${whiteSpace} on its container adds no blank lines around the timeline`, async () => {
      const root = await fixture<HTMLElement>(html`<div style="white-space: ${whiteSpace}"><alpine-timeline></alpine-timeline></div>`);
      const el = root.querySelector<AlpineTimeline>('alpine-timeline')!;
      await waitUntil(() => part(el, 'event'), 'nothing drawn');
      await el.updateComplete;
      await frames();
      const host = el.getBoundingClientRect();
      const base = part(el, 'base')!.getBoundingClientRect();
      expect(base.top - host.top, 'blank space above the timeline, px').to.equal(0);
      expect(host.bottom - base.bottom, 'blank space below the timeline, px').to.equal(0);
    });
  }
});

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<alpine-timeline> on a dark page whose reset sets every colour to inherit', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));

  it('"* { color: inherit }" under a light page text colour leaves the titles readable on the light theme', async () => {
    const root = await fixture<HTMLElement>(html`<div class="dark-site" style="color: rgb(238, 238, 238); background: rgb(17, 17, 17)">
      <style>.dark-site * { color: inherit; }</style>
      <alpine-timeline></alpine-timeline>
    </div>`);
    const el = root.querySelector<AlpineTimeline>('alpine-timeline')!;
    await waitUntil(() => part(el, 'event-title'), 'nothing drawn');
    await el.updateComplete;
    const background = getComputedStyle(el).backgroundColor;
    for (const name of ['title', 'event-title']) {
      const color = getComputedStyle(part(el, name)!).color;
      expect(contrast(color, background), `${name}: ${color} on ${background}`).to.be.at.least(4.5);
    }
  });
});

describe('<alpine-timeline> in a page\'s multi-column text', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));

  it('columns: 2 keeps the timeline whole in one column (header, plot and overview stacked)', async () => {
    const root = await fixture<HTMLElement>(html`<div style="columns: 2; width: 1240px"><p>An article's first paragraph.</p><alpine-timeline></alpine-timeline></div>`);
    const el = root.querySelector<AlpineTimeline>('alpine-timeline')!;
    await waitUntil(() => part(el, 'overview'), 'nothing drawn');
    await el.updateComplete;
    await frames();
    const [header, plot, overview] = ['header', 'plot', 'overview'].map((name) => part(el, name)!.getBoundingClientRect());
    expect([plot!.left, overview!.left], 'the plot and the overview start where the header does').to.deep.equal([header!.left, header!.left]);
    expect(header!.bottom, 'the plot under the header').to.be.at.most(plot!.top + 0.5);
    expect(plot!.bottom, 'the overview under the plot').to.be.at.most(overview!.top + 0.5);
  });
});

describe('<alpine-timeline> as a card of fixed height with overflow: hidden (rounded corners)', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('on a phone, the wheel scrolls the vertical layout inside it to its last event', async () => {
    await setViewport({ width: 375, height: 700 });
    const root = await fixture<HTMLElement>(html`<div><alpine-timeline style="height: 450px; overflow: hidden; border-radius: 16px"></alpine-timeline><p style="height: 900px">The page goes on.</p></div>`);
    const el = root.querySelector<AlpineTimeline>('alpine-timeline')!;
    await waitUntil(() => el.matches(':state(vertical):state(bounded)') && part(el, 'event'), 'no bounded vertical layout');
    await el.updateComplete;
    await frames();
    const last = () => [...el.shadowRoot!.querySelectorAll('[part~="event"]')].at(-1)!.getBoundingClientRect();
    const box = () => el.getBoundingClientRect();
    expect(last().top, 'the last event starts below the card').to.be.above(box().bottom);
    for (let i = 0; i < 8 && last().bottom > box().bottom; i++) {
      const [x, y] = centre(el);
      await executeServerCommand('input-wheel', { x, y: Math.max(y, 50), deltaY: 400 });
      await aTimeout(100);
    }
    expect(last().bottom - box().bottom, 'how far the last event is below the card\'s bottom edge, px').to.be.at.most(0.5);
    expect(last().top, 'the last event scrolled into the card').to.be.at.least(box().top);
  });
});

describe('<alpine-timeline> as a card with overflow: hidden (rounded corners) that grows with its content', () => {
  afterEach(backToTop);

  it('on a phone, an event opened far down the vertical layout shows its sheet on screen, and the era heading sticks', async () => {
    await setViewport({ width: 375, height: 700 });
    const el = await inLongPage({ style: 'overflow: hidden; border-radius: 16px' });
    await waitUntil(() => el.matches(':state(vertical)') && part(el, 'event'), 'no vertical layout');
    expect(el.matches(':state(bounded)')).to.be.false;
    await el.updateComplete;
    await frames();
    scrollTo(0, 900);
    await frames();
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"] button')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.top > 100 && r.bottom < innerHeight - 100;
    });
    expect(cards.length, 'cards on screen').to.be.above(0);
    const card = cards[Math.floor(cards.length / 2)]!;
    const r = card.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
    await waitUntil(() => part(el, 'detail'), 'the sheet did not open');
    await el.updateComplete;
    await aTimeout(300);
    const sheet = part(el, 'detail')!.getBoundingClientRect();
    expect(sheet.bottom - innerHeight, 'how far the sheet runs below the screen, px').to.be.at.most(0.5);
    const headings = [...el.shadowRoot!.querySelectorAll('[part~="era-label"]')].map((h) => Math.round(h.getBoundingClientRect().top));
    expect(headings, 'an era heading stuck to the top of the screen').to.include(0);
  });
});

describe('<alpine-timeline> in story mode, as a card with overflow: hidden that grows with its content', () => {
  afterEach(backToTop);

  it('on a phone, Previous / Next stay at the top of the screen while the page scrolls through a chapter', async () => {
    await setViewport({ width: 375, height: 600 });
    const el = await inLongPage({ mode: 'story', style: 'overflow: hidden; border-radius: 16px' });
    await waitUntil(() => el.matches(':state(story)') && el.shadowRoot!.querySelector('.story-nav'), 'no story');
    await el.updateComplete;
    await frames();
    const nav = el.shadowRoot!.querySelector('.story-nav')!;
    scrollTo(0, nav.getBoundingClientRect().top + scrollY + 150);
    await frames();
    expect(el.getBoundingClientRect().bottom, 'the chapter still on screen').to.be.above(200);
    expect(Math.round(nav.getBoundingClientRect().top), 'where Previous / Next are, px from the top of the screen').to.equal(0);
  });
});

describe('<alpine-timeline> under a site\'s fixed header (--at-sticky-top)', () => {
  const HEADER = html`<header style="position: fixed; inset: 0 0 auto; height: 64px; background: #123; z-index: 10"></header>`;
  afterEach(backToTop);

  it('on a phone, the era heading sticks below the header, and a card opened from the keyboard is brought into view below both', async () => {
    await setViewport({ width: 375, height: 700 });
    const el = await inLongPage({ style: '--at-sticky-top: 64px' }, { above: HEADER, below: 1200 });
    await waitUntil(() => el.matches(':state(vertical)') && part(el, 'event'), 'no vertical layout');
    await el.updateComplete;
    await frames();
    scrollTo(0, 900);
    await frames();
    const headings = [...el.shadowRoot!.querySelectorAll('[part~="era-label"]')].map((h) => Math.round(h.getBoundingClientRect().top));
    expect(headings, 'an era heading stuck right below the 64 px header').to.include(64);
    expect(headings, 'an era heading stuck under the header').to.not.include(0);
    // the last card, far below: focused by the keyboard (End), the page scrolls it into view
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"] button[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await frames();
    await aTimeout(100);
    const focused = el.shadowRoot!.activeElement!.getBoundingClientRect();
    const heading = el.shadowRoot!.querySelector<HTMLElement>('[part~="era-label"]')!.offsetHeight;
    expect(focused.top, 'the focused card stays clear of the header and the heading stuck below it, px from the top').to.be.at.least(64 + heading - 0.5);
  });

  it('in story mode, Previous / Next stay right below the header while the page scrolls through a chapter', async () => {
    await setViewport({ width: 375, height: 600 });
    const el = await inLongPage({ mode: 'story', style: '--at-sticky-top: 64px' }, { above: HEADER });
    await waitUntil(() => el.matches(':state(story)') && el.shadowRoot!.querySelector('.story-nav'), 'no story');
    await el.updateComplete;
    await frames();
    const nav = el.shadowRoot!.querySelector('.story-nav')!;
    scrollTo(0, nav.getBoundingClientRect().top + scrollY + 150);
    await frames();
    expect(Math.round(nav.getBoundingClientRect().top), 'where Previous / Next are, px from the top of the screen').to.equal(64);
  });

  it('on a wide page, the detail beside the vertical layout sticks below the header', async () => {
    await setViewport({ width: 1280, height: 700 });
    const el = await inLongPage({ orientation: 'vertical', style: '--at-sticky-top: 64px' }, { above: HEADER, below: 1200 });
    await waitUntil(() => el.matches(':state(vertical)') && part(el, 'event'), 'no vertical layout');
    el.select(ID);
    await waitUntil(() => part(el, 'detail'), 'no detail');
    await el.updateComplete;
    await frames();
    scrollTo(0, el.getBoundingClientRect().top + scrollY + 150);
    await frames();
    // (the timeline goes on below the detail: else the detail leaves with it, as it should)
    expect(el.getBoundingClientRect().bottom, 'room below the detail stuck under the header').to.be.above(64 + part(el, 'detail')!.offsetHeight + 24);
    expect(Math.round(part(el, 'detail')!.getBoundingClientRect().top), 'where the detail is, px from the top of the screen').to.equal(64);
  });
});

describe('<alpine-timeline> on a right-to-left page', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));

  for (const dir of ['ltr', 'rtl']) {
    it(`${dir}: the overview's density bars stand under its milestone ticks (the same time at the same place)`, async () => {
      const data = {
        title: 'Three events',
        events: [
          { id: 'a', date: '1950', title: 'First', milestone: true },
          { id: 'b', date: '1962', title: 'Second', milestone: true },
          { id: 'c', date: '2000', title: 'Third' },
        ],
      };
      const root = await fixture<HTMLElement>(html`<div dir=${dir}><alpine-timeline .data=${data}></alpine-timeline></div>`);
      const el = root.querySelector<AlpineTimeline>('alpine-timeline')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="overview"] path.density'), 'no overview');
      await el.updateComplete;
      const svgEl = el.shadowRoot!.querySelector<SVGSVGElement>('[part~="overview"] svg')!;
      const density = svgEl.querySelector<SVGPathElement>('path.density')!;
      const toSvg = svgEl.getScreenCTM()!.inverse().multiply(density.getScreenCTM()!);
      // each bar: "M<x> <y>h<w>…", its middle in the strip's coordinates
      const bars = [...density.getAttribute('d')!.matchAll(/M([\d.]+) [\d.]+h([\d.]+)/g)].map(([, x, w]) => new DOMPoint(Number(x) + Number(w) / 2, 0).matrixTransform(toSvg).x);
      const ticks = [...svgEl.querySelector('path.milestone')!.getAttribute('d')!.matchAll(/M([\d.]+) /g)].map(([, x]) => Number(x));
      expect(ticks.length, 'two milestone ticks').to.equal(2);
      for (const tick of ticks) {
        const nearest = Math.min(...bars.map((bar) => Math.abs(bar - tick)));
        expect(nearest, `px from the milestone tick at ${tick} to the nearest density bar (bars at ${bars.map(Math.round).join(', ')})`).to.be.at.most(3);
      }
    });
  }
});
