import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/data/parse.js';
import type { ParsedTimeline } from '../../src/data/parsed-types.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { focusTarget, overviewShift, pageTarget } from '../../src/layout/key-targets.js';

const YEAR = 365.2425 * 86_400_000;

function parsed(dataset: TimelineDataset): ParsedTimeline {
  const result = parseDataset(dataset);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.timeline;
}

/** One event a year from 1900 to 1999 (index i is the year 1900 + i). */
const yearly = (eras: TimelineDataset['eras'] = []) =>
  parsed({ title: 'Yearly', eras, events: Array.from({ length: 100 }, (_, i) => ({ id: `y${1900 + i}`, date: String(1900 + i), title: `Year ${1900 + i}` })) });

describe('focusTarget(timeline, at, key, { rtl, span })', () => {
  const t = yearly();
  const ltr = { rtl: false, span: 10 * YEAR };

  it('steps one event with the arrows, mirrored left and right when time runs right to left', () => {
    expect(focusTarget(t, 50, 'ArrowRight', ltr)).to.equal(51);
    expect(focusTarget(t, 50, 'ArrowLeft', ltr)).to.equal(49);
    expect(focusTarget(t, 50, 'ArrowDown', ltr)).to.equal(51);
    expect(focusTarget(t, 50, 'ArrowUp', ltr)).to.equal(49);
    const rtl = { ...ltr, rtl: true };
    expect(focusTarget(t, 50, 'ArrowRight', rtl)).to.equal(49);
    expect(focusTarget(t, 50, 'ArrowLeft', rtl)).to.equal(51);
    expect(focusTarget(t, 50, 'ArrowDown', rtl)).to.equal(51);
  });

  it('goes to the ends with Home and End, stays within them, and ignores other keys', () => {
    expect(focusTarget(t, 50, 'Home', ltr)).to.equal(0);
    expect(focusTarget(t, 50, 'End', ltr)).to.equal(99);
    expect(focusTarget(t, 99, 'ArrowRight', ltr)).to.equal(99);
    expect(focusTarget(t, 0, 'ArrowLeft', ltr)).to.equal(0);
    expect(focusTarget(t, 0, 'PageUp', ltr)).to.equal(0);
    expect(focusTarget(t, 50, 'Enter', ltr)).to.equal(undefined);
    expect(focusTarget(t, 50, 'a', ltr)).to.equal(undefined);
  });
});

describe('pageTarget(timeline, at, direction, span)', () => {
  it('without eras, moves about a window: to the first event that far away, at least one event', () => {
    const t = yearly();
    // from 1950: the first event from 1959-07 on is 1960; the first from 1939-07 on is 1940
    expect(pageTarget(t, 50, 1, 9.5 * YEAR)).to.equal(60);
    expect(pageTarget(t, 50, -1, 10.5 * YEAR)).to.equal(40);
    expect(pageTarget(t, 50, 1, 0.1 * YEAR)).to.equal(51); // a window narrower than the gap
    expect(pageTarget(t, 50, -1, 0.1 * YEAR)).to.equal(49);
    expect(pageTarget(t, 95, 1, 10 * YEAR)).to.equal(99); // past the last event: the last one
  });

  it('with eras: PageDown goes to the next era, PageUp to the start of the current one, then of the one before', () => {
    const t = yearly([
      { id: 'a', label: 'A', start: '1900', end: '1930' },
      { id: 'b', label: 'B', start: '1930', end: '1960' },
      { id: 'c', label: 'C', start: '1960' },
    ]);
    expect(pageTarget(t, 10, 1, YEAR)).to.equal(30);
    expect(pageTarget(t, 30, 1, YEAR)).to.equal(60);
    expect(pageTarget(t, 70, 1, YEAR)).to.equal(99); // no era after: the last event
    expect(pageTarget(t, 45, -1, YEAR)).to.equal(30); // the start of the current era
    expect(pageTarget(t, 30, -1, YEAR)).to.equal(0); // already there: the era before
    expect(pageTarget(t, 0, -1, YEAR)).to.equal(-1); // before everything (focusTarget clamps it to 0)
  });

  it('finds its event by binary search, the same as a scan, on unevenly spread dates', () => {
    const t = parsed({
      title: 'Uneven',
      events: Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, date: `${1900 + Math.floor((i * i) / 40000)}-0${1 + (i % 9)}`, title: `E${i}` })),
    });
    const scan = (time: number) => {
      const i = t.events.findIndex((e) => e.start.start >= time);
      return i < 0 ? t.events.length - 1 : i;
    };
    for (const at of [0, 1, 250, 999, 1500, 1998]) {
      const start = t.events[at]!.start.start;
      for (const span of [YEAR / 12, YEAR, 7 * YEAR, 200 * YEAR]) {
        expect(pageTarget(t, at, 1, span), `${at} +${span}`).to.equal(Math.max(at + 1, scan(start + span)));
        expect(pageTarget(t, at, -1, span), `${at} -${span}`).to.equal(Math.min(at - 1, scan(start - span)));
      }
    }
  });
});

describe('overviewShift(key, window, extent, rtl)', () => {
  const window: [number, number] = [1000, 2000];
  const extent: [number, number] = [0, 10_000];

  it('pans a tenth of the window with the arrows (left and right mirrored right to left), a window with Page keys', () => {
    expect(overviewShift('ArrowRight', window, extent, false)).to.equal(100);
    expect(overviewShift('ArrowLeft', window, extent, false)).to.equal(-100);
    expect(overviewShift('ArrowRight', window, extent, true)).to.equal(-100);
    expect(overviewShift('ArrowLeft', window, extent, true)).to.equal(100);
    expect(overviewShift('ArrowUp', window, extent, true)).to.equal(100);
    expect(overviewShift('ArrowDown', window, extent, true)).to.equal(-100);
    // the slider pattern: PageUp goes the way of ArrowUp (later), by more
    expect(overviewShift('PageUp', window, extent, false)).to.equal(1000);
    expect(overviewShift('PageDown', window, extent, false)).to.equal(-1000);
    expect(overviewShift('PageUp', window, extent, true)).to.equal(1000);
  });

  it('goes to the ends of the extent with Home and End, and ignores other keys', () => {
    expect(overviewShift('Home', window, extent, false)).to.equal(-1000);
    expect(overviewShift('End', window, extent, false)).to.equal(8000);
    expect(overviewShift('Enter', window, extent, false)).to.equal(undefined);
  });
});
