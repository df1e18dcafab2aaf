import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import type { TimelineDataset } from '../../src/data/types.js';
import { drawn, part, timelineFixture } from '../helpers.js';

/** A node of the browser's accessibility tree (Chromium's, as a screen reader gets it). */
interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly description?: string;
  readonly children?: AxNode[];
}

/** Every node of the tree, depth first. */
const nodes = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(nodes)];

/** The tree's nodes, once the element has rendered. */
const tree = async () => nodes((await a11ySnapshot({})) as unknown as AxNode);

/**
 * The buttons whose description repeats their name ("Zoom in, button, Zoom in"), as
 * "name | description": a tooltip (`title`) equal to the `aria-label` is the description.
 */
const heardTwice = (all: AxNode[]) =>
  all.filter((n) => n.role === 'button' && n.description && n.name!.includes(n.description)).map((n) => `${n.name} | ${n.description}`);

/** Thirty events in one year: clusters, in the plot and in the vertical layout. */
const dense: TimelineDataset = {
  title: 'Dense',
  events: [
    { id: 'first', date: '1960', title: 'The first event', milestone: true },
    ...Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: `1980-${String(1 + (i % 12)).padStart(2, '0')}`, title: `Event ${i}` })),
  ],
};

describe('<alpine-timeline> as a screen reader hears it', () => {
  after(() => setViewport({ width: 1280, height: 800 }));

  it('hears a button with a tooltip once: its name, the tooltip no description repeating it', async () => {
    // narrow: cut labels, whose marks get their date and title as a tooltip
    await setViewport({ width: 600, height: 800 });
    const el = await drawn(await timelineFixture(undefined, 'lang=en'));
    await setViewport({ width: 600, height: 800 });
    el.select('dieppe-plant-1969');
    await waitUntil(() => part(el, 'detail-close'), 'no detail');
    el.data = { title: 'Broken', events: [{ id: 'x', date: '1969-13', title: 'Bad' }] };
    await waitUntil(() => part(el, 'error-dismiss'), 'no error panel');
    await el.updateComplete;
    // the tooltips are still there
    for (const name of ['zoom-in', 'zoom-out', 'zoom-fit', 'error-dismiss']) expect(part(el, name)!.title, name).to.equal(part(el, name)!.getAttribute('aria-label'));
    expect(el.shadowRoot!.querySelector('[part~="event"] .mark[title]'), 'a cut label’s tooltip').not.to.equal(null);
    let all = await tree();
    const named = all.filter((n) => n.role === 'button').map((n) => n.name);
    expect(named).to.include.members(['Zoom in', 'Zoom out', 'Show everything', 'Dismiss']);
    expect(heardTwice(all), 'the plot, the error panel').to.deep.equal([]);
    // the detail's Close (the error panel replaced the detail above)
    el.data = undefined as unknown as TimelineDataset;
    await drawn(el);
    el.select('dieppe-plant-1969');
    await waitUntil(() => part(el, 'detail-close'), 'no detail');
    await el.updateComplete;
    expect(part(el, 'detail-close')!.title).to.equal('Close');
    all = await tree();
    expect(all.filter((n) => n.role === 'button').map((n) => n.name)).to.include('Close');
    expect(heardTwice(all), 'the detail').to.deep.equal([]);

    // clusters, in the plot and in the vertical layout
    el.data = dense;
    await waitUntil(() => el.shadowRoot!.querySelector('button.cluster[title]'), 'no cluster');
    all = await tree();
    expect(all.some((n) => n.role === 'button' && /^\d+ events/.test(n.name!)), 'a cluster in the tree').to.equal(true);
    expect(heardTwice(all), 'the plot’s clusters').to.deep.equal([]);
    await setViewport({ width: 390, height: 844 });
    el.setAttribute('orientation', 'vertical');
    await waitUntil(() => el.shadowRoot!.querySelector('button.cluster.card[title]') && el.shadowRoot!.querySelector('.mark.card[title]'), 'no vertical layout');
    await el.updateComplete;
    expect(heardTwice(await tree()), 'the vertical layout').to.deep.equal([]);
  });

  it("hears a kiosk's languages and the story's chapters once", async () => {
    const el = await timelineFixture(undefined, 'kiosk mode=story');
    await waitUntil(() => part(el, 'strip-chapter') && part(el, 'language'), 'no story strip or languages');
    await el.updateComplete;
    expect(part(el, 'strip-chapter')!.title).to.equal(part(el, 'strip-chapter')!.getAttribute('aria-label'));
    expect(part(el, 'language')!.title).not.to.equal('');
    expect(heardTwice(await tree())).to.deep.equal([]);
  });

  it('hears the texts shown in capitals as written: the title, the eras, Sources and Tags', async () => {
    // the Alpine theme sets the title in capitals too; the list's era headings, the detail's eras
    // and its Sources and Tags headings are in capitals in every theme
    const el = await timelineFixture(undefined, 'lang=en theme=alpine list-view');
    await waitUntil(() => part(el, 'list-era'), 'no list');
    el.select('renault-association-1965');
    await waitUntil(() => part(el, 'detail-era') && el.shadowRoot!.querySelector('[part~="tags"] h4'), 'no detail with eras and tags');
    await el.updateComplete;
    const all = await tree();
    const names = all.map((n) => n.name ?? '');
    // heard as written, never in capitals (some screen readers spell those, or shout them)
    for (const written of ['The history of Alpine', 'Alpine’s early years', 'Growing with Renault', 'Sources', 'Tags']) {
      expect(names, written).to.include(written);
      expect(names, `${written} in capitals`).not.to.include(written.toUpperCase());
    }
    const headings = all.filter((n) => n.role === 'heading').map((n) => n.name);
    expect(headings).to.include.members(['The history of Alpine', 'Alpine’s early years', 'Growing with Renault', 'Sources', 'Tags']);
    // the text is heard once (the capitals shown are left out of the tree)
    expect(names.filter((n) => n === 'Growing with Renault').length, 'heading, its text, the detail’s era').to.be.at.most(3);
    expect(names.filter((n) => /^GROWING/i.test(n) && n !== 'Growing with Renault')).to.deep.equal([]);
    // still shown in capitals (by the element's data-caps: the tree leaves generated text with an empty alternative out)
    for (const shown of [part(el, 'title')!, part(el, 'list-era')!, part(el, 'detail-era')!, el.shadowRoot!.querySelector('[part~="sources"] h4')!]) {
      const before = getComputedStyle(shown.querySelector('[data-caps]')!, '::before');
      expect(before.textTransform, shown.outerHTML.slice(0, 60)).to.equal('uppercase');
      expect(before.content, 'the text is shown').to.contain(shown.textContent!.trim());
    }
  });
});
