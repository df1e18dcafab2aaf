import { expect } from '@open-wc/testing';
import { MAX_PROBLEMS, parseDataset, parseDatasetText } from '../../src/data/index.js';
import type { DatasetProblem, ParsedEvent, ParsedTimeline } from '../../src/data/index.js';

const EVENT = { id: 'a', date: '2000', title: 'A' };

/** A dataset with these events (and optionally more top-level fields). */
function dataset(events: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'T', ...extra, events };
}

function problemsOf(data: unknown): readonly DatasetProblem[] {
  const result = parseDataset(data);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.problems;
}

/** Problems as `path: message` lines, the way an author reads them. */
function lines(data: unknown): string[] {
  return problemsOf(data).map((problem) => `${problem.path}: ${problem.message}`);
}

function parsed(data: unknown): ParsedTimeline {
  const result = parseDataset(data);
  if (!result.ok) throw new Error(`expected a valid dataset, got ${JSON.stringify(result.problems)}`);
  return result.timeline;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('parseDataset: the document', () => {
  it('accepts an empty dataset', () => {
    const timeline = parsed({ title: 'Empty', events: [] });
    expect(timeline.events).to.deep.equal([]);
    expect(timeline.eras).to.deep.equal([]);
    expect(timeline.categories).to.deep.equal([]);
    expect(timeline.story).to.deep.equal([]);
    expect(timeline.defaultLanguage).to.equal('en');
    expect(timeline.languages).to.deep.equal(['en']);
    expect(timeline.title).to.equal('Empty');
  });

  it('refuses documents that are not objects', () => {
    expect(lines([])).to.deep.equal([': expected a JSON object with "title" and "events", got an empty array']);
    expect(lines(null)).to.deep.equal([': expected a JSON object with "title" and "events", got null']);
    expect(lines('timeline')).to.deep.equal([': expected a JSON object with "title" and "events", got "timeline"']);
    expect(lines(undefined)).to.deep.equal([': expected a JSON object with "title" and "events", got nothing']);
  });

  it('requires a title and an events array', () => {
    expect(lines({})).to.deep.equal(['title: required field "title" is missing', 'events: required field "events" is missing']);
    expect(lines({ title: 'T', events: {} })).to.deep.equal(['events: expected an array, got an object']);
    expect(lines({ title: 'T', events: 'none' })).to.deep.equal(['events: expected an array, got "none"']);
  });

  it('checks the title as a localized text', () => {
    expect(lines({ title: '', events: [] })).to.deep.equal(['title: must not be empty']);
    expect(lines({ title: ' \n', events: [] })).to.deep.equal(['title: must not be empty']);
    expect(lines({ title: {}, events: [] })).to.deep.equal(['title: expected at least one translation, got an empty object']);
    // an empty translation is "not translated yet": fine beside a written one, not alone
    expect(lines({ title: { en: '', fr: ' ' }, events: [] })).to.deep.equal(['title: every translation is empty: at least one must hold a text']);
    expect(parseDataset({ title: { en: '', fr: 'Histoire' }, events: [] }).ok).to.equal(true);
    expect(lines({ title: 5, events: [] })).to.deep.equal([
      'title: expected a text: a string, or translations such as {"en": "…", "fr": "…"}, got 5',
    ]);
    expect(lines({ title: { fr: 'T', fr_FR: 'T' }, events: [] })).to.deep.equal([
      'title.fr_FR: "fr_FR" is not a language tag (expected one such as "en", "fr" or "de-CH")',
    ]);
    expect(lines({ title: { fr: 'T', 'de CH': 'T' }, events: [] })).to.deep.equal([
      'title["de CH"]: "de CH" is not a language tag (expected one such as "en", "fr" or "de-CH")',
    ]);
    expect(lines({ title: { fr: 5 }, events: [] })).to.deep.equal(['title.fr: expected a string, got 5']);
  });

  it('accepts empty translations inside a translation object', () => {
    expect(parsed({ title: { fr: 'T', en: '' }, events: [] }).title).to.deep.equal({ fr: 'T', en: '' });
  });

  it('checks the other top-level fields', () => {
    expect(
      lines({ title: 'T', events: [], $schema: 5, description: [], defaultLanguage: 'english!', categories: {}, eras: 'x', story: 'a' }),
    ).to.deep.equal([
      '$schema: expected a string, got 5',
      'defaultLanguage: "english!" is not a language tag (expected one such as "en", "fr" or "de-CH")',
      'description: expected a text: a string, or translations such as {"en": "…", "fr": "…"}, got an empty array',
      'categories: expected an array, got an object',
      'eras: expected an array, got "x"',
      'story: expected an array, got "a"',
    ]);
    expect(lines({ title: 'T', events: [], defaultLanguage: 7 })).to.deep.equal([
      'defaultLanguage: expected a language tag such as "en", got 7',
    ]);
  });

  it('reports every problem, not just the first', () => {
    expect(
      lines(dataset([{ id: 'a', date: '1969-13', title: 'A' }, { id: 'a', date: '2000', title: '' }], { titel: 'x' })),
    ).to.deep.equal([
      'titel: unknown field "titel" (did you mean "title"?)',
      'events[0].date: "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'events[1].title: must not be empty',
      'events[1].id: duplicate id "a" (also used by events[0])',
    ]);
  });

  it('caps the list at 100 problems and sums up the rest', () => {
    const events = Array.from({ length: 250 }, (_, i) => ({ id: `e${i}`, date: 'soon', title: 'A' }));
    const problems = problemsOf(dataset(events));
    expect(problems).to.have.length(MAX_PROBLEMS + 1);
    expect(MAX_PROBLEMS).to.equal(100);
    expect(problems[0]).to.deep.equal({
      path: 'events[0].date',
      message: '"soon" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    });
    expect(problems[99]!.path).to.equal('events[99].date');
    expect(problems[100]).to.deep.equal({ path: '', message: '…and 150 more problems' });

    const oneMore = problemsOf(dataset(events.slice(0, 101)));
    expect(oneMore[100]).to.deep.equal({ path: '', message: '…and 1 more problem' });
    expect(problemsOf(dataset(events.slice(0, 100)))).to.have.length(100);
  });

  it('writes messages as readable sentences, never "[object Object]" or "undefined"', () => {
    const messy = dataset(
      [
        { id: {}, date: [], title: null, end: { a: 1 }, status: 3, approximate: 'no', milestone: null, summary: [1], media: [5], quote: 'q', sources: [null], tags: 'x' },
        'not an event',
      ],
      { categories: [null, { id: '', label: 'L', color: 5 }], eras: [[]], story: [1] },
    );
    for (const problem of problemsOf(messy)) {
      expect(problem.message).to.match(/^[\p{L}"…]/u);
      expect(problem.message).not.to.match(/\[object|undefined|NaN/);
      expect(problem.path).not.to.match(/undefined/);
    }
  });
});

describe('parseDataset: events', () => {
  it('names the event and the field of a bad date', () => {
    const events = [EVENT, { ...EVENT, id: 'b' }, { ...EVENT, id: 'c' }, { ...EVENT, id: 'd', date: '1969-13' }];
    expect(lines(dataset(events))).to.deep.equal([
      'events[3].date: "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('tells impossible calendar days apart from malformed dates', () => {
    expect(lines(dataset([{ ...EVENT, date: '2021-02-30' }]))).to.deep.equal(['events[0].date: "2021-02-30" is not a real calendar date']);
    expect(lines(dataset([{ ...EVENT, date: '2023-02-29' }]))).to.deep.equal(['events[0].date: "2023-02-29" is not a real calendar date']);
    expect(lines(dataset([{ ...EVENT, date: 1969 }]))).to.deep.equal([
      'events[0].date: expected a date written as a string such as "1969-07-20", got 1969',
    ]);
    expect(lines(dataset([{ ...EVENT, date: '+300000' }]))).to.deep.equal([
      'events[0].date: "+300000" is outside the supported years (-271820 to 275759)',
    ]);
    expect(parsed(dataset([{ ...EVENT, date: '2024-02-29' }])).events[0]!.start.day).to.equal(29);
    expect(parsed(dataset([{ ...EVENT, date: '-0004-02-29' }])).events[0]!.start.year).to.equal(-4);
  });

  it('requires id, date and title', () => {
    expect(lines(dataset([{}]))).to.deep.equal([
      'events[0].id: required field "id" is missing',
      'events[0].date: required field "date" is missing',
      'events[0].title: required field "title" is missing',
    ]);
    expect(lines(dataset([{ ...EVENT, id: '  ' }]))).to.deep.equal(['events[0].id: must not be empty']);
    expect(lines(dataset([{ ...EVENT, id: 7 }]))).to.deep.equal(['events[0].id: expected a string, got 7']);
    expect(lines(dataset([null, 'x']))).to.deep.equal([
      'events[0]: expected an event object, got null',
      'events[1]: expected an event object, got "x"',
    ]);
  });

  it('refuses duplicate ids, naming the first event that uses it', () => {
    const events = [EVENT, { ...EVENT, id: 'x' }, { ...EVENT, id: 'a' }, { ...EVENT, id: 'x' }, { ...EVENT, id: 'x' }];
    expect(lines(dataset(events))).to.deep.equal([
      'events[2].id: duplicate id "a" (also used by events[0])',
      'events[3].id: duplicate id "x" (also used by events[1])',
      'events[4].id: duplicate id "x" (also used by events[1])',
    ]);
  });

  it('refuses end dates before the start, and accepts ends within the start period', () => {
    expect(lines(dataset([{ ...EVENT, date: '1965', end: '1960' }]))).to.deep.equal([
      'events[0].end: "1960" is before the start date "1965"',
    ]);
    expect(lines(dataset([{ ...EVENT, date: '1969-07-20', end: '1969-07-19' }]))).to.deep.equal([
      'events[0].end: "1969-07-19" is before the start date "1969-07-20"',
    ]);
    expect(lines(dataset([{ ...EVENT, end: '2000-13' }]))).to.deep.equal([
      'events[0].end: "2000-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    const timeline = parsed(
      dataset([
        { ...EVENT, id: 'same', date: '1969-07-20', end: '1969-07-20' },
        { ...EVENT, id: 'year', date: '1969-07-20', end: '1969' },
        { ...EVENT, id: 'later', date: '1969', end: '1969-07-20' },
      ]),
    );
    expect(timeline.events.map((event) => event.end?.iso)).to.deep.equal(['1969-07-20', '1969', '1969-07-20']);
  });

  it('checks status, approximate and milestone', () => {
    const events = [
      EVENT,
      { ...EVENT, id: 'b' },
      { ...EVENT, id: 'c', status: 'done', approximate: 1 },
      { ...EVENT, id: 'd', milestone: 'yes' },
    ];
    expect(lines(dataset(events))).to.deep.equal([
      'events[2].status: expected one of "past", "announced", "planned", got "done"',
      'events[2].approximate: expected true or false, got 1',
      'events[3].milestone: expected true or false, got "yes"',
    ]);
  });

  it('checks summary and body as localized texts, with the language in the path', () => {
    expect(lines(dataset([{ ...EVENT, title: { fr: 'A', en: 3 }, summary: { 'x-y': 'S' }, body: '' }]))).to.deep.equal([
      'events[0].title.en: expected a string, got 3',
      'events[0].summary.x-y: "x-y" is not a language tag (expected one such as "en", "fr" or "de-CH")',
      'events[0].body: must not be empty',
    ]);
  });

  it('requires categories to be declared', () => {
    const categories = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ];
    expect(lines(dataset([{ ...EVENT, category: 'x' }], { categories }))).to.deep.equal([
      'events[0].category: unknown category "x" (declared: a, b)',
    ]);
    expect(lines(dataset([{ ...EVENT, category: 'x' }]))).to.deep.equal([
      'events[0].category: unknown category "x" (no categories are declared)',
    ]);
    expect(lines(dataset([{ ...EVENT, category: ['a'] }], { categories }))).to.deep.equal([
      'events[0].category: expected a category id, got an array',
    ]);
    // Names that exist on Object.prototype are not categories.
    expect(lines(dataset([{ ...EVENT, category: 'toString' }]))).to.deep.equal([
      'events[0].category: unknown category "toString" (no categories are declared)',
    ]);
  });

  it('checks images: safe URL, alt text, known fields', () => {
    const events = [
      { ...EVENT, id: 'a', media: { src: 'javascript:alert(1)', alt: 'x' } },
      { ...EVENT, id: 'b', media: [{ src: 'a.jpg', alt: 'A' }, { src: 'data:image/png;base64,AA', credit: 'C' }] },
      { ...EVENT, id: 'c', media: 'a.jpg' },
      { ...EVENT, id: 'd', media: [{ src: ' https://example.org/a.jpg', alt: 'A', width: 4 }, 'b.jpg'] },
      { ...EVENT, id: 'e', media: { src: 5, alt: 'A' } },
    ];
    expect(lines(dataset(events))).to.deep.equal([
      'events[0].media.src: "javascript:alert(1)" is not allowed: only http(s) or relative URLs are allowed',
      'events[1].media[1].src: "data:image/png;base64,AA" is not allowed: only http(s) or relative URLs are allowed',
      'events[1].media[1].alt: required field "alt" is missing',
      'events[2].media: expected an image object or an array of them, got "a.jpg"',
      'events[3].media[0].width: unknown field "width"',
      'events[3].media[0].src: " https://example.org/a.jpg" must not start or end with spaces or contain control characters',
      'events[3].media[1]: expected an image object, got "b.jpg"',
      'events[4].media.src: expected a URL string, got 5',
    ]);
  });

  it('checks quotes', () => {
    const events = [
      { ...EVENT, id: 'a', quote: { text: 'Q' } },
      { ...EVENT, id: 'b', quote: [{ text: 'Q', author: 'Me' }, { author: ' ', role: 5 }] },
      { ...EVENT, id: 'c', quote: 5 },
    ];
    expect(lines(dataset(events))).to.deep.equal([
      'events[0].quote.author: required field "author" is missing',
      'events[1].quote[1].text: required field "text" is missing',
      'events[1].quote[1].author: must not be empty',
      'events[1].quote[1].role: expected a text: a string, or translations such as {"en": "…", "fr": "…"}, got 5',
      'events[2].quote: expected a quote object or an array of them, got 5',
    ]);
  });

  it('checks sources and tags', () => {
    const events = [
      EVENT,
      { ...EVENT, id: 'b', sources: { label: 'S' } },
      { ...EVENT, id: 'c', sources: [{ label: 'S', url: 'file:///etc/passwd', date: '28/01/2022' }, { url: 'https://example.org' }, 3] },
      { ...EVENT, id: 'd', tags: ['ok', 1, ''] },
      { ...EVENT, id: 'e', tags: 'a, b' },
    ];
    expect(lines(dataset(events))).to.deep.equal([
      'events[1].sources: expected an array, got an object',
      'events[2].sources[0].url: "file:///etc/passwd" is not allowed: only http(s) or relative URLs are allowed',
      'events[2].sources[0].date: "28/01/2022" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'events[2].sources[1].label: required field "label" is missing',
      'events[2].sources[2]: expected a source object, got 3',
      'events[3].tags[1]: expected a string, got 1',
      'events[3].tags[2]: must not be empty',
      'events[4].tags: expected an array, got "a, b"',
    ]);
  });

  it('refuses unknown fields at every level, suggesting the closest known one', () => {
    const data = {
      title: 'T',
      Events: [],
      categories: [{ id: 'c', label: 'C', colour: 'red' }],
      eras: [{ id: 'e', label: 'E', start: '1900', stop: '1910' }],
      events: [
        {
          ...EVENT,
          titel: 'A',
          Date: '2000',
          media: { src: 'a.jpg', alt: 'A', href: 'x' },
          quote: { text: 'Q', author: 'Me', auteur: 'Moi' },
          sources: [{ label: 'S', link: 'x' }],
        },
      ],
    };
    expect(lines(data)).to.deep.equal([
      'Events: unknown field "Events" (did you mean "events"?)',
      'categories[0].colour: unknown field "colour" (did you mean "color"?)',
      'eras[0].stop: unknown field "stop"',
      'events[0].titel: unknown field "titel" (did you mean "title"?)',
      'events[0].Date: unknown field "Date" (did you mean "date"?)',
      'events[0].media.href: unknown field "href"',
      'events[0].quote.auteur: unknown field "auteur" (did you mean "author"?)',
      'events[0].sources[0].link: unknown field "link"',
    ]);
  });

  it('allows and ignores x- extension fields at every level', () => {
    const timeline = parsed({
      title: 'T',
      'x-top': { anything: [1, 2] },
      categories: [{ id: 'c', label: 'C', 'x-order': 2 }],
      eras: [{ id: 'e', label: 'E', start: '1900', 'x-note': null }],
      events: [
        {
          ...EVENT,
          category: 'c',
          'x-id': 42,
          media: { src: 'a.jpg', alt: 'A', 'x-w': 1 },
          quote: [{ text: 'Q', author: 'Me', 'x-q': true }],
          sources: [{ label: 'S', 'x-s': 's' }],
        },
      ],
    });
    expect(timeline.events[0]!.media).to.deep.equal([{ src: 'a.jpg', alt: 'A' }]);
    expect(timeline.events[0]!.quotes).to.deep.equal([{ text: 'Q', author: 'Me' }]);
    expect(timeline.events[0]!.sources).to.deep.equal([{ label: 'S' }]);
    expect(timeline.categories).to.deep.equal([{ id: 'c', label: 'C' }]);
    // "X-" is not an extension prefix: the rule is case-sensitive, like the schema's.
    expect(lines(dataset([EVENT], { 'X-top': 1 }))).to.deep.equal(['X-top: unknown field "X-top"']);
  });

  it('treats own __proto__ and constructor keys as unknown fields, without touching prototypes', () => {
    const data: unknown = JSON.parse(
      '{"title": "T", "constructor": {"prototype": {"polluted": true}}, "events": [' +
        '{"id": "a", "date": "2000", "title": {"en": "A", "__proto__": "x"}, "__proto__": {"polluted": true}}]}',
    );
    expect(lines(data)).to.deep.equal([
      'constructor: unknown field "constructor"',
      'events[0].__proto__: unknown field "__proto__"',
      'events[0].title.__proto__: "__proto__" is not a language tag (expected one such as "en", "fr" or "de-CH")',
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
  });

  it('accepts ids that are Object.prototype names', () => {
    const timeline = parsed({
      title: 'T',
      categories: [{ id: '__proto__', label: 'P' }, { id: 'constructor', label: 'C' }],
      events: [
        { id: '__proto__', date: '2000', title: 'A', category: '__proto__' },
        { id: 'toString', date: '2001', title: 'B', category: 'constructor' },
      ],
      story: ['toString', '__proto__'],
    });
    expect(timeline.events.map((event) => event.category?.label)).to.deep.equal(['P', 'C']);
    expect(timeline.story).to.deep.equal(['toString', '__proto__']);
  });

  it('reads only own properties', () => {
    const inherited = Object.create({ title: 'Inherited' }) as Record<string, unknown>;
    inherited.id = 'a';
    inherited.date = '2000';
    expect(lines(dataset([inherited]))).to.deep.equal(['events[0].title: required field "title" is missing']);
  });

  it('treats undefined optional fields (from code, not JSON) as absent', () => {
    const timeline = parsed(dataset([{ ...EVENT, end: undefined, summary: undefined, media: undefined }]));
    expect(timeline.events[0]!.end).to.equal(undefined);
    expect(timeline.events[0]!.media).to.deep.equal([]);
  });
});

describe('parseDataset: categories, eras and story', () => {
  it('checks categories', () => {
    const categories = [
      { id: 'a', label: 'A', color: '#1f77b4' },
      { id: 'a', label: 'A2' },
      { id: '', label: 'L' },
      { id: 'b', color: 'red; background: url(x)' },
      { id: 'c', label: 'C', color: 'rgb(0 90 160 / 50%)' },
      'd',
    ];
    expect(lines(dataset([], { categories }))).to.deep.equal([
      'categories[2].id: must not be empty',
      'categories[3].label: required field "label" is missing',
      'categories[3].color: expected a CSS colour such as "#1f77b4" or "teal", got "red; background: url(x)"',
      'categories[5]: expected a category object, got "d"',
      'categories[1].id: duplicate id "a" (also used by categories[0])',
    ]);
  });

  it('checks eras', () => {
    const eras = [
      { id: 'e', label: 'E', start: '1910', end: '1900' },
      { id: 'e', label: 'F', start: '1920' },
      { id: 'g', start: '19xx', summary: 4 },
      [],
    ];
    expect(lines(dataset([], { eras }))).to.deep.equal([
      'eras[0].end: "1900" is before the start "1910"',
      'eras[2].label: required field "label" is missing',
      'eras[2].start: "19xx" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'eras[2].summary: expected a text: a string, or translations such as {"en": "…", "fr": "…"}, got 4',
      'eras[3]: expected an era object, got an empty array',
      'eras[1].id: duplicate id "e" (also used by eras[0])',
    ]);
  });

  it('checks that story ids exist, once each', () => {
    const events = [EVENT, { ...EVENT, id: 'b' }];
    expect(lines(dataset(events, { story: ['a', 'zz', 'b', 'a', 3] }))).to.deep.equal([
      'story[1]: no event has the id "zz"',
      'story[3]: "a" is already in the story (story[0])',
      'story[4]: expected an event id or a chapter object, got 3',
    ]);
  });

  it('reads chapters told in their own words, and points at their problems', () => {
    const events = [EVENT, { ...EVENT, id: 'b' }];
    const story = [{ event: 'a', title: { fr: 'Titre', en: 'Title' }, text: 'Text' }, 'b'];
    const result = parseDataset(dataset(events, { story }));
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.timeline.story).to.deep.equal(['a', 'b']);
      expect(result.timeline.chapters).to.deep.equal([{ id: 'a', title: { fr: 'Titre', en: 'Title' }, text: 'Text' }, { id: 'b' }]);
    }
    const bad = [{ title: 'No event' }, { event: 'zz' }, { event: 'b', text: 5, colour: 'red' }, { event: 7 }, { event: 'b' }];
    expect(lines(dataset(events, { story: bad }))).to.deep.equal([
      'story[0].event: a chapter needs "event", the id of the event it tells',
      'story[1].event: no event has the id "zz"',
      'story[2].colour: unknown field "colour"',
      'story[2].text: expected a text: a string, or translations such as {"en": "…", "fr": "…"}, got 5',
      'story[3].event: expected an event id, got 7',
      'story[4].event: "b" is already in the story (story[2])',
    ]);
  });

  it('tells the milestones, in time order, when there is no story', () => {
    const events = [{ ...EVENT, id: 'late', date: '2000', milestone: true }, { ...EVENT, id: 'early', date: '1900', milestone: true }, { ...EVENT, id: 'plain' }];
    const result = parseDataset(dataset(events));
    expect(result.ok && result.timeline.chapters).to.deep.equal([{ id: 'early' }, { id: 'late' }]);
  });
});

describe('parseDataset: the parsed timeline', () => {
  it('sorts events by start, then end (none first), then input order, and numbers them', () => {
    const events = [
      { id: 'late', date: '2022-01-28', title: 'x' },
      { id: 'long', date: '1969', end: '1980', title: 'x' },
      { id: 'year', date: '1969', title: 'x' },
      { id: 'short', date: '1969', end: '1970', title: 'x' },
      { id: 'year-2', date: '1969', title: 'x' },
      { id: 'jan-1', date: '1969-01-01', title: 'x' },
      { id: 'bce', date: '-0044', title: 'x' },
      { id: 'may', date: '1969-05', title: 'x' },
      { id: 'year-3', date: '+1969', title: 'x' },
    ];
    const timeline = parsed(dataset(events));
    expect(timeline.events.map((event) => event.id)).to.deep.equal([
      'bce', 'jan-1', 'year', 'year-2', 'year-3', 'short', 'long', 'may', 'late',
    ]);
    expect(timeline.events.map((event) => event.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('sorts large shuffled datasets exactly like a comparator sort would', () => {
    const events = Array.from({ length: 3000 }, (_, i) => {
      const year = 1900 + ((i * 7919) % 50);
      const event: Record<string, unknown> = { id: `e${i}`, title: 'x', date: i % 3 === 0 ? `${year}` : `${year}-0${1 + (i % 9)}` };
      if (i % 5 === 0) event.end = `${year + (i % 4)}`;
      return event;
    });
    const timeline = parsed(dataset(events));
    const expected = events
      .map((event, i) => ({ event, i, start: parsed(dataset([{ ...event, id: 'x' }])).events[0]! }))
      .sort((a, b) => {
        const x = a.start;
        const y = b.start;
        return (
          x.start.start - y.start.start ||
          x.start.after - y.start.after ||
          (x.end === undefined ? (y.end === undefined ? 0 : -1) : y.end === undefined ? 1 : x.end.start - y.end.start || x.end.after - y.end.after) ||
          a.i - b.i
        );
      })
      .map((entry) => entry.event.id);
    expect(timeline.events.map((event) => event.id)).to.deep.equal(expected);
  });

  it('sorts like a comparator sort: days, months and years starting on one day, with and without ends, over the whole range of years', () => {
    /** The order a comparator sort gives, from the parsed dates and the input positions (ids `e<i>`). */
    const comparatorOrder = (events: readonly ParsedEvent[]) =>
      [...events]
        .sort(
          (a, b) =>
            a.start.start - b.start.start ||
            a.start.after - b.start.after ||
            (a.end === undefined ? (b.end === undefined ? 0 : -1) : b.end === undefined ? 1 : a.end.start - b.end.start || a.end.after - b.end.after) ||
            Number(a.id.slice(1)) - Number(b.id.slice(1)),
        )
        .map((e) => e.id);
    const make = (n: number, date: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => {
        const event: Record<string, unknown> = { id: `e${i}`, title: 'x', date: date(i) };
        if (i % 7 === 0) event.end = '2100';
        else if (i % 11 === 0) event.end = `2050-0${1 + (i % 9)}`;
        return event;
      });
    // many events share a start day with different periods (1969-03-01, 1969-03, …) and ends
    const dense = parsed(dataset(make(5000, (i) => [`1969-0${1 + (i % 3)}-01`, `1969-0${1 + (i % 3)}`, '1969', `19${60 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`][i % 4]!)));
    expect(dense.events.map((e) => e.id)).to.deep.equal(comparatorOrder(dense.events));
    // 70,000 events over years -271,000 to +275,000 (about all a Date holds): the largest day numbers the packed keys hold
    const year = (i: number) => ((i * 104729) % 546000) - 271000;
    const iso = (y: number) => (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0');
    const wide = parsed(
      dataset(
        Array.from({ length: 70000 }, (_, i) => {
          const y = year(i) % 7 === 0 ? 1969 : year(i); // and many on one year
          return { id: `e${i}`, title: 'x', date: iso(y), ...(i % 5 === 0 ? { end: iso(y + (i % 3)) } : {}) };
        }),
      ),
    );
    expect(wide.events.map((e) => e.id)).to.deep.equal(comparatorOrder(wide.events));
  });

  it('fills defaults and normalises media and quotes to arrays', () => {
    const media = { src: 'a.jpg', alt: 'A' };
    const quote = { text: 'Q', author: 'Me' };
    const timeline = parsed(dataset([{ ...EVENT, media, quote }, { ...EVENT, id: 'b', status: 'planned', approximate: true, milestone: true }]));
    const [a, b] = timeline.events;
    expect(a).to.include({ id: 'a', status: 'past', approximate: false, milestone: false });
    expect(a!.media).to.deep.equal([media]);
    expect(a!.quotes).to.deep.equal([quote]);
    expect(a!.sources).to.deep.equal([]);
    expect(a!.tags).to.deep.equal([]);
    expect(b).to.include({ id: 'b', status: 'planned', approximate: true, milestone: true });
    expect(b!.media).to.deep.equal([]);
    expect(b!.quotes).to.deep.equal([]);
    expect(a!.start.iso).to.equal('2000');
  });

  it('resolves categories to the category objects', () => {
    const timeline = parsed(dataset([{ ...EVENT, category: 'b' }, { ...EVENT, id: 'x' }], { categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', color: 'teal' }] }));
    expect(timeline.events[0]!.category).to.equal(timeline.categories[1]);
    expect(timeline.events[0]!.category).to.deep.equal({ id: 'b', label: 'B', color: 'teal' });
    expect(timeline.events[1]!.category).to.equal(undefined);
  });

  it('sorts eras by start', () => {
    const eras = [
      { id: 'late', label: 'L', start: '2000' },
      { id: 'long', label: 'L', start: '1955', end: '1990' },
      { id: 'short', label: 'S', start: '1955', end: '1960', summary: 'S' },
      { id: 'open', label: 'O', start: '1955' },
    ];
    const timeline = parsed(dataset([], { eras }));
    expect(timeline.eras.map((era) => era.id)).to.deep.equal(['open', 'short', 'long', 'late']);
    expect(timeline.eras[1]!.end!.iso).to.equal('1960');
    expect(timeline.eras[1]!.summary).to.equal('S');
    expect(timeline.eras[0]!.source).to.equal(eras[3]);
  });

  it('lists languages: the default first, then in order of appearance', () => {
    const timeline = parsed({
      title: { de: 'T', fr: 'T' },
      defaultLanguage: 'fr',
      categories: [{ id: 'c', label: { 'de-CH': 'C', FR: 'C' } }],
      events: [{ ...EVENT, title: { it: 'A', en: 'A' }, summary: 'plain' }],
    });
    expect(timeline.defaultLanguage).to.equal('fr');
    expect(timeline.languages).to.deep.equal(['fr', 'de', 'de-CH', 'it', 'en']);
  });

  it('uses the given story, or the milestones in time order', () => {
    const events = [
      { ...EVENT, id: 'late', date: '2020', milestone: true },
      { ...EVENT, id: 'early', date: '1955', milestone: true },
      { ...EVENT, id: 'middle', date: '1990' },
    ];
    expect(parsed(dataset(events)).story).to.deep.equal(['early', 'late']);
    expect(parsed(dataset(events, { story: ['middle', 'late'] })).story).to.deep.equal(['middle', 'late']);
    expect(parsed(dataset(events, { story: [] })).story).to.deep.equal([]);
  });

  it('keeps the input as the source of the timeline and of each event', () => {
    const events = [{ ...EVENT, id: 'b', date: '2001' }, EVENT];
    const data = dataset(events);
    const timeline = parsed(data);
    expect(timeline.source).to.equal(data);
    expect(timeline.events[0]!.source).to.equal(EVENT);
    expect(timeline.events[1]!.source).to.equal(events[0]);
  });

  it('does not mutate its input', () => {
    const data = deepFreeze({
      title: { fr: 'T' },
      categories: [{ id: 'c', label: 'C' }],
      eras: [{ id: 'e', label: 'E', start: '1900' }],
      events: [
        { id: 'b', date: '2001', title: 'B', media: { src: 'a.jpg', alt: 'A' }, quote: { text: 'Q', author: 'Me' }, category: 'c' },
        { id: 'a', date: '2000', title: { fr: 'A' }, tags: ['t'], sources: [{ label: 'S' }] },
      ],
    });
    const before = JSON.stringify(data);
    const timeline = parsed(data); // frozen: any write would throw in this strict-mode module
    expect(JSON.stringify(data)).to.equal(before);
    expect(timeline.events.map((event) => event.id)).to.deep.equal(['a', 'b']);
    expect(data.events.map((event) => event.id)).to.deep.equal(['b', 'a']);
  });

  it('is not changed by later changes to the input', () => {
    const data = {
      title: { fr: 'T' },
      categories: [{ id: 'c', label: 'C', color: 'teal' }],
      events: [
        {
          id: 'a',
          date: '2000',
          title: { fr: 'A' },
          category: 'c',
          media: [{ src: 'a.jpg', alt: 'A' }],
          quote: { text: 'Q', author: 'Me' },
          sources: [{ label: 'S', url: 'https://example.org' }],
          tags: ['t'],
        },
      ],
    };
    const timeline = parsed(data);
    const event = data.events[0]!;
    event.media[0]!.src = 'javascript:alert(1)';
    event.media.push({ src: 'javascript:alert(2)', alt: 'B' });
    event.title.fr = 'changed';
    event.quote.author = 'Someone else';
    event.sources[0]!.url = 'javascript:alert(3)';
    event.tags.push('u');
    data.categories[0]!.color = 'url(x)';
    data.title.fr = 'changed';
    data.events.push({ ...event, id: 'b' });

    const parsedEvent = timeline.events[0]!;
    expect(parsedEvent.media).to.deep.equal([{ src: 'a.jpg', alt: 'A' }]);
    expect(parsedEvent.title).to.deep.equal({ fr: 'A' });
    expect(parsedEvent.quotes).to.deep.equal([{ text: 'Q', author: 'Me' }]);
    expect(parsedEvent.sources).to.deep.equal([{ label: 'S', url: 'https://example.org' }]);
    expect(parsedEvent.tags).to.deep.equal(['t']);
    expect(parsedEvent.category).to.deep.equal({ id: 'c', label: 'C', color: 'teal' });
    expect(timeline.title).to.deep.equal({ fr: 'T' });
    expect(timeline.events).to.have.length(1);
  });
});

describe('parseDatasetText', () => {
  it('parses JSON text', () => {
    const result = parseDatasetText('{"title": "T", "events": [{"id": "a", "date": "1955", "title": "A"}]}');
    expect(result.ok).to.equal(true);
  });

  it('ignores a byte order mark', () => {
    expect(parseDatasetText('\ufeff{"title": "T", "events": []}').ok).to.equal(true);
  });

  it('reports malformed JSON with the parser’s position message', () => {
    const text = '{"title": "T" "events": []}';
    let browserMessage = '';
    try {
      JSON.parse(text);
    } catch (error) {
      browserMessage = (error as Error).message;
    }
    const result = parseDatasetText(text);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems).to.deep.equal([{ path: '', message: `The dataset is not valid JSON: ${browserMessage}` }]);
    expect(browserMessage).to.match(/position 14/);
    const other = parseDatasetText('{"title": "T", "events": [}');
    expect(other.ok ? '' : other.problems[0]!.message).to.match(/^The dataset is not valid JSON: \S/);
    expect(parseDatasetText('').ok).to.equal(false);
  });

  it('refuses values that are not text', () => {
    const result = parseDatasetText({ title: 'T' } as unknown as string);
    expect(result.ok ? [] : result.problems).to.deep.equal([{ path: '', message: 'expected JSON text, got an object' }]);
  });

  it('reports dataset problems of well-formed JSON', () => {
    const result = parseDatasetText('{"title": "T", "events": [{"id": "a", "date": "1969-13", "title": "A"}]}');
    expect(result.ok ? [] : result.problems).to.deep.equal([
      { path: 'events[0].date', message: '"1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)' },
    ]);
  });
});
