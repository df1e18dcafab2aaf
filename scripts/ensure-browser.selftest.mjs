#!/usr/bin/env node
/**
 * Self-test of scripts/find-browser.mjs and scripts/ensure-browser.mjs, with a fake PATH, a fake
 * CHROME_PATH, no known install locations and a stubbed apt-get: nothing is installed or removed.
 *   node scripts/ensure-browser.selftest.mjs
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './find-browser.mjs';
import { ensureBrowser, findAptGet } from './ensure-browser.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ensure-browser-'));
const emptyBin = join(dir, 'empty-bin');
const fakeBin = join(dir, 'fake-bin');
mkdirSync(emptyBin);
mkdirSync(fakeBin);
const fakeExe = (path) => {
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
  return path;
};
const none = { known: [] };
let passed = 0;
const test = (name, fn) => {
  fn();
  passed++;
  console.log(`  ok - ${name}`);
};
const quietIO = () => {
  const out = [];
  return { out, log: (l) => out.push(l), error: (l) => out.push(l) };
};

try {
  test('findBrowser: nothing in an empty PATH, bad CHROME_PATH and no known paths', () => {
    assert.equal(findBrowser({ PATH: emptyBin, CHROME_PATH: join(dir, 'nope') }, none), undefined);
    assert.equal(findBrowser({}, none), undefined);
  });
  test('findBrowser: CHROME_PATH wins when it is an executable file', () => {
    const exe = fakeExe(join(dir, 'my-chrome'));
    assert.equal(findBrowser({ PATH: emptyBin, CHROME_PATH: exe }, none), exe);
  });
  test('findBrowser: a non-executable file or a directory is not a browser', () => {
    writeFileSync(join(dir, 'not-exe'), '');
    assert.equal(findBrowser({ CHROME_PATH: join(dir, 'not-exe'), PATH: dir }, none), undefined);
    mkdirSync(join(dir, 'chromium'));
    assert.equal(findBrowser({ PATH: dir }, none), undefined);
  });
  test('findBrowser: finds chromium / google-chrome on the PATH', () => {
    const exe = fakeExe(join(fakeBin, 'google-chrome'));
    assert.equal(findBrowser({ PATH: `${emptyBin}:${fakeBin}` }, none), exe);
    rmSync(exe);
  });
  test('findBrowser: the default search finds this machine’s browser (if any) without throwing', () => {
    const found = findBrowser();
    assert.ok(found === undefined || typeof found === 'string');
  });

  test('ensureBrowser: found → ok, one line', () => {
    const exe = fakeExe(join(fakeBin, 'chromium'));
    const io = quietIO();
    const r = ensureBrowser({ env: { PATH: fakeBin }, findOptions: none, ...io });
    assert.deepEqual(r, { ok: true, path: exe, installed: false });
    assert.equal(io.out.length, 1);
    rmSync(exe);
  });
  test('ensureBrowser: none, not root → fails at once with how-to, never runs apt-get', () => {
    const io = quietIO();
    let ran = 0;
    const r = ensureBrowser({
      env: { PATH: emptyBin, CHROME_PATH: join(dir, 'nope') },
      findOptions: none,
      isRoot: false,
      aptGet: '/usr/bin/apt-get',
      run: () => ++ran,
      ...io,
    });
    assert.equal(r.ok, false);
    assert.equal(ran, 0);
    assert.match(io.out.join('\n'), /CHROME_PATH=/);
    assert.match(io.out.join('\n'), /apt-get install -y chromium/);
  });
  test('ensureBrowser: none, root but no apt-get → fails with how-to', () => {
    const io = quietIO();
    const r = ensureBrowser({ env: { PATH: emptyBin }, findOptions: none, isRoot: true, aptGet: undefined, ...io });
    assert.equal(r.ok, false);
    assert.match(io.out.join('\n'), /No Chrome or Chromium/);
  });
  test('ensureBrowser: none, root + apt-get → update, install chromium noninteractively, re-check', () => {
    const io = quietIO();
    const calls = [];
    const r = ensureBrowser({
      env: { PATH: fakeBin },
      findOptions: none,
      isRoot: true,
      aptGet: '/usr/bin/apt-get',
      run: (command, args, env) => {
        calls.push([command, ...args].join(' '));
        assert.equal(env.DEBIAN_FRONTEND, 'noninteractive');
        if (args[0] === 'install') fakeExe(join(fakeBin, 'chromium'));
        return 0;
      },
      ...io,
    });
    assert.deepEqual(calls, ['/usr/bin/apt-get update', '/usr/bin/apt-get install -y chromium']);
    assert.deepEqual(r, { ok: true, path: join(fakeBin, 'chromium'), installed: true });
    rmSync(join(fakeBin, 'chromium'));
  });
  test('ensureBrowser: dryRun (--check) reports that it would install, and runs nothing', () => {
    const io = quietIO();
    let ran = 0;
    const r = ensureBrowser({ env: { PATH: emptyBin }, findOptions: none, isRoot: true, aptGet: '/usr/bin/apt-get', run: () => ++ran, dryRun: true, ...io });
    assert.deepEqual(r, { ok: false, wouldInstall: true });
    assert.equal(ran, 0);
  });
  test('ensureBrowser: apt-get failing → fails, install not attempted after a failed update', () => {
    const io = quietIO();
    const calls = [];
    const r = ensureBrowser({
      env: { PATH: fakeBin },
      findOptions: none,
      isRoot: true,
      aptGet: '/usr/bin/apt-get',
      run: (command, args) => (calls.push(args[0]), 100),
      ...io,
    });
    assert.equal(r.ok, false);
    assert.deepEqual(calls, ['update']);
  });
  test('ensureBrowser: installed but still not found → fails', () => {
    const io = quietIO();
    const r = ensureBrowser({ env: { PATH: emptyBin }, findOptions: none, isRoot: true, aptGet: '/x/apt-get', run: () => 0, ...io });
    assert.equal(r.ok, false);
  });
  test('findAptGet: looks on the PATH only', () => {
    assert.equal(findAptGet({ PATH: emptyBin }), undefined);
    const apt = fakeExe(join(fakeBin, 'apt-get'));
    assert.equal(findAptGet({ PATH: `${emptyBin}:${fakeBin}` }), apt);
  });
  console.log(`ensure-browser self-test: ${passed} passed`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
