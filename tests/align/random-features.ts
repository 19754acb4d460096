// Document features built straight from random sentences (a length and some feature ids), for the
// property tests of the cost model and the search.
import type { DocumentFeatures, PairFeatures } from '../../src/align/features.js';

/** A generated sentence: its length, the ids of its features, whether it introduces the next one, sentence ends inside it, whether it reads as a headline, and the weight of the figures it states that the other document never does. */
export type RandomSentence = { length: number; features: number[]; introducesNext?: boolean; innerEnds?: number; headline?: boolean; unsharedWeight?: number };

/** The features the cost model reads, for `sentences` under the feature `weights`. */
export function documentFeatures(sentences: readonly RandomSentence[], weights: Float64Array): DocumentFeatures {
  const features = sentences.map((sentence) => Int32Array.from(sentence.features).sort());
  return {
    lengths: Float64Array.from(sentences, (sentence) => sentence.length),
    features,
    weightTotals: Float64Array.from(features, (ids) => ids.reduce((sum, id) => sum + weights[id]!, 0)),
    anchors: sentences.map(() => []),
    words: sentences.map(() => new Int32Array(0)),
    skipFactors: new Float64Array(sentences.length).fill(1),
    introducesNext: Uint8Array.from(sentences, (sentence) => (sentence.introducesNext === true ? 1 : 0)),
    innerEnds: Uint8Array.from(sentences, (sentence) => sentence.innerEnds ?? 0),
    headlines: Uint8Array.from(sentences, (sentence) => (sentence.headline === true ? 1 : 0)),
    unsharedFacts: new Uint8Array(sentences.length),
    unsharedWeights: Float64Array.from(sentences, (sentence) => sentence.unsharedWeight ?? 0),
  };
}

/** The features of a pair of documents with no feature marked specific, coarse or unique in both. */
export function plainPairFeatures(a: DocumentFeatures, b: DocumentFeatures, weights: Float64Array): PairFeatures {
  const size = weights.length;
  return { a, b, weights, specific: new Uint8Array(size), coarse: new Uint8Array(size), factKinds: new Uint8Array(size), uniqueInBoth: new Int32Array(0), wordCount: 0 };
}
