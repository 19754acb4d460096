// Persian: what the project knows so far (no segmentation or anchor tables of its own).
import type { LanguageDefinition } from '../profile.js';

/** Everything the project knows about Persian. */
export const faLanguage: LanguageDefinition = {
  code: 'fa',
  name: 'Persian',
  script: 'Arab',
  direction: 'rtl',
  detection: {
    // Persian writes with letters Arabic does not use.
    distinctiveLetters: ['پ', 'چ', 'ژ', 'گ', 'ک', 'ی'],
    distinctiveShare: 0.01,
    confidence: 0.7,
  },
};
