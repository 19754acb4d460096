// What the analyse step takes from the other stages, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { documentCase, extractAnchors, type Gazetteer } from '../anchors/index.js';
export { getDefaultGazetteer } from '../anchors/gazetteer.js';
export { getProfile } from '../lang/index.js';
