import { expect } from '@open-wc/testing';
import { jsonErrorOffset } from '../../src/data/json-error.js';
import { run, type CliIo } from '../../src/cli/run.js';

/** Runs the command on in-memory files; returns the exit code and what it printed. */
function cli(files: Record<string, string>, ...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: (path, text) => void (files[path] = text),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  };
  const code = run(args, io);
  return { code, stdout, stderr };
}

describe('alpine-timeline validate: JSON syntax errors', () => {
  it('gives a line and column for every kind of syntax error, also those the engine gives no position for', () => {
    const cases: Array<[string, string]> = [
      ['{ "title": "T",\n  "events": [\n    { "id": "a" },\n  ]\n}', 'line 4, column 3'], // a trailing comma in an array
      ['{ "title": "T",\n  "events": tru }', 'line 2, column 13'], // a misspelt literal
      ['{ "title": "T",\n  "events": [', 'line 2, column 14'], // the file ends too soon
      ['{ "title": "T",\n  "events": [], }', 'line 2, column 17'], // a trailing comma in an object
    ];
    for (const [text, where] of cases) {
      const r = cli({ 'd.json': text }, 'validate', 'd.json');
      expect(r.code, text).to.equal(1);
      expect(r.stderr, text).to.match(/^d\.json: not valid JSON: /);
      // ours, or the engine's own `(line 2 column 17)` where it gives one
      expect(r.stderr.replace(/\(line (\d+) column/, '(line $1, column'), text).to.include(`(${where})`);
    }
  });

  it('jsonErrorOffset agrees with JSON.parse on what is valid, and points into the text', () => {
    const texts = ['{}', '[]', '"a\\u00e9\\n"', '-0.5e+3', ' null ', '[1,[2,{"a":[true,false]}]]', '{"a":1,}', '[1 2]', '01', '"\\x"', '"a', '{"a" 1}', '', ' ', 'nul', '[1]x', '"\t"', '{"a":-}'];
    for (const text of texts) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      const offset = jsonErrorOffset(text);
      expect(offset === undefined, JSON.stringify(text)).to.equal(valid);
      if (offset !== undefined) expect(offset, JSON.stringify(text)).to.be.within(0, text.length);
    }
    expect(jsonErrorOffset('[1,]')).to.equal(3);
    expect(jsonErrorOffset('{"a":1}}')).to.equal(7);
  });
});
