/**
 * Which URLs a dataset may use for images and sources: `http(s)` and relative URLs only, so a
 * dataset can never smuggle in `javascript:`, `data:` or similar. Pure (uses `URL`, no DOM).
 */

/**
 * The scheme a browser would see, lower-cased, or `undefined` for a relative URL. Follows the
 * WHATWG URL parser: leading/trailing C0 controls and spaces are stripped, tabs and newlines
 * anywhere are ignored, then a scheme is a letter followed by letters, digits, `+`, `-`, `.`,
 * ending with `:`.
 */
function schemeOf(url: string): string | undefined {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  let scheme = '';
  for (let i = start; i < end; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue; // removed by URL parsers
    if (c === 0x3a /* : */) return scheme === '' ? undefined : scheme;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const other = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
    if (letter || (other && scheme !== '')) {
      scheme += String.fromCharCode(letter ? c | 0x20 : c); // lower-cased
    } else {
      return undefined; // "/", "?", "#", or anything else before a ":": a relative URL
    }
  }
  return undefined;
}

/** Whether a URL has nothing but spaces and control characters. */
function isBlank(url: string): boolean {
  for (let i = 0; i < url.length; i++) if (url.charCodeAt(i) > 0x20) return false;
  return true;
}

/**
 * True for absolute `http:`/`https:` URLs, protocol-relative ones (`//host/x`, which stay
 * http(s)) and relative ones (`images/a.jpg`, `/x`, `./x`, `../x`, `?q`, `#x`); false for
 * every other scheme (`javascript:`, `data:`, `vbscript:`, `file:`, `blob:` …) however it
 * is disguised (case, tabs, newlines, leading control characters), and for blank strings.
 */
export function isSafeUrl(url: string): boolean {
  if (typeof url !== 'string' || isBlank(url)) return false;
  const scheme = schemeOf(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

/**
 * The URL to load, or `undefined` when it is not safe. With a `base` (the dataset's own URL),
 * relative URLs are resolved against it and the absolute `http(s)` URL is returned; the result
 * is checked again, so a `file:` or `data:` base cannot make a relative URL unsafe. Without
 * a base, a safe URL is returned as given.
 */
export function resolveSafeUrl(url: string, base?: string): string | undefined {
  if (!isSafeUrl(url)) return undefined;
  if (base === undefined) return url;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return undefined;
  }
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
}
