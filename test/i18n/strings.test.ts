import { expect } from '@open-wc/testing';
import { fill, STRINGS_DE, STRINGS_EN, STRINGS_FR, type TimelineStrings } from '../../src/i18n/strings.js';

const LANGUAGES: [string, TimelineStrings][] = [
  ['en', STRINGS_EN],
  ['fr', STRINGS_FR],
  ['de', STRINGS_DE],
];

describe('interface strings: where a line may not break', () => {
  it('French puts a no-break space, never a plain one, before : ; ? and !', () => {
    // a plain space lets the browser start a line with the colon ("Sélection" / ": Usine de
    // Dieppe"), as it did in the narrow countdown of a kiosk and in the live region's sentences
    const broken = Object.entries(STRINGS_FR).filter(([, text]) => / [:;?!]/.test(text));
    expect(broken.map(([key, text]) => `${key}: ${text}`)).to.deep.equal([]);
    expect(fill(STRINGS_FR.stillThere, { seconds: 9 })).to.match(/^Toujours là\u202f\? .* 9\u00a0s\. /);
    expect(fill(STRINGS_FR.selectedEvent, { event: 'A110' })).to.equal('Sélection\u00a0: A110');
  });

  it('keeps the countdown’s seconds with their unit in every language', () => {
    for (const [lang, strings] of LANGUAGES) {
      expect(strings.stillThere, lang).to.include('{seconds}\u00a0s');
      expect(fill(strings.stillThere, { seconds: 30 }), lang).to.include('30\u00a0s');
    }
  });
});
