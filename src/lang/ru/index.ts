// Russian: what the project knows so far (no segmentation or anchor tables of its own).
import { ruCheck } from './check.js';
import type { LanguageDefinition } from '../profile.js';

/** Everything the project knows about Russian. */
export const ruLanguage: LanguageDefinition = {
  code: 'ru',
  name: 'Russian',
  script: 'Cyrl',
  direction: 'ltr',
  check: ruCheck,
  detection: {
    functionWords: ['и', 'что', 'на', 'не', 'как', 'это', 'он', 'для', 'от', 'было', 'между', 'также', 'его', 'которые', 'был', 'до', 'с', 'у', 'в', 'при', 'после', 'или', 'два', 'двух'],
    distinctiveLetters: ['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё'],
    confidence: 0.9,
  },
};
