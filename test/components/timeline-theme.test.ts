import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { centre, drawn, forcedColors, marks, part, timelineFixture } from '../helpers.js';

const bg = (el: Element) => getComputedStyle(el).backgroundColor;
/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('<alpine-timeline> themes, styling API, slots and print', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('has a dark theme with readable contrast, and axe finds no violation in it', async () => {
    const el = await drawn(await timelineFixture(undefined, 'theme=dark'));
    el.select('dieppe-plant-1969');
    await el.updateComplete;
    expect(luminance(bg(el))).to.be.lessThan(0.05);
    const title = part(el, 'title')!;
    expect(contrast(getComputedStyle(title).color, bg(el))).to.be.at.least(4.5);
    const date = marks(el)[0]!.querySelector('[part~="date"]')!;
    expect(contrast(getComputedStyle(date).color, bg(el))).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  describe('legend', () => {
    const coloured = {
      title: 'Legend',
      categories: [
        { id: 'cars', label: { en: 'Cars', fr: 'Voitures' }, color: '#cf222e' },
        { id: 'people', label: { en: 'People', fr: 'Personnes' } },
        { id: 'odd', label: 'Odd', color: 'not-a-colour' },
      ],
      events: [
        { id: 'a', date: '1960', title: 'A car', category: 'cars' },
        { id: 'b', date: '1961', title: 'A person', category: 'people' },
        { id: 'c', date: '1962', title: 'Odd one', category: 'odd', milestone: true },
      ],
    };
    const swatch = (el: AlpineTimeline, id: string) => getComputedStyle(part(el, 'legend')!.querySelector(`[data-category="${id}"] .swatch`)!).backgroundColor;
    const markerColour = (el: AlpineTimeline, id: string) =>
      getComputedStyle(marks(el).find((m) => m.dataset['id'] === id)!.querySelector('[part~="marker"]')!).backgroundColor;

    it("keys the markers' colours: each category in the reader's language, with its markers' colour", async () => {
      const el = await drawn(await timelineFixture(coloured, 'lang=fr'));
      const legend = part(el, 'legend')!;
      expect(legend.getAttribute('aria-label')).to.equal('Catégories');
      const items = [...legend.querySelectorAll<HTMLElement>('[part~="legend-item"]')];
      expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Voitures', 'Personnes', 'Odd']);
      expect(swatch(el, 'cars')).to.equal('rgb(207, 34, 46)');
      // each swatch has the colour of its category's markers (the accent colour without a readable one)
      for (const [category, event] of [['cars', 'a'], ['people', 'b'], ['odd', 'c']] as const) {
        expect(swatch(el, category), category).to.equal(markerColour(el, event));
      }
      expect(swatch(el, 'people')).to.not.equal(swatch(el, 'cars'));
      // one row under the header, above the plot
      expect(legend.getBoundingClientRect().bottom).to.be.at.most(part(el, 'plot')!.getBoundingClientRect().top);
      await expect(el).to.be.accessible();
    });

    it('warns in the console of a colour the browser does not read, naming where it is, once per dataset', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        const el = await drawn(await timelineFixture(coloured));
        expect(warnings).to.deep.equal([
          'alpine-timeline: categories[2].color "not-a-colour" is not a CSS colour this browser reads; the markers of category "odd" keep the accent colour.',
        ]);
        // the same dataset drawn again (a zoom, a language) says nothing more; a valid one nothing at all
        el.zoomBy(2, { animate: false });
        el.lang = 'fr';
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        el.data = { ...coloured, categories: coloured.categories.slice(0, 2), events: coloured.events.slice(0, 2) };
        await drawn(el);
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it("keeps each marker in its category's colour in the vertical layout too", async () => {
      const el = await drawn(await timelineFixture(coloured, 'orientation=vertical'));
      expect(el.shadowRoot!.querySelector('.vertical')).to.not.equal(null);
      expect(markerColour(el, 'a')).to.equal('rgb(207, 34, 46)');
      expect(markerColour(el, 'b')).to.equal(swatch(el, 'people'));
      expect(markerColour(el, 'b')).to.not.equal(markerColour(el, 'a'));
    });

    it('is not drawn when no category has a colour (every marker then has the accent colour), nor in the list view', async () => {
      const alpine = await drawn(await timelineFixture());
      expect(alpine.timeline!.categories.length).to.be.greaterThan(1);
      expect(part(alpine, 'legend')).to.equal(null);
      const el = await drawn(await timelineFixture(coloured));
      expect(part(el, 'legend')).to.not.equal(null);
      el.listView = true;
      await el.updateComplete;
      expect(part(el, 'legend')).to.equal(null);
    });

    it('names only the categories an event has: 10,000 declared, 3 used, a legend of 3', async () => {
      const many = {
        ...coloured,
        categories: [
          ...coloured.categories,
          ...Array.from({ length: 10_000 }, (_, i) => ({ id: `unused-${i}`, label: `Unused ${i}`, color: '#0b4ea2' })),
        ],
      };
      const el = await drawn(await timelineFixture(many));
      const items = [...part(el, 'legend')!.querySelectorAll<HTMLElement>('[part~="legend-item"]')];
      expect(items.map((li) => li.dataset['category'])).to.deep.equal(['cars', 'people', 'odd']);
      expect(part(el, 'legend')!.getBoundingClientRect().bottom).to.be.at.most(part(el, 'plot')!.getBoundingClientRect().top);
      // and none when only unused categories have a colour
      const unusedColour = await drawn(await timelineFixture({ ...many, categories: [{ id: 'cars', label: 'Cars' }, { id: 'people', label: 'People' }, { id: 'odd', label: 'Odd' }, { id: 'x', label: 'X', color: 'red' }] }));
      expect(part(unusedColour, 'legend')).to.equal(null);
    });

    it('is hidden in forced-colors mode, where every marker has one system colour', async () => {
      await forcedColors(true);
      try {
        const el = await drawn(await timelineFixture(coloured));
        expect(getComputedStyle(part(el, 'legend')!).display).to.equal('none');
        expect(markerColour(el, 'a')).to.equal(markerColour(el, 'b'));
      } finally {
        await forcedColors(false);
      }
    });
  });

  it('keeps a pressed toggle readable under the pointer (a finger leaves it hovered), in every theme', async () => {
    const pressedUnderPointer = async (el: AlpineTimeline, theme: string) => {
      // (in story mode the list toggle keeps its place, hidden, pressed when the list was shown)
      const pressed = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="header"] button[aria-pressed="true"]')].filter((b) => b.checkVisibility({ visibilityProperty: true }));
      for (const toggle of pressed) {
        await sendMouse({ type: 'move', position: centre(toggle) });
        expect(toggle.matches(':hover'), `${theme}: ${toggle.getAttribute('part')} under the pointer`).to.equal(true);
        const style = getComputedStyle(toggle);
        expect(contrast(style.color, style.backgroundColor), `${theme}: ${toggle.getAttribute('part')} "${toggle.textContent!.trim()}"`).to.be.at.least(4.5);
      }
      await sendMouse({ type: 'move', position: [0, 0] });
      return pressed.map((b) => b.getAttribute('part'));
    };
    for (const theme of ['light', 'dark', 'alpine']) {
      const el = await drawn(await timelineFixture(undefined, `theme=${theme} kiosk`));
      part(el, 'list-toggle')!.click();
      await el.updateComplete;
      expect(await pressedUnderPointer(el, theme)).to.include.members(['list-toggle', 'language']);
      part(el, 'mode-toggle')!.click();
      await el.updateComplete;
      expect(await pressedUnderPointer(el, theme)).to.include.members(['mode-toggle', 'language']);
      el.remove(); // the next theme's element at the top of the page, under the pointer's reach
    }
  });

  it('follows the system with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await drawn(await timelineFixture(undefined, 'theme=auto'));
      expect(luminance(bg(el))).to.be.lessThan(0.05);
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => luminance(bg(el)) > 0.9, 'auto did not follow the light scheme');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('has an Alpine theme with the brand blue, accessible', async () => {
    const el = await drawn(await timelineFixture(undefined, 'theme=alpine'));
    const marker = marks(el).find((m) => m.part.contains('milestone'))!.querySelector('[part~="marker"]')!;
    expect(bg(marker)).to.equal('rgb(10, 58, 140)');
    expect(getComputedStyle(part(el, 'title')!).textTransform).to.equal('uppercase');
    await expect(el).to.be.accessible();
  });

  it('is restyled by custom properties and ::part rules from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      alpine-timeline.branded { --at-accent: rgb(200, 16, 46); --at-font-family: Georgia, serif; }
      alpine-timeline.branded::part(event-title) { letter-spacing: 2px; }
      alpine-timeline.branded::part(detail) { border-radius: 0px; }
    `;
    document.head.append(style);
    try {
      const el = await drawn(await timelineFixture());
      el.classList.add('branded');
      el.select('founding-1955');
      await el.updateComplete;
      const marker = marks(el).find((m) => m.dataset['id'] === 'founding-1955')!.querySelector('[part~="marker"]')!;
      expect(bg(marker)).to.equal('rgb(200, 16, 46)');
      expect(getComputedStyle(marks(el)[0]!.querySelector('[part~="event-title"]')!).letterSpacing).to.equal('2px');
      expect(getComputedStyle(part(el, 'detail')!).borderRadius).to.equal('0px');
      expect(getComputedStyle(el).fontFamily).to.contain('Georgia');
    } finally {
      style.remove();
    }
  });

  it('takes its sizes in any CSS length (rem, calc), on screen and in exports', async () => {
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline
      style="--at-label-font-size: 1rem; --at-date-font-size: calc(0.75rem + 1px); --at-lane-height: 3.5rem"></alpine-timeline>`));
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const title = el.shadowRoot!.querySelector('[part~="event-title"]')!;
    expect(getComputedStyle(title).fontSize).to.equal(`${rootSize}px`);
    // the labels still fit their lanes, one per lane, none over another
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="event"]:not([part~="unlabelled"]) [part~="label"]')].map((l) => l.getBoundingClientRect());
    expect(labels.length).to.be.greaterThan(4);
    for (const [i, a] of labels.entries()) {
      expect(a.width, 'a label was squeezed').to.be.greaterThan(40);
      for (const b of labels.slice(i + 1)) {
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, 'two labels overlap').to.equal(false);
      }
    }
    expect(el.exportSVG()).to.include(`font-size="${rootSize}"`);
  });

  it('keeps a width, and draws, where its container sizes it to its content (a flex row, an inline-block)', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const page of [
      html`<div style="display: flex; width: 1200px"><alpine-timeline></alpine-timeline><div style="width: 100px">side</div></div>`,
      html`<div style="display: inline-block"><alpine-timeline></alpine-timeline></div>`,
    ]) {
      const wrapper = await fixture<HTMLDivElement>(page);
      const el = await drawn(wrapper.querySelector<AlpineTimeline>('alpine-timeline')!);
      expect(el.getBoundingClientRect().width).to.equal(640);
      expect(marks(el).length).to.be.greaterThan(3);
    }
  });

  it('fills a height the page gives it (the plot grows, the overview sits at the bottom), and keeps its own height otherwise', async () => {
    await setViewport({ width: 1280, height: 800 });
    const natural = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
    const naturalPlot = part(natural, 'plot')!.getBoundingClientRect().height;
    const overviewTop = part(natural, 'overview')!.getBoundingClientRect().top;
    // opening an event beside the plot does not stretch it (the overview stays where it was)
    natural.select('dieppe-plant-1969');
    await natural.updateComplete;
    expect(part(natural, 'detail')!.getBoundingClientRect().height).to.be.greaterThan(naturalPlot);
    expect(part(natural, 'overview')!.getBoundingClientRect().top).to.be.closeTo(overviewTop, 0.5);

    const tall = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline style="height: 760px"></alpine-timeline>`));
    const atBottom = (el: AlpineTimeline) => el.getBoundingClientRect().bottom - part(el, 'overview')!.getBoundingClientRect().bottom;
    expect(atBottom(tall)).to.be.below(1.5);
    expect(part(tall, 'plot')!.getBoundingClientRect().height).to.be.greaterThan(naturalPlot + 100);
    // opening an event beside the plot keeps the given height filled (the overview does not jump up)
    tall.select('dieppe-plant-1969');
    await tall.updateComplete;
    expect(part(tall, 'detail')).to.not.equal(null);
    expect(Math.abs(atBottom(tall)), 'the overview left the bottom when an event was opened').to.be.below(1.5);
    /** Lets the plot's new height be observed and laid out; then no label lies below the plot. Returns the lanes labelled. */
    const inside = async (el: AlpineTimeline) => {
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame); // the plot's new height observed, and laid out
      await el.updateComplete;
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const labelled = marks(el).filter((m) => !m.part.contains('unlabelled'));
      expect(labelled.length, 'no label left').to.be.greaterThan(0);
      for (const m of labelled) expect(m.getBoundingClientRect().bottom, `${m.dataset['id']} below the plot`).to.be.at.most(plot.bottom + 0.5);
      return new Set(labelled.map((m) => Math.round(m.getBoundingClientRect().top))).size;
    };
    // on one column (a narrow element), the detail comes under a plot that keeps the height
    const narrow = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline orientation="horizontal" style="width: 500px; height: 900px"></alpine-timeline>`));
    const narrowPlot = part(narrow, 'plot')!.getBoundingClientRect().height;
    await setViewport({ width: 1280, height: 1000 }); // the whole element on screen: its sheet sits where it is laid out
    narrow.select('dieppe-plant-1969');
    await narrow.updateComplete;
    narrow.scrollIntoView({ block: 'start' });
    await new Promise(requestAnimationFrame);
    const detail = part(narrow, 'detail')!.getBoundingClientRect();
    expect(detail.top).to.be.at.least(part(narrow, 'overview')!.getBoundingClientRect().bottom - 0.5);
    expect(narrow.getBoundingClientRect().bottom - detail.bottom, 'a blank band under the detail').to.be.below(14);
    // the plot gives the detail the room it needs (with fewer lanes, down to three), its labels inside it
    const plotNow = part(narrow, 'plot')!.getBoundingClientRect().height;
    expect(plotNow).to.be.at.least(narrowPlot - detail.height - 14);
    expect(plotNow).to.be.at.most(narrowPlot + 0.5);
    expect(await inside(narrow)).to.be.at.least(3);
    // A height smaller than the plot's own: the plot gives up lanes and the overview stays inside
    // (a kiosk at 1,024 x 768 kept the bottom 16 px of its overview out of reach), down to three
    // lanes; below that the element overflows, as a block does.
    await setViewport({ width: 1024, height: 768 });
    const kiosk = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline kiosk style="height: 100vh"></alpine-timeline>`));
    await waitUntil(() => atBottom(kiosk) > -0.5, `the overview ends ${-atBottom(kiosk)} px below the kiosk`);
    expect(atBottom(kiosk)).to.be.below(1.5);
    const kioskLanes = await inside(kiosk);
    expect(kioskLanes).to.be.within(3, 7);
    const short = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline style="height: 200px"><p slot="footer">Source: our archive</p></alpine-timeline>`));
    await waitUntil(() => part(short, 'plot')!.getBoundingClientRect().height < naturalPlot - 100, 'the plot kept its height');
    expect(await inside(short)).to.equal(3);
    // the picture exported shows the lanes on screen, without the blank ones the plot gave up
    const exportHeight = (el: AlpineTimeline) => Number(new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml').documentElement.getAttribute('height'));
    expect(exportHeight(short)).to.be.below(exportHeight(natural) - 4 * 46);
    // overflowing, everything keeps its place in the flow: the footer comes after the overview
    expect(short.querySelector('p')!.getBoundingClientRect().top).to.be.at.least(part(short, 'overview')!.getBoundingClientRect().bottom - 0.5);
    // the height taken away: the plot's own height and lanes come back (with no resize loop error)
    const squeezed = part(short, 'plot')!.getBoundingClientRect().height;
    short.style.height = '';
    await waitUntil(() => part(short, 'plot')!.getBoundingClientRect().height > squeezed + 40, 'the plot did not get its own height back');
    expect(await inside(short)).to.be.above(3);
    await setViewport({ width: 1280, height: 800 });
  });

  it('takes a given height away, and gives it back, while an event is open beside the plot, with no resize loop error', async () => {
    await setViewport({ width: 1280, height: 800 });
    const natural = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
    natural.select('three-electric-models-2026');
    await natural.updateComplete;
    const naturalPlot = part(natural, 'plot')!.getBoundingClientRect().height;
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
    };
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message); // "ResizeObserver loop completed with undelivered notifications"
    window.addEventListener('error', onError);
    try {
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline style="height: 600px"></alpine-timeline>`));
      el.select('three-electric-models-2026');
      await el.updateComplete;
      await frames(4); // settled: an update still to come would see the height gone before the layout does
      await el.updateComplete;
      expect(part(el, 'plot')!.getBoundingClientRect().height, 'the plot does not fill the given height').to.be.greaterThan(naturalPlot + 40);
      // the plot, stretched beside the detail, gets its own height back: the update that the
      // plot's probe asks for changed the probe again in the frame that reported it (the page got
      // the resize loop error: the List button of a bounded element, pressed after its height was
      // taken away, failed a test under load)
      el.style.height = '';
      await frames(3);
      await el.updateComplete;
      expect(errors, 'the height taken away').to.deep.equal([]);
      expect(part(el, 'plot')!.getBoundingClientRect().height, 'the plot kept the height taken away').to.be.closeTo(naturalPlot, 0.5);
      el.style.height = '600px';
      await frames(3);
      await el.updateComplete;
      expect(errors, 'the height given back').to.deep.equal([]);
      expect(el.getBoundingClientRect().bottom - part(el, 'overview')!.getBoundingClientRect().bottom, 'the given height is not filled').to.be.below(1.5);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('colours the era bands alternately, the first with --at-era-1', async () => {
    const el = await drawn(await timelineFixture());
    const colour = (name: string) => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.background = getComputedStyle(el).getPropertyValue(name);
      const value = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return value;
    };
    const [one, two] = [colour('--at-era-1'), colour('--at-era-2')];
    expect(one).to.not.equal(two);
    const eras = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="era"]')];
    expect(eras.length).to.be.at.least(3);
    expect(eras.map(bg)).to.deep.equal(eras.map((_, i) => (i % 2 ? two : one)));
    // the vertical layout's bands too (their tint is the --band each one takes)
    el.orientation = 'vertical';
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="era"]'), 'no vertical era');
    const bands = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="plot"].vertical [part~="era"]')];
    const tint = (era: HTMLElement) => getComputedStyle(era).getPropertyValue('--band').trim();
    const [first, second] = [getComputedStyle(el).getPropertyValue('--at-era-1').trim(), getComputedStyle(el).getPropertyValue('--at-era-2').trim()];
    expect(bands.length).to.be.at.least(3);
    expect(bands.map(tint)).to.deep.equal(bands.map((_, i) => (i % 2 ? second : first)));
  });

  it('fills a given height with lanes: a tall element labels more events, as many lanes as fit, fewer when it shrinks', async () => {
    await setViewport({ width: 1280, height: 1000 });
    const pad = (n: number) => String(n).padStart(2, '0');
    const dense = {
      title: 'Dense',
      events: Array.from({ length: 1500 }, (_, i) => ({ id: `e${i}`, date: `${1950 + (i % 70)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`, title: `Berlinette ${i} leaves Dieppe` })),
    };
    const labelled = (el: AlpineTimeline) => marks(el).filter((m) => !m.matches('[part~="unlabelled"]'));
    const lanes = (el: AlpineTimeline) => new Set(labelled(el).map((m) => Math.round(m.getBoundingClientRect().top))).size;
    const lowest = (el: AlpineTimeline) => Math.max(...labelled(el).map((m) => m.getBoundingClientRect().bottom));
    const atBottom = (el: AlpineTimeline) => el.getBoundingClientRect().bottom - part(el, 'overview')!.getBoundingClientRect().bottom;

    const natural = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline .data=${dense}></alpine-timeline>`));
    expect(lanes(natural)).to.equal(8); // dense enough to need every lane an element of its own height has
    const eightLaneLabels = labelled(natural).length;
    const tall = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline style="height: 960px" .data=${dense}></alpine-timeline>`));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done))); // the frame that lays out the plot has painted
    const plot = () => part(tall, 'plot')!.getBoundingClientRect();
    expect(lanes(tall), 'lanes in a 960 px element').to.be.at.least(14);
    expect(labelled(tall).length).to.be.greaterThan(labelled(natural).length * 1.5);
    expect(lowest(tall), 'a label below the plot').to.be.at.most(plot().bottom + 0.5);
    expect(plot().bottom - lowest(tall), 'room for another lane left empty').to.be.below(46 + 8 + 6);
    expect(atBottom(tall)).to.be.below(1.5);
    const tallLanes = lanes(tall);

    // shorter: fewer lanes, still inside the plot (the ResizeObserver frame lays it out again)
    tall.style.height = '700px';
    await waitUntil(() => lanes(tall) < tallLanes, 'the lanes did not follow a smaller height');
    await tall.updateComplete;
    expect(lanes(tall)).to.be.within(9, tallLanes - 1);
    expect(lowest(tall)).to.be.at.most(plot().bottom + 0.5);
    expect(atBottom(tall)).to.be.below(1.5);
    // a zoomed view uses the room too, and the picture exported shows every lane on screen
    tall.zoomTo(new Date('1960-01-01'), new Date('1990-01-01'));
    await waitUntil(() => labelled(tall).every((m) => Number(m.dataset.year) >= 1959 && Number(m.dataset.year) <= 1990), 'the view did not zoom');
    await tall.updateComplete;
    expect(lanes(tall)).to.be.above(8);
    expect(lowest(tall)).to.be.at.most(plot().bottom + 0.5);
    const svg = new DOMParser().parseFromString(tall.exportSVG(), 'image/svg+xml').documentElement;
    const below = lowest(tall) - plot().top;
    expect(Number(svg.getAttribute('height')), 'the export cut the lowest lanes').to.be.above(below);

    // a height given after the first render is filled too, and taken away gives the lanes back
    natural.style.height = '960px';
    await waitUntil(() => lanes(natural) >= 14, `a height given later was not filled: ${lanes(natural)} lanes`);
    expect(lowest(natural)).to.be.at.most(part(natural, 'plot')!.getBoundingClientRect().bottom + 0.5);
    // the whole timeline exported at the width on screen uses the lanes on screen too (it used 8)
    const exported = new DOMParser().parseFromString(natural.exportSVG({ range: 'all' }), 'image/svg+xml');
    const exportedLabels = [...exported.querySelectorAll('g.events > g[data-id]')].filter((g) => g.querySelector('text')).length;
    expect(exportedLabels, 'labels in the exported whole timeline').to.be.closeTo(labelled(natural).length, labelled(natural).length * 0.1);
    expect(exportedLabels).to.be.greaterThan(eightLaneLabels * 1.5);
    natural.style.height = '';
    await waitUntil(() => lanes(natural) === 8, `the lanes stayed after the height was taken away: ${lanes(natural)}`);
    // a height smaller than the plot's own, given after the first render (a page's style that
    // changed, full screen on a short screen): kept to at once, with fewer lanes, and given back
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message); // "ResizeObserver loop completed with undelivered notifications", say
    window.addEventListener('error', onError);
    try {
      natural.style.height = '420px';
      await waitUntil(() => atBottom(natural) > -0.5, `the overview ends ${-atBottom(natural)} px below a 420 px element`);
      await natural.updateComplete;
      expect(lanes(natural)).to.be.within(3, 7);
      expect(lowest(natural)).to.be.at.most(part(natural, 'plot')!.getBoundingClientRect().bottom + 0.5);
      natural.style.height = '';
      await waitUntil(() => lanes(natural) === 8, `the lanes stayed after the small height was taken away: ${lanes(natural)}`);
      await new Promise(requestAnimationFrame);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('takes a header, a footer and a custom detail view through slots', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline>
      <h1 slot="header">Our brand story</h1>
      <p slot="footer">Source: our archive</p>
      <div slot="detail" id="custom-detail">Custom detail</div>
    </alpine-timeline>`);
    await drawn(el);
    const slots = [...el.shadowRoot!.querySelectorAll('slot')];
    const header = slots.find((s) => s.name === 'header')!;
    expect(header.assignedElements()[0]!.textContent).to.equal('Our brand story');
    expect(slots.find((s) => s.name === 'footer')!.assignedElements()[0]!.textContent).to.equal('Source: our archive');
    // The region keeps the dataset title as its name.
    expect(part(el, 'base')!.getAttribute('aria-label')).to.match(/Alpine/);
    el.select('founding-1955');
    await el.updateComplete;
    const detailSlot = part(el, 'detail')!.querySelector('slot[name="detail"]') as HTMLSlotElement;
    expect(detailSlot.assignedElements()[0]!.id).to.equal('custom-detail');
    expect(part(el, 'detail-title')).to.equal(null);
    expect(part(el, 'detail-next')).to.exist;
  });

  it('prints a dark theme in the light theme\'s colours, and story mode without its buttons', async () => {
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline theme="dark"></alpine-timeline>`));
    const screen = getComputedStyle(el).getPropertyValue('--at-text').trim();
    await emulateMedia({ media: 'print' });
    try {
      await el.updateComplete;
      expect(getComputedStyle(el).getPropertyValue('--at-text').trim(), 'text colour on paper').to.equal('#1b1f24');
      expect(getComputedStyle(el).getPropertyValue('--at-background').trim()).to.equal('#ffffff');
      el.mode = 'story';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.story-nav')!.checkVisibility(), 'the chapter buttons print').to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(el).getPropertyValue('--at-text').trim()).to.equal(screen);
  });

  it('prints a static view of the whole timeline with every milestone and no controls', async () => {
    const el = await drawn(await timelineFixture());
    el.zoomTo('2015', '2029', { animate: false });
    await el.updateComplete;
    expect(marks(el).some((m) => m.dataset['id'] === 'founding-1955')).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => marks(el).some((m) => m.dataset['id'] === 'founding-1955'), 'print did not show everything');
      const host = el.getBoundingClientRect();
      const milestones = marks(el).filter((m) => m.part.contains('milestone') && !m.part.contains('unlabelled'));
      expect(milestones.map((m) => m.dataset['year'])).to.deep.equal(['1955', '1965', '1969', '2017', '2025']);
      for (const m of milestones) {
        const r = m.getBoundingClientRect();
        expect(r.left).to.be.at.least(host.left - 0.5);
        expect(r.right).to.be.at.most(host.right + 0.5);
      }
      expect(getComputedStyle(part(el, 'controls')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'overview')!).display).to.equal('none');
      // laid out for a portrait page (a 1280 px screen's layout was cut at the paper's edge)
      const last = milestones[milestones.length - 1]!.getBoundingClientRect();
      expect(last.right - host.left, 'wider than a portrait page').to.be.at.most(680);
      // on paper a title cut short cannot be read: every event of the dataset is labelled, whole
      const labelled = marks(el).filter((m) => !m.part.contains('unlabelled'));
      expect(labelled.length, 'events labelled').to.equal(el.timeline!.events.length);
      const cut = labelled.map((m) => m.querySelector<HTMLElement>('[part~="event-title"]')!).filter((t) => t.scrollWidth > t.clientWidth);
      expect(cut.map((t) => t.textContent), 'titles cut short').to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => !marks(el).some((m) => m.dataset['id'] === 'founding-1955'), 'the zoomed view did not come back');
  });

  it('prints right to left with the axis and the stems under their labels, from the right edge', async () => {
    const el = await drawn(await timelineFixture(undefined, 'dir=rtl'));
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => part(el, 'plot')!.getBoundingClientRect().width <= 680, 'the plot was not laid out for paper');
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      const plot = part(el, 'plot')!.getBoundingClientRect();
      expect(host.right - plot.right, 'the plot starts at the right edge').to.be.below(30);
      const centres = marks(el)
        .filter((m) => m.part.contains('milestone') && !m.part.contains('unlabelled'))
        .map((m) => {
          const r = m.querySelector('[part~="marker"]')!.getBoundingClientRect();
          return r.left + r.width / 2;
        });
      expect(centres.length).to.equal(5);
      // the milestones' stems run down from the axis to their markers (they were drawn 600 px away on a wide page)
      const stems = el.shadowRoot!.querySelector('path.stem.milestone')!.getBoundingClientRect();
      expect(stems.left).to.be.closeTo(Math.min(...centres), 2);
      expect(stems.right).to.be.closeTo(Math.max(...centres), 2);
      const axis = part(el, 'axis')!.getBoundingClientRect();
      expect(axis.left).to.be.at.least(plot.left - 1);
      expect(axis.right).to.be.at.most(plot.right + 1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
