import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { registerStrings } from '../../src/i18n/strings.js';
import { drawn, marks, part } from '../helpers.js';

const dataset: TimelineDataset = {
  title: 'Strings',
  events: [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, date: `${1960 + i * 8}`, title: `A${i}` })),
    { id: 'gt', date: '1983', status: 'planned', title: 'GT' },
  ],
};

/** How far the planned mark's badge runs past its label box (px; 0 or less when it fits). */
function badgeOverflow(el: AlpineTimeline): number {
  const li = marks(el).find((m) => m.dataset['id'] === 'gt')!;
  const badge = li.querySelector('.status')!;
  return badge.getBoundingClientRect().right - li.getBoundingClientRect().right;
}

describe('<alpine-timeline> and registerStrings()', () => {
  it('shows strings registered after its first render at once, with its labels measured anew', async () => {
    await setViewport({ width: 1280, height: 800 });
    // Italian: not built in, so English until a page registers it
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="it" .data=${dataset}></alpine-timeline>`);
    await drawn(el);
    const settled = oneEvent(el, 'timeline-range-change');
    el.zoomBy(1.25, { animate: false }); // a reader's view, which the new strings must keep
    await settled;
    await el.updateComplete;
    const view = [el.start!.getTime(), el.end!.getTime()];
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(marks(el).find((m) => m.dataset['id'] === 'gt')!.querySelector('.status')!.textContent).to.equal('Planned');

    // nothing else updates the element: only the registration can
    registerStrings('it', { zoomIn: 'Ingrandisci', planned: 'In programma, come annunciato dal costruttore' });
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    await el.updateComplete;

    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Ingrandisci');
    const badge = marks(el).find((m) => m.dataset['id'] === 'gt')!.querySelector('.status')!;
    expect(badge.textContent).to.equal('In programma, come annunciato dal costruttore');
    // the label box was measured with the new badge: it holds it
    expect(badgeOverflow(el), 'the badge runs past its label').to.be.at.most(1);
    expect([el.start!.getTime(), el.end!.getTime()], 'the view changed').to.deep.equal(view);
  });

  it('stops listening once removed from the page', async () => {
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="it-CH" .data=${dataset}></alpine-timeline>`);
    await drawn(el);
    el.remove();
    let updates = 0;
    const update = (el as unknown as { requestUpdate(): void }).requestUpdate;
    (el as unknown as { requestUpdate(): void }).requestUpdate = function (this: AlpineTimeline) {
      updates++;
      update.call(this);
    };
    registerStrings('it-ch', { zoomOut: 'Rimpicciolisci' });
    expect(updates, 'a removed element was asked to update').to.equal(0);
    document.body.append(el);
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(part(el, 'zoom-out')!.getAttribute('aria-label')).to.equal('Rimpicciolisci');
  });
});
