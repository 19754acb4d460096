// French: anchor rules (CLDR tables and the hand-written layer), check words, demonyms and detection words.
// No segmentation rules of its own yet: the generic profile segments it.
import type { LanguageDefinition } from '../profile.js';
import { frAnchorRules, frHand } from './anchors.js';
import { frCheck, frWeekdays } from './check.js';
import { frDemonyms } from './demonyms.js';

/** Everything the project knows about French. */
export const frLanguage: LanguageDefinition = {
  code: 'fr',
  name: 'French',
  script: 'Latn',
  direction: 'ltr',
  anchors: frAnchorRules,
  handAnchors: frHand,
  check: frCheck,
  weekdays: frWeekdays,
  demonyms: frDemonyms,
  detection: {
    functionWords: ['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'que', 'dans', 'pour', 'pas', 'sur', 'au', 'par', 'avec', 'ce', 'qui', 'entre', 'deux', 'ont'],
  },
};
