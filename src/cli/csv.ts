/**
 * A small RFC 4180 CSV reader for spreadsheet exports: quoted fields with embedded delimiters,
 * line breaks and doubled quotes (`""`), CRLF or LF line ends, an optional UTF-8 byte order
 * mark, and `,` or `;` as the delimiter (detected from the header row when not given).
 * Pure: no DOM, no Node API.
 */

/** The delimiters {@link detectDelimiter} chooses between. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One record (row) of the file. */
export interface CsvRecord {
  /** Line of the file the record starts on, 1-based (a quoted line break makes a record span lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

/** A syntax problem, with the line it was found on. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

export interface CsvParseResult {
  /** Every non-blank record, the header row first. */
  readonly records: readonly CsvRecord[];
  readonly delimiter: CsvDelimiter;
  readonly problems: readonly CsvProblem[];
}

const BOM = 0xfeff;

/**
 * Picks the delimiter of a CSV text: the one of `,`, `;` and tab that occurs most often, outside
 * quotes, on the first line that has any (spreadsheets in French or German locales export `;`).
 * Defaults to `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = text.charCodeAt(0) === BOM ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

/**
 * Splits a CSV text into records of fields. Blank lines are skipped. Never throws: a quote left
 * open at the end of the file, or text after a closing quote, is reported in `problems` (the
 * field keeps what was read).
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): CsvParseResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;

  const endRecord = (): void => {
    fields.push(field);
    field = '';
    // a blank line is one empty field: skip it
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // a quoted field: up to the next quote that is not doubled
      const openedOn = line;
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\r' && text[i + 1] === '\n') {
          field += '\n';
          i += 2;
          line++;
          continue;
        }
        if (c === '\n' || c === '\r') line++;
        field += c === '\r' ? '\n' : c;
        i++;
      }
      if (!closed) {
        problems.push({ line: openedOn, message: 'a quoted field is not closed (a `"` is missing)' });
        break;
      }
      // after the closing quote: a delimiter, a line end or the end of the file
      let stray = '';
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') stray += text[i++];
      if (stray.trim() !== '') {
        problems.push({ line, message: `unexpected text ${JSON.stringify(stray)} after a closing quote (double a quote inside a quoted field: "")` });
        field += stray;
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { records, delimiter, problems };
}
