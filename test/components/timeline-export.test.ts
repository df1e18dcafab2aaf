import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, marks, part, timelineFixture } from '../helpers.js';

/** Parses an exported SVG; fails the test on any XML error. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  expect(error, error?.textContent ?? '').to.equal(null);
  return doc;
}

/** Loads markup as an image from a blob: URL. */
async function loadAsImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG did not load as an image'));
      image.src = url;
    });
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const eventIds = (doc: Document) => [...doc.querySelectorAll('g.event[data-id]')].map((g) => g.getAttribute('data-id'));

describe('<alpine-timeline> exportSVG / exportPNG', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('exports well-formed XML that loads as an image, with role="img" and the dataset title', async () => {
    const el = await drawn(await timelineFixture());
    const svg = el.exportSVG();
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.querySelector(':scope > title')!.textContent).to.equal(part(el, 'title')!.textContent);
    // Standalone: nothing to fetch, no HTML inside, no stylesheet.
    expect(svg).not.to.match(/<foreignObject|<style|<script|<image|href=|url\(|@import/i);
    const image = await loadAsImage(svg);
    expect(image.naturalWidth).to.equal(Number(root.getAttribute('width')));
    expect(image.naturalWidth).to.be.greaterThan(0);
    expect(image.naturalHeight).to.be.greaterThan(100);
  });

  it('draws the same marks as the screen: event ids and titles, clusters and their counts, eras and ticks', async () => {
    await setViewport({ width: 800, height: 800 }); // narrow enough for clusters
    const el = await drawn(await timelineFixture());
    await setViewport({ width: 800, height: 800 });
    await drawn(el);
    const doc = parse(el.exportSVG());
    const screen = marks(el).map((m) => m.dataset['id']);
    expect(eventIds(doc)).to.have.members(screen);
    for (const mark of marks(el)) {
      const g = doc.querySelector(`g.event[data-id="${CSS.escape(mark.dataset['id']!)}"]`)!;
      const title = mark.querySelector('[part~="event-title"]')?.textContent ?? mark.querySelector('button')!.getAttribute('title')!;
      expect(g.querySelector('title')!.textContent).to.contain(title.replace(/^.* — /, '').trim());
      expect(g.classList.contains('milestone')).to.equal(mark.part.contains('milestone'));
      expect(g.classList.contains('unlabelled')).to.equal(mark.part.contains('unlabelled'));
    }
    const clusters = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cluster"]')].map((c) => c.dataset['count']);
    expect([...doc.querySelectorAll('g.cluster')].map((g) => g.getAttribute('data-count'))).to.deep.equal(clusters);
    expect(doc.querySelectorAll('g.era').length).to.equal(el.shadowRoot!.querySelectorAll('[part~="era"]').length);
    const ticks = [...el.shadowRoot!.querySelectorAll('g.axis .tick text')].map((t) => t.textContent);
    expect([...doc.querySelectorAll('g.axis .tick text')].map((t) => t.textContent)).to.deep.equal(ticks);
    // Milestones are diamonds (a rotated square), planned events a dashed ring.
    expect(doc.querySelector('g.event.milestone .marker')!.getAttribute('transform')).to.contain('rotate(45)');
    expect(doc.querySelector('g.event.planned .marker [stroke-dasharray]')).to.exist;
  });

  it('cuts long labels with an ellipsis from measured widths, inside their label box', async () => {
    await setViewport({ width: 375, height: 800 });
    // titles longer than the plot is wide: cut whatever room their lanes have
    const long: TimelineDataset = {
      title: 'Long titles',
      events: [
        { id: 'a', date: '1950', title: 'A title far longer than a narrow plot could ever show whole, '.repeat(3).trim() },
        { id: 'b', date: '1970', title: 'Short' },
        { id: 'c', date: '1990', title: 'Another title much too long for a phone held upright, '.repeat(3).trim(), milestone: true },
      ],
    };
    const el = await drawn(await timelineFixture(long, 'orientation=horizontal'));
    await setViewport({ width: 375, height: 800 });
    await drawn(el);
    const host = document.createElement('div');
    host.innerHTML = el.exportSVG(); // a parsed, trusted test document, to measure its text
    document.body.append(host);
    try {
      const cut = [...host.querySelectorAll<SVGTextElement>('g.event text.event-title')].filter((t) => t.textContent!.endsWith('…'));
      expect(cut.length).to.be.greaterThan(0);
      for (const mark of marks(el).filter((m) => !m.part.contains('unlabelled'))) {
        const t = host.querySelector<SVGTextElement>(`g.event[data-id="${CSS.escape(mark.dataset['id']!)}"] text.event-title`)!;
        expect(t.getComputedTextLength()).to.be.at.most(mark.getBoundingClientRect().width - 28 + 0.5);
      }
    } finally {
      host.remove();
    }
  });

  it('escapes hostile text from the data', async () => {
    const hostile = `</text><script>alert("x")</script> & 'quotes' <b>`;
    const data: TimelineDataset = {
      title: `Title ${hostile}`,
      eras: [{ id: 'era"><x', label: `Era ${hostile}`, start: '1950', end: '1960' }],
      categories: [{ id: 'c', label: 'C', color: 'tomato' }],
      events: [
        { id: `id-"'<&>`, date: '1955', title: `Event ${hostile}`, milestone: true, category: 'c' },
        { id: 'plain', date: '1958', title: 'Plain', status: 'planned' },
      ],
    };
    const el = await drawn(await timelineFixture(data));
    const svg = el.exportSVG();
    expect(svg).not.to.contain('<script');
    expect(svg).not.to.contain('<b>');
    const doc = parse(svg);
    expect(doc.querySelector('script, b')).to.equal(null);
    expect(doc.documentElement.querySelector(':scope > title')!.textContent).to.equal(`Title ${hostile}`);
    expect(eventIds(doc)).to.include(`id-"'<&>`);
    const g = doc.querySelector('g.event.milestone')!;
    expect(g.querySelector('title')!.textContent).to.contain(`Event ${hostile}`);
    expect([...g.querySelectorAll('.marker [fill]')].map((s) => s.getAttribute('fill'))).to.include('#ff6347'); // its category colour
    expect(doc.querySelector('g.era')!.getAttribute('data-id')).to.equal('era"><x');
    await loadAsImage(svg);
  });

  it('drops characters XML cannot hold', async () => {
    const el = await drawn(await timelineFixture({ title: 'Bell\u0007 and \ud800 lone', events: [{ id: 'a', date: '2000', title: 'Nul\u0000 char' }] }));
    const doc = parse(el.exportSVG());
    expect(doc.documentElement.querySelector(':scope > title')!.textContent).to.equal('Bell and  lone');
  });

  it('takes its colours from the theme and from the page’s custom properties', async () => {
    const el = await drawn(await timelineFixture());
    el.style.setProperty('--at-accent', 'rgb(200, 16, 46)');
    el.style.setProperty('--at-background', 'papayawhip');
    const doc = parse(el.exportSVG());
    expect(doc.querySelector('rect.background')!.getAttribute('fill')).to.equal('#ffefd5');
    const milestone = doc.querySelector('g.event.milestone .marker')!;
    expect([...milestone.querySelectorAll('[fill]')].map((s) => s.getAttribute('fill'))).to.include('#c8102e');

    el.style.removeProperty('--at-accent');
    el.style.removeProperty('--at-background');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    const dark = parse(el.exportSVG());
    expect(dark.querySelector('rect.background')!.getAttribute('fill')).to.equal('#0d1117');
    expect(dark.querySelector('text.title')!.getAttribute('fill') ?? dark.querySelector('svg > g')!.getAttribute('fill')).to.equal('#e6edf3');
    // Translucent era colours become a colour and an opacity.
    const era = dark.querySelector('g.era rect')!;
    expect(era.getAttribute('fill')).to.equal('rgb(108,182,255)');
    expect(Number(era.getAttribute('fill-opacity'))).to.be.closeTo(0.07, 0.001);

    el.setAttribute('theme', 'alpine');
    await el.updateComplete;
    const alpine = parse(el.exportSVG());
    expect(alpine.querySelector('text.title')!.textContent).to.equal(part(el, 'title')!.textContent!.toLocaleUpperCase('en'));
  });

  it('draws the legend under the title when a category has a colour, in the reader’s language, the plot below it', async () => {
    const data: TimelineDataset = {
      title: 'Legend',
      categories: [
        { id: 'cars', label: { en: 'Cars', fr: 'Voitures' }, color: '#cf222e' },
        { id: 'people', label: { en: 'People', fr: 'Personnes' } },
      ],
      events: [
        { id: 'a', date: '1960', title: 'A car', category: 'cars' },
        { id: 'b', date: '1962', title: 'A person', category: 'people' },
      ],
    };
    const el = await drawn(await timelineFixture(data, 'lang=fr'));
    const svg = el.exportSVG();
    const doc = parse(svg);
    const items = [...doc.querySelectorAll('g.legend g.legend-item')];
    expect(items.map((g) => g.querySelector('text')!.textContent)).to.deep.equal(['Voitures', 'Personnes']);
    const fills = items.map((g) => [...g.querySelectorAll('circle[fill]')].map((c) => c.getAttribute('fill')).filter((f) => f !== 'none'));
    expect(fills[0]).to.include('#cf222e');
    expect(fills[1]).to.include('#0b4ea2'); // the accent colour, as its markers have on screen
    // the legend sits between the title and the plot, and the image grows by its row
    const title = Number(doc.querySelector('text.title')!.getAttribute('y'));
    const legendY = Number(items[0]!.querySelector('text')!.getAttribute('y'));
    const plotY = Number(doc.querySelector('svg.plot')!.getAttribute('y'));
    expect(legendY).to.be.greaterThan(title);
    expect(legendY).to.be.lessThan(plotY);
    const { categories: _, ...plain } = data;
    const without = await drawn(await timelineFixture({ ...plain, events: data.events.map(({ category: __, ...e }) => e) }, 'lang=fr'));
    const other = parse(without.exportSVG());
    expect(other.querySelector('g.legend'), 'no colour, no legend').to.equal(null);
    expect(Number(doc.documentElement.getAttribute('height'))).to.be.greaterThan(Number(other.documentElement.getAttribute('height')));
    expect((await loadAsImage(svg)).naturalHeight).to.equal(Number(doc.documentElement.getAttribute('height')));
  });

  it('exports the visible window by default and the whole dataset with range: "all"', async () => {
    const el = await drawn(await timelineFixture());
    el.zoomTo('2015', '2029', { animate: false });
    await el.updateComplete;
    expect(marks(el).some((m) => m.dataset['id'] === 'founding-1955')).to.equal(false);
    const visible = parse(el.exportSVG());
    expect(eventIds(visible)).to.have.members(marks(el).map((m) => m.dataset['id']));
    expect(eventIds(visible)).not.to.include('founding-1955');
    const all = parse(el.exportSVG({ range: 'all' }));
    expect(eventIds(all)).to.include.members(['founding-1955', 'renault-association-1965', 'dieppe-plant-1969', 'new-a110-2017']);
    expect(all.documentElement.getAttribute('width')).to.equal(visible.documentElement.getAttribute('width'));
    // The screen is unchanged.
    expect(marks(el).some((m) => m.dataset['id'] === 'founding-1955')).to.equal(false);
  });

  it('exports at another width, and says why it cannot export before it has a dataset', async () => {
    const el = await drawn(await timelineFixture());
    const doc = parse(el.exportSVG({ width: 1600, range: 'all' }));
    expect(doc.documentElement.getAttribute('width')).to.equal('1600');
    const empty = document.createElement('alpine-timeline') as AlpineTimeline;
    expect(() => empty.exportSVG()).to.throw(/nothing to export/);
    // a width that is no number of pixels is named as the mistake (the dataset is there)
    for (const width of [16_385, 1e9, Number.POSITIVE_INFINITY, 0, -1, Number.NaN, 'abc' as unknown as number]) {
      expect(() => el.exportSVG({ width }), String(width)).to.throw(/\{ width \} must be a number of CSS pixels from 1 to 16384, got /);
    }
    // the widest a canvas holds is taken
    expect(parse(el.exportSVG({ width: 16_384 })).documentElement.getAttribute('width')).to.equal('16384');
    // so are a range and a scale that mean nothing (they were taken as the visible range, and a scale of 1)
    expect(() => el.exportSVG({ range: 'everything' as 'all' })).to.throw(/\{ range \} must be "visible" or "all", got "everything"/);
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 'big' as unknown as number]) {
      let error: unknown;
      await el.exportPNG({ scale }).catch((e: unknown) => (error = e));
      expect(String(error), String(scale)).to.match(/\{ scale \} must be a positive number/);
    }
  });

  it('takes null for the options of exportSVG() and exportPNG() as no options (they threw a TypeError)', async () => {
    const el = await drawn(await timelineFixture());
    expect(el.exportSVG(null)).to.equal(el.exportSVG());
    const [png, plain] = await Promise.all([el.exportPNG(null), el.exportPNG()]);
    const [a, b] = await Promise.all([createImageBitmap(png), createImageBitmap(plain)]);
    expect(png.type).to.equal('image/png');
    expect([a.width, a.height]).to.deep.equal([b.width, b.height]);
  });

  it('exports a PNG Blob whose size is the SVG size times the scale', async () => {
    const el = await drawn(await timelineFixture());
    const doc = parse(el.exportSVG());
    const [w, h] = ['width', 'height'].map((a) => Number(doc.documentElement.getAttribute(a)));
    const png = await el.exportPNG({ scale: 2 });
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([w! * 2, h! * 2]);
    const signature = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...signature]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Default scale: devicePixelRatio. The image is not blank: the background and marks are drawn.
    const plain = await createImageBitmap(await el.exportPNG());
    expect(plain.width).to.equal(Math.round(w! * (devicePixelRatio || 1)));
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [plain.width, plain.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(plain, 0, 0);
    const pixels = ctx.getImageData(0, 0, plain.width, plain.height).data;
    let accent = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === 0x0b && pixels[i + 1] === 0x4e && pixels[i + 2] === 0xa2) accent++;
    expect(accent).to.be.greaterThan(50);
  });

  it('rejects a PNG that a canvas cannot hold, naming the limit, instead of resolving to an image of another size', async () => {
    const el = await drawn(await timelineFixture());
    // (they resolved to 16384 × 223, 16384 × 1 and 1 × 1 pixels)
    for (const options of [{ width: 20_000, scale: 2 }, { width: 1e9 }, { scale: 1e-9 }, { scale: 100 }, { width: 8193, scale: 2 }]) {
      let error: unknown;
      const png = await el.exportPNG(options).catch((e: unknown) => void (error = e));
      expect(png, JSON.stringify(options)).to.equal(undefined);
      // a width past the limit is refused as exportSVG refuses it, naming the same limit
      expect(String(error), JSON.stringify(options)).to.match(
        /^Error: alpine-timeline: (exportPNG cannot make an image of \d+ × \d+ pixels .*: a canvas holds 1 to 16384 pixels a side|\{ width \} must be a number of CSS pixels from 1 to 16384, got)/,
      );
    }
    // at the limit, exactly width × scale
    const bitmap = await createImageBitmap(await el.exportPNG({ width: 4096, scale: 4 }));
    const svg = parse(el.exportSVG({ width: 4096 })).documentElement;
    expect([bitmap.width, bitmap.height]).to.deep.equal([16_384, Number(svg.getAttribute('height')) * 4]);
  });

  // Last: a Content Security Policy cannot be removed from a page once set.
  it('exports a PNG under a Content Security Policy that refuses data: images, through blob:, with no violation', async () => {
    const el = await drawn(await timelineFixture());
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const meta = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "img-src 'self' blob:" });
    document.head.append(meta);
    const png = await el.exportPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
    expect((await createImageBitmap(png)).width).to.equal(Number(parse(el.exportSVG()).documentElement.getAttribute('width')));
    await new Promise((r) => setTimeout(r, 50)); // violation events are dispatched in a task of their own
    expect(violations, 'the export never tried the refused data: URL').to.deep.equal([]);

    // The policy was in force: a data: image is refused (and reported).
    const dataImage = await new Promise<string>((resolve) => {
      const image = new Image();
      image.onload = () => resolve('loaded');
      image.onerror = () => resolve('refused');
      image.src = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/%3E';
    });
    expect(dataImage).to.equal('refused');
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal(['img-src data']);

    // A second policy that refuses blob: too: a clear error, and still nothing tried.
    document.head.append(Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "default-src 'self'" }));
    const error = await el.exportPNG({ scale: 1 }).then(
      () => 'exported',
      (e: Error) => e.message,
    );
    expect(error).to.match(/allows neither data: nor blob: in img-src/);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal(['img-src data']);
  });
});
