/// <reference types="node" />
/**
 * The `alpine-timeline` executable (package.json `bin`, built to dist/cli.js): {@link run}
 * wired to Node's file system, standard streams and exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { version } from '../../package.json';
import { run } from './run.js';

process.exitCode = run(
  process.argv.slice(2),
  {
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  },
  version,
);
