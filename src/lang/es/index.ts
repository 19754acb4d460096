// Spanish: what the project knows so far (no segmentation or anchor tables of its own).
import { esCheck } from './check.js';
import type { LanguageDefinition } from '../profile.js';

/** Everything the project knows about Spanish. */
export const esLanguage: LanguageDefinition = {
  code: 'es',
  name: 'Spanish',
  script: 'Latn',
  direction: 'ltr',
  check: esCheck,
  detection: {
    functionWords: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'se', 'como', 'entre', 'dos', 'fue', 'su', 'sus'],
  },
};
