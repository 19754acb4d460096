/**
 * What the cost function knows about each sentence: its length and a sorted set of feature ids
 * (anchors, weekdays, numbers, capitalised tokens, cognate prefixes, punctuation, and the shapes of `shapes.ts`),
 * each with a rarity weight.
 *
 * Features only count when they occur in both documents: a word of one language that never appears in
 * the other tells nothing about which sentences correspond, so it neither helps nor hurts.
 *
 * @module
 */
import type { Anchor, SegmentedDocument } from '../types.js';
import { type DominantScript, dominantScriptOf, nameSimilarity, sameNameSimilarity } from './deps.js';
import type { CompiledLexicon } from './lexicon.js';
import type { FeatureWeights } from './options.js';
import { type DocumentFeatureCache, type InternedDocument, internDocument, sentenceLayout, type SentenceLayout, sortedUnique } from './sentence-features.js';


/** Features of one document's sentences. */
export interface DocumentFeatures {
  /** Length of each sentence in UTF-16 code units, whitespace excluded. */
  lengths: Float64Array;
  /** Feature ids of each sentence, sorted, unique. */
  features: Int32Array[];
  /** Sum of the weights of each sentence's features. */
  weightTotals: Float64Array;
  /** Anchors of each sentence (from the analyse step; empty where none were given or it takes no part). */
  anchors: readonly Anchor[][];
  /** Word ids of each sentence (folded words and digit strings), sorted, unique; for learning translations. */
  words: Int32Array[];
  /** Factor of the skip penalty for leaving each sentence unaligned (1, or less for debris; see `fragments.ts`). */
  skipFactors: Float64Array;
  /** 1 for a sentence that ends with a colon: it introduces the next one (see `AlignPenalties.colonBoundary`). */
  introducesNext: Uint8Array;
  /** Sentence ends inside each sentence (see {@link innerSentenceEnds}); absent means none. */
  innerEnds?: Uint8Array;
  /** 1 for a body sentence alone on its line that reads as a heading (see {@link headlines}); absent means none. */
  headlines?: Uint8Array;
  /**
   * Per sentence, the kinds of fact (bits as in `PairFeatures.factKinds`) it states that the other
   * document never states: a country, a figure, a name put where the other version has its own.
   */
  unsharedFacts: Uint8Array;
  /**
   * Per sentence, the weight its figures, dates and countries that the other document never states would
   * have if it stated each once: what a passenger brings that nothing in the other version matches.
   */
  unsharedWeights: Float64Array;
}

/** Features of both documents of a pair, sharing one feature vocabulary. */
export interface PairFeatures {
  a: DocumentFeatures;
  b: DocumentFeatures;
  /** Weight of each feature id (0 when it occurs in only one document). */
  weights: Float64Array;
  /**
   * 1 for feature ids that point at one particular thing (a number, a date or other anchor, a name, a
   * capitalised word), 0 for word-class evidence (cognate prefixes, punctuation, learned words).
   */
  specific: Uint8Array;
  /** 1 for feature ids too coarse to pin a sentence pair by themselves (sound prefixes, dictionary concepts, punctuation). */
  coarse: Uint8Array;
  /**
   * The kind of fact each feature id states, as one bit of {@link factKind}; 0 for none (words,
   * prefixes, punctuation). Ids added later (cognates, learned words) lie past its end and state none.
   */
  factKinds: Uint8Array;
  /** Ids of features that occur exactly once in each document (candidate confident anchors). */
  uniqueInBoth: Int32Array;
  /** Number of distinct words (ids in `words` are below it). */
  wordCount: number;
  /**
   * With a dictionary: the smaller of the two documents' shares of sentences (of those taking part) that
   * hold a dictionary concept the other document holds too (see {@link lexiconCoverage}).
   */
  lexiconCoverage?: number;
}


/** Kinds of fact a feature may state, one bit each (see `PairFeatures.factKinds`). */
export const factKind = { name: 1, digits: 2, country: 4, date: 8, number: 16, ordinal: 32, otherAnchor: 64 } as const;

/**
 * Kinds of fact that every language's reader finds alike (figures, dates, countries; names are read less
 * evenly across scripts): stated in one document only, they mark a sentence the other version lacks.
 */
export const passengerFactKinds = factKind.digits | factKind.number | factKind.date | factKind.country;

/**
 * The kinds of fact (bits of {@link factKind}) that a sentence of one side states and the other document
 * states too: those of its features that count (the ones `DocumentFeatures.unsharedFacts` leaves out).
 */
export function sharedFactKinds(pair: PairFeatures, side: DocumentFeatures, index: number): number {
  let kinds = 0;
  for (const id of side.features[index]!) kinds |= pair.factKinds[id] ?? 0;
  return kinds;
}

/** The kind of fact a feature states ({@link factKind}), 0 for none. */
function factKindOf(feature: string): number {
  if (feature[0] === 'e') return factKind.name;
  if (feature[0] === 'n') return factKind.digits;
  if (feature[0] !== 'a') return 0;
  const anchorKinds: Record<string, number> = { c: factKind.country, d: factKind.date, n: factKind.number, o: factKind.ordinal };
  return anchorKinds[feature[1]!] ?? factKind.otherAnchor;
}

function kindWeight(feature: string, weights: FeatureWeights): number {
  switch (feature[0]) {
    case 'n':
      return weights.number;
    case 'a':
      return weights.anchor;
    case 'w':
      return weights.weekday;
    case 'e':
      return weights.entity;
    case 'c':
      return weights.capitalised;
    case 'p':
      return weights.cognatePrefix;
    case 's':
      return weights.soundPrefix;
    case 'f':
      return weights.figureShape;
    case 'x':
      return weights.lexicon;
    default:
      return weights.punctuation;
  }
}

/** Options of {@link extractPairFeatures}. */
export interface FeatureOptions {
  weights: FeatureWeights;
  /**
   * Anchors of each sentence of A and of B, as the analyse step gives them (`analyse`); without them
   * only the aligner's own features count.
   */
  anchors?: { a: readonly Anchor[][]; b: readonly Anchor[][] } | undefined;
  /** Word pairs of a dictionary, if the user gave one. */
  lexicon?: CompiledLexicon | undefined;
  /** Sentences that take part (others get no features); default all. */
  include?: (side: 'a' | 'b', sentenceIndex: number) => boolean;
  /**
   * Per-document work shared by the pairs of one call (used when no anchors are given and its lexicon
   * is this one); `include` must then read only each sentence's own document.
   */
  cache?: DocumentFeatureCache | undefined;
}

/**
 * Extracts and weights the features of both documents. Runs in time linear in the text (plus a
 * bounded cross-product of distinct entity keys, to unify near-identical names).
 */
export function extractPairFeatures(docA: SegmentedDocument, docB: SegmentedDocument, options: FeatureOptions): PairFeatures {
  // Sound prefixes only where the scripts differ: within one script the cognate prefixes see the same
  // words, and the coarser sound classes only add chance matches (Text+Berg de–fr lost 0.03 F1 with them).
  const soundPrefixes = dominantScript(docA) !== dominantScript(docB);
  const rawA = internedSide(docA, 'a', options, soundPrefixes);
  const rawB = internedSide(docB, 'b', options, soundPrefixes);
  const { vocabulary, globalOfLocal } = pairVocabulary(rawA, rawB);
  const { ids: wordsB, count: wordCount } = mergedWords(rawA.wordVocabulary, rawB);
  const wordsA = rawA.words;
  const idsA = rawA.ids;
  const idsB = rawB.ids.map((local) => renumber(local, globalOfLocal));
  const { kinds, weights, specific, coarse, unique, factKinds, unsharedWeight } = weighFeatures(vocabulary, idsA, idsB, options.weights);
  const isConcept = (id: number) => kinds[id]![0] === 'x' && weights[id]! > 0;
  return {
    ...(options.lexicon ? { lexiconCoverage: Math.min(conceptShare(idsA, isConcept), conceptShare(idsB, isConcept)) } : {}),
    a: finish(idsA, rawA, wordsA, options.cache?.layout(docA) ?? sentenceLayout(docA), weights, factKinds, unsharedWeight),
    b: finish(idsB, rawB, wordsB, options.cache?.layout(docB) ?? sentenceLayout(docB), weights, factKinds, unsharedWeight),
    weights,
    specific,
    coarse,
    factKinds,
    uniqueInBoth: Int32Array.from(unique),
    wordCount,
  };
}

/**
 * The pair's feature vocabulary, and the pair's id of each of B's own ids. Ids are numbered as if both
 * documents were interned whole, A then B: A's own ids stand, B's are renumbered after its entity keys
 * are unified with A's.
 */
function pairVocabulary(rawA: InternedDocument, rawB: InternedDocument): { vocabulary: Map<string, number>; globalOfLocal: Int32Array } {
  const vocabulary = new Map(rawA.vocabulary);
  const replacement = entityReplacements(distinctEntityKeys(vocabulary), distinctEntityKeys(rawB.vocabulary));
  const globalOfLocal = new Int32Array(rawB.vocabulary.size);
  for (const [feature, local] of rawB.vocabulary) {
    const unified = replacement?.get(feature) ?? feature;
    let id = vocabulary.get(unified);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(unified, id);
    }
    globalOfLocal[local] = id;
  }
  return { vocabulary, globalOfLocal };
}

/** What {@link weighFeatures} reads of each feature of the pair, by id (see {@link PairFeatures}). */
interface FeatureWeighting {
  /** Each feature's key, its kind the first character. */
  kinds: string[];
  weights: Float64Array;
  specific: Uint8Array;
  coarse: Uint8Array;
  /** Ids in one sentence of each side and not coarse, in id order (`PairFeatures.uniqueInBoth`). */
  unique: number[];
  factKinds: Uint8Array;
  unsharedWeight: Float64Array;
}

/**
 * Weighs each feature of the pair by its kind and by how few sentences of the two sides hold it, and
 * marks the ones that are specific, coarse or unique to one sentence a side.
 */
function weighFeatures(vocabulary: ReadonlyMap<string, number>, idsA: readonly Int32Array[], idsB: readonly Int32Array[], kindWeights: FeatureWeights): FeatureWeighting {
  const size = vocabulary.size;
  const dfA = new Int32Array(size);
  const dfB = new Int32Array(size);
  for (const ids of idsA) for (const id of ids) dfA[id]!++;
  for (const ids of idsB) for (const id of ids) dfB[id]!++;
  const kinds = new Array<string>(size);
  for (const [feature, id] of vocabulary) kinds[id] = feature;
  const weights = new Float64Array(size);
  const specific = new Uint8Array(size);
  const coarse = new Uint8Array(size);
  const total = idsA.length + idsB.length + 1;
  const unique: number[] = [];
  const factKinds = new Uint8Array(size);
  const unsharedWeight = new Float64Array(size);
  for (let id = 0; id < size; id++) {
    factKinds[id] = factKindOf(kinds[id]!);
    const inA = dfA[id]!;
    const inB = dfB[id]!;
    if (inA === 0 || inB === 0) {
      if (factKinds[id]! & passengerFactKinds) unsharedWeight[id] = kindWeight(kinds[id]!, kindWeights) * Math.log(1 + total / 2);
      continue;
    }
    // A dictionary concept in many of a document's sentences is a function word's: it tells no sentence
    // from another, and its many senses add up in every pair.
    if (kinds[id]![0] === 'x' && Math.max(inA - conceptSentenceCap(idsA.length), inB - conceptSentenceCap(idsB.length)) > 0) continue;
    weights[id] = kindWeight(kinds[id]!, kindWeights) * Math.log(1 + total / (inA + inB));
    if ('nace'.includes(kinds[id]![0]!)) specific[id] = 1;
    // Sound prefixes, dictionary concepts, punctuation and figure shapes are too coarse to pin a sentence
    // pair by themselves (many words share a sound; a dictionary joins a word to all its senses'
    // translations; two quotations in a document match each other's marks; many figures share a shape).
    if ('sxqf'.includes(kinds[id]![0]!)) coarse[id] = 1;
    if (inA === 1 && inB === 1 && coarse[id] === 0) unique.push(id);
  }
  return { kinds, weights, specific, coarse, unique, factKinds, unsharedWeight };
}

const noAnchors: readonly Anchor[][] = [];

/** One side's sentences interned on their own (from the cache when it applies). */
function internedSide(doc: SegmentedDocument, side: 'a' | 'b', options: FeatureOptions, soundPrefixes: boolean): InternedDocument {
  const include = options.include;
  const takesPart = include ? (index: number) => include(side, index) : undefined;
  const anchors = options.anchors?.[side];
  if (anchors === undefined && options.cache && options.cache.lexicon === options.lexicon) {
    return options.cache.internedWithoutAnchors(doc, soundPrefixes, takesPart);
  }
  return internDocument(doc, { anchors: anchors ?? noAnchors, soundPrefixes, lexicon: options.lexicon, takesPart });
}

/**
 * B's words in the pair's word numbering (A's words keep their ids, B's new ones follow in the order
 * B first meets them), and how many words the pair has.
 */
function mergedWords(vocabularyA: ReadonlyMap<string, number>, b: InternedDocument): { ids: Int32Array[]; count: number } {
  let count = vocabularyA.size;
  const pairOfLocal = new Int32Array(b.wordVocabulary.size);
  for (const [word, local] of b.wordVocabulary) pairOfLocal[local] = vocabularyA.get(word) ?? count++;
  return { ids: b.words.map((local) => renumber(local, pairOfLocal)), count };
}

/** Share of the sentences with any feature that hold a dictionary concept shared by both documents. */
function conceptShare(ids: readonly Int32Array[], isConcept: (id: number) => boolean): number {
  let taking = 0;
  let holding = 0;
  for (const list of ids) {
    if (list.length === 0) continue;
    taking++;
    if (list.some(isConcept)) holding++;
  }
  return taking > 0 ? holding / taking : 0;
}

/**
 * A dictionary covers a pair of documents when at least this share of each one's sentences holds a concept
 * the other shares; below it the pair keeps the penalties it has without one (its words are no evidence).
 * NTREX dev 1–31, FreeDict: a document pair of the six language pairs with a dictionary covers 0.64–1 of
 * its sentences (median 0.88–1), one with Ukrainian (none in Debian) 0–0.19 under the five languages' lexicon.
 */
export const minLexiconCoverage = 0.4;
/**
 * Dictionary concepts found in more than this share of either document's sentences are left out.
 * Chosen on NTREX dev 1–31 with FreeDict (strict F1 of the six pairs with a dictionary 0.892 → 0.897;
 * 0.3 gave 0.896, 0.5 0.891).
 */
const maxConceptShare = 0.2;
/** ... but never below this many sentences (in a short document a few sentences are a large share). */
const minConceptCap = 3;
const conceptSentenceCap = (sentences: number) => Math.max(minConceptCap, maxConceptShare * sentences);


/** The script most of a document's first letters are in (see {@link dominantScriptOf}). */
export function dominantScript(doc: SegmentedDocument): DominantScript {
  return dominantScriptOf(doc.sentences);
}

/** Above this many pairs of distinct entity keys, near-identical names are not unified (it stays linear). */
const maxEntityKeyPairs = 250_000;

/** Entity keys of B that are close to a key of A (by `nameSimilarity`), each with the key of A it takes. */
function entityReplacements(keysA: readonly string[], keysB: readonly string[]): Map<string, string> | undefined {
  if (keysA.length === 0 || keysB.length === 0 || keysA.length * keysB.length > maxEntityKeyPairs) return undefined;
  const setA = new Set(keysA);
  const replacement = new Map<string, string>();
  for (const keyB of keysB) {
    if (setA.has(keyB)) continue;
    let best = '';
    let bestSimilarity = sameNameSimilarity;
    for (const keyA of keysA) {
      const similarity = nameSimilarity(keyA.slice(1), keyB.slice(1));
      if (similarity > bestSimilarity) {
        best = keyA;
        bestSimilarity = similarity;
      }
    }
    if (best) replacement.set(keyB, best);
  }
  return replacement.size === 0 ? undefined : replacement;
}

/** Entity keys of a vocabulary, in the order they were first met. */
function distinctEntityKeys(vocabulary: ReadonlyMap<string, number>): string[] {
  const keys: string[] = [];
  for (const feature of vocabulary.keys()) if (feature[0] === 'e' && feature.length > 2) keys.push(feature);
  return keys;
}

/** Local ids in the shared numbering: sorted and unique (two local keys may share one id after unifying). */
function renumber(local: Int32Array, globalOfLocal: Int32Array): Int32Array {
  const ids = new Int32Array(local.length);
  for (let i = 0; i < local.length; i++) ids[i] = globalOfLocal[local[i]!]!;
  return sortedUnique(ids);
}

function finish(
  ids: Int32Array[],
  raw: InternedDocument,
  words: Int32Array[],
  layout: SentenceLayout,
  weights: Float64Array,
  factKinds: Uint8Array,
  unsharedWeight: Float64Array,
): DocumentFeatures {
  const weightTotals = new Float64Array(ids.length);
  const unsharedFacts = new Uint8Array(ids.length);
  const unsharedWeights = new Float64Array(ids.length);
  const kept = ids.map((list, index) => {
    let sum = 0;
    let useful = 0;
    for (let i = 0; i < list.length; i++) {
      const weight = weights[list[i]!]!;
      if (weight > 0) {
        sum += weight;
        useful++;
      } else {
        unsharedFacts[index]! |= factKinds[list[i]!]!;
        unsharedWeights[index]! += unsharedWeight[list[i]!]!;
      }
    }
    weightTotals[index] = sum;
    if (useful === list.length) return list;
    // Only features of both documents count; the list is new only when some go.
    const weighted = new Int32Array(useful);
    useful = 0;
    for (let i = 0; i < list.length; i++) if (weights[list[i]!]! > 0) weighted[useful++] = list[i]!;
    return weighted;
  });
  return {
    lengths: raw.lengths,
    features: kept,
    weightTotals,
    anchors: raw.anchors,
    words,
    skipFactors: layout.skipFactors,
    introducesNext: layout.introducesNext,
    innerEnds: layout.innerEnds,
    headlines: layout.headlines,
    unsharedFacts,
    unsharedWeights,
  };
}


/** Sum of the weights of the features two sentences share (merge of two sorted id lists). */
export function sharedWeight(x: Int32Array, y: Int32Array, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.length && j < y.length) {
    const u = x[i]!;
    const v = y[j]!;
    if (u === v) {
      sum += weights[u]!;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return sum;
}
