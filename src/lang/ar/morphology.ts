// Arabic suffixes, for dictionary look-ups (the clitics and the article glued before a word are removed
// apart, see src/lang/scripts/arabic.ts): the feminine `ة` and its plural `ات`, the sound masculine
// plurals `ون ين`, the dual `ان`, the relative adjective `ي ية`, pronoun suffixes (`ها هم ه`, `ته` from `ة`),
// and the imperfect's person prefixes (`يكتب` → `كتب`).
import type { Morphology } from '../profile.js';

export const arMorphology: Morphology = {
  suffixes: [
    ['ة', ''], ['ات', ''], ['ات', 'ة'], ['ون', ''], ['ين', ''], ['ان', ''], ['ي', ''], ['ية', ''], ['ية', 'ي'],
    ['ها', ''], ['هم', ''], ['هما', ''], ['هن', ''], ['ه', ''], ['نا', ''], ['كم', ''],
    ['تها', 'ة'], ['ته', 'ة'], ['تهم', 'ة'], ['تنا', 'ة'],
  ],
  prefixes: [['ي', ''], ['ت', ''], ['ن', ''], ['سي', ''], ['ست', '']],
  minStem: 3,
};
