// Spanish words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary } from '../profile.js';

/** Spanish words the check stage reads. */
export const esCheck: CheckVocabulary = {
  and: ['y', 'e'],
};
