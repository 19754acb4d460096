// Public API of the streaming interface: article sets in, one outcome per set out.
export { alignStream, checkStream, processArticleSet, segmentStream } from './stream.js';
export type { SegmentResult, StreamOptions, StreamOutcome, StreamResults } from './stream.js';
export { idOf, toArticleSet, versionLimits } from './sets.js';
export type { ArticleSet, ArticleVersion, StreamTask } from './sets.js';
