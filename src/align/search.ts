/**
 * The search: dynamic programming over the cells of a {@link Band}, trying every bead type at every
 * cell. Forward pass only; {@link traceback} reads the path back from the stored choices.
 *
 * @module
 */
import { type Band, cellIndex } from './band.js';
import { beadCost, type CostModel } from './cost.js';
import { sharedWeight } from './features.js';
import type { BeadType } from './options.js';

/** The filled grid: the best total cost to reach each cell and the bead type chosen to get there. */
export interface SearchGrid {
  band: Band;
  beads: readonly BeadType[];
  /** Best cost to reach each cell (Infinity when unreachable). */
  cost: Float64Array;
  /** 1 + index into `beads` of the last bead on the best path to each cell; 0 for the origin/unreachable. */
  choice: Uint8Array;
}

/** Fills the grid. Time and memory are linear in the number of cells of the band. */
export function search(model: CostModel, beads: readonly BeadType[], band: Band): SearchGrid {
  const cost = new Float64Array(band.size).fill(Infinity);
  const choice = new Uint8Array(band.size);
  // Shared weight of sentence pair (x, y) is cached at cell (x+1, y+1).
  const pairCache = new Float64Array(band.size).fill(-1);
  const { a, b } = model.features;
  const weights = model.features.weights;
  const shared = (x: number, y: number): number => {
    const cell = cellIndex(band, x + 1, y + 1);
    if (cell < 0) return sharedWeight(a.features[x]!, b.features[y]!, weights);
    let value = pairCache[cell]!;
    if (value < 0) {
      value = sharedWeight(a.features[x]!, b.features[y]!, weights);
      pairCache[cell] = value;
    }
    return value;
  };
  cost[0] = 0;
  for (let i = 0; i <= band.n; i++) {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    const rowOffset = band.offset[i]!;
    for (let j = lo; j <= hi; j++) {
      const here = rowOffset + j - lo;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestChoice = 0;
      for (let t = 0; t < beads.length; t++) {
        const [k, l] = beads[t]!;
        if (k > i || l > j) continue;
        const from = cellIndex(band, i - k, j - l);
        if (from < 0) continue;
        const before = cost[from]!;
        if (before === Infinity) continue;
        const total = before + beadCost(model, i - k, k, j - l, l, shared);
        if (total < best) {
          best = total;
          bestChoice = t + 1;
        }
      }
      cost[here] = best;
      choice[here] = bestChoice;
    }
  }
  return { band, beads, cost, choice };
}
