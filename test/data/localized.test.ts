import { expect } from '@open-wc/testing';
import { fallbackLanguage, resolveText, textLanguages } from '../../src/data/index.js';

describe('resolveText', () => {
  const text = { fr: 'Fondation', en: 'Founding', 'de-CH': 'Gründung (CH)', de: 'Gründung' };

  it('returns plain strings as they are, and "" for undefined', () => {
    expect(resolveText('Dieppe', 'fr', 'en')).to.equal('Dieppe');
    expect(resolveText(undefined, 'fr', 'en')).to.equal('');
  });

  it('prefers the exact language tag', () => {
    expect(resolveText(text, 'fr', 'en')).to.equal('Fondation');
    expect(resolveText(text, 'de-CH', 'en')).to.equal('Gründung (CH)');
    expect(resolveText(text, 'de', 'en')).to.equal('Gründung');
  });

  it('then the same tag in another case', () => {
    expect(resolveText(text, 'DE-ch', 'en')).to.equal('Gründung (CH)');
    expect(resolveText({ 'pt-BR': 'Fundação', pt: 'Fundação (PT)' }, 'PT-br', 'en')).to.equal('Fundação');
  });

  it('then the primary language (fr-CH → fr)', () => {
    expect(resolveText(text, 'fr-CH', 'en')).to.equal('Fondation');
    expect(resolveText(text, 'de-AT', 'en')).to.equal('Gründung');
  });

  it('then the first regional variant (fr → fr-CA)', () => {
    expect(resolveText({ en: 'Founding', 'fr-CA': 'Fondation (CA)', 'fr-BE': 'Fondation (BE)' }, 'fr', 'en')).to.equal('Fondation (CA)');
    expect(resolveText({ en: 'Founding', 'fr-CA': 'Fondation (CA)' }, 'fr-CH', 'en')).to.equal('Fondation (CA)');
  });

  it('then the default language, matched the same way', () => {
    expect(resolveText(text, 'it', 'de')).to.equal('Gründung');
    expect(resolveText(text, 'it', 'de-LI')).to.equal('Gründung');
    expect(resolveText({ 'fr-FR': 'Fondation', en: 'Founding' }, 'it', 'fr')).to.equal('Fondation');
  });

  it('then English, then the first translation', () => {
    expect(resolveText(text, 'it', 'es')).to.equal('Founding');
    expect(resolveText({ 'en-GB': 'Founding (GB)', fr: 'Fondation' }, 'it', 'es')).to.equal('Founding (GB)');
    expect(resolveText({ ja: '設立', ko: '설립' }, 'it', 'es')).to.equal('設立');
  });

  it('treats empty translations as missing', () => {
    expect(resolveText({ fr: '', en: 'Founding' }, 'fr', 'de')).to.equal('Founding');
    expect(resolveText({ fr: '' }, 'fr', 'de')).to.equal('');
  });

  it('ignores inherited properties and empty language arguments', () => {
    const inherited = Object.create({ fr: 'hérité' }) as Record<string, string>;
    inherited.en = 'own';
    expect(resolveText(inherited, 'fr', 'de')).to.equal('own');
    expect(resolveText(text, '', '')).to.equal('Founding');
  });

  it('reads own "__proto__" keys safely', () => {
    const parsed = JSON.parse('{"__proto__": "x", "en": "Founding"}') as Record<string, string>;
    expect(resolveText(parsed, 'fr', 'en')).to.equal('Founding');
    expect(({} as Record<string, unknown>).en).to.equal(undefined);
  });
});

describe('textLanguages', () => {
  it('lists the languages of a translation object, in order', () => {
    expect(textLanguages({ fr: 'a', en: 'b', 'de-CH': 'c' })).to.deep.equal(['fr', 'en', 'de-CH']);
  });

  it('is empty for plain strings and undefined', () => {
    expect(textLanguages('Dieppe')).to.deep.equal([]);
    expect(textLanguages(undefined)).to.deep.equal([]);
  });
});

describe('fallbackLanguage', () => {
  it('names the language of a text shown in another language than the reader\'s', () => {
    expect(fallbackLanguage({ fr: 'Fondation' }, 'de', 'fr')).to.equal('fr');
    expect(fallbackLanguage({ fr: 'Fondation', en: 'Founding' }, 'it', 'en')).to.equal('en');
    expect(fallbackLanguage({ 'pt-BR': 'Fundação' }, 'de', 'pt-BR')).to.equal('pt-BR');
    // an empty translation is no translation: the fallback's language is named
    expect(fallbackLanguage({ de: '', fr: 'Fondation' }, 'de', 'fr')).to.equal('fr');
  });

  it('says nothing when the text is in the reader\'s language, whatever the region or case', () => {
    expect(fallbackLanguage({ fr: 'Fondation', de: 'Gründung' }, 'de', 'fr')).to.equal(undefined);
    expect(fallbackLanguage({ fr: 'Fondation' }, 'fr-CH', 'en')).to.equal(undefined);
    expect(fallbackLanguage({ 'fr-CA': 'Fondation' }, 'FR', 'en')).to.equal(undefined);
  });

  it('says nothing for a plain string (its language is not known) or no text', () => {
    expect(fallbackLanguage('Fondation', 'de', 'fr')).to.equal(undefined);
    expect(fallbackLanguage(undefined, 'de', 'fr')).to.equal(undefined);
    expect(fallbackLanguage({ fr: '' }, 'de', 'fr')).to.equal(undefined);
  });
});
