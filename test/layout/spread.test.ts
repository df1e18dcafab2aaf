import { expect } from '@open-wc/testing';
import { spreadApart } from '../../src/layout/spread.js';

describe('spreadApart(xs, gap, width)', () => {
  it('leaves points that are far enough apart where they are', () => {
    expect(spreadApart([10, 100, 200], 30, 300)).to.deep.equal([10, 100, 200]);
  });

  it('moves close points apart, in order, by no more than needed', () => {
    const out = spreadApart([50, 55, 60, 250], 30, 300);
    expect(out).to.deep.equal([50, 80, 110, 250]);
  });

  it('keeps them inside the line, pushing back from the end', () => {
    const out = spreadApart([10, 280, 290, 295], 30, 300);
    expect(out[3]).to.equal(300);
    expect(out.every((x, i) => i === 0 || x - out[i - 1]! >= 30 - 1e-9)).to.equal(true);
    expect(out[0]).to.equal(10);
  });

  it('shares the line when the points cannot all be a gap apart', () => {
    const out = spreadApart([0, 1, 2, 3, 4], 100, 200);
    expect(out[0]).to.be.at.least(0);
    expect(out[4]).to.be.at.most(200);
    expect(out.every((x, i) => i === 0 || x >= out[i - 1]!)).to.equal(true);
  });
});
