// The stages the checker stands on, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { type AlignedPair, alignPairs } from '../align/index.js';
export { getDefaultGazetteer } from '../anchors/gazetteer.js';
export { anchorRulesFor } from '../anchors/language.js';
export {
  aliasSimilarity,
  createGazetteer,
  crossScriptNameSimilarity,
  entityKey,
  extractAnchors,
  foldWord,
  type Gazetteer,
  isNumberedNoun,
  lowercaseWords,
  nameSimilarity,
  relatedNameSimilarity,
  romanValue,
  sameNameSimilarity,
} from '../anchors/index.js';
