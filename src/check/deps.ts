// The stages the checker stands on, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { align } from '../align/index.js';
export { createGazetteer, entityKey, extractAnchors, type Gazetteer, nameSimilarity } from '../anchors/index.js';
