import { expect } from '@open-wc/testing';
import { formatCount, formatYears } from '../../src/i18n/format-count.js';

describe('formatCount', () => {
  it('groups digits as readers of the language write them', () => {
    expect(formatCount(10092, 'en')).to.equal('10,092');
    expect(formatCount(10092, 'de')).to.equal('10.092');
    expect(formatCount(10092, 'fr').replace(/\s/g, ' ')).to.equal('10 092');
    expect(formatCount(7, 'fr')).to.equal('7');
  });

  it('reads English for a malformed language tag instead of throwing', () => {
    expect(formatCount(10092, 'not a tag!')).to.equal('10,092');
  });
});

describe('formatYears', () => {
  it('spells out a number of years in the language', () => {
    expect(formatYears(48, 'en')).to.equal('48 years');
    expect(formatYears(1, 'en')).to.equal('1 year');
    expect(formatYears(48, 'fr')).to.equal('48 ans');
    expect(formatYears(48, 'de')).to.equal('48 Jahre');
    expect(formatYears(1200, 'de')).to.equal('1.200 Jahre');
  });

  it('keeps counts and years apart for one language, and reads English for a malformed tag', () => {
    expect(formatCount(48, 'de')).to.equal('48');
    expect(formatYears(48, 'de')).to.equal('48 Jahre');
    expect(formatYears(48, 'not a tag!')).to.equal('48 years');
  });
});
