// Swedish inflection, for dictionary look-ups: nouns' definite and plural endings (`-en`, `-et`, `-na`,
// `-arna`, `-orna` from `-a`), the genitive `-s`, adjective endings, and verbs' present, past and supine
// (`kommer` → `komma`, `väntade` → `vänta`, `köpte` → `köpa`).
import type { Morphology } from '../profile.js';

export const svMorphology: Morphology = {
  suffixes: [
    ['en', ''], ['et', ''], ['n', ''], ['t', ''], ['na', ''], ['s', ''], ['ens', ''], ['ets', ''], ['nas', ''],
    ['ar', ''], ['or', ''], ['or', 'a'], ['er', ''], ['arna', ''], ['orna', ''], ['orna', 'a'], ['erna', ''],
    ['arnas', ''], ['ornas', ''], ['ornas', 'a'], ['ernas', ''],
    ['a', ''], ['e', ''], ['are', ''], ['ast', ''], ['aste', ''],
    ['r', ''], ['er', 'a'], ['de', ''], ['te', 'a'], ['it', 'a'], ['ade', 'a'], ['ande', 'a'], ['ende', 'a'],
  ],
  minStem: 3,
  doubledConsonants: true,
  // Folded letters: `å ä ö` are `a a o`; `y` was left out when these rules were measured.
  vowels: 'aeiou',
};
