// What the aligner takes from the other stages, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { nameSimilarity, sameNameSimilarity, type Gazetteer } from '../anchors/index.js';
export { getDefaultGazetteer } from '../anchors/gazetteer.js';
export { pairAnchors } from '../analyse/analyse.js';
export { wordKeyPart } from '../anchors/key.js';
export { arabicCliticCandidates, foldArabicLetters, stripArabicArticle } from '../lang/scripts/arabic.js';
export { findLanguage } from '../lang/registry.js';
