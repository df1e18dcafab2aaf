/**
 * Issue #8.6: property-based tests of <alpine-timeline> (fast-check, fixed seed, bounded runs).
 * A generated valid dataset always renders every event (as its own mark, or counted in a
 * cluster), nothing from it runs or becomes live markup; generated broken data never throws,
 * shows its problems and keeps the dataset on screen.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import { parseDataset } from '../../src/data/index.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { auditShadowDom, canaryHits, markIds, representedEvents, settle, takePageErrors } from '../robustness/guard.js';
import { mutatedDataset, SEED, validDataset } from './arbitraries.js';

let el: AlpineTimeline;

describe('fuzz: the element', () => {
  before(async () => {
    await setViewport({ width: 1024, height: 768 });
    el = document.createElement('alpine-timeline');
    document.body.append(el);
    await waitUntil(() => markIds(el).length > 0, 'the default dataset was not drawn');
  });
  after(() => el.remove());
  beforeEach(() => takePageErrors());

  it('draws every event of a generated valid dataset, inertly', async function () {
    this.timeout(30_000);
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(validDataset({ maxEvents: 30 }), fc.constantFrom(null, 'fr', 'de', 'en-GB'), async (data, lang) => {
        if (lang) el.setAttribute('lang', lang);
        else el.removeAttribute('lang');
        el.data = data;
        await settle(el, 1);
        expect(el.problems, JSON.stringify(el.problems.slice(0, 2))).to.deep.equal([]);
        const represented = representedEvents(el);
        expect(represented.total, `represented ${JSON.stringify(represented)} of ${data.events.length}`).to.equal(data.events.length);
        const ids = new Set(data.events.map((e) => e.id));
        for (const id of represented.ids) expect(ids.has(id), `a mark for ${id}`).to.equal(true);
        // Marks are in time order.
        const order = el.timeline!.events.map((e) => e.id).filter((id) => represented.ids.includes(id));
        expect(represented.ids).to.deep.equal(order);
        if (data.events.length) {
          const pick = data.events[data.events.length - 1]!.id;
          expect(el.select(pick)).to.equal(true);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.exist;
        }
        expect(auditShadowDom(el).findings).to.deep.equal([]);
        expect(takePageErrors()).to.deep.equal([]);
        expect(canaryHits).to.deep.equal([]);
      }),
      { seed: SEED, numRuns: 40 },
    );
    console.log(`element fuzz (valid): 40 datasets in ${Math.round(performance.now() - started)} ms`);
  });

  it('never throws on generated broken data, and keeps the dataset on screen', async function () {
    this.timeout(30_000);
    const good: TimelineDataset = { title: 'Good', events: [{ id: 'g1', date: '1900', title: 'G1' }, { id: 'g2', date: '2000', title: 'G2' }] };
    el.removeAttribute('lang');
    el.data = good;
    await settle(el);
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedDataset().map((m) => m.data), fc.jsonValue({ maxDepth: 3 }), fc.string()), fc.boolean(), async (data, asText) => {
        const value = asText && typeof data !== 'string' ? JSON.stringify(data) : data;
        const valid = typeof value === 'string' ? (() => { try { return parseDataset(JSON.parse(value)).ok; } catch { return false; } })() : parseDataset(value).ok;
        el.data = value as TimelineDataset;
        await el.updateComplete;
        if (value === null) {
          // `null` means "no data": the next source (here the bundled dataset) is shown.
          expect(el.problems).to.deep.equal([]);
          expect(el.timeline!.events.length).to.be.greaterThan(10);
        } else if (valid) {
          expect(el.problems).to.deep.equal([]);
        } else {
          expect(el.problems.length).to.be.greaterThan(0);
          expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
          expect(el.timeline, 'a dataset stays on screen').to.exist;
        }
        expect(auditShadowDom(el).findings).to.deep.equal([]);
        expect(takePageErrors()).to.deep.equal([]);
        expect(canaryHits).to.deep.equal([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
    console.log(`element fuzz (broken): 150 values in ${Math.round(performance.now() - started)} ms`);
  });
});
