/**
 * The `alpine-timeline` command, as installed: runs the built dist/cli.js in Node on the
 * fixtures of test/cli/fixtures/. `npm run test:cli` (part of `npm test`, after the build).
 * The CSV reader and the row mapping are also unit-tested in the browser (csv.test.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const FIXTURES = join(ROOT, 'test/cli/fixtures');
const fixture = (name) => join(FIXTURES, name);

/** Runs the CLI with `args`, in the repository (paths in output are as given). */
function cli(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let scratch;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
  scratch = mkdtempSync(join(tmpdir(), 'alpine-timeline-cli-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('alpine-timeline (dist/cli.js)', () => {
  it('is an executable node script', () => {
    assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['alpine-timeline'], 'dist/cli.js');
    const r = cli('--version');
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), pkg.version);
  });

  it('prints usage with --help (exit 0) and without a command (exit 2)', () => {
    const help = cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /validate <file\.json>/);
    assert.match(help.stdout, /import <file\.csv>/);
    const none = cli();
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Usage: alpine-timeline/);
  });

  it('refuses unknown commands and options with exit 2', () => {
    assert.equal(cli('frobnicate').code, 2);
    const r = cli('import', fixture('events.csv'), '--titel', 'x');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option --titel/);
  });

  describe('validate', () => {
    it('exits 0 with a one-line summary for a valid dataset', () => {
      const r = cli('validate', 'data/alpine.json');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'data/alpine.json: valid (11 events, 3 eras, 4 categories, languages: fr, en, de)\n');
      assert.equal(r.stderr, '');
    });

    it('prints each problem with its JSON path and exits 1', () => {
      const r = cli('validate', 'test/cli/fixtures/invalid.json');
      assert.equal(r.code, 1);
      const lines = r.stderr.trim().split('\n');
      assert.deepEqual(lines, [
        'test/cli/fixtures/invalid.json: events[0].category: unknown category "racing" (declared: brand)',
        'test/cli/fixtures/invalid.json: events[1].date: "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
        'test/cli/fixtures/invalid.json: events[1].id: duplicate id "a" (also used by events[0])',
        'test/cli/fixtures/invalid.json: invalid, 3 problems',
      ]);
    });

    it('says where a JSON syntax error is', () => {
      const r = cli('validate', 'test/cli/fixtures/not-json.json');
      assert.equal(r.code, 1);
      assert.match(r.stderr, /not valid JSON: .*line 3, column 18/);
    });

    it('checks several files and fails when one fails; a missing file is exit 2', () => {
      const r = cli('validate', 'data/alpine.json', 'test/cli/fixtures/invalid.json');
      assert.equal(r.code, 1);
      assert.match(r.stdout, /alpine\.json: valid/);
      const missing = cli('validate', 'test/cli/fixtures/nope.json');
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.json: no such file/);
    });

    it('reports a file that cannot be read, checks the files after it, and exits 2 at the end', () => {
      const r = cli('validate', 'data/alpine.json', 'test/cli/fixtures/nope.json', 'test/cli/fixtures/invalid.json', 'data/alpine.json');
      assert.equal(r.code, 2);
      assert.equal(r.stdout, 'data/alpine.json: valid (11 events, 3 eras, 4 categories, languages: fr, en, de)\n'.repeat(2));
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines[0], 'test/cli/fixtures/nope.json: no such file');
      assert.equal(lines.at(-1), 'test/cli/fixtures/invalid.json: invalid, 3 problems');
      // unreadable files only: still exit 2, each one named
      const both = cli('validate', 'test/cli/fixtures/nope.json', 'test/cli/fixtures/nope2.json');
      assert.equal(both.code, 2);
      assert.match(both.stderr, /nope\.json: no such file\n[^]*nope2\.json: no such file/);
    });

    it('refuses the options of import with exit 2, as any unknown option', () => {
      const out = join(scratch, 'validate-out.json');
      for (const args of [['-o', out], ['--output', out], ['--title', 'T'], ['--default-language=fr'], ['--delimiter', ';']]) {
        const r = cli('validate', 'data/alpine.json', ...args);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
        assert.match(r.stderr, new RegExp(`unknown option ${args[0].replace(/=.*/, '')} for validate`), args.join(' '));
      }
      assert.equal(existsSync(out), false);
    });

    it('counts every problem in its summary, also those past the first 100 it lists', () => {
      const file = join(scratch, 'many-bad-dates.json');
      const events = Array.from({ length: 150 }, (_, i) => ({ id: `e${i}`, date: '1969-13', title: `E${i}` }));
      writeFileSync(file, JSON.stringify({ title: 'Many', events }));
      const r = cli('validate', file);
      assert.equal(r.code, 1);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 102);
      assert.equal(lines[99], `${file}: events[99].date: "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
      assert.equal(lines[100], `${file}: …and 50 more problems`);
      assert.equal(lines[101], `${file}: invalid, 150 problems`);
    });
  });

  describe('import', () => {
    it('turns a comma CSV with quotes, embedded commas, quotes and line breaks into a valid dataset', () => {
      const r = cli('import', fixture('events.csv'), '--title', 'Alpine');
      assert.equal(r.code, 0, r.stderr);
      const dataset = JSON.parse(r.stdout);
      assert.equal(dataset.title, 'Alpine');
      assert.equal(dataset.defaultLanguage, 'fr');
      assert.deepEqual(
        dataset.categories.map((c) => c.id),
        ['brand', 'industry', 'racing'],
      );
      assert.deepEqual(
        dataset.events.map((e) => e.id),
        ['fondation-d-alpine-1955', 'renault-1965', 'le-site-de-dieppe-l-usine-voit-le-jour-1969', 'titres-en-rallye-1971', 'gt-crossover-electrique-2025'],
      );
      const [founding, , dieppe, rally, gt] = dataset.events;
      assert.deepEqual(founding.title, { fr: "Fondation d'Alpine", en: 'Alpine is founded' });
      assert.equal(founding.summary.fr, 'Jean Rédélé fonde la Société des Automobiles Alpine, à Dieppe.');
      assert.equal(founding.body.en, 'Jean Rédélé, a Renault dealer in Dieppe, founds Alpine.\n\nHe names it after the Coupe des Alpes.');
      assert.deepEqual(founding.tags, ['founding', 'Dieppe']);
      assert.deepEqual(founding.sources, [{ label: 'Alpine press release', url: 'https://example.com/press', date: '2022-01-28' }]);
      assert.equal(founding.milestone, true);
      assert.equal(dieppe.title.fr, 'Le site de Dieppe, "l\'usine", voit le jour');
      assert.equal(rally.end, '1973');
      assert.equal(rally.milestone, undefined);
      assert.equal(gt.status, 'planned');
      assert.equal(gt.approximate, true);
      // and the result passes `validate`
      const out = join(scratch, 'events.json');
      writeFileSync(out, r.stdout);
      assert.equal(cli('validate', out).code, 0);
    });

    it('reads a ;-delimited export with a BOM and CRLF line ends, and writes it with -o', () => {
      const out = join(scratch, 'semicolon.json');
      const r = cli('import', fixture('semicolon-bom-crlf.csv'), '-o', out, '--default-language', 'en');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /→ .*semicolon\.json: 3 events, 0 categories/);
      const dataset = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(dataset.title, 'semicolon-bom-crlf');
      assert.equal(dataset.defaultLanguage, 'en');
      assert.deepEqual(dataset.events[0].title, { fr: 'Fondation, à Dieppe', en: 'Founded, in Dieppe' });
      assert.equal(dataset.events[0]['x-Note'], 'b');
      assert.deepEqual(dataset.events[1].title, { fr: 'Usine; "Dieppe"', en: 'Plant opens' });
      // ids from title + year never collide
      assert.deepEqual(
        dataset.events.map((e) => e.id),
        ['founded-in-dieppe-1955', 'plant-opens-1969', 'plant-1969'],
      );
    });

    it('reports bad rows by line number and exits 1 without output', () => {
      const out = join(scratch, 'bad.json');
      const r = cli('import', fixture('bad-rows.csv'), '-o', out);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.equal(existsSync(out), false);
      assert.deepEqual(r.stderr.trim().split('\n'), [
        'line 3: milestone "maybe" is not yes or no (use true/false, yes/no, 1/0, or leave it empty)',
        'line 4: date "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
        'line 5: required field "title" is missing',
        'line 6: end "1970" is before the start date "1980"',
        'line 7: a quoted field is not closed (a `"` is missing)',
        'line 7: date "1969-02-30" is not a real calendar date',
        `${fixture('bad-rows.csv')}: 6 problems; no dataset written`,
      ]);
    });

    it('lists the first 100 problems in line order, then how many more, and counts them all', () => {
      const file = join(scratch, 'many-bad-dates.csv');
      writeFileSync(file, `date,title\n${Array.from({ length: 150 }, (_, i) => `1969-13,Event ${i}\n`).join('')}`);
      const r = cli('import', file);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 102);
      assert.equal(lines[0], 'line 2: date "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
      assert.equal(lines[99], 'line 101: date "1969-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
      assert.equal(lines[100], '…and 50 more problems');
      assert.equal(lines[101], `${file}: 150 problems; no dataset written`);
    });

    it('reports an unknown column in the header', () => {
      const r = cli('import', fixture('bad-header.csv'));
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^line 1: unknown column "titel" \(did you mean "title"\?\)$/m);
    });
  });

  it('schema prints the JSON Schema of the format', () => {
    const r = cli('schema');
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(readFileSync(join(ROOT, 'data/schema/timeline.schema.json'), 'utf8')));
  });
});
