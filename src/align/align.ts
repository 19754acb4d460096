/**
 * `align`: two versions of a story, sentence by sentence.
 *
 * @module
 */
import type { AlignMode, Alignment, DocumentInput, Link, SegmentedDocument } from '../types.js';
import { findUniqueMatches, monotoneChain } from './band.js';
import { sentenceClasses } from './classes.js';
import { alignComparable } from './comparable.js';
import { beadEvidence, createCostModel, excludedClass, ratioFromLinks, type CostModel } from './cost.js';
import { uncrossBeads } from './crossing.js';
import { learnTranslations } from './learn.js';
import { resolveDocument } from './document.js';
import { extractPairFeatures, sharedWeight } from './features.js';
import { type AlignOptions, type ResolvedAlignOptions, resolveAlignOptions } from './options.js';
import { alignParallel, pathToLinks } from './parallel.js';
import type { PathBead } from './traceback.js';

/** Default confidence threshold of comparable mode. */
export const defaultComparableMinScore = 0.5;
/** Beads of the monotone path kept in comparable mode need at least this confidence. */
const pathLinkMinScore = 0.6;

/**
 * Aligns the sentences of two documents.
 *
 * - `parallel` mode finds the best monotone sequence of beads (1-1, 1-2, 2-1, 2-2, 1-0, 0-1 by
 *   default) by dynamic programming over a band around confident anchor matches, so it runs in
 *   linear time and memory.
 * - `comparable` mode links sentences of two different articles that report the same fact, in any
 *   order, one-to-one, keeping only links with confidence ≥ `minScore`.
 * - `auto` (default) picks parallel when the confident anchor matches keep their order and the beads
 *   of the monotone path are mostly confident (median ≥ 0.6); otherwise comparable.
 *
 * Boilerplate never links; headings, captions and body sentences only link to their own kind.
 * Sentences in no link are unaligned. Links are in order of A; each sentence is used at most once.
 *
 * @param a First document: `{ text, lang }` (segmented here), `{ sentences, lang }` or a SegmentedDocument.
 * @param b Second document, same forms.
 * @throws {TypeError} when `a`, `b` or `options` has the wrong shape.
 * @throws {RangeError} when an option is out of range (such as an unknown `mode`).
 */
export function align(a: DocumentInput, b: DocumentInput, options?: AlignOptions): Alignment {
  const resolved = resolveAlignOptions(options);
  const docA = resolveDocument(a, 'a');
  const docB = resolveDocument(b, 'b');
  return alignDocuments(docA, docB, resolved);
}

/**
 * {@link align} on documents already resolved (used by `alignMany`). With `oneToOne`, a wider bead that
 * comparable mode keeps from the path is cut down to its strongest sentence pair.
 */
export function alignDocuments(
  docA: SegmentedDocument,
  docB: SegmentedDocument,
  options: ResolvedAlignOptions,
  oneToOne = false,
): Alignment {
  const pair = alignPair(docA, docB, options, !oneToOne);
  return oneToOne ? { ...pair.alignment, links: pair.oneToOneLinks } : pair.alignment;
}

/** One search of a pair, read two ways (see {@link alignPair}). */
export interface PairAlignment {
  /** What {@link align} returns. */
  alignment: Alignment;
  /**
   * The links `alignMany` clusters by: the same as `alignment.links`, except in comparable mode, where
   * a wider bead kept from the path is cut down to its strongest sentence pair.
   */
  oneToOneLinks: Link[];
}

/**
 * {@link align} on resolved documents, giving both the alignment and its one-to-one reading from one
 * search (the costly part); only the cheap comparable matching runs twice. With `alignmentOnly`,
 * `oneToOneLinks` is left as `alignment.links`.
 */
export function alignPair(docA: SegmentedDocument, docB: SegmentedDocument, options: ResolvedAlignOptions, alignmentOnly = false): PairAlignment {
  const classA = sentenceClasses(docA);
  const classB = sentenceClasses(docB);
  if (identicalSentences(docA, docB, classA, classB)) {
    // Same text sentence by sentence (the same file twice): the diagonal, with no search.
    const links: Link[] = [];
    classA.forEach((cls, index) => {
      if (cls !== excludedClass) links.push({ a: [index], b: [index], score: 1 });
    });
    const mode = options.mode === 'comparable' ? 'comparable' : 'parallel';
    const alignment: Alignment = { mode, a: docA, b: docB, links };
    if (options.mode === 'auto') alignment.modeReason = 'the two texts are the same, sentence by sentence';
    return { alignment, oneToOneLinks: links };
  }
  const features = extractPairFeatures(docA, docB, {
    weights: options.features,
    gazetteer: options.gazetteer,
    anchors: docA.sentences.length + docB.sentences.length <= options.maxAnchorSentences,
    include: (side, index) => (side === 'a' ? classA[index] : classB[index]) !== excludedClass,
  });
  const model = createCostModel(features, options.penalties, classA, classB, undefined, monotoneChain(findUniqueMatches(features)));
  const { model: refined, links: allLinks } = twoPassParallel(model, options);
  const comparableMin = options.minScore ?? defaultComparableMinScore;
  // Confident beads of the monotone path are real matches in any mode (their confidence is their own
  // evidence); comparable matching then pairs what is left, in any order.
  const keptFromPath = allLinks.filter((link) => link.score >= Math.max(comparableMin, pathLinkMinScore) && everySentenceShares(refined, link));
  const comparable = (): PairAlignment => {
    const alignment: Alignment = { mode: 'comparable', a: docA, b: docB, links: alignComparable(refined, comparableMin, keptFromPath) };
    const oneToOneLinks =
      alignmentOnly || keptFromPath.every((link) => link.a.length === 1 && link.b.length === 1)
        ? alignment.links
        : alignComparable(refined, comparableMin, keptFromPath.map((link) => strongestPair(refined, link)));
    return { alignment, oneToOneLinks };
  };
  const parallel = (): PairAlignment => {
    const links = allLinks.filter((link) => link.score >= (options.minScore ?? 0));
    return { alignment: { mode: 'parallel', a: docA, b: docB, links }, oneToOneLinks: links };
  };
  if (options.mode === 'comparable') return comparable();
  if (options.mode === 'parallel') return parallel();
  const judged = judgeParallel(refined, allLinks);
  const chosen = judged.parallel ? parallel() : comparable();
  chosen.alignment.modeReason = judged.reason;
  return chosen;
}

/**
 * First pass; then learn word translations and the length ratio from its confident links, and search
 * again with them.
 */
function twoPassParallel(model: CostModel, options: ResolvedAlignOptions): { model: CostModel; links: Link[] } {
  // The first, wide search tries only beads of up to two sentences a side; the narrow second one all.
  const small = options.beads.filter(([k, l]) => k <= 2 && l <= 2);
  const firstBeads = small.some(([k, l]) => k > 0 && l > 0) ? small : options.beads;
  const firstPath = alignParallel(model, firstBeads, options.bandWidth);
  const firstLinks = pathToLinks(model, firstPath, 0);
  const finish = (final: CostModel, path: PathBead[]) => pathToLinks(final, uncrossBeads(final, path), 0);
  if (options.features.learned <= 0) return { model, links: finish(model, firstPath) };
  const features = learnTranslations(model.features, firstLinks, options.features.learned);
  const refined = createCostModel(features, model.penalties, model.classA, model.classB, ratioFromLinks(model, firstLinks));
  return { model: refined, links: finish(refined, alignParallel(refined, options.beads, options.bandWidth, firstPath)) };
}

/** Auto mode tests the order of confident anchor matches only when there are at least this many. */
const minMatchesForOrderTest = 4;
/** Below this share of confident anchor matches in one monotone chain, the content is reordered. */
const minInOrderShare = 0.6;
/** The median link confidence along the monotone path from which auto mode calls it a translation. */
const parallelMedianScore = 0.6;

/**
 * A translation shows as (1) confident anchor matches that mostly keep their order and (2) a
 * monotone path along which most taking-part sentences find a confident partner. The reason is a
 * short English phrase for people (`align` prints it, JSON gives it as `modeReason`).
 */
function judgeParallel(model: CostModel, links: ReadonlyArray<{ a: number[]; b: number[]; score: number }>): { parallel: boolean; reason: string } {
  if (countTakingPart(model.classA) === 0 || countTakingPart(model.classB) === 0) {
    return { parallel: true, reason: 'one side has no sentences to align' };
  }
  if (links.length === 0) return { parallel: false, reason: 'no link along the monotone path' };
  // Confident anchor matches that cross each other mean reordered content.
  const matches = findUniqueMatches(model.features);
  if (matches.length >= minMatchesForOrderTest) {
    const inOrder = monotoneChain(matches).length;
    if (inOrder / matches.length < minInOrderShare) {
      return { parallel: false, reason: `only ${inOrder} of ${matches.length} confident anchor matches keep their order, as in reordered content` };
    }
  }
  // Along a translation most beads are confident; forcing a path through two different articles
  // gives mostly weak beads.
  const scores = links.map((link) => link.score).sort((x, y) => x - y);
  const median = scores[Math.floor((scores.length - 1) / 2)]!;
  return median >= parallelMedianScore
    ? { parallel: true, reason: `median link confidence ${median.toFixed(2)} along the monotone path, at least ${parallelMedianScore} as in a translation` }
    : { parallel: false, reason: `median link confidence ${median.toFixed(2)} along the monotone path, below ${parallelMedianScore} as between separate articles` };
}

/** The sentence pair of a link that shares the most weight, with the link's score. */
function strongestPair(model: CostModel, link: Link): Link {
  if (link.a.length === 1 && link.b.length === 1) return link;
  const { a, b, weights } = model.features;
  let best = { x: link.a[0]!, y: link.b[0]!, shared: -1 };
  for (const x of link.a) {
    for (const y of link.b) {
      const shared = sharedWeight(a.features[x]!, b.features[y]!, weights);
      if (shared > best.shared) best = { x, y, shared };
    }
  }
  return { a: [best.x], b: [best.y], score: link.score };
}

/** Whether every sentence of a link shares some feature with the other side (no passenger sentence). */
function everySentenceShares(model: CostModel, link: Link): boolean {
  const { a, b, weights } = model.features;
  const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
  return beadEvidence(model, link.a[0]!, link.a.length, link.b[0]!, link.b.length, shared).weakestSupport > 0;
}

function identicalSentences(docA: SegmentedDocument, docB: SegmentedDocument, classA: Uint8Array, classB: Uint8Array): boolean {
  if (docA.sentences.length !== docB.sentences.length || docA.sentences.length === 0) return false;
  for (let index = 0; index < classA.length; index++) {
    if (classA[index] !== classB[index] || docA.sentences[index]!.text !== docB.sentences[index]!.text) return false;
  }
  return true;
}

function countTakingPart(classes: Uint8Array): number {
  let count = 0;
  for (const cls of classes) if (cls !== excludedClass) count++;
  return count;
}

export type { AlignMode };
