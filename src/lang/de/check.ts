// German words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** German words the check stage reads. */
export const deCheck: CheckVocabulary = {
  and: ['und'],
  timeUnits: { hour: ['stunde', 'stunden'], day: ['tag', 'tage', 'tagen'], week: ['woche', 'wochen'], month: ['monat', 'monate', 'monaten'], year: ['jahr', 'jahre', 'jahren'] },
  measureWords: ['stunden', 'tage', 'jahre', 'jahren', 'wochen', 'monate', 'minuten', 'uhr', 'meter', 'kilometer', 'meilen', 'prozent', 'mal'],
  partWords: ['davon', 'allein', 'darunter', 'von ihnen', 'unter ihnen'],
  exclusionWords: ['außer', 'ausser'],
  officeStems: { secretary: ['sekretär'], chair: ['vorsitz'], director: ['direktor'], governor: ['gouverneur'], mayor: ['bürgermeister'] },
  deputyWords: ['stellvertretender', 'stellvertretende', 'stellvertretenden', 'stellvertretendes', 'vize'],
  deputyPrefixes: ['vize'],
  nameBreakers: ['und', 'mit', 'kamerad', 'herr', 'frau'],
  unitWords: {
    millimetre: ['millimeter', 'millimetern'], centimetre: ['zentimeter', 'zentimetern'], metre: ['meter', 'metern'], kilometre: ['kilometer', 'kilometern', 'stundenkilometer*'], inch: ['zoll'],
    foot: ['fuß', 'fuss'], mile: ['meile', 'meilen'], gram: ['gramm'], kilogram: ['kilo', 'kilogramm'], tonne: ['tonne', 'tonnen'], pound: ['pfund'], yard: ['yard', 'yards'],
    // `º`, the ordinal indicator, typed for the degree sign (`27 ºC`).
    celsius: ['ºc', 'celsius'], fahrenheit: ['ºf', 'fahrenheit'], degree: ['grad'],
    'square-metre': ['quadratmeter', 'quadratmetern'], 'square-kilometre': ['quadratkilometer', 'quadratkilometern'], 'square-foot': ['quadratfuß'],
    'square-mile': ['quadratmeile', 'quadratmeilen'], hectare: ['hektar'], acre: ['acre', 'acres'],
  },
  clockWords: ['uhr'],
  centuryWords: ['jahrhundert', 'jahrhunderts', 'jh.'],
  placeTypeWords: ['berg', 'fluss', 'kap'],
  compassWords: ['nord', 'süd', 'ost', 'west', 'nördlich*', 'südlich*', 'östlich*', 'westlich*', 'mittel', 'zentral'],
  organisationWords: ['versammlung', 'parlament', 'ausschuss', 'kommission', 'rat', 'gericht', 'gerichtshof', 'senat', 'kongress', 'universität', 'schule', 'hotel', 'liga', 'partei', 'ministerium', 'kirche', 'gemeinde', 'bank', 'verband', 'verein', 'agentur', 'behörde', 'amt', 'dienst', 'gesellschaft', 'vereinigung', 'union', 'föderation', 'stiftung', 'unternehmen', 'firma', 'konzern', 'klub', 'club', 'institut', 'abteilung', 'organisation', 'zentrum', 'museum', 'krankenhaus', 'hochschule', 'akademie', 'gemeinschaft', 'büro'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const deWeekdays: WeekdayWords = {
  names: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']],
  compounds: true,
  // `in der Nacht zum Samstag`, the night into Saturday: Friday night in English.
  eveWords: ['nacht zum', 'nacht auf'],
};
