import { expect } from '@open-wc/testing';
import { detectDelimiter, parseCsv } from '../../src/cli/csv.js';
import { formatCsvProblem, importCsv, slugify } from '../../src/cli/import-csv.js';
import { parseDataset } from '../../src/data/parse.js';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv(text) (RFC 4180)', () => {
  it('splits records and fields, with CRLF or LF line ends and no trailing newline', () => {
    expect(fields('a,b\r\n1,2\n3,4')).to.deep.equal([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, and says on which line each record starts', () => {
    const csv = parseCsv('h1,h2\n"a, b","say ""hi"""\n"multi\r\nline",x\nlast,"\n"\n');
    expect(csv.records.map((r) => r.fields)).to.deep.equal([['h1', 'h2'], ['a, b', 'say "hi"'], ['multi\nline', 'x'], ['last', '\n']]);
    expect(csv.records.map((r) => r.line)).to.deep.equal([1, 2, 3, 5]);
    expect(csv.problems).to.deep.equal([]);
  });

  it('keeps empty fields, skips blank lines and drops a UTF-8 byte order mark', () => {
    expect(fields('\uFEFFa,,c\n\n,,\n')).to.deep.equal([['a', '', 'c'], ['', '', '']]);
  });

  it('detects , ; or tab from the header row, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('date;title;"a,b,c"\n1,2,3')).to.equal(';');
    expect(detectDelimiter('date,title\n1;2;3;4')).to.equal(',');
    expect(detectDelimiter('date\ttitle\n')).to.equal('\t');
    expect(detectDelimiter('date\n1955')).to.equal(',');
    expect(fields('a;b\n"x;y";z')).to.deep.equal([['a', 'b'], ['x;y', 'z']]);
  });

  it('reports an unclosed quote and text after a closing quote, with their lines, without throwing', () => {
    expect(parseCsv('a,b\n"ok"x,2\n3,"open\nmore').problems).to.deep.equal([
      { line: 2, message: 'unexpected text "x" after a closing quote (double a quote inside a quoted field: "")' },
      { line: 3, message: 'a quoted field is not closed (a `"` is missing)' },
    ]);
  });
});

describe('importCsv(text, options)', () => {
  it('maps columns to a valid dataset: languages, booleans, tags, sources, media, extensions', () => {
    const result = importCsv(
      [
        'Date,End,Title_FR,Title_EN,Summary,Milestone,Approximate,Status,Category,Tags,Source_Label,Source_URL,Media_Src,Media_Alt,x-row',
        '1955,,Fondation,Founding,A sentence.,Yes,,,brand,a; b ;,Press,https://example.com/p,img/a.jpg,An image,7',
        '1971,1973,Rallye,Rally,,no,1,announced,racing,,,,,,',
      ].join('\n'),
      { title: 'T' },
    );
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset).to.deep.equal({
      title: 'T',
      defaultLanguage: 'fr',
      categories: [{ id: 'brand', label: 'brand' }, { id: 'racing', label: 'racing' }],
      events: [
        {
          id: 'fondation-1955', date: '1955', milestone: true, category: 'brand', title: { fr: 'Fondation', en: 'Founding' },
          summary: 'A sentence.', media: { src: 'img/a.jpg', alt: 'An image' },
          sources: [{ label: 'Press', url: 'https://example.com/p' }], tags: ['a', 'b'], 'x-row': '7',
        },
        { id: 'rallye-1971', date: '1971', end: '1973', status: 'announced', approximate: true, category: 'racing', title: { fr: 'Rallye', en: 'Rally' } },
      ],
    });
    expect(parseDataset(result.dataset).ok).to.equal(true);
  });

  it('generates ids from title and year (BC years too) without colliding with given ids', () => {
    const result = importCsv('id,date,title\nrome-753bc,-0752,Rome\n,-0752,Rome\n,-0752,Rome\n,1969,Été à Dieppe !', { defaultLanguage: 'en' });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset.events.map((e) => e.id)).to.deep.equal(['rome-753bc', 'rome-753bc-2', 'rome-753bc-3', 'ete-a-dieppe-1969']);
    expect(slugify('  ')).to.equal('event');
  });

  it('reports problems by CSV line, in line order, with the column they concern', () => {
    const result = importCsv('date,title,id,status\n1955,A,a,\n1969-13,B,b,\n1970,C,a,\n1971,D,d,done\n');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map(formatCsvProblem)).to.deep.equal([
      'line 3: date "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'line 4: duplicate id "a" (also used by line 2)',
      'line 5: status: expected one of "past", "announced", "planned", got "done"',
    ]);
  });

  it('names the delimiter in use when a row has more cells than the header (a delimiter in an unquoted cell)', () => {
    for (const [delimiter, name] of [[',', 'comma'], [';', 'semicolon']] as const) {
      const d = delimiter;
      const result = importCsv(`date${d}title${d}tags\n1955${d}A${d}x\n1969${d}B${d}sport${d}racing\n`);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      // (a semicolon file was asked about a comma)
      expect(result.problems.map(formatCsvProblem)).to.deep.equal([`line 3: has 4 cells but the header has 3 columns (is a ${name} in an unquoted cell?)`]);
    }
  });

  it('says once that an image lacks its text alternative, or a text alternative its image', () => {
    const result = importCsv('date,title,media_src,media_alt\n1955,A,a.jpg,\n1965,B,,A view\n1969,C,c.jpg,An image\n');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map(formatCsvProblem)).to.deep.equal([
      'line 2: media_src needs a media_alt (a text alternative for the image)',
      'line 3: media_alt is given without a media_src',
    ]);
    expect(result.total).to.equal(2);
  });

  it('lists the first 100 validation problems in line order, then how many more, and counts them all', () => {
    const result = importCsv(`date,title,milestone\n${Array.from({ length: 150 }, (_, i) => `1969-13,Event ${i},${i === 149 ? 'maybe' : ''}\n`).join('')}`);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const lines = result.problems.map(formatCsvProblem);
    // 100 of the 150 dates, the milestone of line 151 (found by the importer, not the validation), then the rest counted
    expect(lines.length).to.equal(102);
    expect(lines[0]).to.equal('line 2: date "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(lines[99]).to.equal('line 101: date "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(lines[100]).to.match(/^line 151: milestone "maybe"/);
    expect(lines[101]).to.equal('…and 50 more problems');
    expect(result.total).to.equal(151);
    // and the total of a shorter list is its length
    const few = importCsv('date,title\n1969-13,A\n');
    expect(few.ok).to.equal(false);
    if (!few.ok) expect([few.total, few.problems.length]).to.deep.equal([1, 1]);
  });

  it('reads headers with a dash or a space between the field and its language, and in field names', () => {
    const result = importCsv(
      [
        'date,title-fr,Title-de-CH,title_it-CH,summary-en,Source-Label-fr,source_label-en,source url,media-src,media alt-en,Media-Caption-DE',
        '1955,Fondation,Gründung,Fondazione,Founded,Presse,Press,https://example.com/p,a.jpg,An image,Ein Bild',
      ].join('\n'),
      { title: 'T' },
    );
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.defaultLanguage).to.equal('fr');
    const [event] = result.dataset.events;
    expect(event!.title).to.deep.equal({ fr: 'Fondation', 'de-CH': 'Gründung', 'it-CH': 'Fondazione' });
    expect(event!.summary).to.deep.equal({ en: 'Founded' });
    expect(event!.sources).to.deep.equal([{ label: { fr: 'Presse', en: 'Press' }, url: 'https://example.com/p' }]);
    expect(event!.media).to.deep.equal({ src: 'a.jpg', alt: { en: 'An image' }, caption: { de: 'Ein Bild' } });
    // still refused: a dash before something that is not a language
    const bad = importCsv('date,title-french\n1955,A');
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(formatCsvProblem(bad.problems[0]!)).to.match(/^line 1: unknown column "title-french"/);
  });

  it('refuses a file without date or title columns, and an empty file', () => {
    const noTitle = importCsv('date,summary\n1955,x');
    expect(noTitle.ok).to.equal(false);
    if (!noTitle.ok) expect(noTitle.problems.map((p) => p.line)).to.deep.equal([1]);
    const empty = importCsv('');
    expect(empty.ok).to.equal(false);
    if (!empty.ok) expect(formatCsvProblem(empty.problems[0]!)).to.match(/the file is empty/);
  });
});
