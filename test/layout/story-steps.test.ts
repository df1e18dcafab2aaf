import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/data/parse.js';
import type { ParsedTimeline } from '../../src/data/parsed-types.js';
import { storyStep } from '../../src/layout/story-steps.js';

function timeline(story?: string[]): ParsedTimeline {
  const result = parseDataset({
    title: 'T',
    events: ['1900', '1910', '1920', '1930', '1940'].map((date, i) => ({ id: `e${i}`, date, title: `E${i}`, milestone: i % 2 === 0 })),
    ...(story ? { story } : {}),
  });
  if (!result.ok) throw new Error('invalid');
  return result.timeline;
}

describe('storyStep(timeline, selected, direction)', () => {
  const indexOf = (t: ParsedTimeline) => (id: string) => {
    const i = t.events.findIndex((e) => e.id === id);
    return i < 0 ? undefined : i;
  };

  it('steps through the story in its own order, and stops at both ends', () => {
    const t = timeline(['e3', 'e0', 'e4']);
    expect(storyStep(t, 'e3', 1, indexOf(t))).to.equal(1);
    expect(storyStep(t, 'e0', 1, indexOf(t))).to.equal(2);
    expect(storyStep(t, 'e4', 1, indexOf(t))).to.equal(undefined);
    expect(storyStep(t, 'e3', -1, indexOf(t))).to.equal(undefined);
  });

  it('begins at the first or last chapter when nothing is selected', () => {
    const t = timeline();
    expect(t.story).to.deep.equal(['e0', 'e2', 'e4']); // the milestones
    expect(storyStep(t, null, 1, indexOf(t))).to.equal(0);
    expect(storyStep(t, null, -1, indexOf(t))).to.equal(2);
  });

  it('goes from an event outside the story to the chapter after or before it in time', () => {
    const t = timeline();
    expect(storyStep(t, 'e1', 1, indexOf(t))).to.equal(1); // e2
    expect(storyStep(t, 'e1', -1, indexOf(t))).to.equal(0); // e0
    expect(storyStep(t, 'e3', 1, indexOf(t))).to.equal(2); // e4
  });

  it('has nowhere to go without a story', () => {
    const t = timeline([]);
    expect(storyStep(t, null, 1, indexOf(t))).to.equal(undefined);
  });
});
