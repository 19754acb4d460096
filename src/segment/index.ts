// Sentence segmentation: lossless, offset-exact, per-language rules, with sentence kinds.
export { segment, countSentencesByKind, type SegmentOptions } from './segment.js';
export { toSegmentedDocument } from './document.js';
export { segmentFormatted } from './formatted.js';
export { scoreSegmentation, type SegmentationScore } from './score.js';
export { retextAnchoralign, type RetextAnchoralignOptions, type RetextFile } from './retext.js';
export { isBlank as isBlankCodeUnit } from './chars.js';
export type { PageMarkers } from '../lang/profile.js';
