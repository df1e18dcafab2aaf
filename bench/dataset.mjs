/**
 * Seeded datasets for `npm run bench` (and anyone who wants the same numbers): `n` events between
 * 1955 and 2030, ~30-character titles, ~150-character summaries, 5 categories, 5 % milestones.
 * Pure ES module with no dependency, so it runs in the browser (bench/page.mjs) and in Node.
 *
 *   generateDataset(100_000)            // the same 100,000 events every time
 *   generateDataset(1_000, { seed: 7 }) // another draw
 */

/** mulberry32: a tiny, fast, seeded PRNG giving floats in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'alpine berlinette coupe rally dieppe plant racing engine chassis design prototype victory circuit ' +
  'mountain record season driver team launch museum archive exhibition catalogue series model edition ' +
  'factory workshop assembly motor sport trophy route test winter summer tour championship heritage ' +
  'gallery restoration collection donation letter photograph poster ticket programme brochure medal'
).split(' ');
const CAPITALISED = WORDS.map((w) => w[0].toUpperCase() + w.slice(1));

export const CATEGORIES = [
  { id: 'brand', label: 'Brand', color: '#0b4ea2' },
  { id: 'industry', label: 'Industry', color: '#6e40c9' },
  { id: 'models', label: 'Models', color: '#1a7f37' },
  { id: 'racing', label: 'Racing', color: '#cf222e' },
  { id: 'collection', label: 'Collection', color: '#9a6700' },
];

const FIRST = Date.UTC(1955, 0, 1);
const LAST = Date.UTC(2030, 11, 31);
const DAY = 86_400_000;
const PLANNED_FROM = Date.UTC(2026, 0, 1);

const pad = (n) => (n < 10 ? `0${n}` : String(n));

/** Words up to about `length` characters, as one flat string (join, not +=, which builds ropes). */
function sentence(rnd, length) {
  const words = [CAPITALISED[(rnd() * WORDS.length) | 0]];
  let size = words[0].length;
  while (size < length) {
    const w = WORDS[(rnd() * WORDS.length) | 0];
    words.push(w);
    size += w.length + 1;
  }
  return words.join(' ');
}

function isoDay(t) {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A valid dataset of `n` events in shuffled (not time) order, so that validation also sorts.
 * 85 % of dates are days, 10 % months, 5 % years; 2 % of events last (an `end` up to two years
 * later); events from 2026 on are planned. Plain strings (one language), unique ids.
 */
export function generateDataset(n, { seed = 20220128 } = {}) {
  const rnd = random(seed + n);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = FIRST + Math.floor(rnd() * ((LAST - FIRST) / DAY)) * DAY;
    const day = isoDay(t);
    const p = rnd();
    const date = p < 0.85 ? day : p < 0.95 ? day.slice(0, 7) : day.slice(0, 4);
    const event = {
      id: `e${i.toString(36)}`,
      date,
      title: sentence(rnd, 22 + ((rnd() * 8) | 0)),
      summary: `${sentence(rnd, 135 + ((rnd() * 20) | 0))}.`,
      category: CATEGORIES[(rnd() * CATEGORIES.length) | 0].id,
    };
    if (rnd() < 0.05) event.milestone = true;
    if (rnd() < 0.02) event.end = isoDay(Math.min(LAST, t + Math.floor(rnd() * 730 + 1) * DAY));
    if (t >= PLANNED_FROM) event.status = 'planned';
    events[i] = event;
  }
  return {
    title: `Benchmark: ${n.toLocaleString('en-US')} events`,
    defaultLanguage: 'en',
    categories: CATEGORIES,
    eras: [
      { id: 'early', label: 'Early years', start: '1955', end: '1964' },
      { id: 'renault', label: 'With Renault', start: '1965', end: '2020' },
      { id: 'electric', label: 'Electric', start: '2021' },
    ],
    events,
  };
}
