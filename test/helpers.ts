import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
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

/** A seeded generated dataset: n events over 1955–2030, 5 % milestones, some spans. */
export function generated(n: number, seed = 7): TimelineDataset {
  let s = seed;
  const random = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const events = Array.from({ length: n }, (_, i) => {
    const year = 1955 + Math.floor(random() * 75);
    const month = 1 + Math.floor(random() * 12);
    return {
      id: `e${i}`,
      date: `${year}-${String(month).padStart(2, '0')}`,
      title: `Event ${i} of the generated history`,
      milestone: i % 20 === 0,
      ...(i % 50 === 1 ? { end: String(Math.min(2030, year + 3)) } : {}),
    };
  });
  return { title: 'Generated', events };
}

export { oneEvent };

/**
 * Fingers on `target` (by id): each call sends the touch event a touch screen would, from the
 * page. For two fingers: raw two-finger touches through the DevTools protocol leave the browser
 * sending no touch to the next test files (even two fingers put down and lifted at once).
 */
export function hand(target: Element) {
  const down = new Map<number, Touch>();
  const finger = (id: number, x: number, y: number) => new Touch({ identifier: id, target, clientX: x, clientY: y });
  const send = (type: string, changed: Touch[]) => {
    const touches = [...down.values()];
    target.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, composed: true, touches, targetTouches: touches, changedTouches: changed }));
  };
  return {
    down(id: number, x: number, y: number): void {
      down.set(id, finger(id, x, y));
      send('touchstart', [down.get(id)!]);
    },
    move(...moves: [id: number, x: number, y: number][]): void {
      for (const [id, x, y] of moves) down.set(id, finger(id, x, y));
      send('touchmove', moves.map(([id]) => down.get(id)!));
    },
    up(id: number): void {
      const lifted = down.get(id)!;
      down.delete(id);
      send('touchend', [lifted]);
    },
  };
}

/**
 * A museum's screen for the tests of a `describe`: 1920 × 1080, touch on, reduced motion (the
 * kiosk's zooms land at once); touch off again after them.
 */
export function onKioskScreen(): void {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 1920, height: 1080 });
    await executeServerCommand('input-touch-enable');
  });
  after(() => executeServerCommand('input-touch-enable', { enabled: false }));
}

/** A drawn `<alpine-timeline kiosk>` with these attributes, set before it connects (as a museum's page writes them). */
export async function kioskFixture(attrs: Record<string, string> = {}): Promise<AlpineTimeline> {
  const el = document.createElement('alpine-timeline');
  el.setAttribute('kiosk', '');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return drawn(el);
}
