import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { readLink, writeLink } from '../../src/controllers/deep-link-controller.js';
import type { TimelineSelectEvent } from '../../src/events/index.js';
import { centre, drawn, marks } from '../helpers.js';

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('deep links', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(clearHash);

  it('readLink/writeLink round-trip an event and a window, keeping other parameters', () => {
    const hash = writeLink('#tab=2', { event: 'dieppe-plant-1969', view: [Date.UTC(1965, 0, 1), Date.UTC(1971, 0, 1)] });
    expect(hash).to.equal('#tab=2&event=dieppe-plant-1969&view=1965-01-01/1970-12-31');
    const link = readLink(hash);
    expect(link.event).to.equal('dieppe-plant-1969');
    expect(link.view).to.deep.equal([Date.UTC(1965, 0, 1), Date.UTC(1971, 0, 1)]);
    expect(writeLink(hash, {})).to.equal('#tab=2');
    expect(readLink('#view=-0050-01-01/-0044-03-15').view![0]).to.equal(new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-50));
    expect(readLink('#event=&view=nonsense')).to.deep.equal({ event: undefined, view: undefined });
  });

  it('opens the event named in the URL on load, with reason "link"', async () => {
    history.replaceState(null, '', '#event=dieppe-plant-1969');
    const selections: TimelineSelectEvent[] = [];
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline deep-link @timeline-select=${(e: TimelineSelectEvent) => selections.push(e)}></alpine-timeline>`);
    await drawn(el);
    expect(el.selected).to.equal('dieppe-plant-1969');
    expect(selections.map((e) => [e.detail.event.id, e.detail.reason])).to.deep.equal([['dieppe-plant-1969', 'link']]);
    // a page that waits for timeline-load before listening still hears the selection
    history.replaceState(null, '', '#event=founding-1955');
    const heard: string[] = [];
    const again = await fixture<AlpineTimeline>(html`<alpine-timeline
      deep-link
      @timeline-load=${() => heard.push('load')}
      @timeline-select=${(e: TimelineSelectEvent) => heard.push(`select ${e.detail.event.id}`)}
    ></alpine-timeline>`);
    await drawn(again);
    expect(heard).to.deep.equal(['load', 'select founding-1955']);
    expect(el.shadowRoot!.querySelector('[part~="detail"]')!.getAttribute('data-id')).to.equal('dieppe-plant-1969');
  });

  it('puts selections in the history, so Back and Forward move between them', async () => {
    history.replaceState(null, '', '#event=founding-1955');
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline deep-link></alpine-timeline>`));
    const mark = marks(el).find((m) => m.dataset['id'] === 'new-a110-2017')!;
    await sendMouse({ type: 'click', position: centre(mark.querySelector('button')!) });
    expect(location.hash).to.equal('#event=new-a110-2017');
    history.back();
    await waitUntil(() => el.selected === 'founding-1955', 'Back did not return to the previous selection');
    history.forward();
    await waitUntil(() => el.selected === 'new-a110-2017', 'Forward did not restore the selection');
  });

  it('keeps the window in the URL once the user zoomed, and restores it', async () => {
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline deep-link></alpine-timeline>`));
    el.zoomTo('1965', '1969', { animate: false });
    await waitUntil(() => location.hash.includes('view='), 'the window never reached the URL');
    const hash = location.hash;
    expect(readLink(hash).view![0]).to.equal(Date.UTC(1965, 0, 1));
    el.remove();
    const again = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline deep-link></alpine-timeline>`));
    expect(again.start!.getUTCFullYear()).to.equal(1965);
    expect(again.end!.getUTCFullYear()).to.be.oneOf([1969, 1970]);
  });

  it('closes the open event when the address names one the dataset lacks, and drops the id from it', async () => {
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline deep-link></alpine-timeline>`));
    const deselected: string[] = [];
    el.addEventListener('timeline-deselect', (e) => deselected.push(`${e.detail.id} ${e.detail.reason}`));
    const mark = marks(el).find((m) => m.dataset['id'] === 'renault-association-1965')!;
    await sendMouse({ type: 'click', position: centre(mark.querySelector('button')!) });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="detail"]'), 'the detail did not open');
    location.hash = '#event=nope&view=abc/def'; // an edited address
    await waitUntil(() => el.selected === null, 'the event named before stayed open');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="detail"]'), 'detail').to.equal(null);
    expect(deselected).to.deep.equal(['renault-association-1965 link']);
    expect(location.hash).to.equal('');
    // an unknown id in the address on load selects nothing, and leaves the address
    history.replaceState(null, '', '#event=nope');
    const again = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline deep-link></alpine-timeline>`));
    expect(again.selected).to.equal(null);
    expect(location.hash).to.equal('');
  });

  it('leaves the URL alone without the deep-link attribute', async () => {
    const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
    el.select('new-a110-2017');
    expect(location.hash).to.equal('');
  });
});
