// English inflection, for dictionary look-ups and for joining two dictionaries through English words
// (ara-eng lists `Rains`, nld-eng `rain`): noun plurals (`-s`, `-es`, `-ies` from `-y`) and verbs' `-ing`
// and `-ed` forms (with the doubled consonant: `stopped` → `stop`, and the silent `e`: `voted` → `vote`).
import type { Morphology } from '../profile.js';

export const enMorphology: Morphology = {
  suffixes: [
    ['s', ''], ['es', ''], ['ies', 'y'], ['ing', ''], ['ing', 'e'], ['ings', ''], ['ings', 'e'], ['ed', ''], ['ed', 'e'], ['ied', 'y'],
  ],
  minStem: 3,
  doubledConsonants: true,
  vowels: 'aeiou',
};
