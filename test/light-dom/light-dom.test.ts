/**
 * HTML first: an `<ol>` of events written inside `<alpine-timeline>` is its dataset
 * (src/controllers/light-dom-dataset.ts). The list renders the same marks as the same data
 * given as JSON, is not displayed once the element runs, and is read again when it changes.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { readLightDomDataset } from '../../src/controllers/light-dom-dataset.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineErrorEvent } from '../../src/events/index.js';

/** What a reader sees of each mark: id, year, parts, title text. */
function markSummary(el: AlpineTimeline) {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((m) => ({
    id: m.dataset['id'],
    year: m.dataset['year'],
    parts: [...m.part].sort().join(' '),
    title: m.querySelector('[part~="event-title"]')?.textContent?.trim(),
  }));
}

async function drawn(el: AlpineTimeline, count: number): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length === count, `expected ${count} marks`);
  await el.updateComplete;
}

/** The JSON equivalent of the markup below. */
const equivalent: TimelineDataset = {
  title: 'The history of Alpine',
  defaultLanguage: 'en',
  categories: [{ id: 'brand', label: 'brand' }, { id: 'industry', label: 'industry' }],
  events: [
    { id: 'jean-redele-founds-alpine-1955', date: '1955', milestone: true, category: 'brand', title: 'Jean Rédélé founds Alpine', summary: 'He names it after the Coupe des Alpes.' },
    { id: 'renault-1965', date: '1965', milestone: true, category: 'industry', title: 'Alpine and Renault join forces' },
    { id: 'dieppe-1969', date: '1969-05', title: 'The Dieppe plant opens', milestone: true },
    { id: 'berlinette-rallies-1971', date: '1971', end: '1973', title: 'Berlinette rallies' },
    { id: 'an-electric-gt-crossover-2025', date: '2025', status: 'planned', approximate: true, title: 'An electric GT crossover' },
  ],
};

describe('HTML first: an <ol> of events in the light DOM', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));

  const markup = () => html`
    <alpine-timeline lang="en">
      <h2>The history of Alpine</h2>
      <ol>
        <li data-milestone data-category="brand">
          <time datetime="1955">1955</time> — Jean Rédélé founds Alpine
          <p>He names it after the Coupe des Alpes.</p>
        </li>
        <li data-id="renault-1965" data-milestone="true" data-category="industry"><time datetime="1965">1965</time> Alpine and Renault join forces</li>
        <li data-id="dieppe-1969" data-milestone><time datetime="1969-05">May 1969</time>: The Dieppe plant opens</li>
        <li><time>1971</time>–<time>1973</time> Berlinette rallies</li>
        <li data-status="planned" data-approximate><time datetime="2025">2025</time> An electric GT crossover</li>
      </ol>
    </alpine-timeline>
  `;

  it('reads the list as a dataset equal to its JSON equivalent', async () => {
    const el = await fixture<AlpineTimeline>(markup());
    expect(readLightDomDataset(el)?.dataset).to.deep.equal(equivalent);
  });

  it('renders the same marks (ids, years, milestone and status parts, titles) as the JSON equivalent', async () => {
    const fromHtml = await fixture<AlpineTimeline>(markup());
    const fromJson = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en" .data=${equivalent}></alpine-timeline>`);
    await drawn(fromHtml, 5);
    await drawn(fromJson, 5);
    const marks = markSummary(fromHtml);
    expect(marks).to.deep.equal(markSummary(fromJson));
    expect(marks.map((m) => m.id)).to.deep.equal(equivalent.events.map((e) => e.id));
    expect(marks.map((m) => m.year)).to.deep.equal(['1955', '1965', '1969', '1971', '2025']);
    expect(marks.filter((m) => m.parts.includes('milestone')).map((m) => m.year)).to.deep.equal(['1955', '1965', '1969']);
    expect(marks[4]!.parts).to.include('planned');
    expect(fromHtml.timeline?.title).to.equal('The history of Alpine');
    expect(fromHtml.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('The history of Alpine');
  });

  it('does not display the light-DOM list once the element has rendered', async () => {
    const el = await fixture<AlpineTimeline>(markup());
    await drawn(el, 5);
    const list = el.querySelector('ol')!;
    // named slots (header, footer, detail) take only children with slot="…"; there is no default slot
    // (booleans, not elements, in these assertions: chai would inspect a whole element to report one)
    expect(el.shadowRoot!.querySelector('slot:not([name])') === null, 'a default slot').to.equal(true);
    expect(list.assignedSlot === null, 'the list is slotted').to.equal(true);
    expect(list.checkVisibility()).to.equal(false);
    expect(list.getBoundingClientRect().height).to.equal(0);
    expect(el.querySelector('h2')!.checkVisibility()).to.equal(false);
  });

  it('shows the list as plain HTML when the element is not defined (no JavaScript)', async () => {
    const host = await fixture<HTMLElement>(html`<not-yet-timeline><ol><li><time datetime="1955">1955</time> Founding</li></ol></not-yet-timeline>`);
    expect(host.querySelector('li')!.checkVisibility()).to.equal(true);
    expect(host.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1955 Founding');
  });

  it('reads the list again when it changes', async () => {
    const el = await fixture<AlpineTimeline>(markup());
    await drawn(el, 5);
    const loaded = oneEvent(el, 'timeline-load');
    const li = document.createElement('li');
    li.dataset['id'] = 'a110-2017';
    li.innerHTML = '<time datetime="2017">2017</time> The new A110';
    el.querySelector('ol')!.append(li);
    await loaded;
    await drawn(el, 6);
    expect(markSummary(el).map((m) => m.id)).to.include('a110-2017');

    el.querySelector('li')!.remove();
    await drawn(el, 5);
    expect(markSummary(el).map((m) => m.id)[0]).to.equal('renault-1965');
  });

  it('takes the title from aria-label or data-title, and sources from <cite>', async () => {
    const el = await fixture<AlpineTimeline>(html`
      <alpine-timeline>
        <section>
          <ol aria-label="Milestones" lang="fr">
            <li><time datetime="1955">1955</time> Fondation <cite><a href="https://example.com/press">Communiqué</a></cite></li>
          </ol>
        </section>
      </alpine-timeline>
    `);
    await drawn(el, 1);
    expect(el.timeline!.title).to.equal('Milestones');
    expect(el.timeline!.defaultLanguage).to.equal('fr');
    const event = el.timeline!.events[0]!;
    expect(event.title).to.equal('Fondation');
    expect(event.sources).to.deep.equal([{ label: 'Communiqué', url: 'https://example.com/press' }]);
  });

  it('reports a bad date in the list like any invalid dataset', async () => {
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline data-title="Broken"></alpine-timeline>`);
    await waitUntil(() => el.timeline !== undefined);
    const error = oneEvent(el, 'timeline-error') as Promise<TimelineErrorEvent>;
    el.innerHTML = '<ol><li><time datetime="1969-13">1969</time> Dieppe</li></ol>';
    const { detail } = await error;
    expect(detail.origin).to.equal('inline');
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['events[0].date']);
  });

  it('prefers data, src and inline JSON over the list', async () => {
    const el = await fixture<AlpineTimeline>(html`
      <alpine-timeline .data=${{ title: 'Data', events: [{ id: 'd', date: '2000', title: 'From data' }] }}>
        <ol><li><time datetime="1955">1955</time> From the list</li></ol>
      </alpine-timeline>
    `);
    await drawn(el, 1);
    expect(markSummary(el)[0]!.id).to.equal('d');
    const inline = await fixture<AlpineTimeline>(html`
      <alpine-timeline>
        <script type="application/json">{ "title": "Inline", "events": [{ "id": "i", "date": "2001", "title": "From JSON" }] }</script>
        <ol><li><time datetime="1955">1955</time> From the list</li></ol>
      </alpine-timeline>
    `);
    await drawn(inline, 1);
    expect(markSummary(inline)[0]!.id).to.equal('i');
  });
});
