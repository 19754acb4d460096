// Swiss German: what the project knows so far (no segmentation or anchor tables of its own).
import { generic } from '../generic.js';
import type { LanguageDefinition } from '../profile.js';

/** Everything the project knows about Swiss German. */
export const gswLanguage: LanguageDefinition = {
  code: 'gsw',
  name: 'Swiss German',
  script: 'Latn',
  direction: 'ltr',
  anchors: { ...generic.anchors, capitalisesNouns: true },
};
