/**
 * The vertical (phone) layout as a screen reader meets it (WCAG 1.3.1): each era's heading comes
 * right before that era's events in reading order, events outside every era are outside every
 * era's list, and no era is an empty region landmark (the bands only draw).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { marks, part } from '../helpers.js';

interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly children?: readonly AxNode[];
}

/**
 * Overlapping eras (the 1940s inside the post-war years), a gap between eras, and events before,
 * between and after them.
 */
const DATA: TimelineDataset = {
  title: 'Eras',
  eras: [
    { id: 'a', label: 'Era A', start: '1900', end: '1919' },
    { id: 'b', label: 'Era B', start: '1930', end: '1959' },
    { id: 'c', label: 'Era C', start: '1940', end: '1949' },
  ],
  events: [
    { id: 'e1890', date: '1890', title: 'Before all' },
    { id: 'e1905', date: '1905', title: 'In A one' },
    { id: 'e1910', date: '1910', title: 'In A two' },
    { id: 'e1925', date: '1925', title: 'Between A and B' },
    { id: 'e1935', date: '1935', title: 'In B' },
    { id: 'e1945', date: '1945', title: 'In C' },
    { id: 'e1955', date: '1955', title: 'In B after C' },
    { id: 'e1975', date: '1975', title: 'After all' },
  ],
};

/** A 390 px page with a timeline, laid out vertically. */
async function phone(data?: TimelineDataset, attrs = 'lang=en'): Promise<AlpineTimeline> {
  await setViewport({ width: 390, height: 844 });
  const el = await fixture<AlpineTimeline>(html`<alpine-timeline .data=${data}></alpine-timeline>`);
  for (const [name, value] of attrs.split(/\s+/).filter(Boolean).map((a) => a.split('='))) el.setAttribute(name!, value ?? '');
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical :is([part~="event"], [part~="cluster"])'), 'no vertical timeline');
  await el.updateComplete;
  return el;
}

/** The timeline's region in an accessibility snapshot of the page. */
function timelineRegion(root: AxNode, title: string): AxNode {
  const find = (n: AxNode): AxNode | undefined => (n.role === 'region' && n.name === title ? n : n.children?.map(find).find(Boolean));
  const region = find(root);
  if (!region) throw new Error(`no region named "${title}" in the snapshot`);
  return region;
}

/**
 * In reading order: `# heading` for the headings (but the timeline's title), the event cards' names
 * (their dates first) as they are.
 */
function readingOrder(region: AxNode, cards: readonly string[]): string[] {
  const walk = (node: AxNode): string[] => {
    const heading = node.role === 'heading' && node.name !== region.name;
    const own = heading ? [`# ${node.name}`] : node.role === 'button' && cards.includes(node.name ?? '') ? [node.name!] : [];
    return [...own, ...(node.children ?? []).flatMap(walk)];
  };
  return walk(region);
}

/** The region landmarks under `node` (itself included) whose only content is a heading, or nothing. */
function emptyRegions(node: AxNode): string[] {
  const kids = node.children ?? [];
  const empty = node.role === 'region' && kids.every((k) => k.role === 'heading' || (k.role === 'StaticText' && k.name === node.name));
  return [...(empty ? [node.name ?? '(unnamed)'] : []), ...kids.flatMap(emptyRegions)];
}

/** Which list (by its name) each event card is in, in DOM order. */
function listsOf(el: AlpineTimeline): string[] {
  return marks(el).map((li) => {
    const list = li.closest('ol')!;
    const label = list.getAttribute('aria-labelledby');
    const name = label ? el.shadowRoot!.getElementById(label)!.textContent!.trim() : list.getAttribute('aria-label')!;
    return `${li.dataset['id']} in ${name}`;
  });
}

/** The page's viewport as the screen shows it (a screenshot), to read pixels from. */
async function screen(): Promise<{ rgb: (x: number, y: number) => [number, number, number] }> {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))); // painted
  const png = (await executeServerCommand('input-screenshot')) as string;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data, width } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const scale = bitmap.width / innerWidth;
  return {
    rgb: (x, y) => {
      const i = (Math.floor(y * scale) * width + Math.floor(x * scale)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** `rgb(r, g, b)` as numbers. */
const channels = (color: string) => color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);

describe('<alpine-timeline> vertical layout, read by a screen reader', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('reads each era heading right before its events, and events outside every era outside them', async () => {
    const el = await phone(DATA);
    expect(el.currentOrientation).to.equal('vertical');
    const cards = marks(el).map((li) => li.querySelector('button')!.getAttribute('aria-label')!);
    const year = (name: string) => (name.startsWith('#') ? name : name.slice(0, 4));
    const order = readingOrder(timelineRegion((await a11ySnapshot({})) as unknown as AxNode, 'Eras'), cards).map(year);
    expect(order).to.deep.equal(['1890', '# Era A', '1905', '1910', '1925', '# Era B', '1935', '# Era C', '1945', '1955', '1975']);
    // the same in the DOM: one list per era, named by its heading; the events outside them in lists of their own
    expect(listsOf(el)).to.deep.equal([
      'e1890 in Events',
      'e1905 in Era A',
      'e1910 in Era A',
      'e1925 in Events',
      'e1935 in Era B',
      'e1945 in Era C',
      'e1955 in Events',
      'e1975 in Events',
    ]);
  });

  it('leaves no era as an empty region landmark (Alpine history, French)', async () => {
    const el = await phone(undefined, 'lang=fr');
    const title = part(el, 'title')!.textContent!.trim();
    const region = timelineRegion((await a11ySnapshot({})) as unknown as AxNode, title);
    expect(emptyRegions(region)).to.deep.equal([]);
    const regions: string[] = [];
    const walk = (n: AxNode): void => {
      if (n.role === 'region') regions.push(n.name ?? '');
      n.children?.forEach(walk);
    };
    walk(region);
    expect(regions, 'no era is a landmark').to.deep.equal([title]);
    // every heading is followed by the events of its era, up to the next heading
    const cards = marks(el).map((li) => li.querySelector('button')!.getAttribute('aria-label')!);
    const order = readingOrder(region, cards);
    const headings = order.filter((n) => n.startsWith('# '));
    expect(headings).to.deep.equal(['# Les débuts d’Alpine', '# L’essor avec Renault', '# Alpine, marque sportive du Groupe Renault']);
    const byName = new Map(marks(el).map((li) => [li.querySelector('button')!.getAttribute('aria-label')!, li.dataset['year']!]));
    const ranges: Record<string, [number, number]> = {
      '# Les débuts d’Alpine': [1955, 1964],
      '# L’essor avec Renault': [1965, 2020],
      '# Alpine, marque sportive du Groupe Renault': [2021, 9999],
    };
    let era: [number, number] | undefined;
    for (const item of order) {
      if (item.startsWith('# ')) era = ranges[item];
      else {
        const y = Number(byName.get(item));
        expect(era && y >= era[0] && y <= era[1], `${item} (${y}) read under its era`).to.equal(true);
      }
    }
    // the drawn bands stay, hidden from assistive technology (their headings are said where they belong)
    const bands = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="era"]')];
    expect(bands.map((b) => b.querySelector('[part~="era-label"]')!.textContent!.trim())).to.deep.equal(headings.map((h) => h.slice(2)));
    for (const band of bands) expect(band.closest('[aria-hidden="true"]'), band.dataset['id']).to.exist;
  });

  it('keeps each drawn card under its era in a long, virtualised history, and focus across eras and scrolling', async () => {
    // one event a year from 1000 to 2999; eras with gaps between them, the last one open
    const eras = [
      { id: 'm', label: 'Middle', start: '1200', end: '1399', from: 1200, to: 1399 },
      { id: 'r', label: 'Renewal', start: '1500', end: '1899', from: 1500, to: 1899 },
      { id: 'l', label: 'Late', start: '2500', from: 2500, to: 9999 },
    ];
    const data: TimelineDataset = {
      title: 'Long',
      eras: eras.map(({ id, label, start, end }) => (end ? { id, label, start, end } : { id, label, start })),
      events: Array.from({ length: 2000 }, (_, i) => ({ id: `y${1000 + i}`, date: String(1000 + i), title: `Year ${1000 + i}` })),
    };
    const el = await phone(data);
    el.zoomBy(64, { animate: false });
    await el.updateComplete;
    const plot = part(el, 'plot')!;
    await waitUntil(() => plot.getBoundingClientRect().height > 40 * innerHeight, 'not zoomed in');
    const root = el.shadowRoot!;
    const button = (id: string) => root.querySelector<HTMLButtonElement>(`li[data-id="${id}"] button`);
    /** Each drawn card is in its era's list (named by the heading right before it), else in an "Events" list. */
    const check = () => {
      const cards = marks(el);
      expect(cards.length, 'virtualised').to.be.within(1, 600);
      for (const li of cards) {
        const year = Number(li.dataset['year']);
        const era = eras.find((e) => year >= e.from && year <= e.to);
        const list = li.closest('ol')!;
        const heading = list.previousElementSibling;
        const name = list.getAttribute('aria-labelledby') ? root.getElementById(list.getAttribute('aria-labelledby')!)!.textContent!.trim() : list.getAttribute('aria-label');
        expect(name, `${year}`).to.equal(era?.label ?? 'Events');
        if (era) expect(heading?.localName === 'h3' && heading.textContent!.trim() === era.label, `${year}: its heading right before its list`).to.equal(true);
      }
      expect(part(el, 'plot')!.querySelectorAll('section, [role="region"], [aria-labelledby]:not(ol)').length, 'no landmark in the plot').to.equal(0);
      expect([...root.querySelectorAll('h3.era-heading')].map((h) => h.textContent!.trim()), 'every era heading, drawn rows or not').to.deep.equal(eras.map((e) => e.label));
    };
    // the last card of an era, focused; the keyboard walks out of the era, then into the next
    el.select('y1398');
    await el.updateComplete;
    await waitUntil(() => button('y1398'), 'the selected card was not drawn');
    await sendKeys({ press: 'Escape' }); // closes the detail: focus goes to the card
    button('y1398')!.focus();
    check();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root.activeElement === button('y1399'), 'ArrowDown did not reach 1399');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root.activeElement === button('y1400'), 'ArrowDown did not leave the era for 1400');
    check();
    // scrolling far away and back draws other rows; the focused card stays, and keeps focus
    const focused = button('y1400')!;
    const y = scrollY;
    scrollTo(0, y + 30 * innerHeight);
    await waitUntil(() => marks(el).some((li) => Number(li.dataset['year']) > 1600), 'nothing else was drawn after scrolling');
    await el.updateComplete;
    check();
    expect(root.activeElement, 'focus kept while scrolled away').to.equal(focused);
    scrollTo(0, y);
    await waitUntil(() => button('y1390'), 'the rows around the focused card were not drawn again');
    await el.updateComplete;
    check();
    expect(root.activeElement).to.equal(focused);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => root.activeElement === button('y1399'), 'ArrowUp did not come back into the era');
  });

  it('keeps arrow-key navigation between cards of different eras', async () => {
    const el = await phone(DATA);
    const button = (id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-id="${id}"] button`)!;
    button('e1910').focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shadowRoot!.activeElement === button('e1925'), 'ArrowDown did not reach the next card (outside any era)');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shadowRoot!.activeElement === button('e1935'), 'ArrowDown did not reach the next era’s card');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => el.shadowRoot!.activeElement === button('e1925'), 'ArrowUp did not come back');
    expect(part(el, 'plot')!.classList.contains('vertical')).to.equal(true);
  });

  it("shows the whole focus ring of an era's first card, under that era's heading", async () => {
    const el = await phone();
    const root = el.shadowRoot!;
    const focusedCard = () => (root.activeElement?.matches('.mark.card') ? (root.activeElement as HTMLElement) : undefined);
    for (let i = 0; i < 15 && !focusedCard(); i++) await sendKeys({ press: 'Tab' });
    const seen: string[] = [];
    for (const [id, arrows] of [
      ['founding-1955', 0],
      ['renault-association-1965', 1],
      ['renaulution-2021', 3],
    ] as const) {
      for (let i = 0; i < arrows; i++) await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focusedCard()?.closest('li')?.dataset['id'] === id, `focus did not reach ${id}`);
      await el.updateComplete;
      const card = focusedCard()!;
      expect(card.matches(':focus-visible'), 'a focus ring is shown').to.equal(true);
      const style = getComputedStyle(card);
      const [width, offset] = [parseFloat(style.outlineWidth), parseFloat(style.outlineOffset)];
      const box = card.getBoundingClientRect();
      const ringTop = box.top - offset - width;
      // the era's heading, a sticky band over the cards, ends below the ring's top edge (else this tells nothing)
      const heading = [...root.querySelectorAll('.vertical [part~="era-label"]')].map((h) => h.getBoundingClientRect()).find((h) => h.top <= ringTop && h.bottom > ringTop);
      expect(heading, `${id}: no era heading over its ring's top edge`).to.not.equal(undefined);
      // along the ring's top edge, the screen shows the ring's colour, not the heading's band
      const ring = channels(style.outlineColor);
      const { rgb } = await screen();
      const y = ringTop + width / 2;
      for (let x = box.left + 12; x < box.right - 12; x += 24) {
        const pixel = rgb(x, y);
        const off = Math.max(...pixel.map((c, k) => Math.abs(c - ring[k]!)));
        if (off > 24) seen.push(`${id} at (${Math.round(x)}, ${Math.round(y)}): rgb(${pixel.join(', ')})`);
      }
    }
    // (the heading ended 1 px into the card, drawn over it and its ring: the band's colour there)
    expect(seen, `not the ring's colour, under the heading`).to.deep.equal([]);
  });

  // its own zoom limits (the vertical zoom's), the same buttons: at a limit focus stays there
  // (it went to the neighbour, and the next Enter on Zoom in zoomed out) and Enter does nothing
  it('keeps focus on Zoom in and Zoom out pressed to their limit, where Enter then does nothing', async () => {
    const el = await phone(DATA);
    const active = () => el.shadowRoot!.activeElement?.getAttribute('part');
    const zoom = () => [el.start!.getTime(), el.end!.getTime(), part(el, 'plot')!.getBoundingClientRect().height];
    expect(part(el, 'zoom-out')!.getAttribute('aria-disabled'), 'zoom-out at the whole timeline').to.equal('true');
    for (const name of ['zoom-in', 'zoom-out']) {
      part(el, name)!.focus();
      for (let i = 0; i < 40 && part(el, name)!.getAttribute('aria-disabled') !== 'true'; i++) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(active(), `focus left ${name} after ${i + 1} presses`).to.equal(name);
      }
      expect(part(el, name)!.getAttribute('aria-disabled'), `${name} at its limit`).to.equal('true');
      const before = zoom();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active(), `focus left ${name} at its limit`).to.equal(name);
      expect(zoom(), `Enter on ${name} at its limit`).to.deep.equal(before);
    }
  });
});
