import { expect } from '@open-wc/testing';
import alpine from '../../data/alpine.json';
import { parseDataset } from '../../src/data/index.js';
import type { ParsedEvent, ParsedTimeline } from '../../src/data/parsed-types.js';
import type { LocalizedText } from '../../src/data/types.js';

/**
 * The press release every fact of `data/alpine.json` comes from: « Alpine annonce la production
 * de son nouveau crossover GT à Dieppe », 28.01.2022. Its paragraphs are copied here (the tests
 * run in a browser and cannot read the seed file), with the PDF line breaks joined. The one
 * extraction artefact fixed is "D ieppe" → "Dieppe"; the release's own spelling ("péréniser",
 * straight apostrophes, «…» without spaces) is kept.
 */
const PRESS_RELEASE = [
  'Alpine annonce la production à Dieppe, de son futur crossover GT, 100 % électrique, à horizon 2025.',
  "Un an après la présentation du plan Renaulution, Luca de Meo, CEO Renault Group, a présenté les futurs projets de la marque et de son site de production en présence de Bruno Le Maire, Ministre de l'Économie, des Finances et de la Relance.",
  'À l’occasion de cette visite, le nouveau nom de l’usine dieppoise a été dévoilé: l’Usine Alpine Dieppe devient Manufacture Alpine Dieppe Jean Rédélé.',
  'Un an après le plan Renaulution, Luca de Meo, CEO Renault Group, et Laurent Rossi, CEO Alpine, ont annoncé la production du futur crossover GT Alpine à l’usine de Dieppe. Cette annonce a été faite en présence de M. Bruno Le Maire, Ministre de l’Économie, des Finances et de la Relance et d’Esteban Ocon, pilote Alpine F1 Team. Symbole du made in France et de l’innovation tricolore, le site Alpine de Dieppe est une usine unique à l’échelle du groupe. Cette rencontre marque une nouvelle étape dans les ambitions de développement de la marque et de ses projets pour péréniser l’avenir de son site historique.',
  'Afin de continuer à développer des voitures sportives performantes, et pour renforcer sa présence à l’international, Alpine combine avec succès la passion de la course à l’excellence technologique, notamment grâce aux ponts créés avec la Formule 1. Portée par un engagement en sport automobile unique, vecteur d’une image forte, Alpine vise les sommets avec une gamme de produits à venir élargie et 100 % électrique.',
  'Le nouveau plan produit de la marque est ambitieux. Présenté début 2021, le plan stratégique Alpine prévoit le développement et le lancement de trois nouveaux modèles électriques et sportifs (une compacte, un crossover et une remplaçante de l’A110) d’ici 2026.',
  'Ce tout premier crossover GT Alpine sera ainsi produit sur le site historique de Dieppe. Ce nouveau modèle combinera le savoir-faire de la marque en compétition et l’expérience du groupe en matière d’électrique, avec toute l’excellence qui définit la marque Alpine en matière de véhicule sportif. L’introduction de ce crossover GT 100 % électrique fera l’objet d’investissements sur le site de Dieppe afin d’y accueillir la toute dernière plateforme CMF-EV et de nouvelles installations permettant de produire un véhicule au contenu et aux équipements inédits sur ce segment de marché. Il deviendra ainsi le premier véhicule 100 % électrique à être produit en Normandie.',
  'Ce projet s’inscrit dans le cadre du plan «Re-Nouveau France 2025» conclu en décembre 2021 et qui positionne la France au cœur des activités industrielles et technologiques du groupe avec l’affectation de neuf nouveaux modèles dans les usines de l’hexagone. Il a fait également l’objet d’un accord de performance ambitieux «CAP 2024» visant à préparer le site à l’introduction de ce nouveau véhicule.',
  'En hommage à son fondateur et afin d’incarner tout le savoir faire qui caractérise son activité, le site industriel de Dieppe prend le nom de: Manufacture Alpine Dieppe Jean Rédélé.',
  'Passionné de sport automobile, concepteur, et pilote émérite, Jean Rédélé a fondé Alpine en 1955. Conçus sur une base de 4CV, ses coupés sportifs, compacts et légers, s’illustreront très tôt en compétition. Forte de ce palmarès, Alpine a construit sa légende sur piste comme sur route et une notoriété toute légitime pour ses modèles sportifs. Face au succès, et à la demande croissante, Alpine s’associe officiellement à Renault dès 1965 afin de se développer plus largement. Le site de production de Dieppe, aujourd’hui renommé Manufacture Alpine Dieppe Jean Rédélé verra le jour en 1969.',
  'ALPINE EST DIEPPE ET DIEPPE EST ALPINE! Cette relation unique et historique s’inscrit sur le long terme avec l’engagement d’un avenir pérenne et d’une activité en forte croissance.',
  "Bruno Le Maire, Ministre de l'Économie, des Finances et de la Relance: «Promesse tenue: Renault relance la marque Alpine sur le site de Dieppe avec la fabrication d'un nouveau véhicule électrique. C'est le retour en force de l'excellence française dans l'automobile. C'est aussi le symbole de la reconquête industrielle que nous sommes en train de réussir en France.»",
  'Luca de Meo, CEO Renault Group: «Alpine a prouvé ces douze derniers mois qu’elle avait enclenché une nouvelle dynamique et tenu ses engagements. Cette dynamique se traduit aujourd’hui à Dieppe par l’annonce de la production du futur crossover GT Alpine, offrant ainsi un avenir clair et des perspectives solides à son site industriel historique. L’ambition d’Alpine doit se porter toujours plus haut, là où seuls les plus passionnés et les plus habités par cette quête de perfection peuvent prétendre avoir leur place. C’est ce niveau d’excellence qui doit désormais être l’oxygène d’Alpine.»',
  'Laurent Rossi, CEO Alpine: «L’histoire d’Alpine est légendaire ! Cet héritage unique se perpétue aujourd’hui au travers de la compétition et de sa mythique A110, et continuera demain avec des ambitions fortes pour la marque et ses produits. Ce futur s’écrit dès à présent à Dieppe, berceau historique de la marque, avec l’annonce de la production de son futur crossover GT à la Manufacture Alpine Dieppe Jean Rédélé.»',
  "Fondée en 1955 par Jean Rédélé, Alpine s’est affirmée au fil des ans avec ses voitures de sport à la française. En 2017, la marque présente la nouvelle A110, une biplace sportive fidèle aux principes intemporels d’Alpine en matière de compacité, de légèreté, d'agilité et de plaisir de conduite. En 2021, Alpine Cars, Renault Sport Cars et Renault Sport Racing et son écurie de Formule 1 se réunissent sous la bannière Alpine. Elle devient ainsi la marque dédiée aux voitures de sport innovantes, authentiques et exclusives du Groupe Renault, bénéficiant de l’héritage et du savoir-faire de son usine historique de Dieppe ainsi que de la maîtrise de l’ingénierie des équipes de Formule 1 et de Renault Sport Cars.",
].join('\n\n');

/**
 * For each event, French phrases that must appear both in the press release and in the event's
 * French title, summary or body: each event says something the release actually says.
 */
const KEY_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'founding-1955': ['Jean Rédélé', 'Alpine en 1955', '4CV', 'coupés sportifs, compacts et légers'],
  'renault-association-1965': [
    'Alpine s’associe officiellement à Renault dès 1965',
    'afin de se développer plus largement',
  ],
  'dieppe-plant-1969': [
    'Le site de production de Dieppe',
    'le jour en 1969',
    'Manufacture Alpine Dieppe Jean Rédélé',
    'usine unique à l’échelle du groupe',
  ],
  'new-a110-2017': [
    'En 2017, la marque présente la nouvelle A110',
    'une biplace sportive',
    'compacité, de légèreté, d’agilité et de plaisir de conduite',
  ],
  'renaulution-2021': ['un an après la présentation du plan Renaulution'],
  'strategic-plan-2021': [
    'Présenté début 2021, le plan stratégique Alpine prévoit',
    'trois nouveaux modèles électriques et sportifs',
    'une compacte, un crossover et une remplaçante de l’A110',
    'd’ici 2026',
  ],
  'alpine-brand-united-2021': [
    'En 2021, Alpine Cars, Renault Sport Cars et Renault Sport Racing',
    'se réunissent sous la bannière Alpine',
    'voitures de sport innovantes, authentiques et exclusives',
  ],
  're-nouveau-france-2025-2021': [
    'Re-Nouveau France 2025',
    'décembre 2021',
    'neuf nouveaux modèles',
    'CAP 2024',
  ],
  'dieppe-announcement-2022': [
    'Un an après le plan Renaulution',
    'Bruno Le Maire',
    'Esteban Ocon, pilote Alpine F1 Team',
    'l’Usine Alpine Dieppe devient Manufacture Alpine Dieppe Jean Rédélé',
  ],
  'gt-crossover-dieppe-2025': [
    'horizon 2025',
    'CMF-EV',
    'le premier véhicule 100 % électrique à être produit en Normandie',
    'CAP 2024',
  ],
  'three-electric-models-2026': [
    'trois nouveaux modèles électriques et sportifs',
    'une compacte, un crossover et une remplaçante de l’A110',
    'd’ici 2026',
  ],
};

const PRESS_RELEASE_DATE = '2022-01-28';
const PRESS_RELEASE_TITLE = 'Alpine annonce la production de son nouveau crossover GT à Dieppe';
const MILESTONE_YEARS = [1955, 1965, 1969, 2017, 2025];
const PLANNED_IDS = ['gt-crossover-dieppe-2025', 'three-electric-models-2026'];
const LANGUAGES = ['fr', 'en', 'de'];
/** The dataset keys whose values are texts shown to readers. */
const LOCALIZED_KEYS = new Set(['title', 'description', 'label', 'summary', 'body', 'text', 'role', 'alt', 'credit', 'caption']);

/** Compares texts regardless of case, apostrophe style and spacing. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/['\u2019]/g, '’')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .toLowerCase()
    .trim();
}

function french(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text['fr'] ?? '');
}

/** Every reader-facing text in a JSON value, with its path (keys starting with `x-` are notes, not texts). */
function localizedTexts(value: unknown, path = ''): Array<{ path: string; text: unknown }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (key.startsWith('x-')) return [];
    const childPath = path ? `${path}.${key}` : key;
    return LOCALIZED_KEYS.has(key) ? [{ path: childPath, text: child }] : localizedTexts(child, childPath);
  });
}

function parseAlpine(): ParsedTimeline {
  const result = parseDataset(alpine);
  if (!result.ok) {
    throw new Error(`data/alpine.json has problems: ${JSON.stringify(result.problems, null, 2)}`);
  }
  return result.timeline;
}

describe('data/alpine.json', () => {
  let timeline: ParsedTimeline;
  let byId: Map<string, ParsedEvent>;

  before(() => {
    timeline = parseAlpine();
    byId = new Map(timeline.events.map((event) => [event.id, event]));
  });

  it('parses with no problems', () => {
    const result = parseDataset(alpine);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.problems)).to.equal(true);
    expect(timeline.defaultLanguage).to.equal('fr');
    expect(timeline.events).to.have.length(Object.keys(KEY_PHRASES).length);
  });

  it('is written in French, with English and German translations', () => {
    expect(alpine.defaultLanguage).to.equal('fr');
    expect(alpine.$schema).to.equal('./schema/timeline.schema.json');
    expect(timeline.languages[0]).to.equal('fr');
    expect([...timeline.languages].sort()).to.deep.equal([...LANGUAGES].sort());
  });

  it('has non-empty fr, en and de strings in every text', () => {
    const texts = localizedTexts(alpine);
    expect(texts.length).to.be.greaterThan(50);
    for (const { path, text } of texts) {
      expect(text, path).to.be.an('object');
      for (const language of LANGUAGES) {
        const value = (text as Record<string, unknown>)[language];
        expect(value, `${path}.${language}`).to.be.a('string');
        expect((value as string).trim(), `${path}.${language}`).not.to.equal('');
      }
    }
  });

  it('writes bodies as plain paragraphs separated by blank lines', () => {
    for (const { path, text } of localizedTexts(alpine)) {
      for (const value of Object.values(text as Record<string, string>)) {
        expect(value, path).to.equal(value.trim());
        expect(value.split('\n\n').every((paragraph) => paragraph !== '' && !paragraph.includes('\n')), path).to.equal(true);
      }
    }
  });

  it('has unique kebab-case ids that end with the event’s year', () => {
    const ids = timeline.events.map((event) => event.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const event of timeline.events) {
      expect(event.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(event.id.endsWith(`-${event.start.year}`), event.id).to.equal(true);
    }
  });

  it('gives every event a summary and one of the dataset’s categories', () => {
    const categoryIds = timeline.categories.map((category) => category.id);
    expect(categoryIds.length).to.be.within(3, 5);
    for (const event of timeline.events) {
      expect(french(event.summary), event.id).not.to.equal('');
      expect(event.category?.id, event.id).to.be.oneOf(categoryIds);
    }
  });

  it('marks exactly 1955, 1965, 1969, 2017 and 2025 as milestones, in this order', () => {
    const milestones = timeline.events.filter((event) => event.milestone);
    expect(milestones.map((event) => event.start.year)).to.deep.equal(MILESTONE_YEARS);
  });

  it('tells the story of the five milestones, in order, in its own words', () => {
    const milestoneIds = timeline.events.filter((event) => event.milestone).map((event) => event.id);
    expect(alpine.story.map((chapter) => chapter.event)).to.deep.equal(milestoneIds);
    expect(timeline.story).to.deep.equal(milestoneIds);
    expect(timeline.chapters.map((chapter) => chapter.id)).to.deep.equal(milestoneIds);
    for (const chapter of timeline.chapters) {
      for (const language of ['fr', 'en']) {
        expect((chapter.title as Record<string, string>)[language], `${chapter.id} title ${language}`).to.be.a('string');
        expect((chapter.text as Record<string, string>)[language], `${chapter.id} text ${language}`).to.be.a('string');
      }
    }
  });

  it('writes every French chapter from the press release’s own words', () => {
    // A chapter is told in the present where the release uses the past or the future; apart from
    // those verbs, every word of four letters or more of a chapter is a word of the release.
    const words = (value: string) => value.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}%]+/gu) ?? [];
    const release = new Set(words(PRESS_RELEASE));
    const PRESENT: Readonly<Record<string, string>> = { fonde: 'fondé', illustrent: 'illustreront', voit: 'verra' };
    for (const chapter of timeline.chapters) {
      for (const field of [chapter.title, chapter.text] as Record<string, string>[]) {
        const unknown = words(field.fr!).filter((w) => w.length >= 4 && !release.has(PRESENT[w] ?? w));
        expect(unknown, `${chapter.id}: ${field.fr}`).to.deep.equal([]);
      }
    }
  });

  it('plans only the 2025 crossover and the three models for 2026', () => {
    const planned = timeline.events.filter((event) => event.status === 'planned');
    expect(planned.map((event) => event.id)).to.deep.equal(PLANNED_IDS);
    expect(planned.map((event) => event.start.year)).to.deep.equal([2025, 2026]);
    for (const event of timeline.events) {
      if (!PLANNED_IDS.includes(event.id)) expect(event.status, event.id).to.equal('past');
    }
    expect(byId.get('gt-crossover-dieppe-2025')?.approximate).to.equal(true);
  });

  it('dates the announcement to 28 January 2022 and the dates it infers as approximate', () => {
    expect(byId.get('dieppe-announcement-2022')?.start.iso).to.equal('2022-01-28');
    expect(byId.get('re-nouveau-france-2025-2021')?.start.iso).to.equal('2021-12');
    expect(byId.get('renaulution-2021')?.approximate).to.equal(true);
    expect(byId.get('strategic-plan-2021')?.approximate).to.equal(true);
  });

  it('cites the press release of 28 January 2022 for every event', () => {
    for (const event of timeline.events) {
      const cited = event.sources.some(
        (source) =>
          source.date === PRESS_RELEASE_DATE &&
          source.url === undefined &&
          french(source.label).includes(PRESS_RELEASE_TITLE),
      );
      expect(cited, event.id).to.equal(true);
    }
  });

  it('quotes Bruno Le Maire, Luca de Meo and Laurent Rossi at the 2022 announcement, word for word', () => {
    const announcement = byId.get('dieppe-announcement-2022');
    expect(announcement?.quotes.map((quote) => quote.author)).to.deep.equal([
      'Bruno Le Maire',
      'Luca de Meo',
      'Laurent Rossi',
    ]);
    const release = normalize(PRESS_RELEASE);
    for (const quote of announcement?.quotes ?? []) {
      expect(release, `${quote.author}'s words`).to.include(normalize(french(quote.text)));
      expect(release, `${quote.author}'s role`).to.include(normalize(`${quote.author}, ${french(quote.role)}:`));
    }
    const quoted = timeline.events.filter((event) => event.quotes.length > 0).map((event) => event.id);
    expect(quoted).to.deep.equal(['dieppe-announcement-2022']);
  });

  describe('traceability to the press release', () => {
    for (const [id, phrases] of Object.entries(KEY_PHRASES)) {
      it(`${id} says what the press release says`, () => {
        const event = byId.get(id);
        expect(event, id).not.to.equal(undefined);
        const release = normalize(PRESS_RELEASE);
        const eventText = normalize([event?.title, event?.summary, event?.body].map(french).join('\n\n'));
        for (const phrase of phrases) {
          expect(release, `press release: "${phrase}"`).to.include(normalize(phrase));
          expect(eventText, `${id}: "${phrase}"`).to.include(normalize(phrase));
        }
      });
    }

    it('fixes the PDF artefacts outside quotes', () => {
      const json = JSON.stringify(alpine);
      expect(json).not.to.include('D ieppe');
      expect(json).not.to.include('péréniser');
      expect(json).to.include('pérenniser');
    });
  });
});
