/**
 * Phones (issue 6): at 375 × 812 with touch emulation the default element lays out vertically,
 * fits the width, shows every milestone top to bottom, lets the page scroll over it, and offers
 * what the horizontal layout offers (selection and detail, clusters, keyboard, zoom, themes).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { centre, drawn, generated, marks, part } from '../helpers.js';

const MILESTONES = ['founding-1955', 'renault-association-1965', 'dieppe-plant-1969', 'new-a110-2017', 'gt-crossover-dieppe-2025'];

/** A phone: 375 × 812 with touch, a page taller than the screen, and the timeline in it. */
async function phone(attrs: Record<string, string> = {}, data?: TimelineDataset): Promise<AlpineTimeline> {
  await setViewport({ width: 375, height: 812 });
  await executeServerCommand('input-touch-enable'); // after setViewport, which resets it
  const page = await fixture<HTMLElement>(html`<div>
    <p style="height: 300px; margin: 0">Above</p>
    <alpine-timeline .data=${data}></alpine-timeline>
    <p style="height: 900px; margin: 0">Below</p>
  </div>`);
  const el = page.querySelector('alpine-timeline')!;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical :is([part~="event"], [part~="cluster"])'), 'no vertical timeline');
  await el.updateComplete;
  return el;
}

function card(el: AlpineTimeline, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)!;
}

describe('<alpine-timeline> on a phone', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    await executeServerCommand('input-touch-enable', { enabled: false });
    scrollTo(0, 0);
  });
  after(() => setViewport({ width: 1280, height: 800 }));

  it('is vertical by default, fits the width and shows every milestone in time order top to bottom', async () => {
    const el = await phone();
    expect(el.orientation).to.equal('auto');
    expect(el.currentOrientation).to.equal('vertical');
    expect(el.matches(':state(vertical)')).to.equal(true);
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    const box = el.getBoundingClientRect();
    for (const li of marks(el)) {
      const r = li.querySelector('button')!.getBoundingClientRect();
      expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `${li.dataset['id']} fits`).to.equal(true);
    }
    const tops = MILESTONES.map((id) => card(el, id).getBoundingClientRect().top);
    expect(tops.every((top, i) => i === 0 || top > tops[i - 1]!), `tops ${tops.join(', ')}`).to.equal(true);
    // every Alpine event is a card, in time order
    expect(marks(el).map((li) => li.dataset['id'])).to.deep.equal(el.timeline!.events.map((e) => e.id));
    // eras are bands with their names (drawn), and headings before their events (read)
    const names = ['Les débuts d’Alpine', 'L’essor avec Renault', 'Alpine, marque sportive du Groupe Renault'];
    expect([...el.shadowRoot!.querySelectorAll('[part~="era"] [part~="era-label"]')].map((h) => h.textContent!.trim())).to.deep.equal(names);
    expect([...el.shadowRoot!.querySelectorAll('h3.era-heading + ol[part~="events"]')].map((ol) => ol.previousElementSibling!.textContent!.trim())).to.deep.equal(names);
  });

  it('keeps the heading of the era being read at the top of the screen while the page scrolls', async () => {
    const el = await phone();
    const bands = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="era"]')];
    // scroll to 200 px into the second era's band: its heading stays at the top, the first's is gone
    const band = bands[1]!;
    scrollTo(0, scrollY + band.getBoundingClientRect().top + 200);
    await new Promise((r) => requestAnimationFrame(r));
    const heading = band.querySelector('[part~="era-label"]')!.getBoundingClientRect();
    expect(Math.abs(heading.top), `the heading is at ${heading.top} px, not at the top of the screen`).to.be.below(1);
    expect(bands[0]!.querySelector('[part~="era-label"]')!.getBoundingClientRect().bottom).to.be.at.most(1);
  });

  it('lets a finger and the wheel scroll the page over it (no scroll trap)', async () => {
    const el = await phone();
    const plot = part(el, 'plot')!;
    scrollTo(0, 200);
    await new Promise((r) => requestAnimationFrame(r));
    const [x] = centre(plot);
    const before = scrollY;
    await executeServerCommand('input-swipe', { from: [x, 700], to: [x, 250], steps: 10 });
    await waitUntil(() => scrollY > before + 150, `the page did not scroll under a swipe (${before} → ${scrollY})`);
    const afterSwipe = scrollY;
    await executeServerCommand('input-wheel', { x, y: 400, deltaY: 300 });
    await waitUntil(() => scrollY > afterSwipe + 100, 'the page did not scroll under the wheel');
    expect(el.currentOrientation).to.equal('vertical');
  });

  it('lets a vertical swipe on the horizontal timeline scroll the page, and a sideways one pan (landscape phone)', async () => {
    await setViewport({ width: 844, height: 390 });
    await executeServerCommand('input-touch-enable');
    const page = await fixture<HTMLElement>(html`<div>
      <p style="height: 100px; margin: 0">Above</p>
      <alpine-timeline orientation="horizontal"></alpine-timeline>
      <p style="height: 900px; margin: 0">Below</p>
    </div>`);
    const el = await drawn(page.querySelector('alpine-timeline')!);
    el.zoomTo(new Date('1960-01-01'), new Date('1980-01-01'), { animate: false });
    await el.updateComplete;
    const plot = part(el, 'plot')!.getBoundingClientRect();
    expect(plot.height, 'the plot fills most of the screen').to.be.greaterThan(150);
    const x = Math.round(plot.left + plot.width / 2);
    const y0 = Math.round(Math.min(plot.bottom, innerHeight) - 20);
    const start = el.start!.getTime();
    // one finger up, a little sideways as a thumb goes: the page scrolls, the timeline stays
    await executeServerCommand('input-swipe', { from: [x, y0], to: [x + 30, y0 - 160], steps: 10 });
    await waitUntil(() => scrollY > 60, `the page did not scroll under a vertical swipe on the plot (scrollY ${scrollY})`);
    expect(el.start!.getTime(), 'the timeline panned under a vertical swipe').to.equal(start);
    // sideways: the timeline pans, the page stays (once the vertical swipe's fling has settled,
    // which on a busy machine took longer than waitUntil's default second in one CI run)
    await waitUntil(
      async () => {
        const at = scrollY;
        await new Promise((r) => setTimeout(r, 150));
        return scrollY === at;
      },
      'the page kept scrolling',
      { timeout: 5000 },
    );
    scrollTo(0, 60);
    await new Promise((r) => requestAnimationFrame(r));
    const scrolled = scrollY;
    const y = Math.round(part(el, 'plot')!.getBoundingClientRect().top + 60);
    await executeServerCommand('input-swipe', { from: [x + 150, y], to: [x - 150, y + 20], steps: 10 });
    await waitUntil(() => el.start!.getTime() > start, 'a sideways swipe did not pan');
    expect(Math.abs(scrollY - scrolled), 'the page scrolled under a sideways swipe').to.be.below(2);
    // a thumb scrolling the page from the overview strip: the page scrolls, the view stays (the
    // brush took it for a tap where the finger lifted, and jumped there)
    const settled = el.start!.getTime();
    part(el, 'overview')!.scrollIntoView({ block: 'end' });
    await new Promise((r) => requestAnimationFrame(r));
    const base = scrollY;
    const strip = part(el, 'overview')!.getBoundingClientRect();
    expect(strip.bottom, 'the strip is on screen').to.be.at.most(innerHeight + 0.5);
    const [sx, sy] = [Math.round(strip.left + strip.width * 0.8), Math.round((strip.top + strip.bottom) / 2)];
    await executeServerCommand('input-swipe', { from: [sx, sy], to: [sx + 20, sy - 200], steps: 10 });
    await waitUntil(() => scrollY > base + 60, `the page did not scroll under a vertical swipe on the overview (scrollY ${base} → ${scrollY})`);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.start!.getTime(), 'the view jumped under a vertical swipe on the overview').to.equal(settled);
    // a tap on the strip still jumps there
    part(el, 'overview')!.scrollIntoView({ block: 'end' });
    await new Promise((r) => requestAnimationFrame(r));
    const tap = part(el, 'overview')!.getBoundingClientRect();
    await executeServerCommand('input-touch', { type: 'touchStart', points: [[Math.round(tap.left + tap.width * 0.1), Math.round((tap.top + tap.bottom) / 2)]] });
    await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
    await waitUntil(() => el.start!.getTime() < settled, 'a tap on the overview did not jump there');
  });

  it('keeps List and Story, and focus on them, on screen when leaving the list or the story', async () => {
    const el = await phone();
    el.select('new-a110-2017');
    await el.updateComplete;
    for (const name of ['list-toggle', 'mode-toggle']) {
      scrollTo(0, 0);
      const toggle = () => part<HTMLButtonElement>(el, name)!;
      toggle().focus();
      await sendKeys({ press: 'Enter' }); // into the list / the story
      await el.updateComplete;
      expect(el.listView || el.mode === 'story', `${name}: on`).to.equal(true);
      await sendKeys({ press: 'Enter' }); // and back to the timeline
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(el.listView || el.mode === 'story', `${name}: off`).to.equal(false);
      expect(el.shadowRoot!.activeElement === toggle(), `${name}: focus left the toggle`).to.equal(true);
      const box = toggle().getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= innerHeight, `${name}: the focused toggle is off screen (top ${Math.round(box.top)} px)`).to.equal(true);
    }
  });

  it('changes the time scale with the buttons and a pinch, keeping order', async () => {
    const el = await phone();
    const height = () => part(el, 'plot')!.getBoundingClientRect().height;
    const fitted = height();
    part<HTMLButtonElement>(el, 'zoom-in')!.click();
    await el.updateComplete;
    await waitUntil(() => height() > fitted * 1.1, 'zoom in did not stretch time');
    const zoomed = height();
    part<HTMLButtonElement>(el, 'zoom-fit')!.click();
    await el.updateComplete;
    await waitUntil(() => Math.abs(height() - fitted) < 1, 'fit did not come back');
    const [x] = centre(part(el, 'plot')!);
    await executeServerCommand('input-pinch', { centre: [x, 500], from: 60, to: 300 });
    await waitUntil(() => height() > fitted * 1.1, 'a pinch did not stretch time');
    expect(zoomed).to.be.greaterThan(fitted);
    const tops = MILESTONES.map((id) => card(el, id).getBoundingClientRect().top);
    expect(tops.every((top, i) => i === 0 || top > tops[i - 1]!)).to.equal(true);
  });

  it('fires timeline-range-change once a slow pinch held still ends, not while the fingers are down', async () => {
    const el = await phone();
    const height = () => part(el, 'plot')!.getBoundingClientRect().height;
    const fitted = height();
    await new Promise((resolve) => setTimeout(resolve, 400)); // settled
    const fired: number[] = [];
    el.addEventListener('timeline-range-change', () => fired.push(height()));
    // two fingers on a card, as the pinch hears them (raw two-finger touches through the DevTools
    // protocol leave the browser sending no touch to the next test pages)
    const on = card(el, 'dieppe-plant-1969').querySelector('button')!;
    on.scrollIntoView({ block: 'center' });
    const [x, y] = centre(on);
    const fingers = (dy: number) => [new Touch({ identifier: 1, target: on, clientX: x, clientY: y - dy }), new Touch({ identifier: 2, target: on, clientX: x, clientY: y + dy })];
    const send = (type: string, touches: Touch[], changed = touches) =>
      on.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, composed: true, touches, targetTouches: touches, changedTouches: changed }));
    send('touchstart', fingers(40));
    for (let i = 1; i <= 5; i++) {
      send('touchmove', fingers(40 + i * 15));
      await new Promise((resolve) => setTimeout(resolve, 200)); // longer than a settle's pause (160 ms)
    }
    await new Promise((resolve) => setTimeout(resolve, 300)); // held still
    const [stretched, during] = [height() / fitted, [...fired]];
    send('touchend', [], fingers(115)); // (lifted before any assertion)
    expect(stretched, 'the pinch did not stretch time').to.be.greaterThan(1.5);
    expect(during, 'fired while the fingers were down').to.deep.equal([]);
    await waitUntil(() => fired.length > 0, 'no timeline-range-change after the fingers lifted');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fired.length).to.equal(1);
  });

  it('zooms with + / − / 0 from a focused card, which stays where it was and keeps focus', async () => {
    const el = await phone();
    const height = () => part(el, 'plot')!.getBoundingClientRect().height;
    const fitted = height();
    const button = () => card(el, 'dieppe-plant-1969').querySelector('button')!;
    button().scrollIntoView({ block: 'center' });
    button().focus();
    const top = button().getBoundingClientRect().top;
    await sendKeys({ press: '+' });
    await waitUntil(() => height() > fitted * 1.1, '+ did not stretch time');
    expect(Math.abs(button().getBoundingClientRect().top - top), 'the focused card moved').to.be.below(2);
    expect(el.shadowRoot!.activeElement).to.equal(button());
    await sendKeys({ press: '-' });
    await waitUntil(() => Math.abs(height() - fitted) < 1, '− did not come back');
    await sendKeys({ press: '+' });
    await waitUntil(() => height() > fitted * 1.1, '+ did not stretch time again');
    await sendKeys({ press: '0' });
    await waitUntil(() => Math.abs(height() - fitted) < 1, '0 did not fit');
  });

  it('opens the detail of a tapped card as a bottom sheet, and walks events with the keyboard', async () => {
    const el = await phone();
    card(el, 'dieppe-plant-1969').scrollIntoView({ block: 'center' });
    const [x, y] = centre(card(el, 'dieppe-plant-1969').querySelector('button')!);
    let reason = '';
    el.addEventListener('timeline-select', (e) => (reason = e.detail.reason), { once: true });
    await executeServerCommand('input-touch', { type: 'touchStart', points: [[x, y]] });
    await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
    await waitUntil(() => el.selected === 'dieppe-plant-1969', 'a tap did not select');
    expect(reason).to.equal('pointer');
    await waitUntil(() => part(el, 'detail'));
    expect(getComputedStyle(part(el, 'detail')!).position).to.equal('sticky');
    expect(part(el, 'detail-title')!.textContent).to.contain('Dieppe');
    // the sheet opens over the bottom of the screen: the tapped card is scrolled clear of it
    await el.updateComplete;
    const tapped = card(el, 'dieppe-plant-1969').getBoundingClientRect();
    const sheet = part(el, 'detail')!.getBoundingClientRect();
    expect(sheet.top, 'the sheet covers the lower screen').to.be.lessThan(700);
    expect(tapped.top).to.be.at.least(0);
    expect(tapped.bottom, 'the tapped card is under the sheet').to.be.at.most(sheet.top + 0.5);
    // keyboard: the selected card holds the tab stop; ArrowDown goes to the next event
    card(el, 'dieppe-plant-1969').querySelector('button')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.closest('li')?.dataset['id']).to.equal('new-a110-2017');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.selected === 'new-a110-2017');
  });

  it('gives every button a finger-sized target (44 px), and keeps them in the element at 320 px in German', async () => {
    const el = await phone({ lang: 'de' });
    el.select('dieppe-plant-1969');
    await waitUntil(() => part(el, 'detail'), 'no detail');
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="controls"] button, [part~="detail"] button')].filter((b) => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden');
    // zoom in, out and fit, List, Story, Close, the previous and next event (32 px and 29 px tall before)
    expect(buttons.length, 'buttons').to.equal(8);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      expect(Math.min(r.width, r.height), `${b.getAttribute('aria-label') ?? b.textContent!.trim()}: ${r.width} × ${r.height}`).to.be.at.least(44);
    }
    // on the narrowest phone the controls take two rows rather than run out of the element (Geschichte was cut)
    await setViewport({ width: 320, height: 640 });
    await executeServerCommand('input-touch-enable');
    el.select(null);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const box = el.getBoundingClientRect();
    for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="controls"] button')) {
      const r = b.getBoundingClientRect();
      expect(r.right, `${b.getAttribute('aria-label') ?? b.textContent!.trim()} in the element`).to.be.at.most(box.right + 0.5);
      expect(Math.min(r.width, r.height)).to.be.at.least(44);
    }
    expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(innerWidth);
  });

  it('leaves no hover colour on a tapped card once its sheet is closed (it looked still selected)', async () => {
    const el = await phone();
    card(el, 'dieppe-plant-1969').scrollIntoView({ block: 'center' });
    const button = () => card(el, 'dieppe-plant-1969').querySelector('button')!;
    const plain = getComputedStyle(card(el, 'renault-association-1965').querySelector('button')!).backgroundColor;
    expect(matchMedia('(pointer: coarse)').matches, 'a touch screen').to.equal(true);
    const [x, y] = centre(button());
    await executeServerCommand('input-touch', { type: 'touchStart', points: [[x, y]] });
    await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
    await waitUntil(() => el.selected === 'dieppe-plant-1969', 'a tap did not select');
    el.select(null);
    await el.updateComplete;
    expect(button().matches(':hover'), 'the tapped card stays hovered (else this test tells nothing)').to.equal(true);
    expect(getComputedStyle(button()).backgroundColor).to.equal(plain);
  });

  it('prints a vertical timeline across pages (not pushed whole onto the second)', async () => {
    const el = await phone();
    await emulateMedia({ media: 'print' });
    try {
      await el.updateComplete;
      const plot = el.shadowRoot!.querySelector('[part~="plot"].vertical')!;
      expect(plot.getBoundingClientRect().height, 'taller than a page').to.be.greaterThan(1100);
      expect(getComputedStyle(plot).breakInside).to.equal('auto');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('opens the event a deep link names, scrolled into view', async () => {
    history.replaceState(null, '', '#event=gt-crossover-dieppe-2025');
    try {
      const el = await phone({ 'deep-link': '' });
      await waitUntil(() => el.selected === 'gt-crossover-dieppe-2025', 'the link did not select');
      await waitUntil(() => {
        const box = card(el, 'gt-crossover-dieppe-2025').getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }, 'the linked card is not in view');
      await waitUntil(() => part(el, 'detail'));
      expect(part(el, 'detail')!.dataset['id']).to.equal('gt-crossover-dieppe-2025');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('clusters 5,000 events into marks whose counts add up, and only draws what is near the viewport', async () => {
    const data: TimelineDataset = {
      title: 'Many',
      events: Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, date: `${1900 + Math.floor(i / 50)}-${String(1 + (i % 12)).padStart(2, '0')}`, title: `Event ${i}` })),
    };
    const el = await phone({}, data);
    const clusters = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cluster"]')];
    expect(clusters.length).to.be.greaterThan(0);
    // fitted, every row is drawn: cards and cluster counts add up to the dataset
    const counted = clusters.reduce((sum, c) => sum + Number(c.dataset['count']), marks(el).length);
    expect(counted).to.equal(5000);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(3000);
    // tapping a cluster zooms in around it
    const before = part(el, 'plot')!.getBoundingClientRect().height;
    clusters[0]!.querySelector('button')!.click();
    await waitUntil(() => part(el, 'plot')!.getBoundingClientRect().height > before * 2, 'a cluster did not zoom in');
  });

  it('holds at most 3,000 nodes with 10,000 events (the budget of npm run bench), and End still reaches the last card', async () => {
    const el = await phone({}, generated(10_000));
    let nodes = 0; // every kind, nested shadow roots included, as the bench counts
    const walk = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        nodes++;
        if (child instanceof Element && child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(el.shadowRoot!);
    expect(nodes, 'nodes in the shadow DOM').to.be.at.most(3000);
    expect(marks(el).length, 'cards drawn').to.be.above(0);
    // the last year's cards are not drawn yet, 12,000 px below: End brings the last one, focused, into view
    const last = el.timeline!.events.at(-1)!;
    expect(marks(el).some((li) => li.dataset['year'] === String(last.start.year)), 'a card of the last year drawn at first').to.equal(false);
    el.shadowRoot!.querySelector<HTMLElement>('.vertical button[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    const focusedYear = () => el.shadowRoot!.activeElement?.closest('li')?.dataset['year'];
    await waitUntil(() => focusedYear() === String(last.start.year), `End focused no card of ${last.start.year}`);
    const box = el.shadowRoot!.activeElement!.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, `the focused card is on screen (${Math.round(box.top)}–${Math.round(box.bottom)} px)`).to.equal(true);
  });

  it('opens the first event of a cluster on one day when tapped (zooming cannot split it)', async () => {
    const data: TimelineDataset = {
      title: 'One day',
      events: Array.from({ length: 30 }, (_, i) => ({ id: `moon-${i}`, date: '1969-07-20', title: `Moment ${i}` })),
    };
    const el = await phone({}, data);
    const cluster = el.shadowRoot!.querySelector<HTMLElement>('[part~="cluster"]')!;
    const button = cluster.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.match(/: open the first$/);
    const cards = new Set(marks(el).map((li) => li.dataset['id']));
    const first = el.timeline!.events.find((e) => !cards.has(e.id))!.id;
    button.scrollIntoView({ block: 'center' });
    const [x, y] = centre(button);
    await executeServerCommand('input-touch', { type: 'touchStart', points: [[x, y]] });
    await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
    await waitUntil(() => el.selected === first && part(el, 'detail') !== null, 'a tap on the cluster did not open its first event');
    await el.updateComplete;
    expect(card(el, first), `${first} has a card while open`).to.not.equal(null);
  });

  it('draws only the rows near the viewport of a long history, and the rest as the page scrolls', async () => {
    const data: TimelineDataset = {
      title: 'Very many',
      events: Array.from({ length: 50_000 }, (_, i) => ({ id: `e${i}`, date: `${1525 + Math.floor(i / 100)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, title: `Event ${i}` })),
    };
    const el = await phone({}, data);
    el.zoomBy(64);
    await el.updateComplete;
    const plot = part(el, 'plot')!;
    await waitUntil(() => plot.getBoundingClientRect().height > 40 * innerHeight, 'not zoomed in');
    const years = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"], [part~="cluster"]')].map((li) => Number(li.dataset['year']));
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(3000);
    expect(Math.max(...years())).to.be.lessThan(1800);
    // scroll to the last tenth of the timeline: its last years are drawn there
    const box = plot.getBoundingClientRect();
    scrollTo(0, scrollY + box.top + box.height * 0.9 - innerHeight / 2);
    await waitUntil(() => years().some((year) => year >= 1950), `the end of the timeline was not drawn after scrolling (${years().join()})`);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(3000);
    expect(el.start!.getUTCFullYear()).to.be.within(1950, 2025);
  });

  it('stays vertical in kiosk mode with touch-sized cards, and horizontal when asked', async () => {
    const el = await phone({ kiosk: '' });
    for (const li of marks(el)) expect(li.querySelector('button')!.getBoundingClientRect().height).to.be.at.least(48);
    // a finger still scrolls the page over the vertical kiosk (no pinch-zoom of the page, no callouts)
    expect(getComputedStyle(el).touchAction).to.equal('pan-y');
    const [x] = centre(part(el, 'plot')!);
    const before = scrollY;
    await executeServerCommand('input-swipe', { from: [x, 700], to: [x, 300], steps: 10 });
    await waitUntil(() => scrollY > before + 100, 'the page did not scroll under a finger in kiosk mode');
    el.orientation = 'horizontal';
    await el.updateComplete;
    await waitUntil(() => part(el, 'plot') && !part(el, 'plot')!.classList.contains('vertical'));
    expect(el.currentOrientation).to.equal('horizontal');
  });

  it('turns vertical when the element narrows below 600 px and back when it widens', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`);
    await waitUntil(() => marks(el).length > 0);
    expect(el.currentOrientation).to.equal('horizontal');
    el.style.width = '480px';
    await waitUntil(() => part(el, 'plot')?.classList.contains('vertical'), 'not vertical at 480 px');
    el.style.width = '';
    await waitUntil(() => part(el, 'plot') && !part(el, 'plot')!.classList.contains('vertical'), 'not horizontal again');
    expect(el.matches(':state(vertical)')).to.equal(false);
  });

  it('has no axe violation, with the detail open, in French and in the dark theme', async () => {
    const el = await phone();
    await expect(el).to.be.accessible();
    el.select('founding-1955');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'fr');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
