/**
 * The search: dynamic programming over the cells of a {@link Band}, trying every bead type at every
 * cell. Forward pass only; `traceback` reads the path back from the stored choices. Group sums come
 * from prefix sums and the pair overlaps from a per-cell cache, so each bead is priced in O(1), except
 * the passengers of a wide bead (a pass over its sentences' features), priced only while it can still
 * beat the best bead found for the cell. A bead whose length and joins alone already cost no less than
 * that best is not summed at all (the result is the same: ties keep the earlier bead).
 *
 * @module
 */
import type { Band } from './band.js';
import { type CostModel, crossesKind, excludedClass as excluded, passengerSupportShare, lengthVariance as variance, maxLengthTerm as maxTerm, noEvidenceOverlap as noEvidence } from './cost.js';
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

/**
 * The per-cell arrays of a search, kept from one search to the next of one alignment call and grown when
 * a band is larger: a pair takes four to seven searches of up to half a million cells, and new arrays
 * for each cost the first touch of megabytes of fresh pages and the collections their memory sets off
 * (about a tenth of a cold 5 × 1 MB check). Made per call and dropped with it, so nothing stays alive
 * between calls. It serves one search at a time: a grid searched into it is valid until the next search.
 */
export class SearchScratch {
  private cost = new Float64Array(0);
  private choice = new Uint8Array(0);
  private pairShared = new Float64Array(0);

  /** Cleared arrays of `size` cells: costs Infinity, choices and pair overlaps 0. */
  cells(size: number): { cost: Float64Array; choice: Uint8Array; pairShared: Float64Array } {
    if (this.cost.length < size) {
      this.cost = new Float64Array(size);
      this.choice = new Uint8Array(size);
      this.pairShared = new Float64Array(size);
    }
    return {
      cost: this.cost.subarray(0, size).fill(Infinity),
      choice: this.choice.subarray(0, size).fill(0),
      pairShared: this.pairShared.subarray(0, size).fill(0),
    };
  }
}

/**
 * Fills the grid. Time and memory are linear in the number of cells of the band. With `scratch` the
 * grid's arrays are the scratch's, overwritten by its next search.
 */
export function search(model: CostModel, beads: readonly BeadType[], band: Band, scratch: SearchScratch = new SearchScratch()): SearchGrid {
  const { cost, choice, pairShared } = scratch.cells(band.size);
  fillGrid(searchInput(model, beads, band), cost, choice, pairShared);
  return { band, beads, cost, choice };
}

/**
 * Everything {@link fillGrid} reads, as typed arrays and numbers in one object built by one literal. The
 * models a pass hands in come in several shapes (spread copies, reversed sides); read here once per
 * search, they leave the hot loop one shape to see, so its optimized code is not thrown away (and the
 * loop run unoptimized until recompiled) each time a model of another shape arrives.
 */
function searchInput(model: CostModel, beads: readonly BeadType[], band: Band) {
  const { a, b, weights } = model.features;
  const { classA, classB, penalties, ratio } = model;
  const { skip, merge, length: lengthWeight, anchors: anchorWeight, kindChange, passenger, colonBoundary, headlineJoin, shownJoin, crossJoin } = penalties;
  // Every term of a step only adds (the options forbid negative penalties; checked, or nothing is
  // bounded). The least each bead pays for joins is with all of them shown.
  const bounded = skip >= 0 && merge >= 0 && lengthWeight >= 0 && anchorWeight >= 0 && kindChange >= 0 && passenger >= 0 && colonBoundary >= 0 && headlineJoin >= 0 && crossJoin >= 0;
  return {
    classA,
    classB,
    ratio,
    weights,
    lengthSumA: prefixSums(a.lengths),
    lengthSumB: prefixSums(b.lengths),
    weightSumA: prefixSums(a.weightTotals),
    weightSumB: prefixSums(b.weightTotals),
    // A passenger's own weight: its shared features' and what it states that the other document never does.
    ownWeightA: a.weightTotals.map((total, index) => total + a.unsharedWeights[index]!),
    ownWeightB: b.weightTotals.map((total, index) => total + b.unsharedWeights[index]!),
    skipFactorA: a.skipFactors,
    skipFactorB: b.skipFactors,
    introducesNextA: a.introducesNext,
    introducesNextB: b.introducesNext,
    // Sentence ends inside lines, summed (chargedJoins in cost.ts).
    innerSumA: prefixSums(Float64Array.from(a.innerEnds ?? new Uint8Array(a.lengths.length))),
    innerSumB: prefixSums(Float64Array.from(b.innerEnds ?? new Uint8Array(b.lengths.length))),
    headlineSumA: prefixSums(Float64Array.from(a.headlines ?? new Uint8Array(a.lengths.length))),
    headlineSumB: prefixSums(Float64Array.from(b.headlines ?? new Uint8Array(b.lengths.length))),
    runA: classRuns(classA),
    runB: classRuns(classB),
    featuresA: packed(a.features),
    featuresB: packed(b.features),
    // Per character of the more compact side, so a bead's length term is the same whichever document is A.
    lengthVariance: variance * Math.max(1, ratio),
    skip,
    merge,
    lengthWeight,
    anchorWeight,
    colonBoundary,
    kindChange,
    shownJoin,
    headlineJoin,
    passenger,
    bandLo: band.lo,
    bandHi: band.hi,
    bandOffset: band.offset,
    n: band.n,
    beadA: Int32Array.from(beads, (bead) => bead[0]),
    beadB: Int32Array.from(beads, (bead) => bead[1]),
    bounded,
    fewestJoinsCost: Float64Array.from(beads, ([k, l]) => (bounded ? merge * (k + l - 2 - shownJoin * (k + l - 2)) + (k > 1 && l > 1 ? crossJoin : 0) : -Infinity)),
    crossJoin,
  };
}

/**
 * The lists in a new packed array. Models hand them in holey (made by `map`) or packed (spread, pushed),
 * and a load in the hot loop that meets the other kind than it was compiled for is deoptimized.
 */
function packed(lists: readonly Int32Array[]): Int32Array[] {
  const out: Int32Array[] = [];
  for (const list of lists) out.push(list);
  return out;
}

/**
 * The forward pass over the band's cells, into `cost` and `choice` (`pairShared` as below, all 0 at first).
 * Kept whole: it is the loop run for every cell and bead type, with `beadCost` inlined over locals
 * (`tests/align/search-cost.test.ts` holds the two to the same costs).
 */
function fillGrid(input: ReturnType<typeof searchInput>, cost: Float64Array, choice: Uint8Array, pairShared: Float64Array): void {
  const { classA, classB, ratio, weights, lengthSumA, lengthSumB, weightSumA, weightSumB, ownWeightA, ownWeightB } = input;
  const { skipFactorA, skipFactorB, introducesNextA, introducesNextB, innerSumA, innerSumB, headlineSumA, headlineSumB } = input;
  const { runA, runB, featuresA, featuresB, lengthVariance, skip, merge, lengthWeight, anchorWeight, colonBoundary, kindChange } = input;
  const { shownJoin, headlineJoin, crossJoin, passenger, bandLo, bandHi, bandOffset, n, beadA, beadB, bounded, fewestJoinsCost } = input;
  // Imported bindings read as locals (a module binding may compile to a getter call per use).
  const excludedClass = excluded;
  const crossable = crossesKind;
  const maxLengthTerm = maxTerm;
  const noEvidenceOverlap = noEvidence;
  const passengerSupport = passengerSupportShare;
  const beadCount = beadA.length;
  // pairShared: shared weight of sentence pair (i-1, j-1), stored at cell (i, j). Cells are filled in
  // storage order, so the pairs of every bead ending at a cell are already known when they lie in the band.
  // The features of the current row's sentence of A as a dense weight table (0 elsewhere), so a pair's
  // shared weight is one pass over the B sentence's features instead of a merge of two lists.
  const rowWeights = new Float64Array(weights.length);
  // Features of the current wide bead and how many of its sentences hold each, per side (the bead's
  // stamp marks which entries are current).
  const seenA = new Int32Array(weights.length);
  const seenB = new Int32Array(weights.length);
  const countA = new Int32Array(weights.length);
  const countB = new Int32Array(weights.length);
  let stamp = 0;
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const lo = bandLo[i]!;
    const hi = bandHi[i]!;
    const rowOffset = bandOffset[i]!;
    const clsA = i > 0 ? classA[i - 1]! : excludedClass;
    const runOfA = i > 0 ? runA[i - 1]! : 0;
    const rowFeatures = i > 0 ? featuresA[i - 1]! : undefined;
    if (rowFeatures) for (let f = 0; f < rowFeatures.length; f++) rowWeights[rowFeatures[f]!] = weights[rowFeatures[f]!]!;
    for (let j = lo; j <= hi; j++) {
      const here = rowOffset + j - lo;
      if (i === 0 && j === 0) continue;
      const sameClass = i > 0 && j > 0 && clsA !== excludedClass && classB[j - 1] === clsA;
      // A heading and a body sentence may still share a 1-1 bead, for kindChange more (kindChangeCost).
      const kindCrossed = !sameClass && i > 0 && j > 0 && crossable(clsA, classB[j - 1]!);
      if (sameClass || kindCrossed) {
        const columnFeatures = featuresB[j - 1]!;
        let sum = 0;
        for (let f = 0; f < columnFeatures.length; f++) sum += rowWeights[columnFeatures[f]!]!;
        pairShared[here] = sum;
      }
      let best = Infinity;
      let bestChoice = 0;
      for (let t = 0; t < beadCount; t++) {
        const k = beadA[t]!;
        const l = beadB[t]!;
        const fromRow = i - k;
        const fromColumn = j - l;
        if (fromRow < 0 || fromColumn < 0) continue;
        const fromLo = bandLo[fromRow]!;
        if (fromColumn < fromLo || fromColumn > bandHi[fromRow]!) continue;
        const before = cost[bandOffset[fromRow]! + fromColumn - fromLo]!;
        if (before === Infinity) continue;
        let step: number;
        if (k === 0 || l === 0) {
          if (k + l !== 1 || (bounded && before >= best)) continue;
          if ((k === 0 ? classB[j - 1] : clsA) === excludedClass) step = 0;
          else step = skip * (k === 0 ? skipFactorB[j - 1]! : skipFactorA[i - 1]!);
        } else {
          if (kindCrossed ? k !== 1 || l !== 1 : !sameClass || runOfA < k || runB[j - 1]! < l) continue;
          // beadCost (cost.ts) over prefix sums, inlined: this is the hot loop. The length term first:
          // with the fewest joins the bead could pay it bounds the bead's total from below (overlap,
          // passengers and boundary only add), and a bead that cannot beat the best is not summed.
          const lengthA = lengthSumA[i]! - lengthSumA[fromRow]!;
          const lengthB = lengthSumB[j]! - lengthSumB[fromColumn]!;
          const scaledA = ratio * lengthA;
          const delta = (lengthB - scaledA) / Math.sqrt((lengthVariance * (scaledA + lengthB)) / 2);
          const lengthTerm = Math.min(maxLengthTerm, (delta * delta) / 2);
          const size = (k + l) / 2;
          if (before + (fewestJoinsCost[t]! + size * (lengthWeight * lengthTerm)) >= best) continue;
          let common = 0;
          for (let x = fromRow + 1; x <= i; x++) {
            const rowLo = bandLo[x]!;
            const rowHi = bandHi[x]!;
            const rowStart = bandOffset[x]! - rowLo;
            for (let y = fromColumn + 1; y <= j; y++) {
              common += y >= rowLo && y <= rowHi ? pairShared[rowStart + y]! : sharedWeight(featuresA[x - 1]!, featuresB[y - 1]!, weights);
            }
          }
          const evidence = weightSumA[i]! - weightSumA[fromRow]! + weightSumB[j]! - weightSumB[fromColumn]!;
          const overlap = evidence > 0 ? Math.min(1, (2 * common) / evidence) : noEvidenceOverlap;
          let joins = k + l - 2;
          if (joins > 0) {
            const innerA = innerSumA[i]! - innerSumA[fromRow]!;
            const innerB = innerSumB[j]! - innerSumB[fromColumn]!;
            if (k + innerA === l + innerB) joins -= shownJoin * Math.min(joins, innerA + innerB);
          }
          // headlineJoinCost (cost.ts), inlined.
          let headlinesJoined = 0;
          if (k > 1) headlinesJoined += headlineSumA[i]! - headlineSumA[fromRow]!;
          if (l > 1) headlinesJoined += headlineSumB[j]! - headlineSumB[fromColumn]!;
          step = merge * joins + size * (lengthWeight * lengthTerm + anchorWeight * (1 - overlap));
          if (kindCrossed) step += kindChange;
          if (k > 1 && l > 1) step += crossJoin;
          if (headlinesJoined > 0) step += headlineJoin * headlinesJoined;
          if (k + l > 2 && passenger > 0 && before + step < best) {
            // passengerCost (cost.ts) from the counts kept here; tests/align/search-cost.test.ts pins that the two agree.
            stamp++;
            countFeatures(featuresA, fromRow, i, seenA, countA, stamp);
            countFeatures(featuresB, fromColumn, j, seenB, countB, stamp);
            if (k > 1) step = addPassengers(step, passenger, passengerSupport, featuresA, ownWeightA, fromRow, i, countA, seenB, stamp, weights);
            if (l > 1) step = addPassengers(step, passenger, passengerSupport, featuresB, ownWeightB, fromColumn, j, countB, seenA, stamp, weights);
          }
        }
        // boundaryCost, inlined: a boundary right after a sentence that introduces the next, on one side only.
        if ((k > 0 ? introducesNextA[i - 1]! : 0) !== (l > 0 ? introducesNextB[j - 1]! : 0)) step += colonBoundary;
        const total = before + step;
        if (total < best) {
          best = total;
          bestChoice = t + 1;
        }
      }
      cost[here] = best;
      choice[here] = bestChoice;
    }
    if (rowFeatures) for (let f = 0; f < rowFeatures.length; f++) rowWeights[rowFeatures[f]!] = 0;
  }
}

/** Counts, per feature, the sentences `from`..`to` (exclusive) of one side that hold it (`seen` marks this bead's counts by `stamp`). */
function countFeatures(features: readonly Int32Array[], from: number, to: number, seen: Int32Array, count: Int32Array, stamp: number): void {
  for (let x = from; x < to; x++) {
    const list = features[x]!;
    for (let f = 0; f < list.length; f++) {
      const id = list[f]!;
      if (seen[id] !== stamp) {
        seen[id] = stamp;
        count[id] = 0;
      }
      count[id]!++;
    }
  }
}

/**
 * `step` plus the passenger cost of the sentences `from`..`to` of one side: per sentence, the shortfall of
 * the weight of its features no other sentence of its side holds and the other side matches, below
 * `support` of its own weight (passengerCost in cost.ts).
 */
function addPassengers(
  step: number,
  passenger: number,
  support: number,
  features: readonly Int32Array[],
  totals: Float64Array,
  from: number,
  to: number,
  ownCount: Int32Array,
  otherSeen: Int32Array,
  stamp: number,
  weights: Float64Array,
): number {
  for (let x = from; x < to; x++) {
    const own = totals[x]!;
    if (own <= 0) continue;
    const list = features[x]!;
    let alone = 0;
    for (let f = 0; f < list.length; f++) {
      const id = list[f]!;
      if (ownCount[id] === 1 && otherSeen[id] === stamp) alone += weights[id]!;
    }
    step += passenger * Math.max(0, support - alone / own);
  }
  return step;
}
