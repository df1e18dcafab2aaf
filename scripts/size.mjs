#!/usr/bin/env node
/**
 * Prints the raw, gzip (level 9) and brotli (quality 11) size of built files.
 *
 *   node scripts/size.mjs                      # dist/alpine-timeline.bundle.js
 *   node scripts/size.mjs dist/index.js ...    # any files
 *   node scripts/size.mjs --json [files]       # machine-readable, for benchmarks
 *
 * Also importable: `import { fileSize } from './scripts/size.mjs'` → { file, raw, gzip, brotli } (bytes).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const BUNDLE = resolve(ROOT, 'dist/alpine-timeline.bundle.js');

/** Sizes in bytes of one file: raw, gzip -9 and brotli -q 11. */
export function fileSize(file = BUNDLE) {
  const bytes = readFileSync(file);
  return {
    file: relative(ROOT, resolve(file)),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const fmt = (n) => `${n.toLocaleString('en-US')} B (${kb(n)})`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  try {
    const sizes = (files.length ? files : [BUNDLE]).map((f) => fileSize(f));
    if (asJson) {
      process.stdout.write(`${JSON.stringify(sizes.length === 1 ? sizes[0] : sizes, null, 2)}\n`);
    } else {
      for (const s of sizes) {
        console.log(`${s.file}: raw ${fmt(s.raw)}, gzip ${fmt(s.gzip)}, brotli ${fmt(s.brotli)}`);
      }
    }
  } catch (error) {
    console.error(`size: ${error.code === 'ENOENT' ? `${error.path} not found; run npm run build first` : error.message}`);
    process.exit(1);
  }
}
