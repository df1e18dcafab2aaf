/**
 * The element's API from a developer's side: hostile datasets, properties read before a dataset,
 * odd languages, read-only problems, keyword properties, export sizes, JSON errors from `src`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { TimelineErrorEvent } from '../../src/events/index.js';
import { drawn, timelineFixture } from '../helpers.js';

const SMALL: TimelineDataset = {
  title: 'Small',
  events: [
    { id: 'a', date: '1900', title: 'A' },
    { id: 'b', date: '1950', title: 'B' },
    { id: 'c', date: '2000', title: 'C' },
  ],
};

describe('<alpine-timeline> API', () => {
  it('a getter that throws deep in `data` is reported at its path, nothing thrown, the dataset on screen kept', async () => {
    const el = await drawn(await timelineFixture(SMALL));
    const errors: TimelineErrorEvent[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e));
    const pageErrors: unknown[] = [];
    const onError = (e: ErrorEvent) => pageErrors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const events = SMALL.events.map((e) => ({ ...e }));
      Object.defineProperty(events[2], 'title', { get: () => { throw new Error('no title today'); }, enumerable: true });
      // a thrown value that cannot even be turned into text
      const media = Object.defineProperty({}, 'src', { get: () => { throw Object.create(null); }, enumerable: true });
      for (const [data, path, message] of [
        [{ title: 'T', events }, 'events[2].title', 'this value could not be read (no title today)'],
        [{ title: 'T', events: [{ id: 'a', date: '1900', title: { en: 'A', get fr() { throw new Error('no'); } } }] }, 'events[0].title.fr', 'this value could not be read (no)'],
        [{ title: 'T', events: [{ id: 'a', date: '1900', title: 'A', media: [media] }] }, 'events[0].media[0].src', 'this value could not be read (object)'],
      ] as const) {
        errors.length = 0;
        el.data = data as unknown as TimelineDataset;
        await el.updateComplete;
        expect(el.problems).to.deep.equal([{ path, message }]);
        expect(errors.map((e) => e.detail.problems)).to.deep.equal([[{ path, message }]]);
        const item = el.shadowRoot!.querySelector('[part~="error"] li')!;
        expect(item.querySelector('code')!.textContent).to.equal(path);
        expect(el.timeline!.title, 'the dataset on screen stays').to.equal('Small');
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(pageErrors).to.deep.equal([]);
  });

  it('start and end are null until a dataset is shown (not 1970), then its window', async () => {
    const detached = document.createElement('alpine-timeline');
    expect([detached.start, detached.end]).to.deep.equal([null, null]);
    // a src that fails: still no dataset, still no window
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline src="/__test__/respond?status=404"></alpine-timeline>`);
    await waitUntil(() => el.problems.length > 0, 'the 404 reported');
    expect([el.start, el.end]).to.deep.equal([null, null]);
    el.data = SMALL;
    // the dataset just given: its window, at once
    expect(el.start!.getUTCFullYear()).to.be.within(1890, 1900);
    expect(el.end!.getUTCFullYear()).to.be.within(2000, 2010);
  });

  it('locale is the tag in use: canonical, or the fallback for a lang that is no language tag; drawing and export go on', async () => {
    const french: TimelineDataset = { ...SMALL, defaultLanguage: 'fr' };
    for (const [lang, data, expected] of [
      ['en_GB!', SMALL, 'en'],
      ['??', SMALL, 'en'],
      ['??', french, 'fr'],
      ['fr_fr', SMALL, 'fr-FR'],
      ['EN-gb', SMALL, 'en-GB'],
    ] as const) {
      const el = await drawn(await timelineFixture(data, `lang=${lang} theme=alpine`));
      await el.updateComplete;
      expect(el.locale, lang).to.equal(expected);
      expect(() => new Intl.DateTimeFormat(el.locale), 'a tag Intl takes').not.to.throw();
      // the alpine theme's export upper-cases the title in the locale
      expect(el.exportSVG(), lang).to.contain('<svg');
    }
  });

  it('problems is read-only for the page: the list and each problem, from the getter and from timeline-error', async () => {
    const el = await timelineFixture(SMALL);
    await drawn(el);
    expect(Object.isFrozen(el.problems), 'no problems: frozen too').to.equal(true);
    const errors: TimelineErrorEvent[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e));
    el.data = { title: 't', events: [{ id: 'a', date: 'soon', title: 'A' }] };
    await el.updateComplete;
    const before = JSON.stringify(el.problems);
    const list = el.problems as { path: string; message: string }[];
    const fromEvent = errors[0]!.detail.problems as { path: string; message: string }[];
    for (const change of [
      () => list.push({ path: 'x', message: 'pushed' }),
      () => list.splice(0, 1),
      () => (list[0]!.message = 'edited'),
      () => fromEvent.push({ path: 'y', message: 'pushed' }),
      () => (fromEvent[0]!.path = 'edited'),
    ]) {
      expect(change, 'a change to a frozen list throws (strict mode)').to.throw(TypeError);
    }
    expect(JSON.stringify(el.problems)).to.equal(before);
    el.requestUpdate();
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part~="error"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(1);
    expect(items[0]).to.match(/^events\[0\]\.date: /);
  });

  it('a keyword property set to a value it does not take reads as its default, as the attribute does', async () => {
    const el = await drawn(await timelineFixture(SMALL));
    const loose = el as unknown as Record<'theme' | 'mode' | 'orientation', unknown>;
    for (const value of ['blue', null, undefined, 3]) {
      el.theme = 'dark';
      el.mode = 'story';
      el.orientation = 'vertical';
      await el.updateComplete;
      Object.assign(loose, { theme: value, mode: value, orientation: value });
      await el.updateComplete;
      expect([el.theme, el.mode, el.orientation], String(value)).to.deep.equal(['light', 'explore', 'auto']);
      expect([el.getAttribute('theme'), el.getAttribute('mode'), el.getAttribute('orientation')], 'reflected').to.deep.equal(['light', 'explore', 'auto']);
    }
    // the attribute path, for comparison
    el.setAttribute('theme', 'blue');
    expect(el.theme).to.equal('light');
  });

  it('a src that is not JSON says where it stops being JSON (line and column), in the panel and in timeline-error', async () => {
    const body = encodeURIComponent('{\n  "title": "T",\n  "events": tru\n}');
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`);
    const errors: TimelineErrorEvent[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e));
    el.src = `/__test__/respond?status=200&type=application/json&body=${body}`;
    await waitUntil(() => errors.length > 0, 'timeline-error');
    await el.updateComplete;
    const [problem] = errors[0]!.detail.problems;
    // "events": tru} — the scan stops at the t of `tru` (line 3, column 13), whatever the engine's message says
    expect(problem!.message).to.match(/^The dataset is not valid JSON: .+ \(line 3, column 13\)$/s);
    expect(el.problems[0]!.message).to.equal(problem!.message);
    const shown = el.shadowRoot!.querySelector('[part~="error"] li')!.textContent!;
    expect(shown).to.contain('(line 3, column 13)');
  });
});
