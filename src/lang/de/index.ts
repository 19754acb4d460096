// German: anchor rules (CLDR tables and the hand-written layer), check words, demonyms and detection words.
// No segmentation rules of its own yet: the generic profile segments it.
import type { LanguageDefinition } from '../profile.js';
import { deAnchorRules, deHand } from './anchors.js';
import { deCheck, deWeekdays } from './check.js';
import { deDemonyms } from './demonyms.js';

/** Everything the project knows about German. */
export const deLanguage: LanguageDefinition = {
  code: 'de',
  name: 'German',
  script: 'Latn',
  direction: 'ltr',
  anchors: deAnchorRules,
  handAnchors: deHand,
  check: deCheck,
  weekdays: deWeekdays,
  demonyms: deDemonyms,
  detection: {
    functionWords: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'dem', 'ein', 'eine', 'zu', 'von', 'den', 'im', 'auch', 'wird', 'wurde', 'zwischen', 'zwei'],
  },
};
