// Dutch inflection, for dictionary look-ups: plurals (`-en`, `-s`, `-heden`), adjective endings (`-e`,
// `-er`, `-ste`), verbs' present, past and participle (`werkt`, `werkte`, `gewerkt` → `werken`), with the
// spelling of open syllables (`jaren` → `jaar`, `mannen` → `man`).
import type { Morphology } from '../profile.js';

export const nlMorphology: Morphology = {
  suffixes: [
    ['en', ''], ['s', ''], ['e', ''], ['er', ''], ['ere', ''], ['ste', ''], ['heden', 'heid'],
    ['t', ''], ['t', 'en'], ['d', 'en'], ['de', 'en'], ['te', 'en'], ['den', 'en'], ['ten', 'en'], ['end', 'en'], ['ende', 'en'],
  ],
  prefixes: [['ge', '']],
  minStem: 3,
  doubledConsonants: true,
  openSyllableVowels: true,
  vowels: 'aeiou',
};
