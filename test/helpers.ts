import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/alpine-timeline.js';
import type { AlpineTimeline } from '../src/alpine-timeline.js';
import type { TimelineDataset } from '../src/data/types.js';

/**
 * Emulates forced colours (Windows high contrast) on the test page, or stops (`false`), through
 * the DevTools protocol: `emulateMedia({ forcedColors })` does not reach the browser with this
 * runner. Reduced motion stays emulated either way, as most test files want it.
 */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('input-media-features', {
    features: [
      { name: 'forced-colors', value: active ? 'active' : 'none' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ],
  });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error(`forced colours are not ${active ? 'on' : 'off'}`);
}

/** The event marks of a timeline, in DOM (time) order. */
export function marks(el: AlpineTimeline): HTMLLIElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="event"]')];
}

/** A part of the timeline's shadow DOM. */
export function part<T extends Element = HTMLElement>(el: AlpineTimeline, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Waits until the timeline has drawn its marks (a ResizeObserver frame after connecting). */
export async function drawn(el: AlpineTimeline): Promise<AlpineTimeline> {
  await waitUntil(() => marks(el).length > 0, 'the timeline drew no event marks');
  await el.updateComplete;
  return el;
}

/** A 1280 × 800 page with a timeline given `data` (or nothing: the Alpine default). */
export async function timelineFixture(data?: TimelineDataset | string, attrs = ''): Promise<AlpineTimeline> {
  await setViewport({ width: 1280, height: 800 });
  const el = await fixture<AlpineTimeline>(html`<alpine-timeline .data=${data}></alpine-timeline>`);
  for (const [name, value] of attrs.split(/\s+/).filter(Boolean).map((a) => a.split('='))) el.setAttribute(name!, value ?? '');
  return el;
}

/** Centre of an element in viewport pixels, for `sendMouse`. */
export function centre(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

export { oneEvent };
