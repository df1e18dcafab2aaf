/**
 * The `alpine-timeline` command line: `validate`, `import` and `schema`. The file system and
 * the output streams are passed in ({@link CliIo}), so this module has no Node or DOM
 * dependency; `main.ts` wires it to Node.
 *
 * Exit codes: 0 done, 1 the data has problems, 2 the command was misused or a file could not be
 * read or written.
 */
import schema from '../../data/schema/timeline.schema.json';
import { splitProblems } from '../data/checks.js';
import { jsonErrorWhere } from '../data/json-error.js';
import { parseDataset } from '../data/parse.js';
import type { DatasetProblem } from '../data/parsed-types.js';
import type { CsvDelimiter } from './csv.js';
import { formatCsvProblem, importCsv } from './import-csv.js';

export interface CliIo {
  /** Reads a UTF-8 text file; throws when it cannot. */
  readFile(path: string): string;
  /** Writes a UTF-8 text file; throws when it cannot. */
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage: alpine-timeline <command> [options]

Commands:
  validate <file.json>...    Check datasets against the format; prints each problem with its
                             JSON path. Exit code 1 when a file has problems, 2 when one
                             cannot be read (the others are checked all the same).
  import <file.csv>          Turn a spreadsheet export (one row per event, a header row) into a
                             dataset. Prints the JSON, or writes it with -o.
      -o, --output <file>        write the dataset to <file> instead of standard output
      --title <text>             the timeline's title (default: the file name)
      --default-language <tag>   its defaultLanguage (default: the first title_<lang> column)
      --delimiter <, | ; | tab>  the CSV delimiter (default: detected from the header row)
  schema                     Print the JSON Schema of the dataset format.

Options: -h, --help   this help;  -v, --version   the version.

CSV columns: date (required), end, id, title or title_<lang> (required), summary[_<lang>],
body[_<lang>], category, status, milestone, approximate, tags (separated by ;), source_label[_<lang>],
source_url, source_date, media_src, media_alt[_<lang>], media_credit[_<lang>], media_caption[_<lang>], x-…
`;

class UsageError extends Error {}

interface Parsed {
  readonly positionals: string[];
  readonly options: Map<string, string>;
}

const VALUE_OPTIONS: Record<string, string> = {
  '-o': 'output',
  '--output': 'output',
  '--title': 'title',
  '--default-language': 'default-language',
  '--delimiter': 'delimiter',
};

/** The options (names of {@link VALUE_OPTIONS}) each command takes; `-h`/`--help` goes with all. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  validate: [],
  import: ['output', 'title', 'default-language', 'delimiter'],
  schema: [],
};

/** Reads the arguments after `command`; an option that `command` does not take is a usage error. */
function parseArgs(command: string, args: readonly string[]): Parsed {
  const accepted = COMMAND_OPTIONS[command] ?? [];
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = VALUE_OPTIONS[flag!];
    if (name && !accepted.includes(name)) {
      const owners = Object.keys(COMMAND_OPTIONS).filter((c) => COMMAND_OPTIONS[c]!.includes(name));
      throw new UsageError(`unknown option ${flag} for ${command} (an option of ${owners.join(', ')})`);
    }
    if (name) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      options.set(name, value);
    } else if (arg === '-h' || arg === '--help') options.set('help', '');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else positionals.push(arg);
  }
  return { positionals, options };
}

/** Parses JSON; a syntax error says where (line and column), whatever the engine's message. */
function readJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not valid JSON: ${message}${jsonErrorWhere(body, message)}` };
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function read(io: CliIo, file: string): string {
  try {
    return io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function validate(files: readonly string[], io: CliIo): number {
  if (files.length === 0) throw new UsageError('validate needs a file: alpine-timeline validate <file.json>');
  let failed = 0;
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = read(io, file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // reported; the other files are still checked, and the exit code (2) tells at the end
      io.stderr(`${error.message}\n`);
      unreadable++;
      continue;
    }
    const json = readJson(text);
    const problems: readonly DatasetProblem[] = json.ok
      ? (() => {
          const result = parseDataset(json.value);
          if (result.ok) {
            const t = result.timeline;
            const languages = t.languages.length ? `, languages: ${t.languages.join(', ')}` : '';
            io.stdout(`${file}: valid (${plural(t.events.length, 'event')}, ${plural(t.eras.length, 'era')}, ${plural(t.categories.length, 'category').replace('categorys', 'categories')}${languages})\n`);
            return [];
          }
          return result.problems;
        })()
      : [{ path: '', message: json.message }];
    if (problems.length === 0) continue;
    failed++;
    for (const p of problems) io.stderr(`${file}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
    const { listed, more } = splitProblems(problems);
    io.stderr(`${file}: invalid, ${plural(listed.length + more, 'problem')}\n`);
  }
  return unreadable ? 2 : failed ? 1 : 0;
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
}

function importCommand(parsed: Parsed, io: CliIo): number {
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UsageError('import needs a file: alpine-timeline import <file.csv> [-o out.json]');
  if (extra.length) throw new UsageError(`import takes one file, got also ${extra.join(' ')}`);
  const delimiterOption = parsed.options.get('delimiter');
  const delimiters: Record<string, CsvDelimiter> = { ',': ',', ';': ';', tab: '\t', '\t': '\t', comma: ',', semicolon: ';' };
  const delimiter = delimiterOption === undefined ? undefined : delimiters[delimiterOption];
  if (delimiterOption !== undefined && !delimiter) throw new UsageError(`--delimiter must be , ; or tab, got ${JSON.stringify(delimiterOption)}`);
  const language = parsed.options.get('default-language');
  if (language !== undefined && !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(language)) throw new UsageError(`--default-language must be a language tag such as fr or en, got ${JSON.stringify(language)}`);

  const result = importCsv(read(io, file), {
    title: parsed.options.get('title') ?? baseName(file),
    ...(language ? { defaultLanguage: language } : {}),
    ...(delimiter ? { delimiter } : {}),
  });
  if (!result.ok) {
    for (const p of result.problems) io.stderr(`${formatCsvProblem(p)}\n`);
    io.stderr(`${file}: ${plural(result.total, 'problem')}; no dataset written\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  const output = parsed.options.get('output');
  const summary = `${plural(result.rows, 'event')}, ${plural(result.dataset.categories?.length ?? 0, 'category').replace('categorys', 'categories')}`;
  if (output && output !== '-') {
    try {
      io.writeFile(output, json);
    } catch (error) {
      throw new UsageError(`${output}: cannot be written (${error instanceof Error ? error.message : String(error)})`);
    }
    io.stderr(`${file} → ${output}: ${summary}\n`);
  } else {
    io.stdout(json);
  }
  return 0;
}

/** Runs the command line `args` (without `node` and the script) and returns the exit code. */
export function run(args: readonly string[], io: CliIo, version = '0.0.0'): number {
  try {
    const [command, ...rest] = args;
    if (command === '-v' || command === '--version' || command === 'version') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      if (command === undefined) io.stderr(USAGE);
      else io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (!Object.hasOwn(COMMAND_OPTIONS, command)) {
      throw new UsageError(`unknown command ${JSON.stringify(command)} (commands: validate, import, schema)`);
    }
    const parsed = parseArgs(command, rest);
    if (parsed.options.has('help')) {
      io.stdout(USAGE);
      return 0;
    }
    switch (command) {
      case 'validate':
        return validate(parsed.positionals, io);
      case 'import':
        return importCommand(parsed, io);
      case 'schema':
        if (parsed.positionals.length) throw new UsageError('schema takes no argument');
        io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)} (commands: validate, import, schema)`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`alpine-timeline: ${error.message}\nRun "alpine-timeline --help" for usage.\n`);
    return 2;
  }
}
