// English: anchor rules (CLDR tables and the hand-written layer), check words, demonyms and detection words.
// No segmentation rules of its own yet: the generic profile segments it.
import type { LanguageDefinition } from '../profile.js';
import { enAnchorRules, enHand } from './anchors.js';
import { enCheck, enWeekdays } from './check.js';
import { enDemonyms } from './demonyms.js';

/** Everything the project knows about English. */
export const enLanguage: LanguageDefinition = {
  code: 'en',
  name: 'English',
  script: 'Latn',
  direction: 'ltr',
  anchors: enAnchorRules,
  handAnchors: enHand,
  check: enCheck,
  weekdays: enWeekdays,
  demonyms: enDemonyms,
  detection: {
    functionWords: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'by', 'be', 'at', 'this', 'are', 'from', 'has', 'have', 'which', 'between', 'two', 'were'],
  },
};
