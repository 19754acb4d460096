// Luxembourgish: what the project knows so far (no segmentation or anchor tables of its own).
import { generic } from '../generic.js';
import type { LanguageDefinition } from '../profile.js';

/** Everything the project knows about Luxembourgish. */
export const lbLanguage: LanguageDefinition = {
  code: 'lb',
  name: 'Luxembourgish',
  script: 'Latn',
  direction: 'ltr',
  anchors: { ...generic.anchors, capitalisesNouns: true },
};
