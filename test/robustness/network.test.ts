/**
 * Issue #8.2–3: `src` against a failing network. Loading state; 404, 500, wrong content type,
 * non-JSON body, time-out and network failure each give an error with a Retry button while the
 * last valid dataset stays; when `src` changes during a load the last one wins and the earlier
 * request is aborted (the test server sees the client give up). The server side is
 * test/robustness/wtr-robustness.mjs.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { DatasetController } from '../../src/controllers/dataset-controller.js';
import type { TimelineErrorEvent, TimelineLoadEvent } from '../../src/events/index.js';
import { auditShadowDom, canaryHits, markIds, partText, settle, takePageErrors } from './guard.js';

const TINY = '/test/fixtures/tiny.json';
const TINY_IDS = ['first', 'second', 'third'];
const B = '/test/fixtures/hostile/valid-b.json';

/** A URL of the misbehaving test server. */
function respond(params: Record<string, string | number>): string {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/__test__/respond?${q.toString()}`;
}

/** The same server under its other name (localhost ↔ 127.0.0.1): another origin, which sends no CORS headers. */
function otherOrigin(path: string): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}${path}`;
}

async function requestState(id: string): Promise<{ state: string; count: number }> {
  const r = await fetch(`/__test__/requests?id=${encodeURIComponent(id)}`);
  return (await r.json()) as { state: string; count: number };
}

let unique = 0;
const nextId = (name: string) => `${name}-${Date.now()}-${unique++}`;

async function loaded(src: string): Promise<AlpineTimeline> {
  const el = await fixture<AlpineTimeline>(html`<alpine-timeline src=${src}></alpine-timeline>`);
  await waitUntil(() => markIds(el).length > 0, `${src} was not drawn`, { timeout: 5000 });
  await settle(el);
  return el;
}

function centre(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('robustness: src and the network', () => {
  beforeEach(() => takePageErrors());
  afterEach(async () => {
    await resetMouse();
    expect(takePageErrors(), 'errors that reached window').to.deep.equal([]);
    expect(canaryHits).to.deep.equal([]);
  });

  it('shows a loading state (role=status, aria-busy) until the response, then draws', async () => {
    const id = nextId('loading');
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline src=${respond({ ms: 400, file: TINY, id })}></alpine-timeline>`);
    await el.updateComplete;
    const loading = el.shadowRoot!.querySelector('[part~="loading"]')!;
    expect(loading, 'loading part').to.exist;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    const load = (await oneEvent(el, 'timeline-load')) as TimelineLoadEvent;
    expect(load.detail.origin).to.equal('src');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="loading"]') === null, 'no [part~="loading"]').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(markIds(el)).to.deep.equal(TINY_IDS);
  });

  // `path` is "src" for a failed request (the attribute is what is wrong), '' for a body that
  // is not JSON, and the JSON path for a dataset problem.
  const FAILURES: { name: string; src: () => string; message: RegExp; path?: string; noRetry?: true }[] = [
    { name: '404 Not Found', src: () => respond({ status: 404, type: 'text/plain', body: 'nope' }), message: /answered 404/ },
    { name: '500 Internal Server Error', src: () => respond({ status: 500, file: TINY }), message: /answered 500/ },
    { name: '503 with a JSON body', src: () => respond({ status: 503, body: '{"error":"down"}' }), message: /answered 503/ },
    { name: 'a redirect to a 404', src: () => respond({ status: 302, body: '' }) + '&x=1', message: /answered|network/ },
    { name: 'HTML served for JSON', src: () => respond({ type: 'text/html', file: TINY }), message: /served as text\/html, not as JSON/ },
    { name: 'JavaScript served for JSON', src: () => respond({ type: 'text/javascript', body: 'window.__canary("js")' }), message: /served as text\/javascript/ },
    { name: 'an image served for JSON', src: () => respond({ type: 'image/png', body: 'PNG' }), message: /served as image\/png/ },
    { name: 'a non-JSON body', src: () => respond({ body: '<html><script>window.__canary("html")</script></html>' }), message: /not valid JSON/, path: '' },
    { name: 'an empty body', src: () => respond({ body: '' }), message: /not valid JSON/, path: '' },
    { name: 'truncated JSON', src: () => respond({ body: '{"title": "x", "events": [' }), message: /not valid JSON/, path: '' },
    { name: 'valid JSON, invalid dataset', src: () => respond({ body: '{"title":"x","events":[{"id":"a","date":"2021-02-30","title":"A"}]}' }), message: /is not a real calendar date/, path: 'events[0].date' },
    // a browser says "Failed to fetch" for a server down and for a cross-origin answer it may not read: a cross-origin URL names both
    { name: 'network failure (closed port)', src: () => 'http://127.0.0.1:9/data.json', message: /network request did not complete \(.+\): http:\/\/127\.0\.0\.1:9 did not answer, or does not let pages of http:\/\/[\w.]+:\d+ read it \(CORS: it must send Access-Control-Allow-Origin\)/ },
    { name: 'a cross-origin server that does not allow this page (CORS)', src: () => otherOrigin(respond({ file: TINY })), message: /network request did not complete \(.+\): http:\/\/[\w.]+:\d+ did not answer, or does not let pages of http:\/\/[\w.]+:\d+ read it \(CORS/ },
    { name: 'the connection closed without an answer (same origin)', src: () => respond({ drop: 1 }), message: /network request did not complete \(.+\): the server did not answer, or the network is down/ },
    // (never fetched: no Retry, which could never succeed)
    { name: 'a javascript: URL', src: () => 'javascript:window.__canary("src")', message: /not an http\(s\) or relative URL/, noRetry: true },
    { name: 'a data: URL', src: () => 'data:application/json,{"title":"t","events":[]}', message: /not an http\(s\) or relative URL/, noRetry: true },
  ];

  for (const f of FAILURES) {
    it(`${f.name}: an error${f.noRetry ? '' : ' with Retry'}, and the last valid dataset stays`, async () => {
      const el = await loaded(TINY);
      const errors: TimelineErrorEvent[] = [];
      el.addEventListener('timeline-error', (e) => errors.push(e));
      const src = f.src();
      el.src = src;
      await waitUntil(() => errors.length > 0, 'no timeline-error', { timeout: 5000 });
      await settle(el);
      const { problems, origin, keptPrevious } = errors[0]!.detail;
      expect(problems).to.have.length(1);
      expect(problems[0]!.path).to.equal(f.path ?? 'src');
      expect(problems[0]!.message).to.match(f.message);
      expect(origin).to.equal('src');
      expect(keptPrevious).to.equal(true);
      const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.match(f.message);
      expect(el.shadowRoot!.querySelector('[part~="retry"]') !== null, 'a Retry button').to.equal(!f.noRetry);
      expect(el.shadowRoot!.querySelector('[part~="loading"]') === null, 'no [part~="loading"]').to.equal(true);
      expect(markIds(el)).to.deep.equal(TINY_IDS);
      expect(partText(el, 'title')).to.equal('A tiny history');
      expect(auditShadowDom(el).findings).to.deep.equal([]);
    });
  }

  it('a Retry that fails again says so again: the alert is made anew, and its button keeps focus', async () => {
    const el = await loaded(TINY);
    const id = nextId('again');
    el.src = respond({ status: 503, id });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'no retry button', { timeout: 5000 });
    const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
    const added: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.textContent?.trim()) added.push(n.textContent.replace(/\s+/g, ' ').trim());
    });
    watch.observe(panel, { childList: true, subtree: true, characterData: true });
    el.shadowRoot!.querySelector<HTMLElement>('[part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await requestState(id)).count === 2, 'Retry did not ask again', { timeout: 5000 });
    await waitUntil(() => added.length > 0, 'nothing new in the alert: a screen reader says nothing', { timeout: 5000 });
    watch.disconnect();
    expect(added.join(' ')).to.match(/answered 503/);
    expect(el.shadowRoot!.querySelector('[part~="error"]'), 'the same panel').to.equal(panel);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry');
  });

  it('Retry loads the same src again: a real click, and it recovers when the server does', async () => {
    const el = await loaded(TINY);
    const id = nextId('retry');
    el.src = respond({ status: 500, failures: 1, file: B, id });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'no retry button', { timeout: 5000 });
    expect(await requestState(id)).to.deep.equal({ state: 'completed', count: 1 });
    const load = oneEvent(el, 'timeline-load') as Promise<TimelineLoadEvent>;
    await sendMouse({ type: 'click', position: centre(el.shadowRoot!.querySelector('[part~="retry"]')!) });
    expect((await load).detail.origin).to.equal('src');
    await settle(el);
    expect((await requestState(id)).count).to.equal(2);
    expect(markIds(el)).to.deep.equal(['b1', 'b2']);
    expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no [part~="error"]').to.equal(true);
  });

  it('a new src after a failed one: the old error leaves while it loads, and only the new outcome shows', async () => {
    const el = await loaded(TINY);
    el.src = respond({ status: 500 });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error panel', { timeout: 5000 });
    const id = nextId('after-failure');
    el.src = respond({ ms: 600, file: B, id });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="loading"]'), 'no loading state');
    // (the 500's panel and its Retry stayed up beside "Loading the timeline…")
    expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'the old error is gone while the new src loads').to.equal(true);
    expect(el.problems).to.deep.equal([]);
    expect(markIds(el), 'the dataset on screen stays').to.deep.equal(TINY_IDS);
    await waitUntil(() => markIds(el).join() === 'b1,b2', 'the new src was not drawn', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no error once it loaded').to.equal(true);
  });

  it('the error panel is dismissible and the timeline stays', async () => {
    const el = await loaded(TINY);
    el.src = respond({ status: 404 });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error-dismiss"]'), 'no error panel', { timeout: 5000 });
    await sendMouse({ type: 'click', position: centre(el.shadowRoot!.querySelector('[part~="error-dismiss"]')!) });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no [part~="error"]').to.equal(true);
    expect(markIds(el)).to.deep.equal(TINY_IDS);
  });

  it('the last src set wins: a slower earlier request is aborted, its answer never shown', async () => {
    const el = await loaded(TINY);
    const slow = nextId('slow');
    const loads: TimelineLoadEvent[] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e));
    el.src = respond({ ms: 600, file: TINY, id: slow });
    await el.updateComplete;
    await waitUntil(async () => (await requestState(slow)).state === 'pending', 'the slow request never reached the server');
    el.src = B;
    await waitUntil(() => markIds(el).join() === 'b1,b2', 'B was not drawn', { timeout: 5000 });
    await aTimeout(800);
    expect((await requestState(slow)).state, 'the superseded request').to.equal('aborted');
    expect(markIds(el)).to.deep.equal(['b1', 'b2']);
    expect(loads).to.have.length(1);
    expect(el.problems).to.deep.equal([]);
  });

  it('the last src set wins even when the earlier one answers first', async () => {
    const el = await loaded(TINY);
    const late = nextId('late');
    el.src = B; // fast
    el.src = respond({ ms: 300, body: '{"title":"Late","events":[{"id":"late","date":"2000","title":"L"}]}', id: late });
    await waitUntil(() => markIds(el).join() === 'late', 'the last src was not drawn', { timeout: 5000 });
    await aTimeout(100);
    expect(markIds(el)).to.deep.equal(['late']);
  });

  it('many src changes in a row: only the last one is drawn, every earlier request is aborted', async () => {
    const el = await loaded(TINY);
    const ids = Array.from({ length: 5 }, () => nextId('burst'));
    for (const id of ids) {
      el.src = respond({ ms: 300, file: TINY, id });
      await el.updateComplete;
      await waitUntil(async () => (await requestState(id)).state === 'pending');
    }
    el.src = B;
    await waitUntil(() => markIds(el).join() === 'b1,b2', 'the last src was not drawn', { timeout: 5000 });
    await aTimeout(500);
    for (const id of ids) expect((await requestState(id)).state, id).to.equal('aborted');
  });

  it('setting data during a src load wins over the load, which is aborted', async () => {
    const el = await loaded(TINY);
    const slow = nextId('data-wins');
    el.src = respond({ ms: 400, file: B, id: slow });
    await el.updateComplete;
    await waitUntil(async () => (await requestState(slow)).state === 'pending');
    el.data = { title: 'From data', events: [{ id: 'd', date: '1999', title: 'D' }] };
    await waitUntil(() => markIds(el).join() === 'd');
    await aTimeout(600);
    expect(markIds(el)).to.deep.equal(['d']);
    expect((await requestState(slow)).state).to.equal('aborted');
  });

  it('a load cut short by a disconnect is no error, and is made again on reconnect', async () => {
    const el = await loaded(TINY);
    const id = nextId('disconnect');
    const errors: TimelineErrorEvent[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e));
    el.src = respond({ ms: 300, file: B, id });
    await el.updateComplete;
    await waitUntil(async () => (await requestState(id)).state === 'pending');
    const parent = el.parentNode!;
    el.remove();
    await waitUntil(async () => (await requestState(id)).state === 'aborted', 'the request was not aborted on disconnect');
    await aTimeout(50);
    expect(errors, 'timeline-error after a disconnect').to.deep.equal([]);
    parent.appendChild(el);
    await waitUntil(() => markIds(el).join() === 'b1,b2', 'the load was not made again on reconnect', { timeout: 5000 });
    expect((await requestState(id)).count).to.equal(2);
    expect(errors).to.deep.equal([]);
  });

  it('an invalid src dataset keeps the previous one; a later valid src replaces it', async () => {
    const el = await loaded(TINY);
    el.src = '/test/fixtures/invalid.json';
    await waitUntil(() => el.problems.length > 0, 'no problems', { timeout: 5000 });
    await settle(el);
    expect(markIds(el)).to.deep.equal(TINY_IDS);
    expect(el.problems.every((p) => p.path !== '' || /JSON/.test(p.message))).to.equal(true);
    el.src = B;
    await waitUntil(() => markIds(el).join() === 'b1,b2');
    expect(el.problems).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no [part~="error"]').to.equal(true);
  });
});

/** A minimal host of DatasetController with a short time-out (the element's default is 15 s). */
class TimeoutHost extends LitElement {
  readonly loader = new DatasetController(this, { timeout: 150 });
  source = '';
  protected override willUpdate(): void {
    this.loader.setSources(undefined, this.source);
  }
  protected override render() {
    return litHtml`<p>${this.loader.loading ? 'loading' : ''}</p>`;
  }
}
customElements.define('robustness-timeout-host', TimeoutHost);

describe('robustness: DatasetController time-out', () => {
  it('gives up after its time-out with a sentence, aborts the request, and Retry loads again', async () => {
    const host = document.createElement('robustness-timeout-host') as TimeoutHost;
    const id = nextId('timeout');
    host.source = respond({ ms: 3000, file: B, id });
    const errors: TimelineErrorEvent[] = [];
    host.addEventListener('timeline-error', (e) => errors.push(e as TimelineErrorEvent));
    const started = performance.now();
    document.body.append(host);
    try {
      // (The response comes after 3 s: an error well before it is the time-out's. The margin is
      // wide for a loaded machine.)
      await waitUntil(() => errors.length > 0, 'no time-out error', { timeout: 2900 });
      const took = performance.now() - started;
      expect(took).to.be.below(2500);
      expect(errors[0]!.detail.problems[0]!.message).to.match(/took longer than 150 ms$/);
      expect(errors[0]!.detail.origin).to.equal('src');
      expect(host.loader.loading).to.equal(false);
      await waitUntil(async () => (await requestState(id)).state === 'aborted', 'the timed-out request was not aborted');
      host.loader.retry();
      expect(host.loader.loading).to.equal(true);
      await waitUntil(() => errors.length > 1, 'retry did not time out again', { timeout: 2000 });
      expect((await requestState(id)).count).to.equal(2);
    } finally {
      host.remove();
    }
  });
});
