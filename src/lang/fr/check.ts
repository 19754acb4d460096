// French words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** French words the check stage reads. */
export const frCheck: CheckVocabulary = {
  and: ['et'],
  timeUnits: { hour: ['heure', 'heures'], day: ['jour', 'jours', 'journée', 'journées'], week: ['semaine', 'semaines'], month: ['mois'], year: ['an', 'ans', 'année', 'années'] },
  measureWords: ['ans', 'heures', 'jours', 'semaines', 'mois', 'minutes', 'mètres', 'kilomètres', 'milles', 'pour cent', 'fois'],
  partWords: ['seul', 'seule', 'parmi', 'notamment', "d'entre eux", 'd’entre eux', "d'entre elles", 'd’entre elles'],
  partPronouns: ['dont'],
  exclusionWords: ['outre', 'hormis', 'excepté'],
  exclusionConnectives: ['cela', 'ceci'],
  // `en outre`, "moreover": the connective, not `outre` "besides".
  exclusionConnectiveOpeners: ['en'],
  officeStems: { secretary: ['secrétaire'], chair: ['président'], director: ['directeur', 'directrice'], governor: ['gouverneur'] },
  // `maire` as a stem would take `mairie`, the town hall.
  officeForms: { mayor: ['maire', 'maires'] },
  deputyWords: ['adjoint', 'adjointe', 'vice'],
  deputyPrefixes: ['vice'],
  nameBreakers: ['et', 'avec', 'monsieur', 'madame', 'camarade'],
  unitWords: {
    millimetre: ['millimètre*'], centimetre: ['centimètre*'], metre: ['mètre', 'mètres'], kilometre: ['kilomètre*'], inch: ['pouce', 'pouces'],
    foot: ['pied', 'pieds'], mile: ['miles'], gram: ['gramme', 'grammes'], kilogram: ['kilo', 'kilos', 'kilogramme*'], tonne: ['tonne', 'tonnes'],
    degree: ['degré', 'degrés'], celsius: ['celsius'], fahrenheit: ['fahrenheit'], yard: ['yard', 'yards'],
    hectare: ['hectare', 'hectares'], acre: ['acre', 'acres'],
  },
  squareWords: { after: ['carré', 'carrés'] },
  clockWords: ['heure', 'heures', 'h'],
  centuryWords: ['siècle', 'siècles'],
  placeTypeWords: ['mont', 'lac', 'cap', 'fleuve', 'rivière'],
  compassWords: ['nord', 'sud', 'est', 'ouest', 'central*', 'septentrional*', 'méridional*', 'occidental*', 'oriental*'],
  organisationWords: ['assemblée', 'parlement', 'commission', 'comité', 'conseil', 'cour', 'sénat', 'congrès', 'université', 'école', 'hôtel', 'ligue', 'parti', 'ministère', 'église', 'communauté', 'banque', 'association', 'agence', 'service', 'société', 'fédération', 'union', 'fondation', 'entreprise', 'compagnie', 'club', 'institut', 'département', 'organisation', 'centre', 'musée', 'hôpital', 'collège', 'académie', 'office', 'syndicat', 'bureau'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const frWeekdays: WeekdayWords = { names: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']], compounds: false };
