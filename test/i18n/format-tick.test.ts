import { expect } from '@open-wc/testing';
import { formatTick, formatTicks } from '../../src/i18n/format-tick.js';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('formatTicks', () => {
  it('puts the year on the first tick when no tick says it (weeks of November)', () => {
    const ticks = [day(2021, 11, 21), day(2021, 11, 28), day(2021, 12, 5), day(2021, 12, 12)];
    expect(formatTicks(ticks, 'day', 'en')).to.deep.equal(['Nov 21, 2021', 'Nov 28', 'Dec 5', 'Dec 12']);
    expect(formatTicks(ticks, 'day', 'fr')).to.deep.equal(['21 nov. 2021', '28 nov.', '5 déc.', '12 déc.']);
    // across New Year: the first tick of the new year says it too
    const winter = [day(2021, 12, 19), day(2021, 12, 26), day(2022, 1, 2), day(2022, 1, 9)];
    expect(formatTicks(winter, 'day', 'en')).to.deep.equal(['Dec 19, 2021', 'Dec 26', 'Jan 2, 2022', 'Jan 9']);
    // months without a January: "Feb 2021", then the months
    expect(formatTicks([day(2021, 2, 1), day(2021, 3, 1), day(2021, 4, 1)], 'month', 'en')).to.deep.equal(['Feb 2021', 'Mar', 'Apr']);
  });

  it('leaves the labels alone when a tick says its year, wherever it is', () => {
    const days = [day(2021, 11, 22), day(2021, 12, 1), day(2021, 12, 8)];
    expect(formatTicks(days, 'day', 'en')).to.deep.equal(days.map((d) => formatTick(d, 'day', 'en')));
    expect(formatTicks(days, 'day', 'en')[1]).to.equal('Dec 2021');
    const months = [day(2021, 11, 1), day(2021, 12, 1), day(2022, 1, 1), day(2022, 2, 1)];
    expect(formatTicks(months, 'month', 'en')).to.deep.equal(['Nov', 'Dec', '2022', 'Feb']);
    expect(formatTicks([day(1965, 1, 1), day(1970, 1, 1)], 'year', 'en')).to.deep.equal(['1965', '1970']);
    expect(formatTicks([], 'day', 'en')).to.deep.equal([]);
  });

  it('names the era of a first tick before the common era', () => {
    const bc = new Date(Date.UTC(2000, 2, 15));
    bc.setUTCFullYear(-43); // 15 March 44 BC
    const next = new Date(bc.getTime() + 7 * 86_400_000);
    expect(formatTicks([bc, next], 'day', 'en')[0]).to.match(/^Mar 15, 44 BC$/);
  });
});
