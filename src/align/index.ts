// Public API of the alignment stage.
export { align, defaultComparableMinScore } from './align.js';
export {
  type AlignOptions,
  type AlignPenalties,
  type BeadType,
  type FeatureWeights,
  defaultBeadTypes,
  defaultFeatureWeights,
  defaultPenalties,
} from './options.js';
export {
  type AlignmentScores,
  type ClusterScores,
  type GoldClusters,
  resolveGoldClusters,
  scoreClusters,
  type Bead,
  type GoldAlignment,
  type GoldSentence,
  linksToBeads,
  parseBeadLines,
  resolveGoldBeads,
  restrictToCovered,
  scoreAlignments,
} from './score.js';
export { type Lexicon, lexiconKey, parseDictdDictionary, parseHunalignDictionary, pivotLexicon } from './lexicon.js';
export { type Dictionary, lexiconForLanguages, lexiconForPair, type PairLexicon } from './dictionaries.js';
export { type AlignedPair, alignMany, alignPairs, type ManyAlignment } from './many.js';
export { clusterPairs } from './cluster.js';
export type { PairAlignment } from './align.js';
