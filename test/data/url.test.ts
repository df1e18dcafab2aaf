import { expect } from '@open-wc/testing';
import { isSafeUrl, resolveSafeUrl } from '../../src/data/index.js';

const SAFE = [
  'https://example.org/a.jpg',
  'http://example.org',
  'HTTPS://EXAMPLE.ORG/A.JPG',
  'HtTp://example.org',
  '//cdn.example.org/a.jpg',
  'images/a.jpg',
  '/images/a.jpg',
  './a.jpg',
  '../a.jpg',
  '?q=1',
  '#section',
  'a b.jpg',
  'a/b:c.jpg',
  '1ab:c',
  'https ://x',
];

const UNSAFE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000 javascript:alert(1)',
  '\t\njavascript:alert(1)',
  'javascript:alert(1)  ',
  'data:image/png;base64,AAAA',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1234',
  'mailto:someone@example.org',
  'ftp://example.org/a',
  'chrome://settings',
  'httpx://example.org',
  'http.evil:x',
  'C:\\images\\a.jpg',
  '',
  '   ',
  '\u0000',
];

describe('isSafeUrl', () => {
  for (const url of SAFE) {
    it(`accepts ${JSON.stringify(url)}`, () => {
      expect(isSafeUrl(url)).to.equal(true);
    });
  }
  for (const url of UNSAFE) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(isSafeUrl(url)).to.equal(false);
    });
  }

  it('agrees with the browser URL parser about which scheme a URL has', () => {
    // Whatever isSafeUrl accepts must resolve to http(s) against an http base in the browser.
    for (const url of [...SAFE, ...UNSAFE]) {
      if (!isSafeUrl(url)) continue;
      const protocol = new URL(url, 'https://example.org/data/').protocol;
      expect(protocol, url).to.be.oneOf(['http:', 'https:']);
    }
    // And whatever it refuses (and parses at all) must not be http(s).
    for (const url of UNSAFE) {
      let protocol: string;
      try {
        protocol = new URL(url, 'https://example.org/data/').protocol;
      } catch {
        continue;
      }
      if (url.trim() === '' || url === '\u0000') continue; // blank: resolves to the base itself
      expect(protocol, JSON.stringify(url)).not.to.be.oneOf(['http:', 'https:']);
    }
  });

  it('refuses values that are not strings', () => {
    expect(isSafeUrl(undefined as unknown as string)).to.equal(false);
    expect(isSafeUrl(5 as unknown as string)).to.equal(false);
  });
});

describe('resolveSafeUrl', () => {
  it('returns a safe URL as given when there is no base', () => {
    expect(resolveSafeUrl('images/a.jpg')).to.equal('images/a.jpg');
    expect(resolveSafeUrl('//cdn.example.org/a.jpg')).to.equal('//cdn.example.org/a.jpg');
    expect(resolveSafeUrl('javascript:alert(1)')).to.equal(undefined);
  });

  it('resolves relative URLs against the base', () => {
    const base = 'https://example.org/data/timeline.json';
    expect(resolveSafeUrl('images/a.jpg', base)).to.equal('https://example.org/data/images/a.jpg');
    expect(resolveSafeUrl('../a.jpg', base)).to.equal('https://example.org/a.jpg');
    expect(resolveSafeUrl('/a.jpg', base)).to.equal('https://example.org/a.jpg');
    expect(resolveSafeUrl('#x', base)).to.equal('https://example.org/data/timeline.json#x');
    expect(resolveSafeUrl('//cdn.example.org/a.jpg', base)).to.equal('https://cdn.example.org/a.jpg');
    expect(resolveSafeUrl('HTTP://Example.org/A', base)).to.equal('http://example.org/A');
  });

  it('refuses unsafe URLs and results that are not http(s)', () => {
    const base = 'https://example.org/';
    expect(resolveSafeUrl(' javascript:alert(1)', base)).to.equal(undefined);
    expect(resolveSafeUrl('data:text/html,x', base)).to.equal(undefined);
    expect(resolveSafeUrl('images/a.jpg', 'file:///home/me/')).to.equal(undefined);
    expect(resolveSafeUrl('images/a.jpg', 'data:text/plain,x')).to.equal(undefined);
    expect(resolveSafeUrl('images/a.jpg', 'not a base')).to.equal(undefined);
  });
});
