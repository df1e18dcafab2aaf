/**
 * Shared checks for the robustness and fuzz tests: what reached `window` (errors, unhandled
 * rejections), whether code from data ran (a global canary), and whether the shadow DOM holds
 * anything live that came from data (event-handler attributes, script-like elements, URLs with
 * a scheme other than http(s)).
 *
 * Never write `expect(someElement).to.equal(…)` in these tests: @open-wc's semantic-dom-diff
 * turns `equal` on an element into an async DOM comparison, and when it fails the test file
 * hangs until WTR's 120 s limit instead of failing. Compare `element === null` as a boolean.
 */
import { aTimeout, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';

declare global {
  interface Window {
    __canary?: (tag?: unknown) => void;
    __pwned?: unknown;
  }
}

/** Everything that reached `window` as an uncaught error or rejection since the last {@link takePageErrors}. */
const pageErrors: string[] = [];
window.addEventListener('error', (e) => pageErrors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(`unhandledrejection: ${String(e.reason)}`));

/** Returns and clears the errors and rejections that reached `window`. */
export function takePageErrors(): string[] {
  return pageErrors.splice(0);
}

/** Every call of `window.__canary(tag)` and write of `window.__pwned`: code from data that ran. */
export const canaryHits: unknown[] = [];
window.__canary = (tag?: unknown) => void canaryHits.push(tag ?? 'canary');
Object.defineProperty(window, '__pwned', {
  configurable: false,
  get: () => undefined,
  set: (value: unknown) => void canaryHits.push(['__pwned', value]),
});

const DANGEROUS_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style',
  'form', 'math', 'foreignobject', 'noscript', 'template', 'portal', 'mglyph', 'mtext',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'srcset', 'cite']);

/** The scheme a browser would follow for an attribute value, relative URLs resolved. */
function schemeOf(value: string): string {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return 'invalid:';
  }
}

/**
 * Walks the element's shadow root (and any shadow root inside it) and lists what must never be
 * there: `on*` attributes, script-like elements, URLs that are not http(s) (after resolving
 * relative ones), `srcdoc`, inline styles that load something (`url(`, `expression(`).
 */
export function auditShadowDom(host: Element): { findings: string[]; elements: number } {
  const findings: string[] = [];
  let elements = 0;
  const walk = (root: ParentNode): void => {
    for (const el of root.querySelectorAll('*')) {
      elements++;
      const name = el.localName.toLowerCase();
      if (DANGEROUS_ELEMENTS.has(name)) findings.push(`<${name}> element`);
      for (const attr of el.attributes) {
        const a = attr.name.toLowerCase();
        if (a.startsWith('on')) findings.push(`<${name} ${a}="${attr.value.slice(0, 40)}">`);
        if (a === 'srcdoc') findings.push(`<${name} srcdoc>`);
        if (URL_ATTRIBUTES.has(a) && attr.value !== '') {
          const values = a === 'srcset' || a === 'ping' ? attr.value.split(/[\s,]+/).filter((v) => v && !/^\d+[wx]$/.test(v)) : [attr.value];
          for (const v of values) {
            const scheme = schemeOf(v);
            if (scheme !== 'http:' && scheme !== 'https:') findings.push(`<${name} ${a}="${v.slice(0, 40)}"> (${scheme})`);
          }
        }
        if (a === 'style' && /url\s*\(|expression\s*\(|image-set|@import/i.test(attr.value)) findings.push(`<${name} style="${attr.value.slice(0, 60)}">`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return { findings, elements };
}

/** Waits for the element to finish updating (and a couple of frames for resize-driven renders). */
export async function settle(el: AlpineTimeline, frames = 2): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  await el.updateComplete;
}

/** A timeline on a 1280 × 800 page with `data` (or the default), drawn. */
export async function timeline(data?: unknown): Promise<AlpineTimeline> {
  await setViewport({ width: 1280, height: 800 });
  const el = await fixture<AlpineTimeline>(html`<alpine-timeline .data=${data as TimelineDataset}></alpine-timeline>`);
  await settle(el);
  return el;
}

/** Ids of the event marks on screen (each once), in DOM order. */
export function markIds(el: AlpineTimeline): string[] {
  const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="events"] [part~="event"]')].map((m) => m.dataset['id']!);
  return [...new Set(ids)];
}

/**
 * How many events the plot represents: marks with their own `data-id`, plus the events counted
 * by cluster marks (`data-count`), when the layout groups events that do not fit.
 */
export function representedEvents(el: AlpineTimeline): { ids: string[]; clustered: number; total: number } {
  const ids = markIds(el);
  let clustered = 0;
  for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="events"] [part~="cluster"]')) {
    clustered += Number(c.dataset['count'] ?? 0);
  }
  return { ids, clustered, total: ids.length + clustered };
}

/** Text of a part (whitespace collapsed), or '' when absent. */
export function partText(el: AlpineTimeline, part: string): string {
  return (el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { aTimeout };
