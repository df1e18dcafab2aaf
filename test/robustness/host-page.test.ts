/**
 * The host page's own styles: only light DOM rules, as a brand site or a CMS theme has them. They
 * cannot reach inside the shadow root, but they do style the element itself (the page's rules beat
 * `:host`), and what they set there is inherited by every text inside.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { markIds, settle, takePageErrors } from './guard.js';

/** Labels of the plot that overflow their box, and pairs of labels that overlap. */
function labelFaults(el: AlpineTimeline): string[] {
  const faults: string[] = [];
  const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="events"] [part~="label"]')];
  const boxes = labels.map((l) => l.getBoundingClientRect());
  for (const [i, label] of labels.entries()) {
    const name = label.textContent!.replace(/\s+/g, ' ').trim().slice(0, 30);
    if (label.scrollWidth > label.clientWidth + 1) faults.push(`"${name}" overflows sideways`);
    if (label.scrollHeight > label.clientHeight + 1) faults.push(`"${name}" overflows downwards`);
    // a label the layout measured as whole (no tooltip on its button) shows its texts without an ellipsis
    if (!label.closest('button')!.hasAttribute('title')) {
      for (const line of label.querySelectorAll<HTMLElement>('[part~="date"], [part~="event-title"]')) {
        if (line.scrollWidth > line.clientWidth + 1) faults.push(`"${name}" cut short`);
      }
    }
    for (let j = i + 1; j < labels.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) faults.push(`"${name}" overlaps label ${j}`);
    }
  }
  return faults;
}

const HOSTILE: Record<string, string> = {
  'a reset with a tall line height': '* { box-sizing: content-box; line-height: 3; }',
  'the same with !important': '* { box-sizing: content-box !important; line-height: 3 !important; }',
  'inherited typography on the body': 'body { letter-spacing: 3px; word-spacing: 10px; text-transform: uppercase; white-space: pre; text-align: right; text-indent: 50px; font-weight: 900; font-style: italic; }',
  'buttons and svg unset, lists restyled': 'button { all: unset } svg { display: none !important } li { display: inline } ul, ol { padding: 40px }',
};

describe('robustness: hostile host page CSS', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    takePageErrors();
  });
  afterEach(() => expect(takePageErrors(), 'errors that reached window').to.deep.equal([]));

  for (const [name, css] of Object.entries(HOSTILE)) {
    it(`${name}: labels fit their boxes and do not overlap`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      const el = document.createElement('alpine-timeline');
      try {
        document.body.append(el);
        await waitUntil(() => markIds(el).length > 0, 'not drawn');
        await settle(el);
        await aTimeout(50);
        expect(labelFaults(el)).to.deep.equal([]);
      } finally {
        el.remove();
        style.remove();
      }
    });
  }
});
