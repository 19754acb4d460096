// The stages the checker stands on, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { alignPairs, clusterPairs } from '../align/index.js';
export { headlines } from '../align/sentence-features.js';
export { compileLexicon, type Lexicon } from '../align/lexicon.js';
export { getDefaultGazetteer } from '../anchors/gazetteer.js';
export { analyseSegmented } from '../analyse/analyse.js';
export { anchorRulesFor, languageTables } from '../anchors/language.js';
export { maxYear, minYear } from '../anchors/readers/digits.js';
export { numberValue } from '../anchors/readers/cursor.js';
export { keyConsonants } from '../lang/scripts/skeleton.js';
export {
  aliasSimilarity,
  countryCode,
  createGazetteer,
  crossScriptNameSimilarity,
  entityKey,
  foldWord,
  type Gazetteer,
  isClockTime,
  isNumberedNoun,
  nameSimilarity,
  relatedNameSimilarity,
  respellName,
  romanValue,
  sameNameSimilarity,
} from '../anchors/index.js';
