/**
 * The building blocks of the dataset parser: where we are in the document (kept as a stack of
 * keys and only turned into a `events[3].date` string when a problem is found), the problem
 * list, and checks for the value types the format shares (texts, dates, URLs, ids).
 *
 * Objects are only ever read through their own keys (`for…in` + `Object.hasOwn`), so keys such
 * as `__proto__` or `constructor` are plain unknown fields, never prototype look-ups.
 */
import { createDateParser, MAX_YEAR, MIN_YEAR } from './historical-date.js';
import type { DatasetProblem, HistoricalDate } from './parsed-types.js';
import type { LocalizedText } from './types.js';
import { isSafeUrl } from './url.js';

/** A key in a JSON path: a property name or an array index. */
export type PathKey = string | number;

/** How many problems are listed before the rest are summed up in one last entry. */
export const MAX_PROBLEMS = 100;

/** `…and 3 more problems`: the last entry of a problem list cut at {@link MAX_PROBLEMS}. */
export function moreProblems(more: number): string {
  return `…and ${more} more ${more === 1 ? 'problem' : 'problems'}`;
}

const MORE_PROBLEMS = /^…and (\d+) more problems?$/;

/**
 * A problem list from the parser, split into the problems it lists and the number of those it
 * only counts in its last `…and N more problems` entry (0 when it lists them all): the true
 * total is `listed.length + more`.
 */
export function splitProblems(problems: readonly DatasetProblem[]): { listed: readonly DatasetProblem[]; more: number } {
  const last = problems[problems.length - 1];
  const m = problems.length > MAX_PROBLEMS && last?.path === '' ? MORE_PROBLEMS.exec(last.message) : null;
  return m ? { listed: problems.slice(0, -1), more: Number(m[1]) } : { listed: problems, more: 0 };
}

/** A language tag as the format accepts it: `en`, `fr`, `de-CH`, `zh-Hant-TW`. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** Renders `['events', 3, 'title', 'fr']` as `events[3].title.fr`; odd keys as `["a b"]`. */
export function renderPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path === '' ? key : `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** A short, readable rendering of a wrong value for messages: `"yes"`, `5`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** `"text"` in double quotes, shortened past 40 characters. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/** A JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Extension keys (`x-…`) are allowed anywhere and ignored. */
export function isExtensionKey(key: string): boolean {
  return key.charCodeAt(0) === 0x78 /* x */ && key.charCodeAt(1) === 0x2d /* - */;
}

/** A string with at least one non-whitespace character. */
export function isNonBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return true; // the usual case, without trim()
  return value.trim() !== '';
}

/** Whether a string holds a C0 control character or DEL (U+0000–U+001F, U+007F). */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** A known field name close to a misspelt one (`titel` → `title`), if there is one. */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of known) {
    // No suggestion is ever further than 2 edits, and lengths 3 apart are at least 3 edits apart:
    // skipping them keeps a 1 MB key from costing a 1 MB × name-length edit-distance table.
    if (Math.abs(name.length - lower.length) > 2) continue;
    const distance = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase());
    if (distance < bestDistance && distance <= (name.length >= 4 ? 2 : 1)) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Collects problems while the parser walks the document. `enter`/`leave` track the current
 * position without building strings; `report` renders the path only when it keeps the problem.
 */
export class Checker {
  /** How many problems were found, including those beyond {@link MAX_PROBLEMS}. */
  count = 0;
  /** Language tags used by texts, lower-cased tag → tag as first written, in order of appearance. */
  readonly languages = new Map<string, string>();
  private readonly problems: DatasetProblem[] = [];
  private readonly path: PathKey[] = [];
  /** Tags already seen and valid, exactly as written: skips the regex and the lower-casing. */
  private readonly knownTags = new Set<string>();
  /** Parses dates, sharing one object between events with the same date. */
  private readonly parseDate = createDateParser();

  enter(key: PathKey): void {
    this.path.push(key);
  }

  leave(): void {
    this.path.pop();
  }

  /** Records a problem at the current position, or below it at `key` (and `key2`). */
  report(message: string, key?: PathKey, key2?: PathKey): void {
    this.count++;
    if (this.count > MAX_PROBLEMS) return;
    const keys = this.path.slice();
    if (key !== undefined) keys.push(key);
    if (key2 !== undefined) keys.push(key2);
    this.problems.push({ path: renderPath(keys), message });
  }

  /** The problems, with a last `…and N more problems` entry when there were too many. */
  result(): DatasetProblem[] {
    const problems = this.problems.slice();
    const more = this.count - problems.length;
    if (more > 0) problems.push({ path: '', message: moreProblems(more) });
    return problems;
  }

  /** Reports a key that is not part of the format, suggesting the `known` name it resembles. */
  unknownField(key: string, known: readonly string[]): void {
    const suggestion = suggestField(key, known);
    this.report(
      suggestion === undefined ? `unknown field ${quote(key)}` : `unknown field ${quote(key)} (did you mean "${suggestion}"?)`,
      key,
    );
  }

  /** `value` must be `true` or `false`; returns it, or `fallback` when absent or wrong. */
  boolean(value: unknown, key: PathKey, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.report(`expected true or false, got ${describeValue(value)}`, key);
    return fallback;
  }

  /** A required or optional identifier: a string that is not blank. */
  id(value: unknown, key: PathKey, required: boolean): string | undefined {
    if (value === undefined) {
      if (required) this.report(`required field ${quote(String(key))} is missing`, key);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(`expected a string, got ${describeValue(value)}`, key);
      return undefined;
    }
    if (!isNonBlank(value)) {
      this.report('must not be empty', key);
      return undefined;
    }
    return value;
  }

  /**
   * A {@link LocalizedText}: a non-blank string, or a non-empty object of language tag →
   * string. Returns a copy of translation objects, so later changes to the input do not leak
   * into the parsed timeline, and records the languages used.
   */
  text(value: unknown, key: PathKey, required: boolean): LocalizedText | undefined {
    if (typeof value === 'string') {
      if (isNonBlank(value)) return value;
      this.report('must not be empty', key);
      return undefined;
    }
    if (value === undefined) {
      if (required) this.report(`required field ${quote(String(key))} is missing`, key);
      return undefined;
    }
    if (!isRecord(value)) {
      this.report(
        `expected a text: a string, or translations such as {"en": "…", "fr": "…"}, got ${describeValue(value)}`,
        key,
      );
      return undefined;
    }
    const copy: Record<string, string> = {};
    let count = 0;
    let ok = true;
    let filled = false;
    for (const tag in value) {
      if (!Object.hasOwn(value, tag)) continue;
      count++;
      const translation = value[tag];
      if (!this.knownTags.has(tag)) {
        if (!LANGUAGE_TAG.test(tag)) {
          this.report(`${quote(tag)} is not a language tag (expected one such as "en", "fr" or "de-CH")`, key, tag);
          ok = false;
          continue;
        }
        this.knownTags.add(tag);
        const lower = tag.toLowerCase();
        if (!this.languages.has(lower)) this.languages.set(lower, tag);
      }
      if (typeof translation !== 'string') {
        this.report(`expected a string, got ${describeValue(translation)}`, key, tag);
        ok = false;
        continue;
      }
      copy[tag] = translation;
      filled ||= isNonBlank(translation);
    }
    if (count === 0) {
      this.report('expected at least one translation, got an empty object', key);
      return undefined;
    }
    if (ok && count > 1) {
      // tags ignore case: {"en": …, "EN": …} gives one language two texts
      const tags = Object.keys(copy);
      for (let i = 1; i < tags.length; i++) {
        const lower = tags[i]!.toLowerCase();
        const first = tags.slice(0, i).find((t) => t.toLowerCase() === lower);
        if (first === undefined) continue;
        this.report(`${quote(tags[i]!)} is the language ${quote(first)} again (language tags ignore case)`, key, tags[i]!);
        ok = false;
      }
    }
    if (ok && !filled) {
      // an empty translation means "not translated yet": one of them must be written
      this.report('every translation is empty: at least one must hold a text', key);
      return undefined;
    }
    return ok ? copy : undefined;
  }

  /** An ISO partial date, with messages that say what is wrong with it. */
  date(value: unknown, key: PathKey, required: boolean): HistoricalDate | undefined {
    if (value === undefined) {
      if (required) this.report(`required field ${quote(String(key))} is missing`, key);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(`expected a date written as a string such as "1969-07-20", got ${describeValue(value)}`, key);
      return undefined;
    }
    const result = this.parseDate(value);
    if (typeof result !== 'string') return result;
    if (result === 'calendar') this.report(`${quote(value)} is not a real calendar date`, key);
    else if (result === 'range') {
      this.report(`${quote(value)} is outside the supported years (${MIN_YEAR} to ${MAX_YEAR})`, key);
    } else this.report(`${quote(value)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`, key);
    return undefined;
  }

  /** An end date that must not finish before `start` begins. */
  endDate(value: unknown, key: PathKey, start: HistoricalDate | undefined, startName: string): HistoricalDate | undefined {
    const end = this.date(value, key, false);
    if (end !== undefined && start !== undefined && end.after <= start.start) {
      this.report(`${quote(end.iso)} is before the ${startName} ${quote(start.iso)}`, key);
      return undefined;
    }
    return end;
  }

  /**
   * A URL for an image or a source: `http(s)` or relative, with no surrounding spaces or
   * control characters (the JSON Schema states the same rule).
   */
  url(value: unknown, key: PathKey, required: boolean): string | undefined {
    if (value === undefined) {
      if (required) this.report(`required field ${quote(String(key))} is missing`, key);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(`expected a URL string, got ${describeValue(value)}`, key);
      return undefined;
    }
    if (value === '') {
      this.report('must not be empty', key);
      return undefined;
    }
    if (hasControlCharacter(value) || value.trim() !== value) {
      this.report(`${quote(value)} must not start or end with spaces or contain control characters`, key);
      return undefined;
    }
    if (!isSafeUrl(value)) {
      this.report(`${quote(value)} is not allowed: only http(s) or relative URLs are allowed`, key);
      return undefined;
    }
    return value;
  }

  /** An array, or `undefined` (with a problem when present but not an array). */
  array(value: unknown, key: PathKey, required: boolean): readonly unknown[] | undefined {
    if (Array.isArray(value)) return value as readonly unknown[];
    if (value === undefined) {
      if (required) this.report(`required field ${quote(String(key))} is missing`, key);
    } else {
      this.report(`expected an array, got ${describeValue(value)}`, key);
    }
    return undefined;
  }
}
