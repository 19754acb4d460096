// Dutch words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** Dutch words the check stage reads. */
export const nlCheck: CheckVocabulary = {
  and: ['en'],
  timeUnits: { hour: ['uur', 'uren'], day: ['dag', 'dagen'], week: ['week', 'weken'], month: ['maand', 'maanden'], year: ['jaar', 'jaren'] },
  measureWords: ['jaar', 'jaren', 'dagen', 'uren', 'weken', 'meter', 'kilometer', 'procent', 'keer'],
  partWords: ['waarvan', 'alleen', 'daarvan', 'van hen', 'van wie'],
  // `in plaats daarvan`: instead, no part.
  insteadWords: ['plaats'],
  restrictingWords: ['alleen'],
  exclusionWords: ['behalve'],
  officeStems: { secretary: ['secretar'], chair: ['voorzitter'], director: ['directeur'], governor: ['gouverneur'], mayor: ['burgemeester'] },
  deputyWords: ['plaatsvervangend', 'plaatsvervangende', 'vice', 'vicevoorzitter'],
  deputyPrefixes: ['vice'],
  nameBreakers: ['en', 'met', 'kameraad', 'heer', 'de'],
  unitWords: {
    millimetre: ['millimeter'], centimetre: ['centimeter'], metre: ['meter'], kilometre: ['kilometer'], inch: ['inch', 'duim'], foot: ['voet'],
    mile: ['mijl', 'mijlen'], kilogram: ['kilo', "kilo's", 'kilogram'], tonne: ['ton'], pound: ['pond'], degree: ['graden', 'graad'], celsius: ['celsius'], fahrenheit: ['fahrenheit'], yard: ['yard', 'yards'], gram: ['gram'],
    hectare: ['hectare', 'hectares'], acre: ['acre', 'acres'],
  },
  squareWords: { before: ['vierkante'] },
  clockWords: ['uur', 'u'],
  centuryWords: ['eeuw'],
  placeTypeWords: ['berg', 'rivier', 'kaap'],
  compassWords: ['noord', 'zuid', 'oost', 'west', 'noordelijk*', 'zuidelijk*', 'oostelijk*', 'westelijk*', 'midden'],
  organisationWords: ['vergadering', 'parlement', 'commissie', 'raad', 'hof', 'senaat', 'congres', 'universiteit', 'school', 'hotel', 'partij', 'ministerie', 'kerk', 'gemeenschap', 'bank', 'vereniging', 'bond', 'competitie', 'agentschap', 'dienst', 'genootschap', 'maatschappij', 'bedrijf', 'club', 'unie', 'instituut', 'federatie', 'stichting', 'departement', 'organisatie', 'centrum', 'museum', 'ziekenhuis', 'hogeschool', 'academie', 'bureau', 'liga'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const nlWeekdays: WeekdayWords = {
  names: [['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag'], ['zondag']],
  compounds: true,
  // `in de nacht op zaterdag`, the night into Saturday: Friday night in English.
  eveWords: ['nacht op', 'nacht naar'],
};
