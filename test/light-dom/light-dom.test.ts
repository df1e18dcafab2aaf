/**
 * HTML first: an `<ol>` of events written inside `<alpine-timeline>` is its dataset
 * (src/controllers/light-dom-dataset.ts). The list renders the same marks as the same data
 * given as JSON, is not displayed once the element runs (but stays in sight when it is rejected
 * with nothing else on screen), and is read again when it changes.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { readLightDomDataset } from '../../src/controllers/light-dom-dataset.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineErrorEvent } from '../../src/events/index.js';
import { centre } from '../helpers.js';

interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly children?: readonly AxNode[];
}

/** How many times a screen reader meets `text` on the page, and how many of those inside an alert. */
async function heard(text: string): Promise<{ times: number; inAlert: number }> {
  const count = { times: 0, inAlert: 0 };
  const walk = (node: AxNode, alert: boolean) => {
    if (node.name?.includes(text) && !node.children?.some((c) => c.name?.includes(text))) {
      count.times++;
      if (alert) count.inAlert++;
    }
    for (const child of node.children ?? []) walk(child, alert || node.role === 'alert');
  };
  walk((await a11ySnapshot({})) as unknown as AxNode, false);
  return count;
}

/** Whether the reader sees the element: displayed, with a box. */
const seen = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().height > 0;

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
    // while a timeline shows
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
    expect(detail.problems[0]!.message).to.contain('1969-13'); // the parser's own words for a bad date
    // an item with no <time> at all is told as such, in the panel too
    const missing = oneEvent(el, 'timeline-error') as Promise<TimelineErrorEvent>;
    el.innerHTML = '<ol><li><time datetime="1955">1955</time> Founding</li><li>Dieppe, with no date</li></ol>';
    const [problem] = (await missing).detail.problems;
    expect(problem!.path).to.equal('events[1].date');
    expect(problem!.message).to.match(/^list item 2 has no <time> for its date/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('list item 2 has no <time> for its date');
  });

  it('never takes a list given to a slot (footer credits) for the events: the default history shows', async () => {
    const el = await fixture<AlpineTimeline>(html`
      <alpine-timeline lang="en">
        <div slot="footer"><p>Sources:</p><ol><li>Alpine press release, 28 January 2022</li><li>Photo credits: Renault</li></ol></div>
      </alpine-timeline>
    `);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'the Alpine history was not drawn');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'an error panel is shown').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('The history of Alpine');
    const credits = el.querySelector('[slot="footer"] li')!;
    expect(credits.checkVisibility(), 'the footer credits are hidden').to.equal(true);

    // an <ol slot="…"> child is slot content too; the events' list beside it is read
    const beside = await fixture<AlpineTimeline>(html`
      <alpine-timeline lang="en">
        <ol slot="footer"><li>Photo credits: Renault</li></ol>
        <section><ol><li><time datetime="1955">1955</time> Founding</li></ol></section>
      </alpine-timeline>
    `);
    await drawn(beside, 1);
    expect(markSummary(beside).map((m) => m.title)).to.deep.equal(['Founding']);
    expect(beside.problems).to.deep.equal([]);
    expect(beside.querySelector('[slot="footer"] li')!.checkVisibility(), 'the footer credits are hidden').to.equal(true);

    // nor is a heading given to a slot the dataset's title
    const titled = await fixture<AlpineTimeline>(html`
      <alpine-timeline lang="en">
        <h2 slot="footer">Credits</h2>
        <ol><li><time datetime="1955">1955</time> Founding</li></ol>
      </alpine-timeline>
    `);
    await drawn(titled, 1);
    expect(titled.timeline?.title, 'the footer heading titles the timeline').to.equal('Timeline');
  });

  describe('a list with a mistake, and no dataset shown before', () => {
    // the README's example, with one unsafe link
    const broken = () => html`
      <alpine-timeline lang="en">
        <h2>The history of Alpine</h2>
        <ol>
          <li data-milestone data-category="brand"><time datetime="1955">1955</time> Jean Rédélé founds Alpine</li>
          <li data-id="dieppe-plant-1969" data-milestone><time datetime="1969">1969</time> The Dieppe plant opens</li>
          <li><time datetime="1971">1971</time>–<time datetime="1973">1973</time> Rally titles for the A110</li>
          <li data-status="planned" data-approximate>
            <time datetime="2025">2025</time> An electric GT crossover built in Dieppe
            <cite><a href="javascript:alert(1)">Alpine press release</a></cite>
          </li>
        </ol>
      </alpine-timeline>
    `;

    it('keeps the list in sight, as the page wrote it, under the panel naming where the mistake is', async () => {
      const el = await fixture<AlpineTimeline>(broken());
      await waitUntil(() => el.problems.length > 0, 'the list was not rejected');
      await el.updateComplete;
      expect(el.problems.map((p) => p.path)).to.deep.equal(['events[3].sources[0].url']);
      const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(panel.textContent).to.contain('events[3].sources[0].url');
      const items = [...el.querySelectorAll('li')];
      expect(items.map(seen), 'the items shown').to.deep.equal([true, true, true, true]);
      expect(seen(el.querySelector('h2')!), 'the heading shown').to.equal(true);
      expect(items[0]!.getBoundingClientRect().top, 'the list starts under the panel').to.be.at.least(panel.getBoundingClientRect().bottom);
      // read once, and not as part of the alert
      expect(await heard('The Dieppe plant opens')).to.deep.equal({ times: 1, inAlert: 0 });
      expect(await heard('The history of Alpine')).to.deep.equal({ times: 1, inAlert: 0 });

      // dismissing the panel leaves the list
      await sendMouse({ type: 'click', position: centre(el.shadowRoot!.querySelector('[part~="error-dismiss"]')!) });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'the panel stays').to.equal(true);
      expect(items.map(seen), 'the items shown after dismissing').to.deep.equal([true, true, true, true]);

      // fixed, it is the timeline's dataset again: drawn, the list hidden
      const loaded = oneEvent(el, 'timeline-load');
      el.querySelector('a')!.setAttribute('href', 'https://example.com/press');
      await loaded;
      await drawn(el, 4);
      expect(items.map(seen), 'the items shown beside the timeline').to.deep.equal([false, false, false, false]);
      expect(await heard('The Dieppe plant opens')).to.deep.equal({ times: 1, inAlert: 0 }); // the mark's name
    });

    it('fires timeline-error naming the item, and a dataset given later replaces the list', async () => {
      // (made by hand, to listen before it is connected and reads the list)
      const fresh = document.createElement('alpine-timeline');
      fresh.lang = 'en';
      fresh.innerHTML = '<ol><li><time datetime="1955">1955</time> Founding</li><li><time datetime="1969-5">May 1969</time> The Dieppe plant opens</li></ol>';
      const error = oneEvent(fresh, 'timeline-error') as Promise<TimelineErrorEvent>;
      document.body.append(fresh);
      try {
        const { detail } = await error;
        expect(detail.problems.map((p) => p.path)).to.deep.equal(['events[1].date']);
        expect(detail.keptPrevious).to.equal(false);
        await fresh.updateComplete;
        expect([...fresh.querySelectorAll('li')].map(seen)).to.deep.equal([true, true]);

        fresh.data = { title: 'Data', events: [{ id: 'd', date: '2000', title: 'From data' }] };
        await drawn(fresh, 1);
        expect([...fresh.querySelectorAll('li')].map(seen), 'the list shown beside the data').to.deep.equal([false, false]);
      } finally {
        fresh.remove();
      }
    });

    it('keeps the list hidden when the timeline drawn from it stays on screen', async () => {
      const el = await fixture<AlpineTimeline>(markup());
      await drawn(el, 5);
      const error = oneEvent(el, 'timeline-error') as Promise<TimelineErrorEvent>;
      el.querySelector('[data-id="dieppe-1969"] time')!.setAttribute('datetime', '1969-5');
      const { detail } = await error;
      expect(detail.keptPrevious).to.equal(true);
      await el.updateComplete;
      expect(markSummary(el).length, 'the marks drawn before').to.equal(5);
      expect([...el.querySelectorAll('li')].some(seen), 'a list item shown').to.equal(false);
    });
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

  it('reads the list again when an attribute changes (a date, a status), not when the element selects', async () => {
    const el = await fixture<AlpineTimeline>(markup());
    await drawn(el, 5);
    const dieppe = el.querySelector<HTMLElement>('[data-id="dieppe-1969"]')!;
    let loaded = oneEvent(el, 'timeline-load');
    dieppe.querySelector('time')!.setAttribute('datetime', '1970');
    await loaded;
    await drawn(el, 5);
    expect(el.timeline!.events.find((e) => e.id === 'dieppe-1969')!.start.year).to.equal(1970);
    expect(markSummary(el).find((m) => m.id === 'dieppe-1969')!.year).to.equal('1970');

    loaded = oneEvent(el, 'timeline-load');
    dieppe.dataset['status'] = 'planned';
    await loaded;
    expect(el.timeline!.events.find((e) => e.id === 'dieppe-1969')!.status).to.equal('planned');

    // selecting reflects `selected` on the element: the same dataset stays
    const timeline = el.timeline;
    let reloads = 0;
    el.addEventListener('timeline-load', () => reloads++);
    el.select('renault-1965');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.getAttribute('selected')).to.equal('renault-1965');
    expect(reloads).to.equal(0);
    expect(el.timeline === timeline, 'the dataset was read again').to.equal(true);
  });

  it("keeps the view and the selection when the element's lang changes (the list in another language), as with JSON", async () => {
    const el = await fixture<AlpineTimeline>(markup());
    await drawn(el, 5);
    el.select('dieppe-1969');
    el.zoomTo('1965', '1975', { animate: false });
    await oneEvent(el, 'timeline-range-change');
    await el.updateComplete;
    const detailDate = () => el.shadowRoot!.querySelector('[part~="detail-date"]')?.textContent;
    expect(detailDate()).to.equal('May 1969');
    const fired: string[] = [];
    for (const type of ['timeline-load', 'timeline-range-change', 'timeline-select', 'timeline-deselect', 'timeline-error']) el.addEventListener(type, () => fired.push(type));
    const window = [el.start!.toISOString(), el.end!.toISOString()];
    el.lang = 'fr';
    await waitUntil(() => detailDate() === 'mai 1969', 'not shown in French');
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than a view takes to settle
    expect([el.start!.toISOString(), el.end!.toISOString()], 'the window stays').to.deep.equal(window);
    expect(el.selected).to.equal('dieppe-1969');
    expect(fired, 'the same dataset: nothing to announce').to.deep.equal([]);
    expect(el.timeline!.defaultLanguage, 'the list is read in its new language').to.equal('fr');
    // an edited list is a new dataset, as before
    const loaded = oneEvent(el, 'timeline-load');
    el.querySelector('[data-id="dieppe-1969"] time')!.setAttribute('datetime', '1970');
    await loaded;
    expect(el.timeline!.events.find((e) => e.id === 'dieppe-1969')!.start.year).to.equal(1970);
  });

  it('takes a <time> in a paragraph or a citation as text, not as the end', async () => {
    const el = await fixture<AlpineTimeline>(html`
      <alpine-timeline lang="en">
        <ol>
          <li><time datetime="1969">1969</time> The Dieppe plant opens
            <p>The first car left the line on <time datetime="1972-05-12">12 May 1972</time>.</p></li>
          <li><time datetime="1980">1980</time> A press event <cite><a href="https://example.com">Press kit</a>, <time datetime="1975">1975</time></cite></li>
          <li><time datetime="1971">1971</time>–<time datetime="1973">1973</time> Berlinette rallies</li>
        </ol>
      </alpine-timeline>
    `);
    await drawn(el, 3);
    expect(el.problems).to.deep.equal([]);
    const byTitle = (start: string) => el.timeline!.events.find((e) => typeof e.title === 'string' && e.title.startsWith(start));
    const [plant, press, rallies] = [byTitle('The Dieppe'), byTitle('A press'), byTitle('Berlinette')];
    expect(plant!.end, 'the date in the paragraph').to.equal(undefined);
    expect(plant!.summary).to.equal('The first car left the line on 12 May 1972.');
    expect(press!.end, 'the date in the citation').to.equal(undefined);
    expect(press!.sources[0]!.label).to.equal('Press kit, 1975');
    expect(rallies!.end?.year, 'two dates of the item itself').to.equal(1973);
  });

  it('reads a page lang written with an underscore, and ignores one that is no language tag', async () => {
    const underscore = await fixture<HTMLElement>(html`<div lang="en_US"><alpine-timeline><ol><li><time>1955</time> Founding</li></ol></alpine-timeline></div>`);
    const el = underscore.querySelector<AlpineTimeline>('alpine-timeline')!;
    await drawn(el, 1);
    expect(el.problems).to.deep.equal([]);
    expect(el.timeline!.defaultLanguage).to.equal('en-US');

    const wrong = await fixture<HTMLElement>(html`<div lang="english!"><alpine-timeline><ol><li><time>1955</time> Founding</li></ol></alpine-timeline></div>`);
    const other = wrong.querySelector<AlpineTimeline>('alpine-timeline')!;
    await drawn(other, 1);
    expect(other.problems).to.deep.equal([]);
    expect(other.timeline!.defaultLanguage).to.equal('en');
  });
});
