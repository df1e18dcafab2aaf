import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/data/parse.js';
import type { ParsedTimeline } from '../../src/data/parsed-types.js';
import type { TimelineEra } from '../../src/data/types.js';
import { eraBandEnds, erasAt, eraWindow } from '../../src/layout/era-ends.js';
import { moveLayout } from '../../src/layout/move-layout.js';
import { layoutTimeline } from '../../src/layout/timeline-layout.js';

function withEras(eras: TimelineEra[]): ParsedTimeline {
  const result = parseDataset({ title: 'Eras', eras, events: [{ id: 'a', date: '1950', title: 'A' }, { id: 'b', date: '1995', title: 'B' }] });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.timeline;
}

const iso = (ends: readonly number[]) => ends.map((t) => (t === Infinity ? 'open' : new Date(t).toISOString().slice(0, 10)));

describe('eraBandEnds(timeline)', () => {
  it('stops an era whose end year is the year the next begins where that one begins: the bands meet', () => {
    const t = withEras([
      { id: 'a', label: 'A', start: '1955', end: '1965' },
      { id: 'b', label: 'B', start: '1965', end: '1975' },
      { id: 'c', label: 'C', start: '1975' },
    ]);
    expect(iso(eraBandEnds(t))).to.deep.equal(['1965-01-01', '1975-01-01', 'open']);
  });

  it('does the same at the precision of the end: a month, a day', () => {
    const t = withEras([
      { id: 'a', label: 'A', start: '1955', end: '1965-03' },
      { id: 'b', label: 'B', start: '1965-03-15', end: '1970-06-01' },
      { id: 'c', label: 'C', start: '1970-06-01', end: '1980' },
    ]);
    expect(iso(eraBandEnds(t))).to.deep.equal(['1965-03-15', '1970-06-01', '1981-01-01']);
  });

  it('draws eras that truly overlap, or that leave a gap, as given', () => {
    const nested = withEras([
      { id: 'outer', label: 'Outer', start: '1950', end: '1980' },
      { id: 'inner', label: 'Inner', start: '1960', end: '1970' },
    ]);
    expect(iso(eraBandEnds(nested)), 'one within another').to.deep.equal(['1981-01-01', '1971-01-01']);
    const twoYears = withEras([
      { id: 'a', label: 'A', start: '1955', end: '1966' },
      { id: 'b', label: 'B', start: '1965', end: '1975' },
    ]);
    expect(iso(eraBandEnds(twoYears)), 'by more than the end year').to.deep.equal(['1967-01-01', '1976-01-01']);
    const gap = withEras([
      { id: 'a', label: 'A', start: '1955', end: '1960' },
      { id: 'b', label: 'B', start: '1965', end: '1975' },
    ]);
    expect(iso(eraBandEnds(gap)), 'a gap').to.deep.equal(['1961-01-01', '1976-01-01']);
    const sameStart = withEras([
      { id: 'a', label: 'A', start: '1965', end: '1965' },
      { id: 'b', label: 'B', start: '1965', end: '1975' },
    ]);
    expect(iso(eraBandEnds(sameStart)), 'two eras from the same year').to.deep.equal(['1966-01-01', '1976-01-01']);
  });

  it('gives the laid-out and the moved bands edges that meet, never overlap', () => {
    const t = withEras([
      { id: 'a', label: 'A', start: '1955', end: '1965' },
      { id: 'b', label: 'B', start: '1965', end: '1975' },
      { id: 'c', label: 'C', start: '1975', end: '1990' },
    ]);
    const layout = layoutTimeline(t, { width: 1000, labelWidth: () => 40 });
    const moved = moveLayout(t, layout, [Date.UTC(1958, 0, 1), Date.UTC(1985, 0, 1)]);
    for (const eras of [layout.eras, moved.eras]) {
      expect(eras.map((e) => e.era.id)).to.deep.equal(['a', 'b', 'c']);
      expect(eras[0]!.x1).to.be.closeTo(eras[1]!.x0, 1e-9);
      expect(eras[1]!.x1).to.be.closeTo(eras[2]!.x0, 1e-9);
    }
  });
});

describe('eraWindow(timeline, i, extent)', () => {
  // a time as a year with its fraction
  const year = (t: number) => {
    const y = new Date(t).getUTCFullYear();
    return y + (t - Date.UTC(y, 0)) / (Date.UTC(y + 1, 0) - Date.UTC(y, 0));
  };
  const t = withEras([
    { id: 'a', label: 'A', start: '1955', end: '1965' },
    { id: 'b', label: 'B', start: '1965', end: '1974' },
    { id: 'c', label: 'C', start: '1980' },
  ]);
  const extent: [number, number] = [Date.UTC(1948, 0), Date.UTC(2000, 0)];

  it('shows the era from its start to where its band ends, with 3 % of its span either side', () => {
    const [a, b] = eraWindow(t, 0, extent);
    // 1955 to 1965 (where the next begins): 10 years, 0.3 of a year either side
    expect(year(a)).to.be.closeTo(1954.7, 0.05);
    expect(year(b)).to.be.closeTo(1965.3, 0.05);
    // an inclusive end year: the band, and the window, run to the end of 1974
    expect(year(eraWindow(t, 1, extent)[1])).to.be.closeTo(1975.3, 0.05);
  });

  it('shows an era still going on up to the end of the whole timeline', () => {
    const [a, b] = eraWindow(t, 2, extent);
    expect(year(a)).to.be.closeTo(1979.4, 0.05);
    expect(year(b)).to.be.closeTo(2000.6, 0.05);
  });
});

describe('erasAt(timeline, t)', () => {
  const at = (t: ParsedTimeline, date: string) => erasAt(t, Date.parse(date)).map((era) => era.id);

  it('gives the eras whose band holds a time: its end period inclusive, where bands meet the later one', () => {
    const t = withEras([
      { id: 'a', label: 'A', start: '1955', end: '1964' },
      { id: 'b', label: 'B', start: '1965', end: '1975' },
      { id: 'c', label: 'C', start: '1975' },
      { id: 'outer', label: 'Outer', start: '1990', end: '2000' },
      { id: 'inner', label: 'Inner', start: '1995', end: '1996' },
    ]);
    expect(at(t, '1950-06-01'), 'before every era').to.deep.equal([]);
    expect(at(t, '1955-01-01'), 'its first day').to.deep.equal(['a']);
    expect(at(t, '1964-12-31'), 'the last day of its end year').to.deep.equal(['a']);
    expect(at(t, '1975-01-01'), 'the year one ends and the next begins: the next').to.deep.equal(['c']);
    expect(at(t, '2030-01-01'), 'an era without an end').to.deep.equal(['c']);
    expect(at(t, '1996-12-31'), 'one within another: both, by start').to.deep.equal(['c', 'outer', 'inner']);
  });
});
