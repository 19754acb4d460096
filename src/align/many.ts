/**
 * `alignMany`: N versions of a story into clusters of sentences that say the same thing.
 *
 * Every pair of documents is aligned (mode `auto` unless given; a pair `auto` could not judge is
 * settled through a third version, see {@link settleDoubtThroughOthers}); the links become edges between
 * sentences, and edges are merged strongest first into connected components, refusing a merge that
 * would give a cluster sentences from far apart in one document (a cluster holds, per document, a
 * run of at most {@link maxSpanPerDocument} + 1 neighbouring sentences) or sentences of two
 * translations that their own alignment confidently linked elsewhere. The versions teach each other: a
 * weak link that other versions confirm (x–y and y–z beside x–z) counts as a stronger one, so a
 * cluster is completed across a weak pair. Between separate articles only one-to-one links count (a
 * wider bead is cut to its strongest sentence pair).
 *
 * @module
 */
import type { Alignment, Cluster, DocumentInput, Link, SegmentedDocument } from '../types.js';
import { alignPair, type PairAlignment } from './align.js';
import { clusterPairs } from './cluster.js';
import { completeThroughOthers } from './complete.js';
import { resolveDocument } from './document.js';
import { type AlignOptions, describe, type ResolvedAlignOptions, resolveAlignOptions } from './options.js';
import { SearchScratch } from './search.js';
import { DocumentFeatureCache } from './sentence-features.js';

/** What {@link alignMany} returns. */
export interface ManyAlignment {
  documents: SegmentedDocument[];
  clusters: Cluster[];
}

/**
 * Aligns N versions and groups their sentences into clusters that report the same thing.
 * Clusters span at least two documents, are sorted by their first sentence, and each sentence is in
 * at most one cluster.
 *
 * @param docs Two or more documents (fewer give no clusters).
 * @throws {TypeError} when `docs` is not an array of documents, naming the bad element.
 * @throws {RangeError} when an option is out of range.
 */
export function alignMany(docs: readonly DocumentInput[], options?: AlignOptions): ManyAlignment {
  if (!Array.isArray(docs)) throw new TypeError(`docs must be an array of documents, got ${describe(docs)}`);
  const resolved = resolveAlignOptions(options);
  const documents = docs.map((doc, index) => resolveDocument(doc, `docs[${index}]`));
  const pairs = alignPairsResolved(documents, resolved);
  return { documents, clusters: clusterPairs(documents, pairs, { minScore: resolved.minScore }) };
}

/** One pair of documents aligned: `first` and `second` index the documents that are sides A and B. */
export interface AlignedPair {
  first: number;
  second: number;
  /** What `align(documents[first], documents[second], options)` returns. */
  alignment: Alignment;
  /** The links clusters are built from (see {@link PairAlignment.oneToOneLinks}). */
  oneToOneLinks: readonly Link[];
  /**
   * Between separate articles: for links whose sentences match another sentence nearly as well, the
   * lower, rival-discounted confidence clusters merge them by (a link reports its own evidence). A
   * merge is transitive: when articles repeat the same names, such a link glues whole clusters wrongly.
   */
  mergeScores?: ReadonlyMap<Link, number>;
}

/**
 * Aligns every unordered pair of documents once (`first` < `second`), keeping both the alignment
 * `align` gives and the one-to-one links {@link clusterPairs} needs, so that checking and clustering
 * the same versions share one search per pair.
 *
 * @param documents Segmented documents (as from `toSegmentedDocument`).
 * @throws {TypeError} when `documents` is not an array or an option has the wrong type.
 * @throws {RangeError} when an option is out of range.
 */
export function alignPairs(documents: readonly SegmentedDocument[], options?: AlignOptions): AlignedPair[] {
  if (!Array.isArray(documents)) throw new TypeError(`documents must be an array of documents, got ${describe(documents)}`);
  return alignPairsResolved(
    documents.map((doc, index) => resolveDocument(doc, `documents[${index}]`)),
    resolveAlignOptions(options),
  );
}

type WorkingPair = AlignedPair & Pick<PairAlignment, 'weak' | 'decision' | 'mergeScores'>;

function alignPairsResolved(documents: readonly SegmentedDocument[], options: ResolvedAlignOptions): AlignedPair[] {
  const pairs: WorkingPair[] = [];
  const total = (documents.length * (documents.length - 1)) / 2;
  // Each document takes part in N - 1 pairs: what its features need of it alone is made once.
  const cache = new DocumentFeatureCache(options.lexicon);
  // The searches of every pair reuse one set of per-cell arrays, dropped when this call returns.
  const scratch = new SearchScratch();
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const { alignment, oneToOneLinks, weak, decision, mergeScores } = alignPair(documents[i]!, documents[j]!, options, cache, scratch);
      pairs.push({ first: i, second: j, alignment, oneToOneLinks, ...(weak ? { weak } : {}), ...(decision ? { decision } : {}), ...(mergeScores ? { mergeScores } : {}) });
      options.onProgress?.(pairs.length, total);
    }
  }
  settleDoubtThroughOthers(documents, pairs, options, cache, scratch);
  // Separate articles: pairs too weak on their own, joined through a third version, become links.
  completeThroughOthers(documents.length, pairs);
  return pairs.map(({ first, second, alignment, oneToOneLinks, mergeScores }) => ({ first, second, alignment, oneToOneLinks, ...(mergeScores ? { mergeScores } : {}) }));
}

/**
 * A pair that `auto` aligned as a translation only for want of evidence (see `ModeDecision.inDoubt`)
 * becomes two articles when a third version is surely a translation of one of its documents and
 * surely another article than the other: a translation of one of two separate articles is separate
 * from the other too. Read from the pairs' own decisions only, so one settled pair settles no other.
 */
function settleDoubtThroughOthers(
  documents: readonly SegmentedDocument[],
  pairs: WorkingPair[],
  options: ResolvedAlignOptions,
  cache: DocumentFeatureCache,
  scratch: SearchScratch,
): void {
  if (options.mode !== 'auto' || documents.length < 3) return;
  const decisionOf = new Map(pairs.map((pair) => [`${pair.first}/${pair.second}`, pair.decision]));
  const decided = (x: number, y: number) => decisionOf.get(x < y ? `${x}/${y}` : `${y}/${x}`);
  const surelyTranslates = (x: number, y: number) => {
    const decision = decided(x, y);
    return decision?.mode === 'parallel' && decision.evidence !== undefined && !decision.inDoubt;
  };
  const twoArticles = (x: number, y: number) => decided(x, y)?.mode === 'comparable';
  const name = (index: number) => `version ${index} (${documents[index]!.lang})`;
  const settled: Array<{ pair: WorkingPair; reason: string }> = [];
  for (const pair of pairs) {
    if (!pair.decision?.inDoubt) continue;
    for (let third = 0; third < documents.length; third++) {
      if (third === pair.first || third === pair.second) continue;
      const [translated, other] = surelyTranslates(pair.first, third) ? [pair.first, pair.second] : [pair.second, pair.first];
      if (!surelyTranslates(translated, third) || !twoArticles(other, third)) continue;
      settled.push({ pair, reason: `two articles: ${name(third)} translates ${name(translated)} and is another article than ${name(other)} (${pair.decision.reason})` });
      break;
    }
  }
  for (const { pair, reason } of settled) {
    const again = alignPair(documents[pair.first]!, documents[pair.second]!, { ...options, mode: 'comparable' }, cache, scratch);
    pair.alignment = { ...again.alignment, modeReason: reason };
    pair.oneToOneLinks = again.oneToOneLinks;
    if (again.weak) pair.weak = again.weak;
    if (again.mergeScores) pair.mergeScores = again.mergeScores;
  }
}
