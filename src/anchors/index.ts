// Public API of the anchors stage: facts that survive translation (numbers, ordinals, dates, names,
// countries), normalised so that equal facts compare equal across languages and scripts.
export { extractAnchors, type ExtractAnchorsOptions, lowercaseWords, type SentenceLike } from './extract.js';
export { aliasSimilarity, crossScriptNameSimilarity, entityKey, nameSimilarity, relatedNameSimilarity, respellName, sameNameSimilarity, transliterate } from './key.js';
export { documentCase, type DocumentCase } from './document-case.js';
export { countryCode } from './countries.js';
export { createGazetteer, defaultGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
export { digitValue, foldWord, isNumberedNoun, romanValue } from './text.js';
export { isClockTime } from './readers/times.js';
