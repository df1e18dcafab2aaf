/**
 * Turns a spreadsheet export (CSV, one row per event, a header row) into a dataset in the
 * alpine-timeline format, and validates it with {@link parseDataset}. Every problem names the
 * line of the CSV file it comes from: `line 7: date "1969-13" is not a date`.
 *
 * Columns (header names are case-insensitive; spaces and dashes count as `_`):
 *
 * | column | becomes |
 * | --- | --- |
 * | `date` (required), `end` | `date`, `end` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) |
 * | `title` or `title_<lang>` (required) | `title` (one column per language: `title_fr`, `title_en`) |
 * | `summary[_<lang>]`, `body[_<lang>]` | `summary`, `body` |
 * | `id` | `id`; when absent or empty: the title and year, e.g. `dieppe-plant-1969` |
 * | `category` | `category`; every category seen is declared in `categories` |
 * | `status` | `past`, `announced` or `planned` |
 * | `milestone`, `approximate` | true for `true`, `yes`, `y`, `1`, `x`, `oui`, `ja`; false when empty or `false`, `no`, `0`... |
 * | `tags` | `tags`, separated by `;` |
 * | `source_label[_<lang>]`, `source_url`, `source_date` | one entry of `sources` |
 * | `media_src`, `media_alt[_<lang>]`, `media_credit[_<lang>]`, `media_caption[_<lang>]` | `media` |
 * | `x-…` | an extension field, kept as text |
 *
 * Pure: no DOM, no Node API.
 */
import { moreProblems, splitProblems } from '../data/checks.js';
import { parseDataset } from '../data/parse.js';
import type { LocalizedText, TimelineDataset, TimelineEvent } from '../data/types.js';
import { parseCsv, type CsvDelimiter } from './csv.js';

/** How a message names each delimiter. */
const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export interface CsvImportOptions {
  /** Title of the timeline. Defaults to `"Timeline"`. */
  title?: string;
  /** The dataset's `defaultLanguage`. Defaults to the language of the first `title_<lang>` column, if any. */
  defaultLanguage?: string;
  /** `,`, `;` or tab; detected from the header row when absent. */
  delimiter?: CsvDelimiter;
}

/**
 * A problem with the CSV file; `line` is 1-based, 0 for the file as a whole. Problems come in
 * line order; when the validation found more than it lists, a last `…and N more problems`
 * (line 0) counts the rest.
 */
export interface CsvImportProblem {
  readonly line: number;
  readonly message: string;
}

export type CsvImportResult =
  | { readonly ok: true; readonly dataset: TimelineDataset; readonly delimiter: CsvDelimiter; readonly rows: number }
  | {
      readonly ok: false;
      readonly problems: readonly CsvImportProblem[];
      /** How many problems there are: `problems.length`, or more when the last one counts those not listed. */
      readonly total: number;
      readonly dataset?: TimelineDataset;
    };

/** `line 7: date "1969-13" is not a date`, or the message alone for the file as a whole. */
export function formatCsvProblem(problem: CsvImportProblem): string {
  return problem.line > 0 ? `line ${problem.line}: ${problem.message}` : problem.message;
}

const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const TEXT_COLUMNS = ['title', 'summary', 'body', 'source_label', 'media_alt', 'media_credit', 'media_caption'] as const;
const PLAIN_COLUMNS = ['id', 'date', 'end', 'status', 'approximate', 'milestone', 'category', 'tags', 'source_url', 'source_date', 'media_src'] as const;
const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'oui', 'o', 'ja', 'j', 'vrai', 'wahr']);
const FALSE = new Set(['', 'false', 'no', 'n', '0', 'non', 'nein', 'faux', 'falsch']);

type TextColumn = (typeof TEXT_COLUMNS)[number];
type PlainColumn = (typeof PLAIN_COLUMNS)[number];

/** What one header cell means. */
type Column =
  | { readonly kind: 'plain'; readonly name: PlainColumn; readonly header: string }
  | { readonly kind: 'text'; readonly name: TextColumn; readonly lang?: string; readonly header: string }
  | { readonly kind: 'extension'; readonly name: `x-${string}`; readonly header: string };

/** `de-ch` → `de-CH`, `FR` → `fr`. */
function normaliseLanguage(tag: string): string {
  return tag
    .split('-')
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.toLowerCase()))
    .join('-');
}

function readHeader(cell: string): Column | string {
  const header = cell.trim();
  if (/^x-/i.test(header)) return { kind: 'extension', name: `x-${header.slice(2)}`, header };
  const key = header.toLowerCase().replace(/[\s-]+/g, '_');
  if ((PLAIN_COLUMNS as readonly string[]).includes(key)) return { kind: 'plain', name: key as PlainColumn, header };
  for (const name of TEXT_COLUMNS) {
    if (key === name) return { kind: 'text', name, header };
    // the language part keeps its dashes: title_de-CH, "title de-CH", title-de-CH
    const m = new RegExp(`^${name.replace('_', '[_\\s-]+')}[_\\s:.-]+(.+)$`, 'i').exec(header);
    if (m && LANG.test(m[1]!)) return { kind: 'text', name, lang: normaliseLanguage(m[1]!), header };
  }
  const guess = [...PLAIN_COLUMNS, ...TEXT_COLUMNS].find((name) => closeTo(key.replace(/_[a-z]{2}$/, ''), name));
  if (guess) return `unknown column ${JSON.stringify(header)} (did you mean "${guess}"?)`;
  const known = [...PLAIN_COLUMNS, ...TEXT_COLUMNS.map((t) => `${t}[_<lang>]`), 'x-…'].join(', ');
  return `unknown column ${JSON.stringify(header)} (known: ${known})`;
}

/** True when `a` is one edit (insertion, deletion, substitution or swap of neighbours) away from `b`. */
function closeTo(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, n: number) => x.slice(i + n);
  return (
    tail(a, 1) === tail(b, 1) || tail(a, 1) === tail(b, 0) || tail(a, 0) === tail(b, 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(a, 2) === tail(b, 2))
  );
}

/** A readable, stable slug: `Le site de Dieppe` → `le-site-de-dieppe`. */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'event';
}

/** The year part of an ISO partial date, as it reads in an id: `1969`, or `44bc` for `-0043`. */
function idYear(date: string): string {
  const m = /^([+-]?)(\d{4,})/.exec(date.trim());
  if (!m) return '';
  const year = Number(m[1] === '-' ? `-${m[2]}` : m[2]);
  return year > 0 ? String(year) : `${1 - year}bc`;
}

function pickText(text: LocalizedText | undefined, lang: string | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang !== undefined ? text[lang] : undefined) ?? Object.values(text)[0] ?? '';
}

/** Path inside an event (`title.fr`, `sources[0].url`, `tags[2]`) → the CSV column it came from. */
function columnOf(rest: string): string {
  return rest
    .replace(/^sources\[0\]\./, 'source_')
    .replace(/^media\./, 'media_')
    .replace(/^tags\[\d+\]$/, 'tags')
    .replace(/\["([^"]+)"\]/g, '_$1')
    .replace(/\./g, '_');
}

/** `date "1969-13" is not a date`, `status: expected one of…`; messages that name their field stay as they are. */
function withColumn(column: string, message: string): string {
  if (/^(required field|duplicate|unknown)\b/.test(message)) return message;
  return /^expected\b/.test(message) ? `${column}: ${message}` : `${column} ${message}`;
}

/** Reads a CSV export into a dataset; see the module comment for the columns. Never throws. */
export function importCsv(text: string, options: CsvImportOptions = {}): CsvImportResult {
  const csv = parseCsv(text, options.delimiter ? { delimiter: options.delimiter } : {});
  const problems: CsvImportProblem[] = [...csv.problems];
  /** Paths of the dataset whose problem a message above already tells. */
  const told = new Set<string>();
  const [head, ...rows] = csv.records;
  if (!head) {
    problems.push({ line: 0, message: 'the file is empty: expected a header row and one row per event' });
    return { ok: false, problems, total: problems.length };
  }

  // ---- header
  const columns: Array<Column | undefined> = [];
  const seen = new Map<string, number>();
  head.fields.forEach((cell, index) => {
    if (cell.trim() === '') {
      columns.push(undefined); // an empty header cell: the column is ignored
      return;
    }
    const column = readHeader(cell);
    if (typeof column === 'string') {
      problems.push({ line: head.line, message: column });
      columns.push(undefined);
      return;
    }
    const key = column.kind === 'text' ? `${column.name}_${column.lang ?? ''}` : column.name;
    const before = seen.get(key);
    if (before !== undefined) problems.push({ line: head.line, message: `column ${JSON.stringify(column.header)} appears twice (columns ${before + 1} and ${index + 1})` });
    seen.set(key, index);
    columns.push(column);
  });
  const has = (name: string) => columns.some((c) => c?.name === name);
  if (!has('date')) problems.push({ line: head.line, message: 'a "date" column is required' });
  if (!has('title')) problems.push({ line: head.line, message: 'a "title" column (or one per language: "title_fr", "title_en"...) is required' });
  const titleLanguages = columns.flatMap((c) => (c?.kind === 'text' && c.name === 'title' && c.lang ? [c.lang] : []));
  const defaultLanguage = options.defaultLanguage ?? titleLanguages[0];
  if (problems.some((p) => p.line === head.line)) return { ok: false, problems, total: problems.length };
  if (rows.length === 0) problems.push({ line: 0, message: 'the file has a header row but no event rows' });

  // ---- rows
  const events: TimelineEvent[] = [];
  const lines: number[] = [];
  const categories: string[] = [];
  const explicitIds = new Set<string>();
  const generated: Array<{ index: number; base: string }> = [];
  for (const row of rows) {
    if (row.fields.every((f) => f.trim() === '')) continue; // a row of empty cells (;;;;)
    if (row.fields.length > columns.length && row.fields.slice(columns.length).some((f) => f.trim() !== '')) {
      problems.push({ line: row.line, message: `has ${row.fields.length} cells but the header has ${columns.length} columns (is a ${DELIMITER_NAMES[csv.delimiter]} in an unquoted cell?)` });
    }
    const event: Record<string, unknown> = {};
    const texts: Partial<Record<TextColumn, string | Record<string, string>>> = {};
    columns.forEach((column, index) => {
      if (!column) return;
      const raw = row.fields[index] ?? '';
      const value = column.kind === 'text' && (column.name === 'body' || column.name === 'summary') ? raw.trim() : raw.trim().replace(/\s+/g, ' ');
      if (value === '') return;
      if (column.kind === 'extension') {
        event[column.name] = value;
      } else if (column.kind === 'text') {
        if (column.lang === undefined) {
          if (typeof texts[column.name] === 'object') problems.push({ line: row.line, message: `both "${column.header}" and "${column.name}_<lang>" columns are filled: use one or the other` });
          texts[column.name] = value;
        } else {
          const current = texts[column.name];
          texts[column.name] = { ...(typeof current === 'object' ? current : {}), [column.lang]: value };
          if (typeof current === 'string') problems.push({ line: row.line, message: `both "${column.name}" and "${column.header}" are filled: use one or the other` });
        }
      } else if (column.name === 'milestone' || column.name === 'approximate') {
        const word = value.toLowerCase();
        if (TRUE.has(word)) event[column.name] = true;
        else if (!FALSE.has(word)) problems.push({ line: row.line, message: `${column.name} ${JSON.stringify(value)} is not yes or no (use true/false, yes/no, 1/0, or leave it empty)` });
      } else if (column.name === 'tags') {
        const tags = value.split(';').map((t) => t.trim()).filter(Boolean);
        if (tags.length) event['tags'] = tags;
      } else if (column.name === 'category') {
        event['category'] = value;
        if (!categories.includes(value)) categories.push(value);
      } else if (column.name === 'source_url' || column.name === 'source_date' || column.name === 'media_src') {
        event[column.name] = value; // gathered below
      } else {
        event[column.name] = value;
      }
    });
    if (texts.title !== undefined) event['title'] = texts.title;
    if (texts.summary !== undefined) event['summary'] = texts.summary;
    if (texts.body !== undefined) event['body'] = texts.body;
    const sourceUrl = event['source_url'] as string | undefined;
    const sourceDate = event['source_date'] as string | undefined;
    delete event['source_url'];
    delete event['source_date'];
    if (texts.source_label !== undefined || sourceUrl !== undefined || sourceDate !== undefined) {
      const source: Record<string, unknown> = { label: texts.source_label ?? sourceUrl ?? '' };
      if (source['label'] === '') problems.push({ line: row.line, message: 'source_date is given without a source_label or source_url' });
      if (sourceUrl !== undefined) source['url'] = sourceUrl;
      if (sourceDate !== undefined) source['date'] = sourceDate;
      event['sources'] = [source];
    }
    const mediaSrc = event['media_src'] as string | undefined;
    delete event['media_src'];
    if (mediaSrc !== undefined || texts.media_alt !== undefined) {
      const media: Record<string, unknown> = { src: mediaSrc ?? '', alt: texts.media_alt ?? '' };
      // said here in the file's words; the parser's "must not be empty" for the same cell is not said again
      if (mediaSrc === undefined) {
        problems.push({ line: row.line, message: 'media_alt is given without a media_src' });
        told.add(`events[${events.length}].media.src`);
      }
      if (texts.media_alt === undefined) {
        problems.push({ line: row.line, message: 'media_src needs a media_alt (a text alternative for the image)' });
        told.add(`events[${events.length}].media.alt`);
      }
      if (texts.media_credit !== undefined) media['credit'] = texts.media_credit;
      if (texts.media_caption !== undefined) media['caption'] = texts.media_caption;
      event['media'] = media;
    }
    if (typeof event['id'] === 'string') explicitIds.add(event['id']);
    else {
      const title = pickText(event['title'] as LocalizedText | undefined, defaultLanguage);
      const year = typeof event['date'] === 'string' ? idYear(event['date']) : '';
      generated.push({ index: events.length, base: [slugify(title), year].filter(Boolean).join('-') });
    }
    // a stable key order, as an author would write it
    const order = ['id', 'date', 'end', 'status', 'approximate', 'milestone', 'category', 'title', 'summary', 'body', 'media', 'sources', 'tags'];
    const ordered: Record<string, unknown> = {};
    for (const key of order) if (key in event || key === 'id') ordered[key] = event[key];
    for (const key of Object.keys(event)) if (!(key in ordered)) ordered[key] = event[key];
    events.push(ordered as unknown as TimelineEvent);
    lines.push(row.line);
  }

  // ---- generated ids: title-year, then title-year-2, -3... never one that a row already uses
  const used = new Set(explicitIds);
  for (const { index, base } of generated) {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    (events[index] as unknown as Record<string, unknown>)['id'] = id;
  }

  const dataset: TimelineDataset = {
    title: options.title?.trim() || 'Timeline',
    ...(defaultLanguage ? { defaultLanguage } : {}),
    ...(categories.length ? { categories: categories.map((id) => ({ id, label: id })) } : {}),
    events,
  };

  // ---- the same validation as the element, with paths turned into CSV lines and columns
  const parsed = parseDataset(dataset);
  // the parser lists MAX_PROBLEMS problems and counts the rest in a last entry, which stays last
  const { listed, more } = parsed.ok ? { listed: [], more: 0 } : splitProblems(parsed.problems);
  if (!parsed.ok) {
    const lineOf = (index: string) => lines[Number(index)] ?? 0;
    for (const p of listed) {
      if (told.has(p.path)) continue;
      const m = /^events\[(\d+)\](?:\.(.*))?$/.exec(p.path);
      const message = p.message.replace(/\bevents\[(\d+)\]/g, (_, i: string) => `line ${lineOf(i)}`);
      if (m) problems.push({ line: lineOf(m[1]!), message: m[2] ? withColumn(columnOf(m[2]), message) : message });
      else problems.push({ line: 0, message: p.path ? `${p.path}: ${message}` : message });
    }
  }
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line);
    const total = problems.length + more;
    if (more) problems.push({ line: 0, message: moreProblems(more) });
    return { ok: false, problems, total, dataset };
  }
  return { ok: true, dataset, delimiter: csv.delimiter, rows: events.length };
}
