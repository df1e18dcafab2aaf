/**
 * The views read by scrolling (the list, story mode, the vertical layout). In an element whose
 * page bounds its height (`height` or `max-height`) they scroll inside it instead of running over
 * the page below it; an unbounded element grows and lets the page scroll, and paper shows
 * everything. An event opened anywhere in a long vertical layout shows its detail on screen.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { centre, part } from '../helpers.js';

/** A page with text above and below the element, which gets `style`. */
async function page(style: string, data?: TimelineDataset): Promise<{ el: AlpineTimeline; below: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`<div>
    <p style="height: 40px; margin: 0">Above</p>
    <alpine-timeline style=${style} .data=${data}></alpine-timeline>
    <p style="height: 900px; margin: 0">Below: the page's own text</p>
  </div>`);
  const el = root.querySelector('alpine-timeline')!;
  await waitUntil(() => el.shadowRoot!.querySelector(':is([part~="event"], [part~="cluster"])'), 'nothing drawn');
  await el.updateComplete;
  return { el, below: root.querySelector<HTMLElement>('p:last-child')! };
}

/** Whether the page's own text below the element is what a click there reaches (not covered). */
function uncovered(below: HTMLElement): boolean {
  const box = below.getBoundingClientRect();
  return document.elementFromPoint(box.left + 20, box.top + 10) === below;
}

async function click(target: Element): Promise<void> {
  const [x, y] = centre(target);
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/**
 * A horizontal plot 480 px wide and `height` tall (one column: the detail is a sheet), the 1969
 * mark opened by a click; checks the element kept its height and the sheet stays in it.
 */
async function openSheetIn(height: number): Promise<{ el: AlpineTimeline; below: HTMLElement; mark: () => HTMLElement; host: DOMRect }> {
  const { el, below } = await page(`width: 480px; height: ${height}px`);
  el.orientation = 'horizontal';
  await waitUntil(() => !el.matches(':state(vertical)') && el.shadowRoot!.querySelector('li[data-id="dieppe-plant-1969"] button'), 'no horizontal plot');
  await el.updateComplete;
  const mark = () => el.shadowRoot!.querySelector<HTMLElement>('li[data-id="dieppe-plant-1969"] button')!;
  await click(mark());
  await waitUntil(() => part(el, 'detail')?.dataset['id'] === 'dieppe-plant-1969', 'the sheet did not open');
  await el.updateComplete;
  await aTimeout(100);
  const host = el.getBoundingClientRect();
  expect(host.height, 'the element kept its height').to.equal(height);
  expect(uncovered(below), 'the sheet ran over the page below the timeline').to.be.true;
  return { el, below, mark, host };
}

async function wheelUntil(el: AlpineTimeline, done: () => boolean, what: string, deltaY = 300): Promise<void> {
  const box = el.getBoundingClientRect();
  for (let i = 0; i < 12 && !done(); i++) {
    await executeServerCommand('input-wheel', { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2), deltaY });
    await aTimeout(100);
  }
  expect(done(), what).to.be.true;
}

describe('<alpine-timeline> views read by scrolling', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => scrollTo(0, 0));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('scrolls the list and story mode inside a given height, over nothing of the page below', async () => {
    const { el, below } = await page('height: 400px');
    expect(uncovered(below), 'the page below the timeline is covered').to.be.true;
    expect(el.scrollHeight, 'the plot fits its height: nothing to scroll').to.equal(el.clientHeight);
    await click(part(el, 'list-toggle')!);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="list-item"]').length === 11, 'no list');
    expect(el.getBoundingClientRect().height, 'the element kept its height').to.equal(400);
    expect(uncovered(below), 'the list ran over the page below the timeline').to.be.true;
    const items = () => [...el.shadowRoot!.querySelectorAll('[part~="list-item"]')];
    const bottom = () => el.getBoundingClientRect().bottom;
    expect(items().at(-1)!.getBoundingClientRect().top, 'the last event starts below the element').to.be.above(bottom());
    await wheelUntil(el, () => items().at(-1)!.getBoundingClientRect().bottom <= bottom() + 0.5, 'the last event of the list was not reachable by the wheel');
    expect(scrollY, 'the element scrolled, not the page').to.equal(0);
    // story mode: its chapter scrolls within the element too (its button is at the top)
    await wheelUntil(el, () => el.scrollTop === 0, 'the wheel did not scroll the list back up', -300);
    await click(part(el, 'mode-toggle')!);
    await waitUntil(() => el.matches(':state(story)'), 'no story mode');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(400);
    expect(uncovered(below), 'story mode ran over the page below the timeline').to.be.true;
  });

  it('scrolls the list inside a given height in a browser without the typed computed style (Firefox)', async () => {
    const root = await fixture<HTMLElement>(html`<div><p style="margin: 0">Above</p></div>`);
    const el = document.createElement('alpine-timeline');
    Object.defineProperty(el, 'computedStyleMap', { value: undefined }); // as in Firefox
    el.style.height = '400px';
    root.append(el);
    const below = Object.assign(document.createElement('p'), { textContent: 'Below' });
    root.append(below);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'nothing drawn');
    el.listView = true;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="list-item"]').length === 11, 'no list');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(400);
    expect(uncovered(below), 'the list ran over the page below the timeline').to.be.true;
  });

  it('fills a given height and keeps to a short one in a browser without the typed computed style (Firefox)', async () => {
    /** An element as Firefox has it (no computedStyleMap), with `height` (or none), the Alpine data. */
    const firefox = async (height: string) => {
      const root = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('alpine-timeline');
      Object.defineProperty(el, 'computedStyleMap', { value: undefined }); // as in Firefox
      el.style.height = height;
      el.style.width = '1100px';
      root.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'nothing drawn');
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame); // the height seen, and laid out again
      await el.updateComplete;
      return el;
    };
    const gap = (el: AlpineTimeline) => el.getBoundingClientRect().bottom - part(el, 'overview')!.getBoundingClientRect().bottom;
    // a height shorter than the plot's own (a 1,024 x 768 kiosk): the plot gives up lanes, the overview stays inside
    const short = await firefox('330px');
    expect(gap(short), 'the overview ran out of a short element').to.be.within(-0.5, 1.5);
    // a tall one: filled, and still filled with an event open beside the plot
    const tall = await firefox('700px');
    expect(gap(tall), 'the overview is not at the bottom').to.be.within(-0.5, 1.5);
    tall.select('dieppe-plant-1969');
    await tall.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(gap(tall), 'the overview left the bottom when an event was opened').to.be.within(-0.5, 1.5);
    // no height: opening an event does not stretch the plot
    const natural = await firefox('');
    const overviewTop = part(natural, 'overview')!.getBoundingClientRect().top;
    natural.select('dieppe-plant-1969');
    await natural.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(part(natural, 'detail')!.getBoundingClientRect().height, 'the detail is taller than the plot').to.be.above(part(natural, 'plot')!.getBoundingClientRect().height);
    expect(part(natural, 'overview')!.getBoundingClientRect().top, 'the plot stretched with the detail').to.be.closeTo(overviewTop, 0.5);
  });

  it('runs nothing past the element on a phone: no overflow for a browser to take for a bounded height', async () => {
    await setViewport({ width: 375, height: 700 });
    try {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`);
      await waitUntil(() => el.matches(':state(vertical)') && el.shadowRoot!.querySelector('[part~="event"]'), 'no vertical layout');
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      // (the live region after the cards ran 1 px past the bottom: Firefox made the element a scroll box)
      expect(el.scrollHeight - el.clientHeight, 'px of content past the element').to.equal(0);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('keeps an element of no given height unbounded on a phone without the typed computed style (Firefox), though its content runs a pixel past it', async () => {
    // Firefox measured a visually hidden text one pixel past the element's bottom: bounded, the
    // element became a scroll box that never scrolls, and the era headings stuck in it, off screen
    await setViewport({ width: 375, height: 700 });
    try {
      const root = await fixture<HTMLElement>(html`<div><style>alpine-timeline::part(base) { margin-bottom: -2px }</style><p style="height: 300px; margin: 0">Above</p></div>`);
      const el = document.createElement('alpine-timeline');
      Object.defineProperty(el, 'computedStyleMap', { value: undefined }); // as in Firefox
      root.append(el, Object.assign(document.createElement('p'), { textContent: 'Below', style: 'height: 900px' }));
      await waitUntil(() => el.matches(':state(vertical)') && el.shadowRoot!.querySelector('[part~="event"]'), 'no vertical layout');
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      await el.updateComplete;
      expect(el.scrollHeight, 'the content runs past the element (else this test tells nothing)').to.be.above(el.clientHeight);
      expect(el.matches(':state(bounded)'), 'bounded, with no height given').to.equal(false);
      // the page scrolled 100 px into the second era's band, which runs on far below
      const band = el.shadowRoot!.querySelectorAll('[part~="era"]')[1]!;
      expect(band.getBoundingClientRect().height).to.be.above(250);
      scrollTo(0, scrollY + band.getBoundingClientRect().top + 100);
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      expect(Math.round(band.querySelector('[part~="era-label"]')!.getBoundingClientRect().top), 'where its heading is, px from the top of the screen').to.equal(0);
    } finally {
      scrollTo(0, 0);
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('scrolls a long vertical layout inside a max-height, drawing the rows the element scrolls to, even inside a shadow root', async () => {
    const data: TimelineDataset = {
      title: 'Very many',
      events: Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, date: `${1825 + Math.floor(i / 100)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, title: `Event ${i}` })),
    };
    // the element in another component's shadow root, whose scroll events never reach the document
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = wrapper.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<alpine-timeline orientation="vertical" style="max-height: 500px"></alpine-timeline><p>Below</p>';
    const el = shadow.querySelector('alpine-timeline')!;
    el.data = data;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="plot"].vertical :is([part~="event"], [part~="cluster"])'), 'no vertical timeline');
    el.zoomBy(32);
    await el.updateComplete;
    await waitUntil(() => el.scrollHeight > 20 * el.clientHeight, 'not zoomed in');
    expect(el.getBoundingClientRect().height).to.equal(500);
    // (booleans, not elements, in expectations: an element's failure report serialises its 20,000 events)
    const below = shadow.querySelector('p')!;
    const { left, top } = below.getBoundingClientRect();
    expect(shadow.elementFromPoint(left + 10, top + 5) === below, 'the layout ran over the text below it').to.be.true;
    const years = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"], [part~="cluster"]')].map((li) => Number(li.dataset['year']));
    expect(Math.max(...years())).to.be.lessThan(1900);
    await aTimeout(600); // the zoom's settling render is past: only the scroll can bring the end in
    expect(Math.max(...years())).to.be.lessThan(1900);
    // scrolled to its last tenth, the element draws the last years there, where they show
    el.scrollTop = el.scrollHeight * 0.9;
    await waitUntil(() => years().some((year) => year >= 1990), `the end of the timeline was not drawn after scrolling (${Math.min(...years())}–${Math.max(...years())})`);
    const box = el.getBoundingClientRect();
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"], [part~="cluster"]')].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
    expect(shown.length, 'no card where the element is scrolled to').to.be.above(2);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(3000);
  });

  it('keeps its header on top while a bounded view scrolls, with era headings and what focus reaches below it', async () => {
    const { el } = await page('height: 400px');
    const host = () => el.getBoundingClientRect();
    const headerBottom = () => part(el, 'header')!.getBoundingClientRect().bottom;
    await click(part(el, 'list-toggle')!);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="list-item"]').length === 11, 'no list');
    await el.updateComplete;
    const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"] button')];
    await wheelUntil(el, () => buttons().at(-1)!.getBoundingClientRect().bottom <= host().bottom + 0.5, 'the end of the list was not reachable');
    expect(el.scrollTop, 'the list scrolled inside the element').to.be.above(300);
    const atEnd = el.scrollTop;
    // the List toggle is still on screen and takes a click: back to the plot
    const toggle = part(el, 'list-toggle')!;
    const [x, y] = centre(toggle);
    expect(y >= host().top && y <= host().bottom, `the List toggle scrolled away (${Math.round(y)} px)`).to.be.true;
    expect(el.shadowRoot!.elementFromPoint(x, y) === toggle, 'the List toggle is covered').to.be.true;
    // Shift+Tab up the list: each button focused comes to rest below the header, not under it
    buttons().at(-1)!.focus();
    for (let i = 0; i < 6; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await aTimeout(50);
      const box = el.shadowRoot!.activeElement!.getBoundingClientRect();
      expect(box.top >= headerBottom() - 0.5 && box.bottom <= host().bottom + 0.5, `focus ${i + 1} at ${Math.round(box.top)}–${Math.round(box.bottom)} px, under the header (${Math.round(headerBottom())}) or out of the element`).to.be.true;
    }
    expect(el.scrollTop, 'Shift+Tab did not scroll the list back').to.be.below(atEnd - 200);
    await click(toggle);
    await waitUntil(() => !el.matches(':state(list)'), 'the List toggle did not go back to the plot');
    // the vertical layout: the era heading that sticks stops under the header
    el.orientation = 'vertical';
    await waitUntil(() => el.matches(':state(bounded)') && el.shadowRoot!.querySelector('[part~="era-label"]'), 'no bounded vertical layout');
    await el.updateComplete;
    el.scrollTop = el.scrollHeight / 2;
    await aTimeout(100);
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="era-label"]')].map((l) => l.getBoundingClientRect());
    const stuck = labels.filter((box) => box.bottom > host().top && box.top < headerBottom() + 1);
    expect(stuck.length, 'no era heading at the top').to.be.above(0);
    for (const box of stuck) expect(box.top, 'an era heading sticks under the header').to.be.at.least(headerBottom() - 0.5);
  });

  it("keeps an event's detail on screen beside a long vertical layout, where it was opened and as the page scrolls", async () => {
    const data: TimelineDataset = {
      title: 'Long',
      events: Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, date: String(1800 + i * 2), title: `Event number ${i}`, summary: `Summary of event ${i}.` })),
    };
    const { el } = await page('', data);
    el.orientation = 'vertical';
    await waitUntil(() => el.shadowRoot!.querySelector('li[data-id="e60"] .card'), 'no card for e60');
    const card = () => el.shadowRoot!.querySelector<HTMLElement>('li[data-id="e60"] .card')!;
    scrollTo(0, scrollY + card().getBoundingClientRect().top - 300);
    await el.updateComplete;
    await click(card());
    await waitUntil(() => part(el, 'detail')?.dataset['id'] === 'e60', 'the detail did not open');
    await el.updateComplete;
    await aTimeout(100);
    const onScreen = () => {
      const box = part(el, 'detail')!.getBoundingClientRect();
      return box.top >= -0.5 && box.bottom <= innerHeight + 0.5 && box.height > 50;
    };
    expect(onScreen(), `the detail opened off screen, at ${Math.round(part(el, 'detail')!.getBoundingClientRect().top)} px`).to.be.true;
    scrollTo(0, scrollY + 1500);
    await aTimeout(100);
    expect(onScreen(), 'the detail was left behind as the page scrolled').to.be.true;
  });

  it("keeps an event's detail on screen beside a long list, and the item opened", async () => {
    const data: TimelineDataset = {
      title: 'Long',
      events: Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, date: String(1800 + i * 2), title: `Event number ${i}`, summary: `Summary of event ${i}.` })),
    };
    const { el } = await page('', data);
    el.listView = true;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="list-item"]').length > 60, 'no list');
    const item = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')][60]!;
    item().scrollIntoView({ block: 'center' });
    await aTimeout(50);
    const at = scrollY;
    expect(at, 'the item is far down the page').to.be.above(2000);
    await click(item().querySelector('button') ?? item());
    await waitUntil(() => part(el, 'detail')?.dataset['id'] === 'e60', 'the detail did not open');
    await el.updateComplete;
    await aTimeout(100);
    const box = part(el, 'detail')!.getBoundingClientRect();
    expect(box.top >= -0.5 && box.bottom <= innerHeight + 0.5, `the detail opened off screen, at ${Math.round(box.top)} px`).to.be.true;
    const opened = item().getBoundingClientRect();
    expect(opened.top >= 0 && opened.bottom <= innerHeight, `opening the detail moved the page (by ${scrollY - at} px) and its item off screen`).to.be.true;
  });

  it("keeps an event's sheet inside a bounded phone-width element, its title and close button in sight", async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const { el } = await page('height: 400px');
      await waitUntil(() => el.matches(':state(vertical)') && el.shadowRoot!.querySelector('li[data-id="dieppe-plant-1969"] .card'), 'no vertical card');
      await click(el.shadowRoot!.querySelector('li[data-id="dieppe-plant-1969"] .card')!);
      await waitUntil(() => part(el, 'detail')?.dataset['id'] === 'dieppe-plant-1969', 'the sheet did not open');
      await aTimeout(600); // the card's smooth scroll into view
      const host = el.getBoundingClientRect();
      for (const name of ['detail-title', 'detail-close']) {
        const box = part(el, name)!.getBoundingClientRect();
        expect(box.top >= host.top - 0.5 && box.bottom <= host.bottom + 0.5, `${name} at ${Math.round(box.top)}–${Math.round(box.bottom)} px, out of the element (${host.top}–${host.bottom})`).to.be.true;
      }
      const sheet = part(el, 'detail')!.getBoundingClientRect();
      expect(sheet.height, 'the sheet leaves room for the card above it').to.be.at.most(0.7 * host.height);
    } finally {
      await setViewport({ width: 1200, height: 800 });
    }
  });

  it("keeps the plot's event sheet inside a given height on one column, the opened mark above it", async () => {
    const { el, below, mark, host } = await openSheetIn(400);
    const sheet = part(el, 'detail')!.getBoundingClientRect();
    expect(sheet.bottom <= host.bottom + 0.5 && sheet.top >= host.top, `the sheet (${Math.round(sheet.top)}–${Math.round(sheet.bottom)}) is out of the element (${host.top}–${host.bottom})`).to.be.true;
    const box = mark().getBoundingClientRect();
    expect(box.top >= host.top - 0.5 && box.bottom <= sheet.top + 0.5, `the opened mark (${Math.round(box.top)}–${Math.round(box.bottom)}) is not between the element's top (${Math.round(host.top)}) and the sheet (${Math.round(sheet.top)})`).to.be.true;
    // the rest of the plot and the overview are reached by scrolling the element (the wheel over
    // the sheet scrolls its text, then the element; over the plot, which has focus, it zooms)
    for (let i = 0; i < 12 && part(el, 'overview')!.getBoundingClientRect().bottom > sheet.top + 0.5; i++) {
      await executeServerCommand('input-wheel', { x: Math.round(sheet.left + 20), y: Math.round(sheet.bottom - 20), deltaY: 200 });
      await aTimeout(100);
    }
    expect(part(el, 'overview')!.getBoundingClientRect().bottom, 'the overview was not reachable above the sheet').to.be.at.most(sheet.top + 0.5);
    expect(scrollY, 'the element scrolled, not the page').to.equal(0);
    // closed, the element shows its plot again, unscrolled (the sheet's text scrolled back first)
    for (let i = 0; i < 12 && part(el, 'detail-close')!.getBoundingClientRect().top < part(el, 'detail')!.getBoundingClientRect().top; i++) {
      await executeServerCommand('input-wheel', { x: Math.round(sheet.left + 20), y: Math.round(sheet.bottom - 20), deltaY: -200 });
      await aTimeout(100);
    }
    const [cx, cy] = centre(part(el, 'detail-close')!);
    const hit = el.shadowRoot!.elementFromPoint(cx, cy);
    expect(hit === part(el, 'detail-close') || part(el, 'detail-close')!.contains(hit), `Close is covered, at ${cx},${cy}`).to.be.true;
    await click(part(el, 'detail-close')!);
    await waitUntil(() => !part(el, 'detail'), 'the sheet did not close');
    await el.updateComplete;
    await aTimeout(100);
    expect(part(el, 'base')!.scrollTop, 'still scrolled without its sheet').to.equal(0);
    expect(el.getBoundingClientRect().bottom - part(el, 'overview')!.getBoundingClientRect().bottom, 'the plot does not fill the height again').to.be.within(-0.5, 1.5);
    expect(uncovered(below)).to.be.true;
  });

  it("leaves the opened mark uncovered above the plot's sheet in a very short element (480 × 240), its Close button inside", async () => {
    const { el, mark, host } = await openSheetIn(240);
    const sheet = part(el, 'detail')!.getBoundingClientRect();
    const box = mark().getBoundingClientRect();
    const rect = (r: DOMRect) => `${Math.round(r.top)}–${Math.round(r.bottom)}`;
    expect(box.top >= host.top - 0.5 && box.bottom <= sheet.top + 0.5, `the opened mark (${rect(box)}) is not between the element's top (${Math.round(host.top)}) and the sheet (${rect(sheet)})`).to.be.true;
    const close = part(el, 'detail-close')!;
    const closeBox = close.getBoundingClientRect();
    expect(closeBox.top >= host.top - 0.5 && closeBox.bottom <= host.bottom + 0.5, `Close (${rect(closeBox)}) is out of the element (${rect(host)})`).to.be.true;
    const [cx, cy] = centre(close);
    const hit = el.shadowRoot!.elementFromPoint(cx, cy);
    expect(hit === close || close.contains(hit), `Close is covered, at ${cx},${cy}`).to.be.true;
    await click(close);
    await waitUntil(() => !part(el, 'detail'), 'the sheet did not close');
  });

  it("keeps the Close button of a long detail in its corner while the detail's text scrolls, beside and as a sheet", async () => {
    for (const width of [1200, 375]) {
      await setViewport({ width: Math.max(width, 375), height: 500 });
      try {
        const { el } = await page(`width: ${width}px`);
        el.orientation = 'horizontal';
        await waitUntil(() => !el.matches(':state(vertical)') && el.shadowRoot!.querySelector('li[data-id="dieppe-plant-1969"] button'), 'no horizontal plot');
        const mark = el.shadowRoot!.querySelector<HTMLElement>('li[data-id="dieppe-plant-1969"] button')!;
        mark.scrollIntoView({ block: 'center' });
        await click(mark);
        await waitUntil(() => part(el, 'detail')?.dataset['id'] === 'dieppe-plant-1969', `${width} px: the detail did not open`);
        await el.updateComplete;
        await aTimeout(100);
        const detail = part(el, 'detail')!;
        const close = part(el, 'detail-close')!;
        const corner = (box: DOMRect) => [Math.round(detail.getBoundingClientRect().right - box.right), Math.round(box.top - detail.getBoundingClientRect().top)];
        const before = corner(close.getBoundingClientRect());
        expect(detail.scrollHeight, `${width} px: the detail is not long enough to scroll`).to.be.above(detail.clientHeight + 50);
        const box = detail.getBoundingClientRect();
        for (let i = 0; i < 8 && detail.scrollTop <= 40; i++) {
          await executeServerCommand('input-wheel', { x: Math.round(box.left + box.width / 2), y: Math.round(box.bottom - 30), deltaY: 50 });
          await aTimeout(80);
        }
        expect(detail.scrollTop, `${width} px: the detail's text did not scroll`).to.be.above(40);
        expect(corner(close.getBoundingClientRect()), `${width} px: Close left its corner`).to.deep.equal(before);
        const [x, y] = centre(close);
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        expect(hit === close || close.contains(hit), `${width} px: Close is covered at ${x},${y}`).to.be.true;
        await click(close);
        await waitUntil(() => !part(el, 'detail'), `${width} px: Close did not close the detail`);
      } finally {
        scrollTo(0, 0);
        await setViewport({ width: 1200, height: 800 });
      }
    }
  });

  it('grows with its content and lets the page scroll when nothing bounds its height (a percentage of an auto height), and prints whole', async () => {
    const { el } = await page('', undefined);
    el.orientation = 'vertical';
    await waitUntil(() => el.matches(':state(vertical)'), 'not vertical');
    expect(el.matches(':state(bounded)')).to.be.false;
    // (clip: what a page's overflow: hidden would make a scroll box stays none, see timeline-embed.test.ts)
    expect(['visible', 'clip'], 'an unbounded element is no scroll box (its era headings stick while the page scrolls)').to.include(getComputedStyle(el).overflowY);
    // a percentage of a parent sized by its content does not hold: the element still grows
    el.style.height = '100%';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.getBoundingClientRect().height, 'the element grew with its content').to.be.above(600);
    expect(['visible', 'clip'], 'a height that does not hold made a scroll box').to.include(getComputedStyle(el).overflowY);
    el.style.height = '400px';
    await waitUntil(() => el.matches(':state(bounded)'), 'a height given later was not followed');
    expect(getComputedStyle(el).overflowY).to.equal('auto');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(el).overflowY, 'paper is cut to the height').to.equal('visible');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
