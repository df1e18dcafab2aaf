import { expect } from '@open-wc/testing';
import { alpineDataset } from '../../src/data/alpine-dataset.js';
import { parseDataset } from '../../src/data/parse.js';
import type { ParsedEvent } from '../../src/data/parsed-types.js';
import { stemGaps } from '../../src/layout/stem-gaps.js';
import { layoutTimeline, type PlacedEvent } from '../../src/layout/timeline-layout.js';

/** A placed label: its date at `x`, its box from `labelX` over `labelWidth`, in `lane`. */
function placed(id: string, lane: number, x: number, labelX: number, labelWidth: number, covered = false): PlacedEvent {
  return { event: { id } as ParsedEvent, lane, x, labelX, labelWidth, covered } as PlacedEvent;
}

describe('stemGaps', () => {
  it('names the lanes above whose label boxes a stem passes behind, and only those', () => {
    const events = [
      placed('long', 0, 10, 2, 300), // lane 0, box 2–302
      placed('short', 1, 40, 32, 60), // lane 1, box 32–92
      placed('deep', 2, 120, 112, 100), // under 'long' (lane 0), not under 'short' (ends at 92)
      placed('deeper', 3, 60, 52, 50), // under 'long' and 'short'
      placed('clear', 1, 400, 392, 80), // nothing above reaches x = 400
    ];
    expect(stemGaps(events)).to.deep.equal([[], [0], [0], [0, 1], []]);
  });

  it('ignores covered labels (hidden during a zoom): they neither hide a stem nor have one', () => {
    const events = [placed('hidden', 0, 10, 2, 300, true), placed('below', 1, 100, 92, 60), placed('gone', 2, 50, 42, 60, true)];
    expect(stemGaps(events)).to.deep.equal([[], [], []]);
  });

  it('keeps a margin: a stem 1 px past a box still passes behind it, one 3 px past does not', () => {
    const box = placed('box', 0, 10, 2, 100); // box 2–102
    expect(stemGaps([box, placed('near', 1, 103, 95, 50)])[1]).to.deep.equal([0]);
    expect(stemGaps([box, placed('far', 1, 105, 97, 50)])[1]).to.deep.equal([]);
  });

  it('in the Alpine layout at 1280 px, finds every label a stem crosses (the 1965 stem under the 1955 label)', () => {
    const result = parseDataset(alpineDataset);
    if (!result.ok) throw new Error('the Alpine dataset is invalid');
    const layout = layoutTimeline(result.timeline, { width: 1200, labelWidth: (e) => 40 + e.id.length * 7 });
    const gaps = stemGaps(layout.events);
    let crossings = 0;
    layout.events.forEach((p, i) => {
      const above = new Set<number>();
      for (const q of layout.events) {
        if (q.lane < p.lane && !q.covered && q.labelX - 2 < p.x && p.x < q.labelX + q.labelWidth + 2) above.add(q.lane);
      }
      expect(gaps[i], p.event.id).to.deep.equal([...above].sort((a, b) => a - b));
      crossings += above.size;
    });
    expect(crossings, 'a deeper lane under a label above').to.be.greaterThan(0);
  });
});
