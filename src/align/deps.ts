// What the aligner takes from the other stages, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { extractAnchors, nameSimilarity, sameNameSimilarity, type Gazetteer } from '../anchors/index.js';
export { wordKeyPart } from '../anchors/key.js';
