// German words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary } from '../profile.js';

/** German words the check stage reads. */
export const deCheck: CheckVocabulary = {
  and: ['und'],
  timeUnits: { hour: ['stunde', 'stunden'], day: ['tag', 'tage', 'tagen'], week: ['woche', 'wochen'], month: ['monat', 'monate', 'monaten'], year: ['jahr', 'jahre', 'jahren'] },
  measureWords: ['stunden', 'tage', 'jahre', 'wochen', 'minuten', 'uhr', 'meter', 'kilometer', 'prozent', 'mal'],
  partWords: ['davon', 'allein'],
  exclusionWords: ['außer', 'ausser'],
  officeStems: { secretary: ['sekretär'], chair: ['vorsitz'], director: ['direktor'] },
  deputyWords: ['stellvertretender'],
  nameBreakers: ['und', 'kamerad', 'herr'],
};
