// French words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** French words the check stage reads. */
export const frCheck: CheckVocabulary = {
  and: ['et'],
  timeUnits: { hour: ['heure', 'heures'], day: ['jour', 'jours', 'journée', 'journées'], week: ['semaine', 'semaines'], month: ['mois'], year: ['ans', 'année', 'années'] },
  measureWords: ['heures', 'jours', 'mètres', 'kilomètres', 'fois'],
  partWords: ['seul', 'seule'],
  partPronouns: ['dont'],
  exclusionWords: ['outre'],
  officeStems: { secretary: ['secrétaire'], chair: ['président'], director: ['directeur'], governor: ['gouverneur'] },
  deputyWords: ['adjoint'],
  nameBreakers: ['et', 'monsieur', 'camarade'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const frWeekdays: WeekdayWords = { names: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']], compounds: false };
