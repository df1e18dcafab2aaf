import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, forcedColors, part, timelineFixture } from '../helpers.js';

/** A computed CSS colour as [r, g, b, alpha]. */
const rgba = (c: string): number[] => {
  const [r, g, b, a = 1] = c.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!, a];
};

/** WCAG's contrast ratio of two opaque colours. */
function contrast(x: number[], y: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(x), lum(y)].sort((a, b) => b - a);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The contrast of each era band's boundary line (its start) against the bands either side of it,
 * each band's tint over the element's background: the least of them, and the boundaries seen.
 */
function boundaryContrast(el: AlpineTimeline): { least: number; lines: number } {
  const base = rgba(getComputedStyle(el).backgroundColor);
  const over = (c: string) => {
    const [r, g, b, a] = rgba(c);
    return [r, g, b].map((v, i) => v! * a! + base[i]! * (1 - a!));
  };
  const bands = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="plot"] [part~="era"]')];
  let least = Infinity;
  let lines = 0;
  bands.forEach((band, i) => {
    const style = getComputedStyle(band);
    const side = band.closest('.vertical') ? 'Top' : 'Left';
    if (style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' || parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) < 1) return;
    lines++;
    const line = over(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
    const sides = [over(style.backgroundColor), i ? over(getComputedStyle(bands[i - 1]!).backgroundColor) : base];
    for (const next of sides) least = Math.min(least, contrast(line, next));
  });
  return { least, lines };
}

/** The era names the detail view shows, in order. */
const detailEras = (el: AlpineTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="detail"] [part~="detail-era"]')].map((p) => p.textContent!.trim());

interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly description?: string;
  readonly children: AxNode[];
}

/**
 * The name and description the browser's accessibility tree (Chromium's, as screen readers get
 * it) gives the node of `role` named `name`, whatever its case: Chromium's names keep the CSS's
 * `text-transform` (the plot's era names are in capitals). No description: ''.
 */
async function accessible(role: string, name: string): Promise<{ name: string; description: string }> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const node = findAccessibilityNode<AxNode>(root, (n) => n.role === role && n.name?.toLowerCase() === name.toLowerCase());
  if (!node) throw new Error(`no ${role} named "${name}" in the accessibility tree`);
  return { name: node.name!, description: node.description ?? '' };
}

/** Eras one within another, one without an end, and events in, between and outside them. */
const nested: TimelineDataset = {
  title: 'Nested',
  defaultLanguage: 'fr',
  eras: [
    { id: 'outer', label: 'The long century', start: '1900', end: '1999' },
    { id: 'inner', label: 'The short decade', start: '1950', end: '1960', summary: 'Ten years inside the century.' },
    { id: 'now', label: { fr: 'Aujourd’hui' }, start: '2010', summary: { fr: 'Encore en cours.' } },
  ],
  events: [
    { id: 'before', date: '1850', title: 'Before every era' },
    { id: 'both', date: '1955', title: 'In both' },
    { id: 'last-year', date: '1960-12-31', title: 'The last day of the decade' },
    { id: 'outer-only', date: '1970', title: 'In the century only' },
    { id: 'between', date: '2005', title: 'Between eras' },
    { id: 'open', date: '2020', title: 'Still going on' },
  ],
};

describe('<alpine-timeline> eras in the detail, the list and the tooltips', () => {
  after(() => setViewport({ width: 1280, height: 800 }));

  for (const view of ['plot', 'list', 'vertical'] as const) {
    it(`names the era an event falls in over the detail's title, whole (${view})`, async () => {
      const el = await timelineFixture(undefined, `lang=en${view === 'list' ? ' list-view' : view === 'vertical' ? ' orientation=vertical' : ''}`);
      await waitUntil(() => el.timeline, 'no dataset');
      el.select('dieppe-plant-1969');
      await waitUntil(() => part(el, 'detail-title'), 'no detail');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="plot"].vertical') !== null, 'the vertical layout').to.equal(view === 'vertical');
      expect(el.shadowRoot!.querySelector('[part~="list"]') !== null, 'the list view').to.equal(view === 'list');
      expect(detailEras(el)).to.deep.equal(['Growing with Renault']);
      const era = part(el, 'detail-era')!;
      // a line of its own right above the title, in its own direction, never cut
      expect(era.tagName).to.equal('P');
      expect(era.nextElementSibling?.getAttribute('part')).to.equal('detail-title');
      expect(era.getAttribute('dir')).to.equal('auto');
      expect(era.hasAttribute('lang'), 'a text in the reader’s language has no lang').to.equal(false);
      expect(getComputedStyle(era).whiteSpace).to.equal('normal');
      expect(era.scrollWidth).to.be.at.most(era.clientWidth + 1);
    });
  }

  it("names each era holding an event's start, end inclusive, and none outside them", async () => {
    const el = await drawn(await timelineFixture(nested, 'lang=en'));
    const eras = async (id: string) => {
      el.select(id);
      await waitUntil(() => part(el, 'detail')?.dataset['id'] === id, `no detail of ${id}`);
      await el.updateComplete;
      return detailEras(el);
    };
    expect(await eras('before'), 'before every era').to.deep.equal([]);
    expect(await eras('both'), 'one era within another: both, the outer first').to.deep.equal(['The long century', 'The short decade']);
    expect(await eras('last-year'), 'an era holds the period its end names').to.deep.equal(['The long century', 'The short decade']);
    expect(await eras('outer-only')).to.deep.equal(['The long century']);
    expect(await eras('between')).to.deep.equal([]);
    expect(await eras('open'), 'an era without an end is still going on').to.deep.equal(['Aujourd’hui']);
    // a French fallback on an English page says it is French
    expect(part(el, 'detail-era')!.getAttribute('lang')).to.equal('fr');
  });

  it("shows each era's summary under its heading in the list view", async () => {
    const el = await timelineFixture(undefined, 'lang=en list-view');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="list-era"]'), 'no list');
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector<HTMLElement>('[data-id="renault-association-1965"] [part~="list-era"]')!;
    expect(heading.textContent!.trim()).to.equal('Growing with Renault');
    const summary = heading.nextElementSibling as HTMLElement;
    expect(summary.getAttribute('part')).to.equal('list-era-summary');
    expect(summary.tagName).to.equal('P');
    expect(summary.textContent!.trim()).to.match(/^Alpine officially joins forces with Renault in 1965/);
    expect(summary.getAttribute('dir')).to.equal('auto');
    // under its heading, across the list (not in the titles' column of the events' summaries)
    expect(summary.getBoundingClientRect().left).to.be.closeTo(heading.getBoundingClientRect().left, 0.5);
    expect(summary.getBoundingClientRect().top).to.be.at.least(heading.getBoundingClientRect().bottom - 0.5);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-era-summary"]'), 'one per era').to.have.length(3);
    // still a list of the events only
    expect(el.shadowRoot!.querySelectorAll('[part~="list"] > li')).to.have.length(11);

    // a summary in a fallback language says so; an era without one has none
    el.data = nested;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-id="open"] [part~="list-era-summary"]'), 'no summary of the open era');
    const open = el.shadowRoot!.querySelector<HTMLElement>('[data-id="open"] [part~="list-era-summary"]')!;
    expect(open.textContent!.trim()).to.equal('Encore en cours.');
    expect(open.getAttribute('lang')).to.equal('fr');
    const both = el.shadowRoot!.querySelector('[data-id="both"]')!;
    expect([...both.children].map((c) => `${c.tagName} ${c.getAttribute('part') ?? ''}`.trim()).slice(0, 3)).to.deep.equal([
      'H3 list-era',
      'H3 list-era',
      'P list-era-summary',
    ]);
  });

  it("gives the era band's name and summary as its tooltip", async () => {
    const el = await drawn(await timelineFixture(undefined, 'lang=en'));
    const label = el.shadowRoot!.querySelector<HTMLElement>('[part~="era"][data-id="growing-with-renault"] [part~="era-label"]')!;
    expect(label.textContent!.trim()).to.equal('Growing with Renault');
    // the whole name, then the summary on a line of its own
    expect(label.getAttribute('title')).to.match(/^Growing with Renault\nAlpine officially joins forces with Renault in 1965/);
    // one line in the band, as before
    expect(getComputedStyle(label).whiteSpace).to.equal('nowrap');
    // an era without a summary: its name alone
    const other = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en" .data=${nested}></alpine-timeline>`);
    await drawn(other);
    expect(other.shadowRoot!.querySelector('[part~="era"][data-id="outer"] [part~="era-label"]')!.getAttribute('title')).to.equal('The long century');
  });

  it("names an era band's button by the era alone and describes it by its summary alone (accessibility tree)", async () => {
    await drawn(await timelineFixture(nested, 'lang=en'));
    // the title was the description, the name heard twice: "THE SHORT DECADE" (its text, in capitals),
    // then "The short decade Ten years inside the century."
    expect(await accessible('button', 'The short decade')).to.deep.equal({ name: 'The short decade', description: 'Ten years inside the century.' });
    // a name and a summary in the fallback language
    expect(await accessible('button', 'Aujourd’hui')).to.deep.equal({ name: 'Aujourd’hui', description: 'Encore en cours.' });
    // no summary: the name, and no description (it was "THE LONG CENTURY", then "The long century")
    expect(await accessible('button', 'The long century')).to.deep.equal({ name: 'The long century', description: '' });
  });

  it("gives the vertical layout's era names the same tooltip, and its era headings the summary as their description", async () => {
    const el = await timelineFixture(nested, 'lang=en orientation=vertical');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="era-label"]'), 'no vertical era');
    await el.updateComplete;
    const label = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="plot"].vertical [part~="era"][data-id="${id}"] [part~="era-label"]`)!;
    // the hover tooltip: the whole name, then the summary on a line of its own (it was the name alone)
    expect(label('inner').getAttribute('title')).to.equal('The short decade\nTen years inside the century.');
    expect(label('now').getAttribute('title')).to.equal('Aujourd’hui\nEncore en cours.');
    expect(label('outer').getAttribute('title')).to.equal('The long century');
    // the bands only draw; a screen reader gets each era from its heading: the name, then the summary
    expect(label('inner').closest('[part~="era"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(await accessible('heading', 'The short decade')).to.deep.equal({ name: 'The short decade', description: 'Ten years inside the century.' });
    expect(await accessible('heading', 'Aujourd’hui')).to.deep.equal({ name: 'Aujourd’hui', description: 'Encore en cours.' });
    expect(await accessible('heading', 'The long century')).to.deep.equal({ name: 'The long century', description: '' });
  });

  it('tints each era band by its place in the dataset: no band changes colour while another leaves the view', async () => {
    const el = await drawn(await timelineFixture(undefined, 'lang=en'));
    // each band's tint, on screen and in the exported SVG, by era
    const tints = async () => {
      await el.updateComplete;
      const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="plot"] [part~="era"]')].map((b) => `${b.dataset['id']}: ${getComputedStyle(b).backgroundColor}`);
      const doc = new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml');
      const exported = [...doc.querySelectorAll('g.era')].map((g) => `${g.getAttribute('data-id')}: ${g.querySelector('rect')!.getAttribute('fill')}`);
      return { shown, exported };
    };
    el.zoomTo('1958', '2026', { animate: false });
    const all = await tints();
    expect(all.shown.map((t) => t.split(':')[0])).to.deep.equal(['early-years', 'growing-with-renault', 'renault-group-sports-brand']);
    const [early, renault, brand] = all.shown.map((t) => t.split(': ')[1]);
    expect(early, 'neighbours differ').not.to.equal(renault);
    expect(brand).to.equal(early);
    // panned: the first era left the view, the others keep their tints (they swapped)
    el.zoomTo('1970', '2026', { animate: false });
    const panned = await tints();
    expect(panned.shown).to.deep.equal(all.shown.slice(1));
    expect(panned.exported).to.deep.equal(all.exported.slice(1));
  });

  for (const theme of ['light', 'dark', 'alpine']) {
    it(`draws where an era begins at 3:1 or more against both bands (${theme} theme, plot and vertical layout)`, async () => {
      const el = await drawn(await timelineFixture(undefined, `lang=en theme=${theme}`));
      el.zoomTo('1958', '2026', { animate: false });
      await el.updateComplete;
      // the tints alone are 1.1:1 apart; the line was 1.2-1.7:1 (the border colour)
      const plot = boundaryContrast(el);
      expect(plot.lines, 'a line at each era in view').to.equal(3);
      expect(plot.least, 'plot').to.be.at.least(3);
      await setViewport({ width: 390, height: 844 });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="era"]'), 'no vertical layout');
      await el.updateComplete;
      const vertical = boundaryContrast(el);
      expect(vertical.lines, 'a line at each era').to.equal(3);
      expect(vertical.least, 'vertical layout').to.be.at.least(3);
      await setViewport({ width: 1280, height: 800 });
    });
  }

  it('keeps the eras apart in forced colours (high contrast): a boundary line in the text colour', async () => {
    await forcedColors(true);
    try {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1958', '2026', { animate: false });
      await el.updateComplete;
      const { least, lines } = boundaryContrast(el);
      expect(lines).to.equal(3);
      expect(least).to.be.at.least(3);
    } finally {
      await forcedColors(false);
    }
  });

  it("draws the exported SVG's era boundaries as the screen does", async () => {
    const el = await drawn(await timelineFixture(undefined, 'lang=en'));
    const doc = new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml');
    const line = doc.querySelector('g.era line')!;
    // the axis' colour, dashed (it was the border colour, 1.2:1 against the bands)
    expect(line.getAttribute('stroke')).to.equal(doc.querySelector('g.tick line')!.getAttribute('stroke'));
    expect(line.getAttribute('stroke-dasharray')).to.equal('3');
  });
});
