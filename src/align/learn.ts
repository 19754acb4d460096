/**
 * A second pass that learns word translations from the first pass, as hunalign does without a
 * dictionary: words that keep turning up together in confidently aligned sentences (and rarely
 * apart) become a shared feature of every sentence that contains them. Works across scripts
 * (a Dutch name and its Arabic spelling) and for languages with no profile.
 *
 * @module
 */
import type { PairFeatures } from './features.js';

/** At most this many confident links are read, spread over the documents, to keep it linear. */
const maxLinksRead = 2000;
/** Co-occurrences needed before a word pair counts, and the Dice coefficient it must reach. */
const minCooccurrence = 2;
const minDice = 0.45;

/** A link as the learner reads it. */
type Teacher = { a: readonly number[]; b: readonly number[] };

/**
 * Adds learned translation pairs as features (weighted like other features by rarity, times
 * `weight`) and returns the extended features; the input is left unchanged.
 */
export function learnTranslations(
  features: PairFeatures,
  links: ReadonlyArray<{ a: readonly number[]; b: readonly number[]; score: number }>,
  weight: number,
  minScore = 0.6,
): PairFeatures {
  const confident = links.filter((link) => link.score >= minScore);
  if (confident.length < 3 || weight <= 0) return features;
  const step = Math.max(1, confident.length / maxLinksRead);
  const sampled: Teacher[] = [];
  for (let position = 0; position < confident.length; position += step) sampled.push(confident[Math.floor(position)]!);
  const pairs = mutualPairs(features, cooccurrences(features, sampled));
  return pairs.count === 0 ? features : withLearnedPairs(features, pairs, weight);
}

/** How often each word of A and of B occurs in the links read, and each word pair together. */
interface Cooccurrences {
  inA: Int32Array;
  inB: Int32Array;
  /** Word pairs of useful words (key u · wordCount + v) and the links holding both. */
  together: Map<number, number>;
}

/** Counts the words of the sampled links, and the pairs of useful words (see below) that occur together. */
function cooccurrences(features: PairFeatures, sampled: readonly Teacher[]): Cooccurrences {
  const wordCount = features.wordCount;
  const inA = new Int32Array(wordCount);
  const inB = new Int32Array(wordCount);
  const together = new Map<number, number>();
  const seenA = new Set<number>();
  const seenB = new Set<number>();
  const read = sampled.length;
  const wordsOfLink = (link: Teacher) => {
    seenA.clear();
    seenB.clear();
    for (const x of link.a) for (const w of features.a.words[x]!) seenA.add(w);
    for (const y of link.b) for (const w of features.b.words[y]!) seenB.add(w);
  };
  for (const link of sampled) {
    wordsOfLink(link);
    for (const w of seenA) inA[w]!++;
    for (const w of seenB) inB[w]!++;
  }
  // Only words seen at least twice and in at most a quarter of the links can pair up.
  const useful = (count: number) => count >= minCooccurrence && count <= Math.max(2, read * 0.25);
  const candidatesA: number[] = [];
  const candidatesB: number[] = [];
  for (const link of sampled) {
    wordsOfLink(link);
    candidatesA.length = 0;
    candidatesB.length = 0;
    for (const w of seenA) if (useful(inA[w]!)) candidatesA.push(w);
    for (const w of seenB) if (useful(inB[w]!)) candidatesB.push(w);
    for (const u of candidatesA) {
      for (const v of candidatesB) {
        const key = u * wordCount + v;
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  return { inA, inB, together };
}

/** Learned word pairs: a new feature id for each word of A and of B in one. */
interface LearnedPairs {
  pairIdOfA: Map<number, number>;
  pairIdOfB: Map<number, number>;
  /** The first id after the features' own, and how many pairs were learned. */
  firstId: number;
  count: number;
}

/** Each word's best partner by Dice, kept only when the choice is mutual. */
function mutualPairs(features: PairFeatures, { inA, inB, together }: Cooccurrences): LearnedPairs {
  const wordCount = features.wordCount;
  const bestOfA = new Map<number, { partner: number; dice: number }>();
  const bestOfB = new Map<number, { partner: number; dice: number }>();
  for (const [key, count] of together) {
    if (count < minCooccurrence) continue;
    const u = Math.floor(key / wordCount);
    const v = key - u * wordCount;
    const dice = (2 * count) / (inA[u]! + inB[v]!);
    if (dice < minDice) continue;
    if ((bestOfA.get(u)?.dice ?? 0) < dice) bestOfA.set(u, { partner: v, dice });
    if ((bestOfB.get(v)?.dice ?? 0) < dice) bestOfB.set(v, { partner: u, dice });
  }
  const pairIdOfA = new Map<number, number>();
  const pairIdOfB = new Map<number, number>();
  const firstId = features.weights.length;
  let nextId = firstId;
  for (const [u, { partner }] of bestOfA) {
    if (bestOfB.get(partner)?.partner !== u) continue;
    pairIdOfA.set(u, nextId);
    pairIdOfB.set(partner, nextId);
    nextId++;
  }
  return { pairIdOfA, pairIdOfB, firstId, count: nextId - firstId };
}

/** The features with each learned pair added to the sentences holding its words, weighted by rarity times `weight`. */
function withLearnedPairs(features: PairFeatures, { pairIdOfA, pairIdOfB, firstId, count }: LearnedPairs, weight: number): PairFeatures {
  const nextId = firstId + count;
  const extend = (words: Int32Array[], ids: Int32Array[], pairIdOf: Map<number, number>) =>
    ids.map((list, index) => {
      const extra: number[] = [];
      for (const w of words[index]!) {
        const id = pairIdOf.get(w);
        if (id !== undefined) extra.push(id);
      }
      if (extra.length === 0) return list;
      const extended = new Int32Array(list.length + extra.length);
      extended.set(list);
      extended.set(extra, list.length);
      return extended.sort();
    });
  const idsA = extend(features.a.words, features.a.features, pairIdOfA);
  const idsB = extend(features.b.words, features.b.features, pairIdOfB);
  const weights = new Float64Array(nextId);
  weights.set(features.weights);
  const specific = new Uint8Array(nextId);
  specific.set(features.specific);
  const dfA = new Int32Array(nextId);
  const dfB = new Int32Array(nextId);
  for (const list of idsA) for (const id of list) if (id >= firstId) dfA[id]!++;
  for (const list of idsB) for (const id of list) if (id >= firstId) dfB[id]!++;
  const total = idsA.length + idsB.length + 1;
  for (let id = firstId; id < nextId; id++) {
    if (dfA[id]! > 0 && dfB[id]! > 0) weights[id] = weight * Math.log(1 + total / (dfA[id]! + dfB[id]!));
  }
  const totals = (ids: Int32Array[]) => {
    const sums = new Float64Array(ids.length);
    ids.forEach((list, index) => {
      let sum = 0;
      for (const id of list) sum += weights[id]!;
      sums[index] = sum;
    });
    return sums;
  };
  return {
    ...features,
    a: { ...features.a, features: idsA, weightTotals: totals(idsA) },
    b: { ...features.b, features: idsB, weightTotals: totals(idsB) },
    weights,
    specific,
  };
}
