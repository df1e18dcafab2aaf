/**
 * Datasets and helpers for the Storybook stories: a seeded generator for dense timelines, a
 * dataset with spans and eras, an invalid one, and a `fetch` that answers slowly (for the
 * loading state, offline).
 */
import type { TimelineDataset, TimelineEvent } from '../src/data/types.js';

/** A small, seeded pseudo-random generator (mulberry32): the same seed gives the same timeline. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const WORDS = ['launch', 'plant', 'rally', 'record', 'prototype', 'victory', 'partnership', 'model', 'factory', 'design', 'race', 'award'];
const CATEGORIES = [
  { id: 'racing', label: 'Racing', color: '#c8102e' },
  { id: 'industry', label: 'Industry', color: '#0b4ea2' },
  { id: 'design', label: 'Design', color: '#5b3cc4' },
  { id: 'brand', label: 'Brand', color: '#1a7f37' },
];

/**
 * A dense timeline: `count` events between `from` and `to` (years), with ~4 % milestones,
 * ~5 % spans, planned events after the current year, four categories and three eras.
 */
export function denseDataset(count = 2000, seed = 1955, from = 1900, to = 2030): TimelineDataset {
  const random = seededRandom(seed);
  const thisYear = 2025;
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const year = from + Math.floor(random() * (to - from + 1));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const date = precision < 0.3 ? String(year) : precision < 0.6 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    const event: TimelineEvent = {
      id: `event-${i + 1}`,
      date,
      title: `${word[0]!.toUpperCase()}${word.slice(1)} #${i + 1}`,
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)]!.id,
      ...(random() < 0.04 ? { milestone: true } : {}),
      ...(random() < 0.05 ? { end: String(Math.min(to, year + 1 + Math.floor(random() * 6))) } : {}),
      ...(year > thisYear ? { status: 'planned' as const } : {}),
    };
    events.push(event);
  }
  return {
    title: `${count.toLocaleString('en-US')} generated events (seed ${seed})`,
    categories: CATEGORIES,
    eras: [
      { id: 'early', label: 'Early years', start: String(from), end: '1945' },
      { id: 'growth', label: 'Growth', start: '1946', end: '1999' },
      { id: 'modern', label: 'Modern times', start: '2000' },
    ],
    events,
  };
}

/** Eras as bands, and events that last (spans), including an era still going on. */
export const spansAndEras: TimelineDataset = {
  title: { en: 'Alpine in competition', fr: 'Alpine en compétition' },
  defaultLanguage: 'en',
  categories: [
    { id: 'rally', label: { en: 'Rally', fr: 'Rallye' }, color: '#0b4ea2' },
    { id: 'endurance', label: { en: 'Endurance', fr: 'Endurance' }, color: '#c8102e' },
    { id: 'f1', label: 'Formula 1', color: '#111827' },
  ],
  eras: [
    { id: 'berlinette', label: { en: 'The Berlinette years', fr: 'Les années Berlinette' }, start: '1962', end: '1977' },
    { id: 'le-mans', label: { en: 'Le Mans', fr: 'Le Mans' }, start: '1978', end: '1979' },
    { id: 'modern', label: { en: 'The modern era', fr: 'L’ère moderne' }, start: '2013' },
  ],
  events: [
    { id: 'a110-berlinette', date: '1962', end: '1977', category: 'rally', title: { en: 'A110 Berlinette in production', fr: 'Production de la Berlinette A110' } },
    { id: 'monte-carlo-1971', date: '1971-01', milestone: true, category: 'rally', title: { en: 'Monte-Carlo Rally win', fr: 'Victoire au Monte-Carlo' } },
    { id: 'world-rally-1973', date: '1973', end: '1973-12', milestone: true, category: 'rally', title: { en: 'World Rally Championship', fr: 'Championnat du monde des rallyes' } },
    { id: 'le-mans-1978', date: '1978-06-11', milestone: true, category: 'endurance', title: { en: '24 Hours of Le Mans win', fr: 'Victoire aux 24 Heures du Mans' } },
    { id: 'a442', date: '1975', end: '1978', category: 'endurance', title: 'A442' },
    { id: 'return-endurance', date: '2013', end: '2021', category: 'endurance', title: { en: 'Back in endurance racing', fr: 'Retour en endurance' } },
    { id: 'f1-team', date: '2021', category: 'f1', milestone: true, title: { en: 'Alpine F1 Team', fr: 'Écurie Alpine F1' } },
    { id: 'hypercar', date: '2024', end: '2026', status: 'announced', category: 'endurance', title: { en: 'Hypercar programme', fr: 'Programme Hypercar' } },
  ],
};

/** A dataset with several problems (shown in the error panel, with their paths). */
export const invalidDataset = {
  title: 'Broken dataset',
  categories: [{ id: 'brand', label: 'Brand' }],
  events: [
    { id: 'a', date: '1969-13', title: 'A month that does not exist' },
    { id: 'a', date: '1970', title: 'A duplicate id' },
    { id: 'c', date: '1980', end: '1975', title: 'Ends before it starts', category: 'racing' },
    { id: 'd', date: '1990', titel: 'A typo in a field name' },
  ],
} as unknown as TimelineDataset;

/**
 * Makes `fetch` answer URLs that contain `/slow/` after `delay` ms (the rest of the URL names a
 * file served by Storybook, e.g. `/slow/datasets/space-race.json`). Aborts are honoured, so the
 * element's time-out (15 s) and "last src wins" behave as with a slow server. Other URLs are
 * untouched.
 */
export function installSlowFetch(delay: number): void {
  const w = window as Window & { __slowFetchDelay?: number; __slowFetchInstalled?: boolean };
  w.__slowFetchDelay = delay;
  if (w.__slowFetchInstalled) return;
  w.__slowFetchInstalled = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.includes('/slow/')) return realFetch(input, init);
    const target = new URL(url.pathname.replace('/slow/', '/') + url.search, url);
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const timer = setTimeout(() => resolve(realFetch(target, init)), w.__slowFetchDelay ?? 0);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
  };
}
