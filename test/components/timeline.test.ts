import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineDeselectEvent, TimelineErrorEvent, TimelineSelectEvent } from '../../src/events/index.js';
import { centre, drawn, marks, part, timelineFixture } from '../helpers.js';

const tiny: TimelineDataset = {
  title: 'Tiny',
  events: [
    { id: 'a', date: '1900', title: 'Alpha' },
    { id: 'b', date: '1950', title: 'Beta', milestone: true },
  ],
};

function boxesIntersect(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('<alpine-timeline>', () => {
  afterEach(() => resetMouse());

  describe('with no data', () => {
    it('shows the bundled Alpine history with the five milestones in time order', async () => {
      const el = await drawn(await timelineFixture());
      const milestones = marks(el).filter((m) => m.part.contains('milestone'));
      expect(milestones.map((m) => m.dataset['year'])).to.deep.equal(['1955', '1965', '1969', '2017', '2025']);
      expect(milestones.map((m) => m.dataset['id'])).to.include('dieppe-plant-1969');
      const xs = milestones.map((m) => m.querySelector('[part~="marker"]')!.getBoundingClientRect().left);
      expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    });

    it('names itself after the dataset title and is accessible', async () => {
      const el = await drawn(await timelineFixture());
      const region = part(el, 'base')!;
      expect(region.getAttribute('aria-label')!.trim().length).to.be.greaterThan(3);
      expect(region.getAttribute('aria-label')).to.equal(part(el, 'title')!.textContent);
      await expect(el).to.be.accessible();
    });

    it('draws a d3 time axis fitted to its width, with no label overlapping another or leaving the element', async () => {
      const el = await drawn(await timelineFixture());
      const ticks = el.shadowRoot!.querySelectorAll('[part~="axis"] .tick');
      expect(ticks.length).to.be.greaterThan(4);
      const host = el.getBoundingClientRect();
      const labels = marks(el)
        .filter((m) => !m.part.contains('unlabelled'))
        .map((m) => m.querySelector('[part~="label"]')!.getBoundingClientRect());
      expect(labels.length).to.equal(marks(el).length);
      labels.forEach((a, i) => {
        expect(a.left).to.be.at.least(host.left - 0.5);
        expect(a.right).to.be.at.most(host.right + 0.5);
        for (const b of labels.slice(i + 1)) {
          expect(boxesIntersect(a, b), `label ${i} overlaps another`).to.equal(false);
        }
      });
    });

    it('draws no stem through a label: a stem to a deeper lane passes behind the labels above it', async () => {
      for (const width of [1280, 1920, 800]) {
        await setViewport({ width: width + 40, height: 900 });
        const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline style=${`width: ${width}px`}></alpine-timeline>`));
        const svg = el.shadowRoot!.querySelector('[part~="plot"] > svg')!.getBoundingClientRect();
        const segments = [...el.shadowRoot!.querySelectorAll('path.stem')].flatMap((path) =>
          [...(path.getAttribute('d') ?? '').matchAll(/M([\d.-]+) ([\d.-]+)V([\d.-]+)/g)].map((m) => [Number(m[1]) + svg.left, Number(m[2]) + svg.top, Number(m[3]) + svg.top] as const),
        );
        expect(segments.length, `${width}: stems`).to.be.greaterThan(4);
        const texts = marks(el).flatMap((m) => [...m.querySelectorAll('[part~="date"], [part~="event-title"]')].map((t) => [m.dataset['id'], t.getBoundingClientRect()] as const));
        let behind = 0;
        for (const [id, r] of texts) {
          for (const [x, y0, y1] of segments) {
            const through = x > r.left + 0.5 && x < r.right - 0.5 && y0 < r.bottom - 0.5 && y1 > r.top + 0.5;
            expect(through, `${width}: a stem at x = ${Math.round(x)} runs through the text of ${id}`).to.equal(false);
          }
        }
        // and the stems that pass behind a label still reach their markers (a segment ends at each)
        for (const m of marks(el).filter((m) => !m.part.contains('unlabelled'))) {
          const marker = m.querySelector('[part~="marker"]')!.getBoundingClientRect();
          const x = marker.left + marker.width / 2;
          const reaching = segments.filter(([sx, , y1]) => Math.abs(sx - x) < 1 && y1 >= marker.top && y1 <= marker.bottom + 1);
          expect(reaching.length, `${width}: the stem of ${m.dataset['id']} does not reach its marker`).to.equal(1);
          if (segments.filter(([sx]) => Math.abs(sx - x) < 1).length > 1) behind++;
        }
        if (width === 1280) expect(behind, 'a stem passes behind a label (1965 under 1955)').to.be.greaterThan(0);
      }
    });

    it('marks planned events with a visible word and a dashed marker, not only colour', async () => {
      const el = await drawn(await timelineFixture());
      const planned = marks(el).filter((m) => m.part.contains('planned'));
      expect(planned.map((m) => m.dataset['year'])).to.deep.equal(['2025', '2026']);
      for (const m of planned) {
        expect(m.querySelector('.status')!.textContent!.trim()).to.match(/^(Planned|Prévu|Geplant)$/);
        expect(getComputedStyle(m.querySelector('[part~="marker"]')!).outlineStyle).to.equal('dashed');
      }
    });

    it('draws the eras as labelled bands', async () => {
      const el = await drawn(await timelineFixture());
      const eras = [...el.shadowRoot!.querySelectorAll('[part~="era"]')];
      expect(eras.length).to.be.greaterThan(0);
      for (const era of eras) expect(era.querySelector('[part~="era-label"]')!.textContent!.trim()).to.not.equal('');
    });
  });

  describe('selection', () => {
    it('selects a mark clicked with the mouse, fires timeline-select and opens the detail view', async () => {
      const el = await drawn(await timelineFixture());
      const mark = marks(el).find((m) => m.dataset['id'] === 'dieppe-plant-1969')!;
      const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
      await sendMouse({ type: 'click', position: centre(mark.querySelector('button')!) });
      const event = await fired;
      expect(event.detail.event.id).to.equal('dieppe-plant-1969');
      expect(event.detail.reason).to.equal('pointer');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.selected).to.equal('dieppe-plant-1969');
      expect(el.getAttribute('selected')).to.equal('dieppe-plant-1969');
      const detail = part(el, 'detail')!;
      expect(detail.dataset['id']).to.equal('dieppe-plant-1969');
      expect(part(el, 'detail-title')!.textContent).to.match(/Dieppe/);
      expect(detail.querySelector('[part~="sources"]')!.textContent).to.match(/2022/);
      expect(mark.part.contains('selected')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('selects by keyboard: Tab into the list, arrows move, Enter selects with reason "keyboard"', async () => {
      const el = await drawn(await timelineFixture());
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      const after = document.createElement('button');
      after.textContent = 'after';
      el.after(after);
      before.focus();
      // Tab goes through the header's buttons, the names of the eras (each shows its era), then
      // into the list: one stop for all marks.
      const stops: Element[] = [];
      for (let i = 0; i < 10 && !el.shadowRoot!.activeElement?.closest('[part~="event"]'); i++) {
        await sendKeys({ press: 'Tab' });
        if (el.shadowRoot!.activeElement) stops.push(el.shadowRoot!.activeElement);
      }
      const first = marks(el)[0]!;
      expect(el.shadowRoot!.activeElement === first.querySelector('button'), 'the first mark has the tab stop').to.equal(true);
      expect(stops.filter((s) => s.closest('[part~="event"]'))).to.have.length(1);
      const eraStops = stops.filter((s) => s.part.contains('era-label')).map((s) => s.textContent!.trim());
      expect(eraStops, 'the era names, in time order').to.deep.equal([...el.shadowRoot!.querySelectorAll('[part~="era-label"]')].map((s) => s.textContent!.trim()));
      expect(eraStops).to.have.length(3);
      // Next stops: the overview slider, then out of the element (no keyboard trap), and back.
      // (Booleans, not elements: a failing element comparison makes chai serialise the whole element.)
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === part(el, 'overview'), 'the overview is the next stop').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after, 'Tab leaves the element').to.equal(true);
      for (let i = 0; i < 2; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      }
      expect(el.shadowRoot!.activeElement === first.querySelector('button'), 'Shift+Tab returns to the mark').to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === marks(el)[1]!.querySelector('button'), 'ArrowRight moves to the next mark').to.equal(true);
      const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await fired;
      expect(event.detail.reason).to.equal('keyboard');
      expect(event.detail.event.id).to.equal(marks(el)[1]!.dataset['id']);
      // Only one mark is a tab stop.
      expect(marks(el).filter((m) => m.querySelector('button')!.tabIndex === 0)).to.have.length(1);
      before.remove();
      after.remove();
    });

    it('select(id) selects with reason "api", and rejects unknown ids', async () => {
      const el = await drawn(await timelineFixture(tiny));
      const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
      expect(el.select('b')).to.equal(true);
      expect((await fired).detail).to.include({ reason: 'api' });
      expect(el.select('nope')).to.equal(false);
      expect(el.selected).to.equal('b');
    });

    it('breaks a word longer than the detail panel instead of letting it run out of the panel', async () => {
      const long = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
      const url = 'https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all';
      const el = await drawn(await timelineFixture({ title: 'Long', events: [{ id: 'a', date: '2001', title: long, summary: `${long} ${url}` }] }));
      el.select('a');
      await el.updateComplete;
      const panel = part(el, 'detail')!.getBoundingClientRect();
      const title = part(el, 'detail-title')!;
      const summary = part(el, 'detail')!.querySelector<HTMLElement>('p.summary')!;
      for (const text of [title, summary]) {
        const box = text.getBoundingClientRect();
        expect(text.scrollWidth, `${text.localName} scrolls`).to.be.at.most(text.clientWidth);
        expect(box.right, `${text.localName} ends inside the panel`).to.be.at.most(panel.right);
        expect(box.height, `${text.localName} wraps onto several lines`).to.be.greaterThan(parseFloat(getComputedStyle(text).lineHeight) * 1.5);
      }
    });

    it("shows the event's tags in the detail view, as text, under a heading in the reader's language", async () => {
      const tags = ['rally', '<b>not bold</b>', 'Monte-Carlo'];
      const el = await drawn(await timelineFixture({ title: 'Tags', events: [{ id: 'a', date: '2001', title: 'Tagged', tags }, { id: 'b', date: '2002', title: 'Untagged' }] }, 'lang=fr'));
      el.select('a');
      await el.updateComplete;
      const list = part(el, 'tags')!;
      expect(list.querySelector('h4')!.textContent!.trim()).to.equal('Mots-clés');
      const items = [...list.querySelectorAll<HTMLElement>('[part~="tag"]')];
      expect(items.map((li) => li.textContent!.trim())).to.deep.equal(tags);
      expect(list.querySelector('b'), 'a tag is text, never HTML').to.equal(null);
      // one row of labels, each drawn as its own box
      expect(new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size).to.equal(1);
      expect(getComputedStyle(items[0]!).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
      el.select('b');
      await el.updateComplete;
      expect(part(el, 'tags'), 'no tags, no heading').to.equal(null);
    });

    it('closes the detail view with its close button', async () => {
      const el = await drawn(await timelineFixture(tiny));
      el.select('a');
      await el.updateComplete;
      await sendMouse({ type: 'click', position: centre(part(el, 'detail-close')!) });
      await el.updateComplete;
      expect(el.selected).to.equal(null);
      expect(part(el, 'detail')).to.equal(null);
    });

    it('tells the host when the selection is cleared, and how (timeline-deselect)', async () => {
      const el = await drawn(await timelineFixture(tiny));
      const heard: Array<{ id: string; reason: string }> = [];
      el.addEventListener('timeline-deselect', (e: TimelineDeselectEvent) => heard.push({ ...e.detail }));
      // Close clicked
      el.select('a');
      await el.updateComplete;
      await sendMouse({ type: 'click', position: centre(part(el, 'detail-close')!) });
      await el.updateComplete;
      expect(heard).to.deep.equal([{ id: 'a', reason: 'pointer' }]);
      // Close pressed from the keyboard, then Escape on a mark
      el.select('b');
      await el.updateComplete;
      part(el, 'detail-close')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      el.select('a');
      await el.updateComplete;
      marks(el)[0]!.querySelector('button')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(heard.slice(1)).to.deep.equal([
        { id: 'b', reason: 'keyboard' },
        { id: 'a', reason: 'keyboard' },
      ]);
      // select(null): once, and not again when nothing is selected
      el.select('b');
      el.select(null);
      el.select(null);
      await el.updateComplete;
      expect(heard.slice(3)).to.deep.equal([{ id: 'b', reason: 'api' }]);
      // the host setting `selected` hears nothing of its own doing
      el.selected = 'a';
      await el.updateComplete;
      el.selected = null;
      await el.updateComplete;
      expect(heard).to.have.length(4);
      // a new dataset without the selected event
      el.select('b');
      await el.updateComplete;
      el.data = { title: 'Other', events: [{ id: 'c', date: '1920', title: 'Gamma' }] };
      await waitUntil(() => heard.length === 5, 'no timeline-deselect for a dataset without the selected event');
      expect(heard[4]).to.deep.equal({ id: 'b', reason: 'data' });
      expect(el.selected).to.equal(null);
    });

    it('keeps a selection the page made for a dataset still to come, without a timeline-deselect', async () => {
      const el = await drawn(await timelineFixture(tiny));
      const heard: string[] = [];
      for (const type of ['timeline-load', 'timeline-select', 'timeline-deselect']) {
        el.addEventListener(type, (e) => heard.push(`${type.slice(9)} ${JSON.stringify((e as CustomEvent).detail.id ?? (e as CustomEvent).detail.event?.id ?? '')}`));
      }
      // an id the dataset on screen lacks: nothing selected, and no event (the page set it)
      el.selected = 'c';
      await el.updateComplete;
      expect(el.selected).to.equal(null);
      expect(part(el, 'detail')).to.equal(null);
      expect(heard, 'events for the page setting an unknown id').to.deep.equal([]);
      // ...until the dataset that has it comes (as when `selected="…"` is in the HTML and the
      // page's own script sets `data` after the bundled dataset has drawn)
      el.data = { title: 'Other', events: [{ id: 'c', date: '1920', title: 'Gamma' }] };
      await waitUntil(() => heard.length > 0);
      await el.updateComplete;
      expect(el.selected).to.equal('c');
      expect(part(el, 'detail')?.getAttribute('data-id')).to.equal('c');
      expect(heard).to.deep.equal(['load ""']);
    });

    it('selects nothing before a dataset is shown: `selected` reads null while the src fails, and the id waits for it', async () => {
      await setViewport({ width: 1280, height: 800 });
      const id = `selected-404-${Math.random()}`;
      const url = `/__test__/respond?status=404&failures=1&file=/test/fixtures/tiny.json&id=${id}`;
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src=${url} selected="second"></alpine-timeline>`);
      await waitUntil(() => part(el, 'retry'), 'no Retry button', { timeout: 5000 });
      await el.updateComplete;
      expect(el.timeline, 'no timeline shown').to.equal(undefined);
      expect(el.selected, 'selected with no dataset on screen').to.equal(null);
      expect(part(el, 'detail')).to.equal(null);
      // Retry from the keyboard: the file comes, and the id the page set is selected in it
      const heard: string[] = [];
      el.addEventListener('timeline-select', () => heard.push('select'));
      part(el, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.timeline, 'the file did not load', { timeout: 5000 });
      await el.updateComplete;
      expect(el.selected).to.equal('second');
      expect(el.getAttribute('selected')).to.equal('second');
      expect(part(el, 'detail')?.dataset['id']).to.equal('second');
      expect(heard, 'no timeline-select for what the page set').to.deep.equal([]);
    });

    it('acts on a dataset just given: select() and next() right after setting data', async () => {
      const el = await drawn(await timelineFixture(tiny));
      const heard: string[] = [];
      el.addEventListener('timeline-load', () => heard.push('load'));
      el.addEventListener('timeline-select', (e: TimelineSelectEvent) => heard.push(`select ${e.detail.event.id}`));
      el.data = {
        title: 'Other',
        events: [
          { id: 'c', date: '1920', title: 'Gamma' },
          { id: 'd', date: '1930', title: 'Delta' },
        ],
      };
      expect(el.select('d'), 'select() of an event of the new dataset').to.equal(true);
      expect(el.select('a'), 'select() of an event of the old one').to.equal(false);
      await el.updateComplete;
      expect(el.selected).to.equal('d');
      el.data = tiny;
      expect(el.next(), 'next() on the new dataset').to.equal(true);
      expect(el.selected, 'next() selects the first event of the new dataset').to.equal('a');
      await el.updateComplete;
      expect(part(el, 'detail')?.getAttribute('data-id')).to.equal('a');
      // each dataset is announced before a selection in it
      expect(heard).to.deep.equal(['load', 'select d', 'load', 'select a']);
    });
  });

  describe('list view', () => {
    it('starts every title at one place whatever the length of its date, in every language', async () => {
      for (const lang of ['en', 'fr', 'de']) {
        const el = await timelineFixture(undefined, `list-view lang=${lang}`);
        await waitUntil(() => part(el, 'list'), 'no list');
        const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')];
        expect(items.length).to.be.greaterThan(10);
        const lefts = items.map((item) => Math.round(item.querySelector('strong')!.getBoundingClientRect().left - item.getBoundingClientRect().left));
        // "January 28, 2022", "Dezember 2021": the selected item's bar aside, one column
        expect(new Set(lefts).size, `${lang}: titles start at ${[...new Set(lefts)].join(', ')} px`).to.equal(1);
        for (const item of items) {
          const date = item.querySelector('time')!.getBoundingClientRect();
          expect(date.right, `${lang}: the date of ${item.dataset['id']} runs into its title`).to.be.at.most(item.querySelector('strong')!.getBoundingClientRect().left);
          // the summary in the titles' column, under its title
          const summary = item.querySelector(':scope > p:not([part])'); // the event's, not its era's
          if (summary) expect(Math.abs(summary.getBoundingClientRect().left - item.querySelector('strong')!.getBoundingClientRect().left), `${lang}: the summary of ${item.dataset['id']} is not under its title`).to.be.below(1);
        }
      }
    });

    it('puts each date above its title on a narrow element, so that no title wraps under its date', async () => {
      const el = await timelineFixture(undefined, 'list-view');
      await setViewport({ width: 375, height: 800 });
      await waitUntil(() => part(el, 'list') && el.getBoundingClientRect().width <= 375, 'no narrow list');
      for (const item of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')) {
        const date = item.querySelector('time')!.getBoundingClientRect();
        const title = item.querySelector('strong')!.getBoundingClientRect();
        expect(title.top, `${item.dataset['id']}: the title is not under its date`).to.be.at.least(date.bottom - 0.5);
        expect(Math.abs(title.left - date.left), `${item.dataset['id']}: the title does not start where its date does`).to.be.below(1);
        const summary = item.querySelector(':scope > p:not([part])');
        if (summary) expect(Math.abs(summary.getBoundingClientRect().left - title.left), `${item.dataset['id']}: the summary does not start where its title does`).to.be.below(1);
      }
      await setViewport({ width: 1280, height: 800 });
    });
  });

  describe('language', () => {
    it('formats dates and texts in French with lang="fr"', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=fr'));
      el.select('dieppe-announcement-2022');
      await el.updateComplete;
      expect(part(el, 'detail-date')!.textContent).to.equal('28 janvier 2022');
      expect(part(el, 'title')!.textContent).to.match(/Alpine/);
    });

    it('switches to English when lang changes at run time', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=fr'));
      el.select('dieppe-announcement-2022');
      el.setAttribute('lang', 'en');
      await waitUntil(() => part(el, 'detail-date')?.textContent === 'January 28, 2022');
    });

    it("follows a lang changed on an ancestor (a page's language switcher), and its removal", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><section><alpine-timeline></alpine-timeline></section></div>`);
      const el = await drawn(wrapper.querySelector<AlpineTimeline>('alpine-timeline')!);
      el.select('dieppe-announcement-2022');
      await el.updateComplete;
      expect(part(el, 'detail-date')!.textContent).to.equal('28 janvier 2022');
      wrapper.setAttribute('lang', 'de');
      await waitUntil(() => part(el, 'detail-date')?.textContent === '28. Januar 2022', 'the new lang was not shown');
      expect(el.locale).to.equal('de');
      wrapper.removeAttribute('lang');
      await waitUntil(() => el.locale !== 'de' && part(el, 'detail-date')?.textContent !== '28. Januar 2022', 'the removed lang stayed');
    });
  });

  describe('data sources', () => {
    it('reads an inline <script type="application/json"> child', async () => {
      await setViewport({ width: 1000, height: 800 });
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline>
        <script type="application/json">
          { "title": "Inline", "events": [{ "id": "x", "date": "2001-09", "title": "From the page" }] }
        </script>
      </alpine-timeline>`);
      await drawn(el);
      expect(marks(el).map((m) => m.dataset['id'])).to.deep.equal(['x']);
      expect(part(el, 'title')!.textContent).to.equal('Inline');
    });

    it('loads a dataset from src, resolving its relative media URLs against the file', async () => {
      await setViewport({ width: 1000, height: 800 });
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/tiny.json"></alpine-timeline>`);
      await waitUntil(() => marks(el).length === 3, 'src was not loaded');
      el.select('third');
      await el.updateComplete;
      const img = part(el, 'media')!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(new URL('/test/fixtures/img/mission.png', location.href).href);
      expect(img.alt).to.equal("Artist's view");
    });

    it('shows a loading state, then an error with a retry button when src answers 404', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/missing.json"></alpine-timeline>`);
      const error = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
      expect(error.detail.problems[0]!.message).to.match(/404/);
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.match(/404/);
      expect(part(el, 'retry')).to.exist;
    });

    it('refuses a src that is not JSON', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/not-json.html"></alpine-timeline>`);
      const error = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
      expect(error.detail.problems[0]!.message).to.match(/text\/html/);
    });

    it('reads a dataset object changed in place again on reload() (the same object set again is the same dataset)', async () => {
      const events = [{ id: 'a', date: '2000', title: 'A' }];
      const data: TimelineDataset = { title: 'Mutable', events };
      const el = await drawn(await timelineFixture(data));
      events.push({ id: 'b', date: '2010', title: 'B' });
      el.data = data;
      await el.updateComplete;
      expect(marks(el).map((m) => m.dataset['id']), 'the same object: not read again').to.deep.equal(['a']);
      const load = oneEvent(el, 'timeline-load');
      el.reload();
      await load;
      await waitUntil(() => marks(el).length === 2, 'reload() did not read the changed object');
      expect(marks(el).map((m) => m.dataset['id'])).to.deep.equal(['a', 'b']);
      expect(el.select('b')).to.equal(true);
    });

    it('leaves the data on screen alone when src is set beside it (data wins): no new timeline-load, the zoom and selection stay; src is read once data goes', async () => {
      const el = await drawn(await timelineFixture(tiny));
      el.select('b');
      el.zoomTo('1920', '1925', { animate: false });
      await oneEvent(el, 'timeline-range-change');
      const fired: string[] = [];
      for (const type of ['timeline-load', 'timeline-range-change', 'timeline-select', 'timeline-deselect', 'timeline-error']) el.addEventListener(type, () => fired.push(type));
      const window = [el.start!.toISOString(), el.end!.toISOString()];
      expect(window).to.deep.equal(['1920-01-01T00:00:00.000Z', '1926-01-01T00:00:00.000Z']);
      el.src = '/test/fixtures/tiny.json';
      await el.updateComplete;
      await aTimeout(400); // longer than a view takes to settle
      expect(fired, 'a source not in use changes nothing').to.deep.equal([]);
      expect([el.start!.toISOString(), el.end!.toISOString()], 'the zoom stays').to.deep.equal(window);
      expect(el.selected).to.equal('b');
      expect(part(el, 'title')!.textContent).to.equal('Tiny');
      // without data, the src is the source: it is loaded
      const load = oneEvent(el, 'timeline-load');
      el.data = undefined;
      expect((await load).detail.origin).to.equal('src');
      await waitUntil(() => marks(el).length === 3, 'src was not loaded once data went');
      expect(part(el, 'title')!.textContent).to.equal('A tiny history');
    });

    it('lets the last src set win', async () => {
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/test/fixtures/invalid.json"></alpine-timeline>`);
      el.src = '/test/fixtures/tiny.json';
      await waitUntil(() => marks(el).length === 3);
      await aTimeout(100);
      expect(el.problems).to.deep.equal([]);
      expect(part(el, 'title')!.textContent).to.equal('A tiny history');
    });
  });

  describe('invalid data', () => {
    it('shows the problems with their paths, fires timeline-error, and keeps the last valid dataset', async () => {
      const el = await drawn(await timelineFixture(tiny));
      const errors: TimelineErrorEvent[] = [];
      el.addEventListener('timeline-error', (e) => errors.push(e));
      const broken = { title: 'Broken', events: [{ id: 'x', date: '1969-13', title: 'Bad' }] };
      el.data = broken as unknown as TimelineDataset;
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.problems[0]!.path).to.equal('events[0].date');
      expect(errors[0]!.detail.keptPrevious).to.equal(true);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('events[0].date');
      expect(error.textContent).to.contain('"1969-13"');
      // The previous dataset is still on screen.
      expect(marks(el).map((m) => m.dataset['id'])).to.deep.equal(['a', 'b']);
      await expect(el).to.be.accessible();
      // Dismissing hides the panel and keeps the timeline.
      await sendMouse({ type: 'click', position: centre(part(el, 'error-dismiss')!) });
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(marks(el)).to.have.length(2);
    });

    it('keeps `problems` when the panel is dismissed, until a dataset is accepted', async () => {
      const el = await drawn(await timelineFixture(tiny));
      el.data = { title: 'Broken', events: [{ id: 'x', date: '1969-13', title: 'Bad' }] } as unknown as TimelineDataset;
      await el.updateComplete;
      expect(el.problems.map((p) => p.path)).to.deep.equal(['events[0].date']);
      await sendMouse({ type: 'click', position: centre(part(el, 'error-dismiss')!) });
      await el.updateComplete;
      expect(part(el, 'error'), 'the panel is hidden').to.equal(null);
      // `problems` is the API's account of the latest dataset: the × only hides the panel
      expect(el.problems.map((p) => p.path), 'problems after dismissing').to.deep.equal(['events[0].date']);
      // another rejected dataset shows the panel again, with its own problems
      el.data = { title: 'Broken too', events: [{ id: 'y', date: '', title: 'Bad' }] } as unknown as TimelineDataset;
      await el.updateComplete;
      expect(part(el, 'error') !== null, 'the panel is back for a new rejected dataset').to.equal(true);
      expect(el.problems.map((p) => p.path)).to.deep.equal(['events[0].date']);
      expect(part(el, 'error')!.textContent).to.contain('events[0].date');
      // an accepted dataset clears them
      el.data = { ...tiny, title: 'Fixed' };
      await el.updateComplete;
      expect(el.problems).to.deep.equal([]);
      expect(part(el, 'error')).to.equal(null);
    });

    it('gives focus to the events when Dismiss or a Retry that works takes the error panel away', async () => {
      const el = await drawn(await timelineFixture(tiny));
      const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
      el.data = { title: 'Broken', events: [{ id: 'x', date: '1969-13', title: 'Bad' }] } as unknown as TimelineDataset;
      await el.updateComplete;
      part(el, 'error-dismiss')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'error'), 'dismissed').to.equal(null);
      expect(focused()?.matches('button.mark[tabindex="0"]'), `focus on ${document.activeElement?.tagName}`).to.equal(true);
      // Retry from the keyboard: the server answers 503 once, then the file
      const id = `focus-retry-${Math.random()}`;
      const failing = await fixture<AlpineTimeline>(html`<alpine-timeline src=${`/__test__/respond?status=503&failures=1&file=/test/fixtures/tiny.json&id=${id}`}></alpine-timeline>`);
      await waitUntil(() => part(failing, 'retry'), 'no Retry button', { timeout: 5000 });
      part(failing, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => marks(failing).length === 3 && !part(failing, 'error'), 'the file did not load', { timeout: 5000 });
      await failing.updateComplete;
      const active = failing.shadowRoot!.activeElement as HTMLElement | null;
      expect(active?.matches('button.mark[tabindex="0"]'), `focus on ${document.activeElement?.tagName}`).to.equal(true);
    });

    it('never throws into the page, even for hostile objects', async () => {
      const el = await drawn(await timelineFixture(tiny));
      const hostile = new Proxy({}, { get: () => { throw new Error('gotcha'); }, ownKeys: () => { throw new Error('gotcha'); } });
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      el.data = hostile as TimelineDataset;
      await el.updateComplete;
      el.data = 'not json at all {' as unknown as TimelineDataset;
      await el.updateComplete;
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(part(el, 'error')!.textContent).to.match(/JSON/i);
      expect(marks(el)).to.have.length(2);
    });

    it('renders text from data as text, never as HTML, and drops unsafe URLs', async () => {
      const el = await drawn(
        await timelineFixture({
          title: '<img src=x onerror="window.__pwned=1">',
          events: [
            {
              id: 'x',
              date: '2000',
              title: '<b>bold</b><script>window.__pwned=1</script>',
              summary: '<img src=x onerror="window.__pwned=1">',
              sources: [{ label: 'relative', url: 'notes.html' }],
            },
          ],
        }),
      );
      el.select('x');
      await el.updateComplete;
      expect(part(el, 'event-title')!.textContent).to.contain('<b>bold</b>');
      expect(el.shadowRoot!.querySelector('b, script, img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(part(el, 'sources')!.querySelector('a')!.getAttribute('rel')).to.contain('noopener');
    });
  });

  describe('attributes and options', () => {
    it('reads theme, mode and orientation as their defaults once the attribute is removed or unknown, and src as undefined', async () => {
      const el = await drawn(await timelineFixture(undefined, 'theme=dark orientation=horizontal'));
      el.setAttribute('mode', 'story');
      await el.updateComplete;
      const keywords = () => [el.theme, el.mode, el.orientation];
      expect(keywords()).to.deep.equal(['dark', 'story', 'horizontal']);
      expect(getComputedStyle(el).getPropertyValue('--at-background').trim(), 'dark colours').to.equal('#0d1117');
      expect(part(el, 'story'), 'story mode').to.not.equal(null);
      for (const name of ['theme', 'mode', 'orientation']) el.removeAttribute(name);
      // (null, null, null: none of the values their types promise)
      expect(keywords(), 'attributes removed').to.deep.equal(['light', 'explore', 'auto']);
      await el.updateComplete;
      expect([el.getAttribute('theme'), el.getAttribute('mode'), el.getAttribute('orientation')], 'attributes put back').to.deep.equal([null, null, null]);
      expect(getComputedStyle(el).getPropertyValue('--at-background').trim(), 'light colours').to.equal('#ffffff');
      expect(part(el, 'story'), 'the explorer').to.equal(null);
      // a value the element does not know behaves as the default, as before, and now reads as it
      el.setAttribute('theme', 'blue');
      el.setAttribute('mode', 'tour');
      el.setAttribute('orientation', 'sideways');
      expect(keywords(), 'unknown values').to.deep.equal(['light', 'explore', 'auto']);
      await el.updateComplete;
      expect(el.getAttribute('theme'), 'the attribute as the page wrote it').to.equal('blue');
      expect(getComputedStyle(el).getPropertyValue('--at-background').trim()).to.equal('#ffffff');
      expect(el.currentOrientation).to.equal('horizontal');
      el.setAttribute('theme', 'alpine');
      expect(el.theme).to.equal('alpine');
      // src: a string, or undefined (it read null after removeAttribute)
      el.setAttribute('src', '/test/fixtures/tiny.json');
      expect(el.src).to.equal('/test/fixtures/tiny.json');
      el.removeAttribute('src');
      expect(el.src).to.equal(undefined);
    });

    it('takes null for the options of zoomTo(), zoomBy() and fit() as no options (they threw a TypeError)', async () => {
      const el = await drawn(await timelineFixture());
      const span = () => el.end!.getTime() - el.start!.getTime();
      const full = span();
      let settled = oneEvent(el, 'timeline-range-change');
      expect(el.zoomTo('1960', '1970', null)).to.equal(true);
      await settled;
      expect([el.start!.getUTCFullYear(), el.end!.getUTCFullYear()], 'zoomTo(…, null)').to.deep.equal([1960, 1971]);
      const decade = span();
      settled = oneEvent(el, 'timeline-range-change');
      expect(el.zoomBy(2, null)).to.equal(true);
      await settled;
      expect(span(), 'zoomBy(2, null)').to.be.closeTo(decade / 2, 1000);
      settled = oneEvent(el, 'timeline-range-change');
      el.fit(null);
      await settled;
      expect(span(), 'fit(null)').to.equal(full);
    });
  });

  describe('size', () => {
    it('redraws its axis and marks when its width changes', async () => {
      const el = await drawn(await timelineFixture());
      const mark = () => marks(el).find((m) => m.dataset['id'] === 'new-a110-2017')!.querySelector('[part~="marker"]')!;
      const wide = mark().getBoundingClientRect().left;
      el.style.width = '700px';
      await waitUntil(() => Math.abs(mark().getBoundingClientRect().left - wide) > 100, 'marks did not move on resize');
      const svg = el.shadowRoot!.querySelector('[part~="plot"] > svg')!;
      expect(svg.getAttribute('width')).to.equal('700');
    });
  });
});
