/**
 * Fuzzy cognates for comparable mode and the last parallel search across scripts: words of the two documents whose consonant skeletons nearly agree
 * (`парламент` / `parlement` / `البرلمان`, `історичний` / `historisch`, `Гарлем` / `Harlem`), across
 * Latin, Cyrillic and Arabic script. The aligner's own features only meet words that begin alike
 * (`cognatePrefix`, `soundPrefix`), so a sentence without numbers or names often shares nothing with its
 * translation; loanwords and transliterated names are in most news sentences.
 *
 * Each skeleton of A that a word of B matches becomes a feature of the sentences of both documents that
 * hold the matching words, weighted by rarity like the others.
 *
 * @module
 */
import type { SegmentedDocument } from '../types.js';
import { keyConsonants, wordKeyPart } from './deps.js';
import type { PairFeatures } from './features.js';
import { soundClassMerges } from './shapes.js';

/** Consonants a skeleton needs to take part (two consonants match too many unrelated words). */
const minConsonants = 4;
/**
 * Dice coefficient of consonant bigrams two skeletons must reach: `KSTRS` / `STRSN` (historisch /
 * історичний) share 3 of 4 bigrams each (0.75); a three-consonant skeleton must match exactly.
 */
const minBigramDice = 0.8;
/** Skeletons sharing a signature longer than this list (per side) are not compared: stays linear. */
const maxSignaturePosting = 40;
/** A fuzzy feature in more than this share of a document's sentences is a function word's. */
const maxSentenceShare = 0.2;
const minSentenceCap = 3;
/** Weight of a fuzzy cognate relative to the other features (times rarity); below a cognate prefix's 1. */
export const fuzzyCognateWeight = 0.5;

const wordPattern = /[\p{L}\p{M}]{3,40}/gu;

/** The consonant skeleton of a word (`Harlem` → `KRLM`), or '' when it has too few consonants. */
export function consonantSkeleton(word: string, lang: string): string {
  let out = '';
  for (const unit of keyConsonants(wordKeyPart(word, lang), soundClassMerges)) if (out[out.length - 1] !== unit) out += unit;
  return out.length >= minConsonants ? out : '';
}

/** Dice coefficient of the consonant bigrams of two skeletons (1 for equal ones). */
export function skeletonSimilarity(u: string, v: string): number {
  if (u === v) return 1;
  if (u.length < 2 || v.length < 2) return 0;
  const bigrams = new Map<string, number>();
  for (let i = 0; i + 1 < u.length; i++) {
    const gram = u.slice(i, i + 2);
    bigrams.set(gram, (bigrams.get(gram) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i + 1 < v.length; i++) {
    const gram = v.slice(i, i + 2);
    const left = bigrams.get(gram) ?? 0;
    if (left > 0) {
      common++;
      bigrams.set(gram, left - 1);
    }
  }
  return (2 * common) / (u.length - 1 + v.length - 1);
}

/** Skeletons of each sentence (sorted, unique), or none for sentences that take no part. */
function sentenceSkeletons(doc: SegmentedDocument, takesPart: (index: number) => boolean): string[][] {
  return doc.sentences.map((sentence, index) => {
    if (!takesPart(index)) return [];
    const found = new Set<string>();
    for (const match of sentence.text.matchAll(wordPattern)) {
      const skeleton = consonantSkeleton(match[0], doc.lang);
      if (skeleton !== '') found.add(skeleton);
    }
    return [...found];
  });
}

/** Where a skeleton is looked up: its first three consonants and the three after its first. */
function signatures(skeleton: string): string[] {
  return skeleton.length > minConsonants ? [skeleton.slice(0, 3), skeleton.slice(1, 4)] : [skeleton.slice(0, 3)];
}

/**
 * Pairs each skeleton of B with the skeleton(s) of A it matches best (at least {@link minBigramDice}).
 * Returns, for each skeleton of B, the skeletons of A it stands for.
 */
export function matchSkeletons(skeletonsA: Iterable<string>, skeletonsB: Iterable<string>): Map<string, string[]> {
  const bySignature = new Map<string, string[]>();
  for (const u of new Set(skeletonsA)) {
    for (const signature of signatures(u)) {
      let list = bySignature.get(signature);
      if (!list) bySignature.set(signature, (list = []));
      if (list.length <= maxSignaturePosting) list.push(u);
    }
  }
  const matches = new Map<string, string[]>();
  for (const v of new Set(skeletonsB)) {
    let best = minBigramDice;
    let chosen: string[] = [];
    for (const signature of signatures(v)) {
      const list = bySignature.get(signature);
      if (!list || list.length > maxSignaturePosting) continue;
      for (const u of list) {
        const similarity = skeletonSimilarity(u, v);
        if (similarity > best) {
          best = similarity;
          chosen = [u];
        } else if (similarity === best && !chosen.includes(u)) chosen.push(u);
      }
    }
    if (chosen.length > 0) matches.set(v, chosen);
  }
  return matches;
}

/**
 * Adds fuzzy cognates (see the module comment) to the features of a pair and returns the extended
 * features; the input is left unchanged. `takesPart` says which sentences of each side take part.
 */
export function addFuzzyCognates(
  features: PairFeatures,
  docA: SegmentedDocument,
  docB: SegmentedDocument,
  takesPart: (side: 'a' | 'b', index: number) => boolean,
  weight = fuzzyCognateWeight,
): PairFeatures {
  const skeletonsA = sentenceSkeletons(docA, (index) => takesPart('a', index));
  const skeletonsB = sentenceSkeletons(docB, (index) => takesPart('b', index));
  const matches = matchSkeletons(skeletonsA.flat(), skeletonsB.flat());
  if (matches.size === 0) return features;
  const idOf = new Map<string, number>();
  for (const list of matches.values()) for (const u of list) if (!idOf.has(u)) idOf.set(u, features.weights.length + idOf.size);
  const extraA = skeletonsA.map((list) => list.map((u) => idOf.get(u)).filter((id): id is number => id !== undefined));
  const extraB = skeletonsB.map((list) => [...new Set(list.flatMap((v) => (matches.get(v) ?? []).map((u) => idOf.get(u)!)))]);
  const size = features.weights.length + idOf.size;
  const dfA = new Int32Array(size);
  const dfB = new Int32Array(size);
  for (const list of extraA) for (const id of list) dfA[id]!++;
  for (const list of extraB) for (const id of list) dfB[id]!++;
  const weights = new Float64Array(size);
  weights.set(features.weights);
  const total = extraA.length + extraB.length + 1;
  const capA = Math.max(minSentenceCap, maxSentenceShare * extraA.length);
  const capB = Math.max(minSentenceCap, maxSentenceShare * extraB.length);
  for (let id = features.weights.length; id < size; id++) {
    if (dfA[id]! === 0 || dfB[id]! === 0 || dfA[id]! > capA || dfB[id]! > capB) continue;
    weights[id] = weight * Math.log(1 + total / (dfA[id]! + dfB[id]!));
  }
  const extend = (ids: Int32Array[], extra: number[][]) =>
    ids.map((list, index) => {
      const added = extra[index]!.filter((id) => weights[id]! > 0);
      return added.length === 0 ? list : Int32Array.from([...list, ...added]).sort();
    });
  const idsA = extend(features.a.features, extraA);
  const idsB = extend(features.b.features, extraB);
  const totals = (ids: Int32Array[]) => Float64Array.from(ids, (list) => list.reduce((sum, id) => sum + weights[id]!, 0));
  const grow = (old: Uint8Array) => {
    const out = new Uint8Array(size);
    out.set(old);
    return out;
  };
  return {
    ...features,
    a: { ...features.a, features: idsA, weightTotals: totals(idsA) },
    b: { ...features.b, features: idsB, weightTotals: totals(idsB) },
    weights,
    specific: grow(features.specific),
    coarse: grow(features.coarse),
  };
}
