import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { centre, drawn, part } from '../helpers.js';

/**
 * The kiosk as a museum runs it, with real touch (CDP): its timings as an operator sets them, and
 * what the next visitor finds after an idle reset. (timeline-kiosk.test.ts covers the rest.)
 */

async function kiosk(attrs: Record<string, string> = {}): Promise<AlpineTimeline> {
  const el = document.createElement('alpine-timeline');
  el.setAttribute('kiosk', '');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return drawn(el);
}

/** Fingers at these points (viewport px): a touchStart or touchMove of all of them. */
const fingers = (type: 'touchStart' | 'touchMove', points: [number, number][]) => executeServerCommand('input-touch', { type, points });
const lift = () => executeServerCommand('input-touch', { type: 'touchEnd' });

describe('<alpine-timeline kiosk> with a visitor', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 1920, height: 1080 });
    await executeServerCommand('input-touch-enable');
  });
  after(() => executeServerCommand('input-touch-enable', { enabled: false }));

  it('turns the idle reset off at idle-timeout="0": a visitor\'s taps are kept, no reset, no invitation', async () => {
    const el = await kiosk({ 'idle-timeout': '0', 'idle-countdown': '0', 'attract-interval': '0.05', lang: 'en' });
    const cleared: string[] = [];
    el.addEventListener('timeline-deselect', (e) => cleared.push(e.detail.reason));
    el.select('dieppe-plant-1969');
    await el.updateComplete;
    // a real tap on +: 0 reset the kiosk at the tap's start (detail closed, view fitted, the tour
    // started), and the click zoomed in under the invitation
    await fingers('touchStart', [centre(part(el, 'zoom-in')!)]);
    await lift();
    await aTimeout(600);
    expect(el.selected, 'the open event').to.equal('dieppe-plant-1969');
    expect(cleared, 'deselected').to.deep.equal([]);
    expect(part(el, 'invitation') === null && part(el, 'countdown') === null, 'an invitation or a countdown shows').to.equal(true);
    expect(el.end!.getTime() - el.start!.getTime(), 'the + zoomed in').to.be.below(50 * 365 * 864e5);
    // a positive value turns it on again
    el.idleTimeout = 0.1;
    await waitUntil(() => part(el, 'invitation'), 'no idle reset once idle-timeout is above 0', { timeout: 3000 });
  });

});
