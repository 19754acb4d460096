// The stages the checker stands on, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { type AlignedPair, alignPairs } from '../align/index.js';
export { getDefaultGazetteer } from '../anchors/gazetteer.js';
export { createGazetteer, entityKey, extractAnchors, type Gazetteer, nameSimilarity } from '../anchors/index.js';
export { foldWord, isNumberedNoun, romanValue } from '../anchors/text.js';
