import { expect } from '@open-wc/testing';
import { assignLanes } from '../../src/layout/lanes.js';

describe('assignLanes(boxes, options)', () => {
  it('keeps boxes that do not overlap in lane 0', () => {
    expect(assignLanes([{ x0: 0, x1: 10 }, { x0: 30, x1: 40 }, { x0: 60, x1: 70 }], { gap: 5 })).to.deep.equal([0, 0, 0]);
  });

  it('puts overlapping boxes in different lanes and reuses freed lanes', () => {
    const lanes = assignLanes(
      [
        { x0: 0, x1: 50 },
        { x0: 20, x1: 70 },
        { x0: 40, x1: 90 },
        { x0: 60, x1: 80 },
      ],
      { gap: 5 },
    );
    expect(lanes).to.deep.equal([0, 1, 2, 0]);
  });

  it('honours the gap between neighbours', () => {
    expect(assignLanes([{ x0: 0, x1: 10 }, { x0: 12, x1: 20 }], { gap: 5 })).to.deep.equal([0, 1]);
    expect(assignLanes([{ x0: 0, x1: 10 }, { x0: 15, x1: 20 }], { gap: 5 })).to.deep.equal([0, 0]);
  });

  it('lets boxes earlier in `order` claim the lowest lanes, checking both neighbours', () => {
    // Box 2 goes first and takes lane 0; box 0 still fits before it, box 1 (overlapping 2) does not.
    const lanes = assignLanes(
      [
        { x0: 0, x1: 10 },
        { x0: 45, x1: 60 },
        { x0: 50, x1: 70 },
      ],
      { gap: 2, order: [2, 0, 1] },
    );
    expect(lanes).to.deep.equal([0, 1, 0]);
  });

  it('gives -1 to boxes that fit in no lane when lanes are limited', () => {
    const boxes = Array.from({ length: 5 }, () => ({ x0: 0, x1: 10 }));
    expect(assignLanes(boxes, { maxLanes: 3 })).to.deep.equal([0, 1, 2, -1, -1]);
  });

  it('never puts two intersecting boxes (with gap) in one lane, on random input', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const boxes = Array.from({ length: 400 }, () => {
      const x0 = random() * 2000;
      return { x0, x1: x0 + 20 + random() * 200 };
    });
    const order = boxes.map((_, i) => i).sort(() => random() - 0.5);
    const lanes = assignLanes(boxes, { gap: 6, order });
    for (let i = 0; i < boxes.length; i++) {
      expect(lanes[i]).to.be.at.least(0);
      for (let j = i + 1; j < boxes.length; j++) {
        if (lanes[i] !== lanes[j]) continue;
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x1 + 6 <= b.x0 || b.x1 + 6 <= a.x0;
        expect(apart, `boxes ${i} and ${j} share lane ${lanes[i]}`).to.equal(true);
      }
    }
  });
});
