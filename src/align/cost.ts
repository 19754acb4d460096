/**
 * The cost of a bead: how unlikely it is that these sentences of A and of B say the same thing.
 * Lower is better. Pure arithmetic over {@link PairFeatures}; the search decides which beads to price.
 *
 * cost(k-l bead) = merge·joins + (k+l)/2 · (length·δ²/2 + anchors·(1 − overlap))
 *   joins   k+l−2, less shownJoin for each the other side shows as a sentence end inside a line (see
 *           {@link chargedJoins})
 *   δ       Gale–Church: (lenB − c·lenA) / √(s²·max(1, c)·(c·lenA + lenB)/2), c = the pair's own length
 *           ratio B/A; s² per character of the more compact side, so δ² does not depend on which is A
 *   overlap rarity-weighted Dice of the features both sides share (anchors, numbers, names, cognates)
 * cost(1-0 or 0-1 bead) = skip (a quarter of it for debris such as `- _-`), or 0 for a sentence that
 * takes no part (boilerplate).
 * A bead that joins sentences costs passenger·(0.4 − s) more for each sentence whose share s of its own
 * feature weight, counting only features no other sentence of its side in the bead holds, the other
 * side matches (below 0.4; its own weight includes the facts it states that the other document never
 * does; see {@link passengerCost}).
 * Either bead costs colonBoundary more when its last sentence ends with a colon on one side only.
 * A bead costs headlineJoin more for each headline (see `headlineJoinCost`) on a side that joins sentences.
 * Sentences share a bead only within one class, except that a 1-1 bead may join a heading with a body
 * sentence for kindChange more (see {@link kindChangeCost}).
 *
 * @module
 */
import type { PairFeatures } from './features.js';
import type { AlignPenalties } from './options.js';

/** Variance of the length difference per character (Gale & Church 1993). */
export const lengthVariance = 6.8;
/** Cap on the length term, so one odd sentence cannot outweigh everything else. */
export const maxLengthTerm = 12;

/** Sentence classes: only sentences of one class share a bead; class 0 takes part in nothing. */
export const excludedClass = 0;
/** The class of body sentences. */
export const bodyClass = 1;
/** The class of headings: a heading may share a 1-1 bead with a body sentence (see {@link kindChangeCost}). */
export const headingClass = 2;

/** Whether a sentence of class `a` and one of class `b` may share a 1-1 bead although their classes differ. */
export function crossesKind(a: number, b: number): boolean {
  return (a === bodyClass && b === headingClass) || (a === headingClass && b === bodyClass);
}

/**
 * Extra cost of a bead for the kinds it joins: `kindChange` for a 1-1 bead of a heading and a body
 * sentence (one version ends its headline with a full stop, or a page tags its title as a paragraph),
 * else 0. Wider beads of mixed classes are never tried.
 */
export function kindChangeCost(model: CostModel, aStart: number, aCount: number, bStart: number, bCount: number): number {
  if (aCount !== 1 || bCount !== 1) return 0;
  return crossesKind(model.classA[aStart]!, model.classB[bStart]!) ? model.penalties.kindChange : 0;
}

/** `headlineJoin` for each headline (see `headlines`) on a side of the bead that joins two or more sentences. */
export function headlineJoinCost(model: CostModel, aStart: number, aCount: number, bStart: number, bCount: number): number {
  const count = (flags: Uint8Array | undefined, start: number, size: number) => {
    let sum = 0;
    if (flags && size > 1) for (let index = start; index < start + size; index++) sum += flags[index]!;
    return sum;
  };
  return model.penalties.headlineJoin * (count(model.features.a.headlines, aStart, aCount) + count(model.features.b.headlines, bStart, bCount));
}

export interface CostModel {
  readonly penalties: AlignPenalties;
  /** Length ratio B/A of the pair (from the documents themselves). */
  readonly ratio: number;
  /**
   * The ratio the two languages lead one to expect (`expectedLengthRatio` in align.ts), given to the
   * refining searches of a pair read as a translation: every estimate of `ratio` is held within
   * {@link lengthRatioTolerance} of it.
   */
  readonly expectedRatio?: number;
  readonly features: PairFeatures;
  /** Class of each sentence of A / B (see {@link excludedClass}). */
  readonly classA: Uint8Array;
  readonly classB: Uint8Array;
}

/**
 * How far (|log|) an estimate of a translation's length ratio may stray from the ratio its languages
 * lead one to expect: about twice the spread of one document pair's ratio about it (median 0.068,
 * largest 0.096 over the 45 pairs of ten languages in NTREX dev 1–31; `benchmarks/length-factors.ts`).
 * Estimates read from the links of a search were thrown far off by one long sentence only one version
 * has (an id–ar pair read 1.65 for an expected 0.79), and the next search then fitted the wrong ratio:
 * a headline linked to the sentence after its counterpart. NTREX dev 1–31 default strict F1 0.921 →
 * 0.927, Text+Berg dev unchanged at 0.913; the showcase nl–ar translation, whose Arabic runs 0.2
 * shorter than the expected ratio, aligns as before.
 */
export const lengthRatioTolerance = 0.15;

/** `ratio` held within {@link lengthRatioTolerance} of `expected` (unchanged when nothing is expected). */
export function boundedRatio(ratio: number, expected: number | undefined): number {
  if (expected === undefined) return ratio;
  return Math.min(expected * Math.exp(lengthRatioTolerance), Math.max(expected * Math.exp(-lengthRatioTolerance), ratio));
}

/**
 * Builds the cost model. The length ratio, unless given, is estimated from the sentence pairs of the
 * confident anchor chain (`anchorPairs`, when there are at least 3), else from the total length of the
 * taking-part sentences; either way it is held near `expectedRatio` when one is given (see {@link boundedRatio}).
 */
export function createCostModel(
  features: PairFeatures,
  penalties: AlignPenalties,
  classA: Uint8Array,
  classB: Uint8Array,
  givenRatio?: number,
  anchorPairs?: ReadonlyArray<{ a: number; b: number }>,
  expectedRatio?: number,
): CostModel {
  if (givenRatio !== undefined) return { penalties, ratio: boundedRatio(givenRatio, expectedRatio), expectedRatio, features, classA, classB };
  let totalA = 0;
  let totalB = 0;
  features.a.lengths.forEach((length, i) => {
    if (classA[i] !== excludedClass) totalA += length;
  });
  features.b.lengths.forEach((length, j) => {
    if (classB[j] !== excludedClass) totalB += length;
  });
  let ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
  // Sentences matched by unique anchors are translations of each other far more often than the
  // documents as wholes are (a page may carry captions or a title the other lacks).
  const matched = ratioOfPairs(features, anchorPairs ?? []);
  if (matched !== undefined) ratio = matched;
  return { penalties, ratio: boundedRatio(Math.min(8, Math.max(1 / 8, ratio)), expectedRatio), expectedRatio, features, classA, classB };
}

function ratioOfPairs(features: PairFeatures, pairs: ReadonlyArray<{ a: number; b: number }>): number | undefined {
  if (pairs.length < 3) return undefined;
  let totalA = 0;
  let totalB = 0;
  for (const pair of pairs) {
    totalA += features.a.lengths[pair.a]!;
    totalB += features.b.lengths[pair.b]!;
  }
  return totalA > 0 && totalB > 0 ? totalB / totalA : undefined;
}

/**
 * Length ratio B/A read from the 1-1 links given, each counted in proportion to its confidence
 * (`model.ratio` when there is none). Wider beads are left out: one often holds a sentence the other
 * version lacks, swallowed beside its neighbour, whose length pulls the ratio off. `alignParallel`
 * passes the 1-1 beads of its path from confidence 0.5.
 */
export function ratioOfOneToOne(model: CostModel, links: ReadonlyArray<{ a: readonly number[]; b: readonly number[]; score: number }>): number {
  let totalA = 0;
  let totalB = 0;
  for (const link of links) {
    if (link.a.length !== 1 || link.b.length !== 1) continue;
    totalA += link.score * model.features.a.lengths[link.a[0]!]!;
    totalB += link.score * model.features.b.lengths[link.b[0]!]!;
  }
  return totalA > 0 && totalB > 0 ? Math.min(8, Math.max(1 / 8, totalB / totalA)) : model.ratio;
}

/** Length ratio B/A over confident links (a better estimate than whole documents with unmatched parts). */
export function ratioFromLinks(
  model: CostModel,
  links: ReadonlyArray<{ a: readonly number[]; b: readonly number[]; score: number }>,
): number {
  let totalA = 0;
  let totalB = 0;
  let count = 0;
  for (const link of links) {
    if (link.score < 0.6) continue;
    for (const x of link.a) totalA += model.features.a.lengths[x]!;
    for (const y of link.b) totalB += model.features.b.lengths[y]!;
    count++;
  }
  return count >= 3 && totalA > 0 && totalB > 0 ? Math.min(8, Math.max(1 / 8, totalB / totalA)) : model.ratio;
}

/** Shared feature weight of sentence `x` of A and `y` of B (the search caches it). */
export type PairShared = (x: number, y: number) => number;

/** The overlap a bead is given when neither side has any feature: no evidence either way. */
export const noEvidenceOverlap = 0.35;

/** The cost of a k-l bead from its two terms (see the module comment), `joins` as {@link chargedJoins} counts them. */
function beadCostFromTerms(penalties: AlignPenalties, aCount: number, bCount: number, joins: number, lengthTerm: number, overlap: number): number {
  // Scaled by the bead's size, so one 2-2 bead is not cheaper than the two 1-1 beads it could be.
  const size = (aCount + bCount) / 2;
  const crossJoin = aCount > 1 && bCount > 1 ? penalties.crossJoin : 0;
  return penalties.merge * joins + crossJoin + size * (penalties.length * lengthTerm + penalties.anchors * (1 - overlap));
}

/**
 * The joins a bead pays `merge` for: k + l − 2, less `shownJoin` for each that the other side shows as a
 * sentence end inside a line, when the bead's sentence ends (its lines plus their inner ends) agree on
 * both sides. A 2-1 bead whose single line holds two sentences is two translations written on one line;
 * one whose line holds one sentence more likely swallowed a sentence the other version lacks.
 */
export function chargedJoins(model: CostModel, aStart: number, aCount: number, bStart: number, bCount: number): number {
  const joins = aCount + bCount - 2;
  if (joins === 0) return 0;
  const inner = (ends: Uint8Array | undefined, start: number, count: number) => {
    let sum = 0;
    if (ends) for (let index = start; index < start + count; index++) sum += ends[index]!;
    return sum;
  };
  const innerA = inner(model.features.a.innerEnds, aStart, aCount);
  const innerB = inner(model.features.b.innerEnds, bStart, bCount);
  if (aCount + innerA !== bCount + innerB) return joins;
  return joins - model.penalties.shownJoin * Math.min(joins, innerA + innerB);
}

/**
 * Extra cost of a bead whose last sentence ends with a colon on one side only (`colonBoundary`);
 * `aEnd`/`bEnd` are the indexes just past the bead on each side.
 */
export function boundaryCost(model: CostModel, aCount: number, aEnd: number, bCount: number, bEnd: number): number {
  const openA = aCount > 0 ? model.features.a.introducesNext[aEnd - 1]! : 0;
  const openB = bCount > 0 ? model.features.b.introducesNext[bEnd - 1]! : 0;
  return openA !== openB ? model.penalties.colonBoundary : 0;
}

/**
 * The cost of a bead with sentences on both sides, exactly as the search prices it (the search inlines
 * the same arithmetic over prefix sums): the two terms of its evidence, plus {@link boundaryCost}.
 */
export function beadCost(model: CostModel, aStart: number, aCount: number, bStart: number, bCount: number, shared: PairShared): number {
  const evidence = beadEvidence(model, aStart, aCount, bStart, bCount, shared);
  const overlap = evidence.weight > 0 ? evidence.overlap : noEvidenceOverlap;
  return (
    beadCostFromTerms(model.penalties, aCount, bCount, chargedJoins(model, aStart, aCount, bStart, bCount), evidence.lengthTerm, overlap) +
    passengerCost(model, aStart, aCount, bStart, bCount) +
    kindChangeCost(model, aStart, aCount, bStart, bCount) +
    headlineJoinCost(model, aStart, aCount, bStart, bCount) +
    boundaryCost(model, aCount, aStart + aCount, bCount, bStart + bCount)
  );
}

/**
 * A sentence of a wide bead whose own features the other side matches less than this share of (leaving
 * out what a sentence beside it in the bead also brings) adds `passenger` times the shortfall.
 */
export const passengerSupportShare = 0.4;

/**
 * The cost of the passengers of a wide bead: each sentence on a side of two or more counts only the
 * features it alone brings to its side (a name its neighbour repeats proves nothing about it), and the
 * shortfall of their matched share below {@link passengerSupportShare} costs `passenger`. Its own weight
 * also counts the figures, dates and countries it states that the other document never does
 * (`DocumentFeatures.unsharedWeights`): nothing matches those. A sentence with no feature at all is no
 * evidence either way. Zero for 1-1 beads.
 */
export function passengerCost(model: CostModel, aStart: number, aCount: number, bStart: number, bCount: number): number {
  const passenger = model.penalties.passenger;
  if (aCount + bCount <= 2 || passenger <= 0) return 0;
  const { a, b, weights } = model.features;
  const counts = (lists: readonly Int32Array[], start: number, size: number) => {
    const found = new Map<number, number>();
    for (let index = start; index < start + size; index++) for (const id of lists[index]!) found.set(id, (found.get(id) ?? 0) + 1);
    return found;
  };
  const inA = counts(a.features, aStart, aCount);
  const inB = counts(b.features, bStart, bCount);
  let cost = 0;
  const side = (lists: readonly Int32Array[], totals: Float64Array, unshared: Float64Array, start: number, size: number, own: Map<number, number>, other: Map<number, number>) => {
    if (size < 2) return;
    for (let index = start; index < start + size; index++) {
      const total = totals[index]! + unshared[index]!;
      if (total <= 0) continue;
      let alone = 0;
      for (const id of lists[index]!) if (own.get(id) === 1 && other.has(id)) alone += weights[id]!;
      cost += passenger * Math.max(0, passengerSupportShare - alone / total);
    }
  };
  side(a.features, a.weightTotals, a.unsharedWeights, aStart, aCount, inA, inB);
  side(b.features, b.weightTotals, b.unsharedWeights, bStart, bCount, inB, inA);
  return cost;
}

/** What a bead's sentences have in common: the parts of its cost, unweighted. */
export interface BeadEvidence {
  /** Gale–Church δ²/2 (0 = lengths agree perfectly). */
  lengthTerm: number;
  /** Rarity-weighted Dice overlap of shared features, in [0, 1]. */
  overlap: number;
  /** Total weight of the shared features. */
  common: number;
  /** Total feature weight of both sides (0 when neither side has any feature). */
  weight: number;
  /**
   * For beads of more than two sentences: the smallest share of one sentence's own feature weight that
   * the other side matches (0 when a sentence brings nothing); 1 for 1-1 beads.
   */
  weakestSupport: number;
}

/** The evidence of one bead (both sides non-empty). */
export function beadEvidence(model: CostModel, aStart: number, aCount: number, bStart: number, bCount: number, shared: PairShared): BeadEvidence {
  const { a, b } = model.features;
  let lengthA = 0;
  let weightA = 0;
  let lengthB = 0;
  let weightB = 0;
  let common = 0;
  const multi = aCount + bCount > 2;
  const sharedOfB = multi ? new Float64Array(bCount) : undefined;
  let weakestSupport = 1;
  for (let x = aStart; x < aStart + aCount; x++) {
    lengthA += a.lengths[x]!;
    weightA += a.weightTotals[x]!;
    let sharedOfX = 0;
    for (let y = bStart; y < bStart + bCount; y++) {
      const value = shared(x, y);
      sharedOfX += value;
      if (sharedOfB) sharedOfB[y - bStart] = sharedOfB[y - bStart]! + value;
    }
    common += sharedOfX;
    if (multi) weakestSupport = Math.min(weakestSupport, support(sharedOfX, a.weightTotals[x]!));
  }
  for (let y = bStart; y < bStart + bCount; y++) {
    lengthB += b.lengths[y]!;
    weightB += b.weightTotals[y]!;
    if (sharedOfB) weakestSupport = Math.min(weakestSupport, support(sharedOfB[y - bStart]!, b.weightTotals[y]!));
  }
  const scaledA = model.ratio * lengthA;
  // The variance per character of the more compact side (B's when c < 1, A's when c > 1): δ² is then
  // the same whichever document is A. Measured in B's characters, (A, B) and (B, A) differed by a factor c
  // and the search took other paths by document order (the showcase nl–ar pair lost a changed sentence).
  const delta = (lengthB - scaledA) / Math.sqrt((lengthVariance * Math.max(1, model.ratio) * (scaledA + lengthB)) / 2);
  const evidence = weightA + weightB;
  return {
    lengthTerm: Math.min(maxLengthTerm, (delta * delta) / 2),
    overlap: evidence > 0 ? Math.min(1, (2 * common) / evidence) : 0,
    common,
    weight: evidence,
    weakestSupport,
  };
}

/** Share of a sentence's own feature weight matched by the other side, in [0, 1]. */
function support(matched: number, own: number): number {
  return own > 0 ? Math.min(1, (2 * matched) / own) : 0;
}

/**
 * Confidence in [0, 1] that a bead is right, from its own evidence (not from the path around it):
 * shared rare features, discounted when they are few, and lengths that agree with the pair's ratio.
 */
export function beadConfidence(evidence: BeadEvidence): number {
  const strength = 1 - Math.exp(-evidence.common / 8);
  const lexical = Math.sqrt(evidence.overlap * strength);
  const length = Math.exp(-evidence.lengthTerm / 2);
  const confidence = Math.min(1, lexical * (0.4 + 0.6 * length) + 0.25 * length * (1 - lexical));
  return Math.round(confidence * 1000) / 1000;
}
