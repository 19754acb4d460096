/**
 * `auto` mode: whether two documents are a translation (align them as a monotone path) or two articles
 * on one event (comparable mode), from evidence that separates the two, and in words why.
 *
 * @module
 */
import type { AlignMode, Link } from '../types.js';
import { type AnchorPoint, findUniqueMatches, monotoneChain, monotoneChainPreferring } from './band.js';
import { beadConfidence, beadEvidence, excludedClass, type CostModel } from './cost.js';
import { sharedWeight } from './features.js';
import type { BeadType, ResolvedAlignOptions } from './options.js';
import { alignParallel, pathToLinks } from './parallel.js';
import { SearchScratch } from './search.js';

/**
 * Below this many taking-part sentences on either side, `auto` does not trust the order test alone (a
 * few weak pairs read backwards can match as well as forwards). Chosen on NTREX dev 1–31: the lowest
 * count at which no translation pair is taken for two articles.
 */
const minSentencesForOrderTest = 14;
/**
 * The order test alone (at {@link minSentencesForOrderTest} sentences or more): a path through B read
 * backwards that keeps at least this share of the confidence of the path through B as it is means the
 * shared sentences stand in no particular order. Dev translations (NTREX 1–31 with 10% and 20% deleted,
 * the extra languages, Text+Berg windows) reach 0.83 at most unless all their confident anchors are in
 * order, comparable simulations mostly 0.85–1.5; 0.95 leaves a doubt zone that aligns as a translation.
 */
const comparableReversedShare = 0.95;
/**
 * The same when confident anchor matches also cross each other (two signs agree). Dev translations
 * whose anchors cross reach 0.68 at most.
 */
const comparableReversedShareWithCrossing = 0.8;
/** From this many confident anchor matches, all of them in order overrule the order test. */
const minMatchesAllInOrder = 3;
/** Confident anchor matches needed before their order counts, and the share on one chain below which they cross. */
const minCrossingMatches = 4;
const minMonotoneShare = 0.6;

/**
 * Sentence pairs that are each other's best match (by the Dice overlap of their features) and stand
 * outside the longest chain of such pairs in order: at least this many, and more than this share of
 * them, are a sign of two articles at any size.
 */
const minOutOfOrderBestMatches = 2;
const minOutOfOrderShare = 0.4;
/**
 * Best matches whose 1-1 bead has at least this confidence are confident: that sign among them alone
 * means two articles. On dev translations at most 27% of confident best matches stand out of order
 * (where two or more do); on shuffled comparable pairs most of them do.
 */
const confidentBestMatchMinScore = 0.6;
/**
 * Among all best matches, weak ones included, the sign counts only when two others agree: B read
 * backwards aligns at least this share as well as in order (dev translations whose best matches fall
 * out of order read 0.47–0.68, besides one of six sentences at 1.49), and at least one best match of
 * {@link fairBestMatchMinScore} or more stands out of the order of those like it (not chance pairs alone).
 */
const bestMatchesReversedShare = 0.8;
/**
 * Best matches out of order and confident anchor matches crossing (two signs from different evidence)
 * need only this share: no dev translation shows both signs at all.
 */
const crossingBestMatchesReversedShare = 0.7;
const fairBestMatchMinScore = 0.4;
/**
 * Out-of-order confident best matches stand as a sign alone only when at least this many of them
 * identify their pair (share a feature no other sentence of either document holds). Others rest on
 * names or figures the article repeats (its country, its town, '10'): where the two versions dropped
 * different sentences, the instances left pair up in any order. Wider dev test (NTREX 1–31, 45 pairs of
 * ten languages, 10–30% deleted): 96% of out-of-order confident best matches in translations were wrong
 * pairs, two thirds of them resting on repeated features.
 */
const minIdentifyingOutOfOrder = 2;
/**
 * Short of that, confident best matches out of order need B read backwards to align at least this share
 * as well as in order, or confident anchor matches crossing (translations misjudged this way read
 * 0.45–0.69 in half the cases, comparable simulations mostly 0.9–1.4).
 */
const confidentBestMatchesReversedShare = 0.7;
/**
 * All best matches out of order (the second sign) need one that identifies its pair among those out of
 * order, or B read backwards aligning at least as well as in order.
 */
const unidentifiedBestMatchesReversedShare = 1;
/** The best-match order test compares every sentence with every other: only up to this many pairs. */
const maxBestMatchCells = 250_000;
/**
 * The old order-test threshold: translations reading between it and {@link comparableReversedShare} are
 * in the doubt zone, and the reason says so.
 */
const doubtReversedShare = 0.85;

/**
 * Above this many sentences in the longer document, a pair is searched less: the order test's backwards
 * search tries only 1-1 beads and skips (half the bead types of the first pass), and one refinement
 * teaches the word translations and the ratio (over so many sentences its links teach them as well as a
 * second's). Each extra search would add its time to every long pair (a second refinement: 10k × 10k
 * 0.88 → 1.13 s). No Text+Berg or NTREX document is this long.
 */
export const longDocumentSentences = 1000;

/** What `auto` reads to tell a translation from two articles. */
export interface ModeEvidence {
  /** Taking-part sentences of the shorter side. */
  sentences: number;
  /** Sentence pairs that are each other's best match, and how many stand outside the longest chain of them in order. */
  bestMatches: number;
  bestOutOfOrder: number;
  /** The same among best matches whose 1-1 bead has confidence ≥ 0.6 (only those counted, chained and compared). */
  confidentBestMatches: number;
  confidentBestOutOfOrder: number;
  /** Out of order among best matches of confidence ≥ 0.4. */
  fairBestOutOfOrder: number;
  /**
   * Of the best matches out of order (all, and confident), how many identify their pair: share a
   * feature found in no other sentence of either document. Optional for evidence gathered before.
   */
  bestOutOfOrderIdentifying?: number;
  confidentBestOutOfOrderIdentifying?: number;
  /** Confident anchor matches (features unique in both documents), and how many lie on one chain in order. */
  anchorMatches: number;
  anchorsInOrder: number;
  /** The order test: confidence per taking-part sentence of a monotone path through B as it is, and read backwards. */
  forward: number;
  reversed: number;
}

/** Which mode `auto` chose, and in words why. */
export interface ModeDecision {
  mode: AlignMode;
  reason: string;
  /** What it read (absent when a side has nothing to align). */
  evidence?: ModeEvidence;
  /**
   * Aligned as a translation for want of evidence either way (too few sentences, or signs of two
   * articles that others contradict): `alignMany` may settle it through a third version.
   */
  inDoubt?: boolean;
}

/** The first, wide search tries only beads of up to two sentences a side; the narrow second one all. */
export function firstPassBeads(beads: readonly BeadType[]): readonly BeadType[] {
  const small = beads.filter(([k, l]) => k <= 2 && l <= 2);
  return small.some(([k, l]) => k > 0 && l > 0) ? small : beads;
}

/** Everything `auto` reads about a pair (see {@link ModeEvidence}). */
export function gatherModeEvidence(model: CostModel, firstLinks: readonly Link[], options: ResolvedAlignOptions, scratch = new SearchScratch()): ModeEvidence {
  const sentences = Math.min(countTakingPart(model.classA), countTakingPart(model.classB));
  const best = bestMatchOrder(model);
  const matches = findUniqueMatches(model.features);
  const { forward, reversed } = sentences > 0 ? orderTest(model, firstLinks, options, scratch) : { forward: 0, reversed: 0 };
  return {
    sentences,
    bestMatches: best.matches,
    bestOutOfOrder: best.outOfOrder,
    confidentBestMatches: best.confident.matches,
    confidentBestOutOfOrder: best.confident.outOfOrder,
    fairBestOutOfOrder: best.fair.outOfOrder,
    bestOutOfOrderIdentifying: best.outOfOrderIdentifying,
    confidentBestOutOfOrderIdentifying: best.confident.outOfOrderIdentifying,
    anchorMatches: matches.length,
    anchorsInOrder: monotoneChain(matches).length,
    forward,
    reversed,
  };
}

/**
 * `auto`: a translation keeps its order, two articles on one event do not. Two articles need a sign that
 * no dev translation comes near, or two signs that agree: confident best matches out of order (two of
 * them identifying their pair, or else with B read backwards aligning 70% as well or crossing anchors);
 * best matches out of order with B read backwards aligning nearly as well as in order (and one of them
 * identifying its pair, or B read backwards aligning as well); at 14 sentences or more, B read backwards
 * aligning as well as in order (or nearly, with crossing anchors) beside a best match out of order that
 * is confident or identifies its pair. Anything else, and every case in between, aligns as a translation.
 */
export function decideMode(model: CostModel, firstLinks: readonly Link[], options: ResolvedAlignOptions, scratch = new SearchScratch()): ModeDecision {
  const sentences = Math.min(countTakingPart(model.classA), countTakingPart(model.classB));
  if (sentences === 0) return { mode: 'parallel', reason: 'a side has no sentence to align' };
  const evidence = gatherModeEvidence(model, firstLinks, options, scratch);
  return { ...decideFromEvidence(evidence), evidence };
}

/** The decision of {@link decideMode} from gathered evidence. */
export function decideFromEvidence(evidence: ModeEvidence): ModeDecision {
  const { sentences, bestMatches, bestOutOfOrder, confidentBestMatches, confidentBestOutOfOrder, anchorMatches, anchorsInOrder, forward, reversed } = evidence;
  if (sentences === 0) return { mode: 'parallel', reason: 'a side has no sentence to align' };
  const outOfOrder = (out: number, of: number) => out >= minOutOfOrderBestMatches && out > minOutOfOrderShare * of;
  const share = forward > 0 ? reversed / forward : Infinity;
  const percent = (value: number) => `${Math.round(100 * value)}%`;
  const test = Number.isFinite(share) ? `B read backwards aligns ${percent(share)} as well as in order` : 'no confident sentence pair in order';
  const best = `${bestOutOfOrder} of ${bestMatches} sentence pairs that are each other's best match out of the order of the rest`;
  const inOrder = anchorMatches > 0 ? anchorsInOrder / anchorMatches : 1;
  const crossing = anchorMatches >= minCrossingMatches && inOrder < minMonotoneShare;
  const anchors = `${anchorsInOrder} of ${anchorMatches} confident anchor matches in order`;
  // Evidence gathered without the count of identifying matches takes all of them for identifying.
  const identifying = evidence.confidentBestOutOfOrderIdentifying ?? confidentBestOutOfOrder;
  const confidentOut = outOfOrder(confidentBestOutOfOrder, confidentBestMatches);
  if (confidentOut && (identifying >= minIdentifyingOutOfOrder || share >= confidentBestMatchesReversedShare || crossing)) {
    const agreeing = identifying >= minIdentifyingOutOfOrder ? '' : `; ${crossing ? anchors : test}`;
    return {
      mode: 'comparable',
      reason: `sentences shared in no particular order (${confidentBestOutOfOrder} of ${confidentBestMatches} confident sentence pairs that are each other's best match out of the order of the rest${agreeing}): two articles`,
    };
  }
  const bestOut = outOfOrder(bestOutOfOrder, bestMatches);
  const bestIdentified = (evidence.bestOutOfOrderIdentifying ?? bestOutOfOrder) > 0 || share >= unidentifiedBestMatchesReversedShare;
  if (bestOut && share >= bestMatchesReversedShare && evidence.fairBestOutOfOrder > 0 && bestIdentified) {
    return { mode: 'comparable', reason: `sentences shared in no particular order (${best}; ${test}): two articles` };
  }
  // Confident anchor matches all in order speak against the backwards test (common words that a
  // dictionary or sound prefixes match lift a path read either way).
  const allAnchorsInOrder = anchorMatches >= minMatchesAllInOrder && inOrder === 1;
  // The order test alone is chance where little but lengths is shared (a language without a profile
  // across scripts: both readings match lengths equally): it needs a best match out of order that is
  // confident or identifies its pair, or crossing anchors, to agree.
  const bestMatchAgrees = confidentBestOutOfOrder > 0 || (evidence.bestOutOfOrderIdentifying ?? bestOutOfOrder) > 0;
  const orderTestSays =
    ((share >= comparableReversedShare && !allAnchorsInOrder) || (crossing && share >= comparableReversedShareWithCrossing)) && (bestMatchAgrees || crossing);
  if (sentences >= minSentencesForOrderTest && orderTestSays) {
    return { mode: 'comparable', reason: `sentences shared in no particular order (${test}; ${anchors}): two articles` };
  }
  if (bestOut && crossing && share >= crossingBestMatchesReversedShare) {
    return { mode: 'comparable', reason: `sentences shared in no particular order (${best}; ${anchors}; ${test}): two articles` };
  }
  if (bestOut) return { mode: 'parallel', reason: `in doubt (${best}, but ${test}): aligned as a translation`, inDoubt: true };
  if (confidentOut) {
    const confident = `${confidentBestOutOfOrder} of ${confidentBestMatches} confident sentence pairs that are each other's best match out of the order of the rest, resting on repeated names or figures`;
    return { mode: 'parallel', reason: `in doubt (${confident}, but ${test}): aligned as a translation`, inDoubt: true };
  }
  if (sentences < minSentencesForOrderTest) {
    return { mode: 'parallel', reason: `too few sentences (${sentences}) to tell two articles from a translation: aligned as a translation`, inDoubt: true };
  }
  if (share >= doubtReversedShare) return { mode: 'parallel', reason: `in doubt (${test}; ${anchors}): aligned as a translation`, inDoubt: true };
  return { mode: 'parallel', reason: `sentences shared in order (${test}; ${anchors}): a translation` };
}

/**
 * The order test: the confidence (times sentences) a monotone path collects per taking-part sentence
 * through the documents as they are, and through B read backwards.
 */
function orderTest(model: CostModel, firstLinks: readonly Link[], options: ResolvedAlignOptions, scratch: SearchScratch): { forward: number; reversed: number } {
  const takingPart = countTakingPart(model.classA) + countTakingPart(model.classB);
  const reversed = reverseB(model);
  const sum = (links: readonly Link[]) => links.reduce((total, link) => total + link.score * (link.a.length + link.b.length), 0);
  const long = Math.max(model.classA.length, model.classB.length) > longDocumentSentences;
  const beads = long ? options.beads.filter(([k, l]) => k <= 1 && l <= 1) : firstPassBeads(options.beads);
  const path = alignParallel(reversed, beads.some(([k, l]) => k === 1 && l === 1) ? beads : firstPassBeads(options.beads), options.bandWidth, undefined, scratch);
  return { forward: sum(firstLinks) / takingPart, reversed: sum(pathToLinks(reversed, path, 0)) / takingPart };
}

/** Best matches and how many of them stand outside the longest chain of them in order. */
export interface MatchOrder {
  matches: number;
  outOfOrder: number;
  /** Of those out of order, how many identify their pair (see {@link minIdentifyingOutOfOrder}). */
  outOfOrderIdentifying: number;
}

/**
 * The sentence pairs that are each other's best match by the Dice overlap of their features, and how
 * many of them stand outside the longest chain in order: all of them, those whose 1-1 bead has
 * confidence ≥ {@link confidentBestMatchMinScore} (chained among themselves) and those of
 * ≥ {@link fairBestMatchMinScore}. A translation keeps its best matches in order; two articles that tell
 * one event in their own order do not, even when short. Quadratic, so only for documents up to
 * {@link maxBestMatchCells} sentence pairs (longer ones have enough confident anchors for the order test).
 */
export function bestMatchOrder(model: CostModel): MatchOrder & { confident: MatchOrder; fair: MatchOrder } {
  const { a, b, coarse } = model.features;
  const n = a.features.length;
  const m = b.features.length;
  const none = { matches: 0, outOfOrder: 0, outOfOrderIdentifying: 0 };
  if (n * m > maxBestMatchCells) return { ...none, confident: none, fair: none };
  // Coarse features (sound prefixes) make chance best matches between unrelated sentences.
  const weights = model.features.weights.map((weight, id) => (coarse[id] ? 0 : weight));
  const bestOfA = new Int32Array(n).fill(-1);
  const bestOfB = new Int32Array(m).fill(-1);
  const overlapOfA = new Float64Array(n);
  const overlapOfB = new Float64Array(m);
  for (let x = 0; x < n; x++) {
    if (model.classA[x] === excludedClass) continue;
    for (let y = 0; y < m; y++) {
      const total = a.weightTotals[x]! + b.weightTotals[y]!;
      if (model.classB[y] === excludedClass || total <= 0) continue;
      const overlap = (2 * sharedWeight(a.features[x]!, b.features[y]!, weights)) / total;
      if (overlap > overlapOfA[x]!) {
        overlapOfA[x] = overlap;
        bestOfA[x] = y;
      }
      if (overlap > overlapOfB[y]!) {
        overlapOfB[y] = overlap;
        bestOfB[y] = x;
      }
    }
  }
  const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, model.features.weights);
  // Weight 1 on the features found in one sentence of each document (see `findUniqueMatches`).
  const unique = new Float64Array(weights.length);
  for (const id of model.features.uniqueInBoth) unique[id] = 1;
  const points: BestMatch[] = [];
  for (let x = 0; x < n; x++) {
    const y = bestOfA[x]!;
    if (y < 0 || bestOfB[y] !== x) continue;
    const identifying = sharedWeight(a.features[x]!, b.features[y]!, unique) > 0;
    points.push({ a: x, b: y, count: 1, score: beadConfidence(beadEvidence(model, x, 1, y, 1, shared)), identifying });
  }
  const order = (minScore: number): MatchOrder => {
    const kept = points.filter((point) => point.score >= minScore);
    const chain = new Set(monotoneChainPreferring(kept, (point) => point.identifying));
    const out = kept.filter((point) => !chain.has(point));
    return { matches: kept.length, outOfOrder: out.length, outOfOrderIdentifying: out.filter((point) => point.identifying).length };
  };
  return { ...order(0), confident: order(confidentBestMatchMinScore), fair: order(fairBestMatchMinScore) };
}

type BestMatch = AnchorPoint & { score: number; identifying: boolean };


/** B's sentences in reverse order (features, lengths, classes), for the order test. */
function reverseB(model: CostModel): CostModel {
  const b = model.features.b;
  const flip = <T extends { slice(): T; reverse(): T }>(values: T) => values.slice().reverse();
  return {
    ...model,
    classB: flip(model.classB),
    features: {
      ...model.features,
      b: {
        lengths: flip(b.lengths),
        unsharedFacts: flip(b.unsharedFacts),
        unsharedWeights: flip(b.unsharedWeights),
        features: [...b.features].reverse(),
        weightTotals: flip(b.weightTotals),
        anchors: [...b.anchors].reverse(),
        words: [...b.words].reverse(),
        skipFactors: flip(b.skipFactors),
        introducesNext: flip(b.introducesNext),
        ...(b.headlines ? { headlines: flip(b.headlines) } : {}),
      },
    },
  };
}

export function countTakingPart(classes: Uint8Array): number {
  let count = 0;
  for (const cls of classes) if (cls !== excludedClass) count++;
  return count;
}
