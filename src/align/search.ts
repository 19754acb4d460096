/**
 * The search: dynamic programming over the cells of a {@link Band}, trying every bead type at every
 * cell. Forward pass only; `traceback` reads the path back from the stored choices. Group sums come
 * from prefix sums and the pair overlaps from a per-cell cache, so each bead is priced in O(1).
 *
 * @module
 */
import type { Band } from './band.js';
import { beadCostFromSums, type CostModel, excludedClass as excluded } from './cost.js';
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

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!;
  return sums;
}

/** Length of the run of equal classes ending at each position (0 for excluded sentences). */
function classRuns(classes: Uint8Array): Int32Array {
  const runs = new Int32Array(classes.length);
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] === excluded) continue;
    runs[i] = i > 0 && classes[i - 1] === classes[i] ? runs[i - 1]! + 1 : 1;
  }
  return runs;
}

/** Fills the grid. Time and memory are linear in the number of cells of the band. */
export function search(model: CostModel, beads: readonly BeadType[], band: Band): SearchGrid {
  const cost = new Float64Array(band.size).fill(Infinity);
  const choice = new Uint8Array(band.size);
  const { a, b, weights } = model.features;
  const { classA, classB, penalties, ratio } = model;
  const lengthSumA = prefixSums(a.lengths);
  const lengthSumB = prefixSums(b.lengths);
  const weightSumA = prefixSums(a.weightTotals);
  const weightSumB = prefixSums(b.weightTotals);
  const runA = classRuns(classA);
  const runB = classRuns(classB);
  const skip = penalties.skip;
  const costOf = beadCostFromSums;
  const excludedClass = excluded;
  const { lo: bandLo, hi: bandHi, offset: bandOffset, n } = band;
  // Inlined cellIndex: this is the hot loop.
  const cellIndex = (_band: Band, i: number, j: number): number => {
    if (i < 0 || i > n) return -1;
    const lo = bandLo[i]!;
    if (j < lo || j > bandHi[i]!) return -1;
    return bandOffset[i]! + j - lo;
  };
  // Shared weight of sentence pair (i-1, j-1), at cell (i, j); NaN until computed.
  const pairShared = new Float64Array(band.size).fill(Number.NaN);
  const shared = (x: number, y: number): number => {
    const cell = cellIndex(band, x + 1, y + 1);
    if (cell < 0) return sharedWeight(a.features[x]!, b.features[y]!, weights);
    let value = pairShared[cell]!;
    if (value !== value) {
      value = sharedWeight(a.features[x]!, b.features[y]!, weights);
      pairShared[cell] = value;
    }
    return value;
  };
  const beadA = Int32Array.from(beads, (bead) => bead[0]);
  const beadB = Int32Array.from(beads, (bead) => bead[1]);
  const beadCount = beads.length;
  cost[0] = 0;
  for (let i = 0; i <= band.n; i++) {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    const rowOffset = band.offset[i]!;
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestChoice = 0;
      for (let t = 0; t < beadCount; t++) {
        const k = beadA[t]!;
        const l = beadB[t]!;
        if (k > i || l > j) continue;
        const from = cellIndex(band, i - k, j - l);
        if (from < 0) continue;
        const before = cost[from]!;
        if (before === Infinity) continue;
        let step: number;
        if (k === 0 || l === 0) {
          if (k + l !== 1) continue;
          step = (k === 0 ? classB[j - 1] : classA[i - 1]) === excludedClass ? 0 : skip;
        } else {
          const cls = classA[i - 1];
          if (cls === excludedClass || classB[j - 1] !== cls || runA[i - 1]! < k || runB[j - 1]! < l) continue;
          let common = 0;
          for (let x = i - k; x < i; x++) for (let y = j - l; y < j; y++) common += shared(x, y);
          step = costOf(
            penalties,
            ratio,
            k,
            l,
            lengthSumA[i]! - lengthSumA[i - k]!,
            lengthSumB[j]! - lengthSumB[j - l]!,
            weightSumA[i]! - weightSumA[i - k]!,
            weightSumB[j]! - weightSumB[j - l]!,
            common,
          );
        }
        const total = before + step;
        if (total < best) {
          best = total;
          bestChoice = t + 1;
        }
      }
      const here = rowOffset + j - lo;
      cost[here] = best;
      choice[here] = bestChoice;
    }
  }
  return { band, beads, cost, choice };
}
