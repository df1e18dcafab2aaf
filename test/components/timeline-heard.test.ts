import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { part, timelineFixture } from '../helpers.js';

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

describe('<alpine-timeline> as a screen reader hears it', () => {
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
