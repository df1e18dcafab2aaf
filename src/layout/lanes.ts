/** A horizontal box to place in a lane: `[x0, x1)` in pixels. */
export interface LaneBox {
  readonly x0: number;
  readonly x1: number;
}

/** Options for {@link assignLanes}. */
export interface LaneOptions {
  /** Minimum empty pixels between two boxes in one lane. Defaults to 8. */
  readonly gap?: number;
  /** Lanes available; boxes that fit in none get lane -1. Defaults to Infinity. */
  readonly maxLanes?: number;
  /**
   * The order in which boxes claim lanes (indices into `boxes`). Boxes earlier in the order
   * get the lowest free lane, so put the most important first. Defaults to input order.
   */
  readonly order?: readonly number[];
}

/**
 * Puts each box in the lowest lane where it overlaps no other box (with `gap` between
 * neighbours). Returns one lane index per box, or -1 for a box that fits in no lane.
 * Pure; O(n · lanes · log n).
 */
export function assignLanes(boxes: readonly LaneBox[], { gap = 8, maxLanes = Infinity, order }: LaneOptions = {}): number[] {
  const lanes = new LaneSet(gap, maxLanes);
  const result = new Array<number>(boxes.length).fill(-1);
  const sequence = order ?? boxes.map((_, i) => i);
  for (const i of sequence) {
    const box = boxes[i];
    if (box) result[i] = lanes.place(box);
  }
  return result;
}

/**
 * Lanes filled box by box (what {@link assignLanes} does, one box at a time). It also tells when
 * a box could not go anywhere before the box is even measured ({@link LaneSet.blocked}).
 */
export class LaneSet {
  /** Per lane: sorted flat [x0, x1, x0, x1, ...] of occupied boxes. */
  private readonly _lanes: number[][] = [];

  constructor(
    private readonly _gap: number,
    private readonly _maxLanes: number,
  ) {}

  /** Lanes in use. */
  get count(): number {
    return this._lanes.length;
  }

  /** Puts a box in the lowest lane where it fits and returns that lane, or -1 when none can take it. */
  place(box: LaneBox): number {
    const lanes = this._lanes;
    for (let lane = 0; lane < lanes.length; lane++) {
      if (fits(lanes[lane]!, box, this._gap)) {
        insert(lanes[lane]!, box);
        return lane;
      }
    }
    if (lanes.length >= this._maxLanes) return -1;
    lanes.push([box.x0, box.x1]);
    return lanes.length - 1;
  }

  /**
   * True when every lane is in use and holds a box within `gap` of `[a, b]`: then no box that
   * contains `[a, b]`, whatever its width, can be placed. O(lanes · log n).
   */
  blocked(a: number, b = a): boolean {
    const lanes = this._lanes;
    if (lanes.length < this._maxLanes) return false;
    for (const lane of lanes) {
      const next = firstStartAtOrAfter(lane, b + this._gap); // boxes from here on start too far right
      if (next === 0 || lane[(next - 1) * 2 + 1]! + this._gap <= a) return false; // and the one before ends too early
    }
    return true;
  }
}

/** Index of the first stored box whose start is ≥ x (binary search over the flat array). */
function firstStartAtOrAfter(lane: readonly number[], x: number): number {
  let lo = 0;
  let hi = lane.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lane[mid * 2]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fits(lane: readonly number[], box: LaneBox, gap: number): boolean {
  const next = firstStartAtOrAfter(lane, box.x0);
  if (next > 0 && lane[(next - 1) * 2 + 1]! + gap > box.x0) return false; // previous box reaches us
  if (next < lane.length / 2 && lane[next * 2]! < box.x1 + gap) return false; // next box starts too soon
  return true;
}

function insert(lane: number[], box: LaneBox): void {
  const at = firstStartAtOrAfter(lane, box.x0);
  lane.splice(at * 2, 0, box.x0, box.x1);
}
