// Urdu: what the project knows so far (no segmentation or anchor tables of its own).
import type { LanguageDefinition } from '../profile.js';

/** Everything the project knows about Urdu. */
export const urLanguage: LanguageDefinition = {
  code: 'ur',
  name: 'Urdu',
  script: 'Arab',
  direction: 'rtl',
};
