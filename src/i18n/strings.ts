/**
 * Interface strings, one typed catalogue per language. A developer adds or overrides a language
 * with {@link registerStrings}; missing keys fall back to English.
 */
export interface TimelineStrings {
  /** Accessible name of the list of event marks. */
  events: string;
  milestone: string;
  planned: string;
  announced: string;
  /** Prefix for an approximate date; `{date}` is replaced. */
  approximately: string;
  close: string;
  details: string;
  quote: string;
  sources: string;
  tags: string;
  category: string;
  /** Accessible name of the key to the markers' colours. */
  categories: string;
  loading: string;
  /** Heading of the error panel. */
  errorTitle: string;
  /** Sentence under the heading when an earlier dataset is still shown. */
  errorKeptPrevious: string;
  /** Under the error panel's list when the dataset has more problems than it lists; `{count}` is replaced. */
  problemsNotListed: string;
  dismiss: string;
  retry: string;
  /** Shown when the dataset has no events. */
  empty: string;
  /** Shown when the visible period holds no event; `{range}` is replaced. */
  emptyPeriod: string;
  /** `{count}` is replaced. */
  unlabelled: string;
  image: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  /** Group label of the zoom buttons. */
  zoomControls: string;
  previous: string;
  next: string;
  /** A cluster mark: `{count}` events over `{range}`. */
  cluster: string;
  /** A cluster mark that zooming cannot split (its events share a date): activating it opens the first. */
  clusterOpen: string;
  /** Accessible name of the overview strip. */
  overview: string;
  /** Accessible name of the brush, a slider over the visible period. */
  visiblePeriod: string;
  /** Live-region sentence when the visible period settles; `{range}` is replaced. */
  showing: string;
  /** Live-region sentence when an event is selected; `{event}` is the event's sentence. */
  selectedEvent: string;
  /** The button that shows every event as a plain list. */
  listView: string;
  /** Shows the next page of the list view; `{count}` is replaced. */
  showMore: string;
  /** Said of an event whose date is approximate. */
  approximate: string;
  /** Kiosk: the invitation shown while the attract tour runs. */
  touchToExplore: string;
  /** Kiosk: the countdown before a reset; `{seconds}` is replaced. */
  stillThere: string;
  /** Kiosk: accessible name of the language switch. */
  language: string;
  /** The button that switches to the guided story (`mode="story"`) and back. */
  story: string;
  /** Accessible name of the story's navigation strip. */
  chapters: string;
  /** Progress through the story; `{index}` and `{count}` are replaced. */
  chapterOf: string;
  /** A chapter's button on the story strip: `{chapter}` (the `chapterOf` text), then `{event}` (its date and title). */
  chapterLabel: string;
  previousChapter: string;
  nextChapter: string;
  /** Said of an event shown in story mode that is not one of the chapters. */
  offStory: string;
  /** Said when story mode is asked of a dataset without a story (the explorer shows it). */
  noStory: string;
}

export const STRINGS_EN: TimelineStrings = {
  events: 'Events',
  milestone: 'Milestone',
  planned: 'Planned',
  announced: 'Announced',
  approximately: 'c. {date}',
  close: 'Close',
  details: 'Details',
  quote: 'Quote',
  sources: 'Sources',
  tags: 'Tags',
  category: 'Category',
  categories: 'Categories',
  loading: 'Loading the timeline…',
  errorTitle: 'This timeline data could not be shown',
  errorKeptPrevious: 'The previous timeline is still shown.',
  problemsNotListed: 'Problems not listed: {count}',
  dismiss: 'Dismiss',
  retry: 'Retry',
  empty: 'This timeline has no events yet.',
  emptyPeriod: 'No events in {range}.',
  unlabelled: '{count} more events are too close together to label at this width.',
  image: 'Image',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show everything',
  zoomControls: 'Zoom',
  previous: 'Previous',
  next: 'Next',
  cluster: '{count} events, {range}: zoom in',
  clusterOpen: '{count} events, {range}: open the first',
  overview: 'Overview of the whole timeline',
  visiblePeriod: 'Visible period',
  showing: 'Showing {range}',
  selectedEvent: 'Selected: {event}',
  listView: 'List',
  showMore: 'Show {count} more',
  approximate: 'Approximate date',
  touchToExplore: 'Touch to explore',
  stillThere: 'Still there? The timeline starts over in {seconds}\u00a0s. Touch to stay.',
  language: 'Language',
  story: 'Story',
  chapters: 'Chapters',
  chapterOf: 'Chapter {index} of {count}',
  chapterLabel: '{chapter}: {event}',
  previousChapter: 'Previous chapter',
  nextChapter: 'Next chapter',
  offStory: 'Outside the story',
  noStory: 'This timeline has no story.',
};

export const STRINGS_FR: TimelineStrings = {
  events: 'Événements',
  milestone: 'Étape clé',
  planned: 'Prévu',
  announced: 'Annoncé',
  approximately: 'vers {date}',
  close: 'Fermer',
  details: 'Détails',
  quote: 'Citation',
  sources: 'Sources',
  tags: 'Mots-clés',
  category: 'Catégorie',
  categories: 'Catégories',
  loading: 'Chargement de la frise…',
  errorTitle: 'Ces données de frise ne peuvent pas être affichées',
  errorKeptPrevious: 'La frise précédente reste affichée.',
  problemsNotListed: 'Problèmes non listés\u00a0: {count}',
  dismiss: 'Masquer',
  retry: 'Réessayer',
  empty: 'Cette frise ne contient encore aucun événement.',
  emptyPeriod: 'Aucun événement sur la période {range}.',
  unlabelled: '{count} autres événements sont trop proches pour être étiquetés à cette largeur.',
  image: 'Image',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  fit: 'Tout afficher',
  zoomControls: 'Zoom',
  previous: 'Précédent',
  next: 'Suivant',
  cluster: '{count} événements, {range}\u00a0: zoomer',
  clusterOpen: '{count} événements, {range}\u00a0: ouvrir le premier',
  overview: 'Vue d’ensemble de toute la frise',
  visiblePeriod: 'Période affichée',
  showing: 'Période affichée\u00a0: {range}',
  selectedEvent: 'Sélection\u00a0: {event}',
  listView: 'Liste',
  showMore: 'Afficher {count} de plus',
  approximate: 'Date approximative',
  touchToExplore: 'Touchez pour explorer',
  stillThere: 'Toujours là\u202f? La frise recommence dans {seconds}\u00a0s. Touchez pour rester.',
  language: 'Langue',
  story: 'Récit',
  chapters: 'Chapitres',
  chapterOf: 'Chapitre {index} sur {count}',
  chapterLabel: '{chapter}\u00a0: {event}',
  previousChapter: 'Chapitre précédent',
  nextChapter: 'Chapitre suivant',
  offStory: 'Hors du récit',
  noStory: 'Cette frise n’a pas de récit.',
};

export const STRINGS_DE: TimelineStrings = {
  events: 'Ereignisse',
  milestone: 'Meilenstein',
  planned: 'Geplant',
  announced: 'Angekündigt',
  approximately: 'um {date}',
  close: 'Schließen',
  details: 'Details',
  quote: 'Zitat',
  sources: 'Quellen',
  tags: 'Schlagwörter',
  category: 'Kategorie',
  categories: 'Kategorien',
  loading: 'Zeitleiste wird geladen…',
  errorTitle: 'Diese Zeitleistendaten können nicht angezeigt werden',
  errorKeptPrevious: 'Die vorherige Zeitleiste wird weiter angezeigt.',
  problemsNotListed: 'Nicht aufgeführte Probleme: {count}',
  dismiss: 'Ausblenden',
  retry: 'Erneut versuchen',
  empty: 'Diese Zeitleiste enthält noch keine Ereignisse.',
  emptyPeriod: 'Keine Ereignisse im Zeitraum {range}.',
  unlabelled: '{count} weitere Ereignisse liegen zu dicht, um sie bei dieser Breite zu beschriften.',
  image: 'Bild',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles anzeigen',
  zoomControls: 'Zoom',
  previous: 'Zurück',
  next: 'Weiter',
  cluster: '{count} Ereignisse, {range}: vergrößern',
  clusterOpen: '{count} Ereignisse, {range}: das erste öffnen',
  overview: 'Überblick über die ganze Zeitleiste',
  visiblePeriod: 'Sichtbarer Zeitraum',
  showing: 'Angezeigt: {range}',
  selectedEvent: 'Ausgewählt: {event}',
  listView: 'Liste',
  showMore: '{count} weitere anzeigen',
  approximate: 'Ungefähres Datum',
  touchToExplore: 'Zum Entdecken berühren',
  stillThere: 'Noch da? Die Zeitleiste beginnt in {seconds}\u00a0s von vorn. Berühren, um zu bleiben.',
  language: 'Sprache',
  story: 'Geschichte',
  chapters: 'Kapitel',
  chapterOf: 'Kapitel {index} von {count}',
  chapterLabel: '{chapter}: {event}',
  previousChapter: 'Vorheriges Kapitel',
  nextChapter: 'Nächstes Kapitel',
  offStory: 'Außerhalb der Geschichte',
  noStory: 'Diese Zeitleiste hat keine Geschichte.',
};

const catalogue = new Map<string, Partial<TimelineStrings>>([
  ['en', STRINGS_EN],
  ['fr', STRINGS_FR],
  ['de', STRINGS_DE],
]);

/** Bumped by each {@link registerStrings}; and who wants to know (see {@link onStringsRegistered}). */
let generation = 0;
const listeners = new Set<() => void>();

/** Adds a language, or overrides some strings of one (`registerStrings('fr', {close: 'OK'})`). */
export function registerStrings(lang: string, strings: Partial<TimelineStrings>): void {
  const key = lang.toLowerCase();
  catalogue.set(key, { ...catalogue.get(key), ...strings });
  generation++;
  for (const listener of listeners) listener();
}

/** Changes at each {@link registerStrings}: a layout measured before may hold old texts. */
export function stringsGeneration(): number {
  return generation;
}

/**
 * Calls `listener` after each {@link registerStrings}, so that elements already on screen show
 * the new strings at once. Returns the function that stops it.
 */
export function onStringsRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The interface strings for a language tag: exact tag, then its primary subtag (`fr-CH` → `fr`),
 * each missing key filled from English.
 */
export function stringsFor(lang: string): TimelineStrings {
  const tag = lang.toLowerCase();
  const exact = catalogue.get(tag);
  const primary = catalogue.get(tag.split('-')[0]!);
  return { ...STRINGS_EN, ...primary, ...exact };
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m));
}
