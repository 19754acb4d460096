// What the aligner takes from the other stages, in one place.
export { toSegmentedDocument } from '../segment/index.js';
export { isHeadingLike } from '../segment/segment.js';
export { nameSimilarity, sameNameSimilarity, type Gazetteer } from '../anchors/index.js';
export { getDefaultGazetteer } from '../anchors/gazetteer.js';
export { pairAnchors } from '../analyse/analyse.js';
export { wordKeyPart } from '../anchors/key.js';
export { isClockTime } from '../anchors/index.js';
export { findWeekdays } from '../anchors/weekdays.js';
export { dictionaryEntryForms, foldLookupLetters, ungluedForms } from '../lang/scripts/lookup.js';
export { findLanguage } from '../lang/registry.js';
export { type DominantScript, dominantScriptOf } from '../lang/scripts/dominant.js';
export { keyConsonants, mergeKeyClasses, skeletonVowels } from '../lang/scripts/skeleton.js';
