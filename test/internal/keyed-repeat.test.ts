/**
 * The keyed repeat of src/internal/keyed-repeat.ts: Lit's `repeat`, whose removals leave no
 * marker comment behind (lit-html's `removePart()` leaves each removed item's end marker).
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { repeat as litRepeat } from 'lit/directives/repeat.js';
import { repeat } from '../../src/internal/keyed-repeat.js';

function comments(node: Node): number {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

const ORDERS = [[1, 2, 3, 4, 5], [3, 5, 7], [7, 6, 5, 4, 3, 2, 1], [], [2, 4], [1, 2, 3, 4, 5], [9, 1, 8, 2]];

describe('keyed repeat', () => {
  for (const [name, fn] of [["Lit's repeat", litRepeat], ['keyed-repeat', repeat]] as const) {
    it(`${name}: draws the items in order through adds, removals and moves`, () => {
      const box = document.createElement('ol');
      const draw = (keys: number[]) => render(html`<li>head</li>${fn(keys, (k) => k, (k) => html`<li data-k=${k}>${k}</li>`)}<li>tail</li>`, box);
      draw(ORDERS[0]!);
      const steady = comments(box);
      for (const keys of ORDERS) {
        draw(keys);
        expect([...box.querySelectorAll('li')].map((li) => li.textContent), keys.join()).to.deep.equal(['head', ...keys.map(String), 'tail']);
      }
      // back to the first keys: as many comments as then (two markers an item) with this module
      draw(ORDERS[0]!);
      if (fn === repeat) expect(comments(box)).to.equal(steady);
    });
  }

  it('leaves no comment behind, where Lit\'s repeat leaves one for each item removed', () => {
    const count = (fn: typeof repeat) => {
      const box = document.createElement('div');
      const draw = (keys: number[]) => render(html`${fn(keys, (k) => k, (k) => html`<i>${k}</i>`)}`, box);
      draw([1, 2, 3, 4]);
      const before = comments(box);
      for (let i = 0; i < 10; i++) {
        draw([5, 6]);
        draw([1, 2, 3, 4]);
      }
      return comments(box) - before;
    };
    expect(count(repeat), 'keyed-repeat').to.equal(0);
    // (if Lit fixes removePart, this fails: the workaround can go)
    expect(count(litRepeat), "Lit's repeat").to.be.greaterThan(0);
  });

  it('keeps the same node for a key that stays, wherever it moves', () => {
    const box = document.createElement('div');
    const draw = (keys: number[]) => render(html`${repeat(keys, (k) => k, (k) => html`<i data-k=${k}>${k}</i>`)}`, box);
    draw([1, 2, 3, 4, 5]);
    const nodes = [1, 2, 3, 4, 5].map((k) => box.querySelector(`[data-k="${k}"]`));
    draw([5, 3, 1]);
    draw([4, 5, 3, 1, 2]);
    expect([...box.querySelectorAll('i')].map((i) => i.textContent)).to.deep.equal(['4', '5', '3', '1', '2']);
    expect(box.querySelector('[data-k="5"]')).to.equal(nodes[4]);
    expect(box.querySelector('[data-k="3"]')).to.equal(nodes[2]);
    expect(box.querySelector('[data-k="1"]')).to.equal(nodes[0]);
    expect(box.querySelector('[data-k="4"]')).to.not.equal(nodes[3]); // it left, and came back new
  });
});
