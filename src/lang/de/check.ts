// German words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

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

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const deWeekdays: WeekdayWords = { names: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']], compounds: true };
