import { expect } from '@open-wc/testing';
import { formatTicks } from '../../src/i18n/format-tick.js';

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

  it('puts the year on the first tick even when a later tick says its own', () => {
    const days = [day(2021, 11, 22), day(2021, 12, 1), day(2021, 12, 8)];
    expect(formatTicks(days, 'day', 'en')).to.deep.equal(['Nov 22, 2021', 'Dec 2021', 'Dec 8']);
    // the months before the January tick named no year: 2021 was nowhere on the axis
    const months = [day(2021, 9, 1), day(2021, 10, 1), day(2021, 11, 1), day(2021, 12, 1), day(2022, 1, 1), day(2022, 2, 1)];
    expect(formatTicks(months, 'month', 'en')).to.deep.equal(['Sep 2021', 'Oct', 'Nov', 'Dec', '2022', 'Feb']);
    const winter = [day(1969, 12, 20), day(1969, 12, 27), day(1970, 1, 1), day(1970, 1, 8)];
    expect(formatTicks(winter, 'day', 'en')).to.deep.equal(['Dec 20, 1969', 'Dec 27', 'Jan 1970', 'Jan 8']);
    // a first tick that says its year is left alone
    expect(formatTicks([day(2022, 1, 1), day(2022, 2, 1)], 'month', 'en')).to.deep.equal(['2022', 'Feb']);
    expect(formatTicks([day(1965, 1, 1), day(1970, 1, 1)], 'year', 'en')).to.deep.equal(['1965', '1970']);
    expect(formatTicks([], 'day', 'en')).to.deep.equal([]);
  });

  it('names the era of a first tick before the common era', () => {
    const bc = new Date(Date.UTC(2000, 2, 15));
    bc.setUTCFullYear(-43); // 15 March 44 BC
    const next = new Date(bc.getTime() + 7 * 86_400_000);
    expect(formatTicks([bc, next], 'day', 'en')[0]).to.match(/^Mar 15, 44 BC$/);
  });

  it('writes month ticks before the common era as months, with the era only beside a year', () => {
    const months = [4, 7, 10].map((m) => {
      const d = new Date(Date.UTC(2000, m - 1, 1));
      d.setUTCFullYear(-44); // 45 BC
      return d;
    });
    const year = new Date(Date.UTC(2000, 0, 1));
    year.setUTCFullYear(-43); // 44 BC
    expect(formatTicks([...months, year], 'month', 'en')).to.deep.equal(['Apr 45 BC', 'Jul', 'Oct', '44 BC']);
    expect(formatTicks([...months, year], 'month', 'fr')).to.deep.equal(['avr. 45 av. J.-C.', 'juil.', 'oct.', '44 av. J.-C.']);
    expect(formatTicks([...months, year], 'month', 'de')).to.deep.equal(['Apr. 45 v. Chr.', 'Jul', 'Okt', '44 v. Chr.']);
  });
});
