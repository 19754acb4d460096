// Russian words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary } from '../profile.js';

/** Russian words the check stage reads. */
export const ruCheck: CheckVocabulary = {
  and: ['и'],
  nameBreakers: ['и'],
};
