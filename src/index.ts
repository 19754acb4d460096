// Public API of anchoralign. This file only re-exports; each stage lives in its own folder.
export type * from './types.js';
export * from './lang/index.js';
export * from './report/index.js';
export { detectLanguage, type DetectedLanguage } from './lang/detect.js';
export * from './formats/index.js';
export * from './segment/index.js';
export * from './anchors/index.js';
export * from './analyse/index.js';
export * from './align/index.js';
export * from './check/index.js';
export * from './stream/index.js';
