// Swedish words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** Swedish words the check stage reads. */
export const svCheck: CheckVocabulary = {
  and: ['och'],
  timeUnits: { hour: ['timme', 'timmar', 'timmen'], day: ['dag', 'dagar'], week: ['vecka', 'veckor', 'veckan'], month: ['månad', 'månader'], year: ['år', 'åren'] },
  measureWords: ['år', 'dagar', 'timmar', 'veckor', 'meter', 'kilometer', 'procent', 'gånger'],
  partWords: ['varav', 'ensamt', 'ensam', 'enbart', 'dessa', 'bland', 'av dem', 'av vilka'],
  restrictingWords: ['enbart', 'dessa'],
  exclusionWords: ['förutom', 'utöver'],
  exclusionConnectives: ['detta'],
  officeStems: { secretary: ['sekreterare'], chair: ['ordförande'], director: ['direktör'], governor: ['guvernör'], mayor: ['borgmästare'] },
  deputyWords: ['biträdande'],
  nameBreakers: ['och', 'med', 'kamrat'],
  unitWords: {
    millimetre: ['millimeter'], centimetre: ['centimeter'], metre: ['meter'], kilometre: ['kilometer'], 'scandinavian-mile': ['mil'], inch: ['tum'], foot: ['fot'],
    kilogram: ['kilo', 'kilogram'], tonne: ['ton'], pound: ['pund'], degree: ['grader', 'graders', 'grad'], celsius: ['celsius'], fahrenheit: ['fahrenheit'], yard: ['yard', 'yards'], gram: ['gram'],
    'square-metre': ['kvadratmeter'], 'square-kilometre': ['kvadratkilometer'], 'square-foot': ['kvadratfot'], hectare: ['hektar'], acre: ['acre', 'acres'],
  },
  clockWords: ['klockan', 'kl'],
  centuryWords: ['århundrade*', 'sekel*', '*-talet'],
  placeTypeWords: ['berget', 'sjön', 'floden', 'kap'],
  compassWords: ['norra', 'södra', 'östra', 'västra', 'nord', 'syd', 'öst', 'väst', 'mellersta', 'central*'],
  organisationWords: ['församling*', 'parlament*', 'kommitté*', 'kommission*', 'domstol*', 'senat*', 'kongress*', 'universitet*', 'skola*', 'hotell*', 'parti', 'partiet', 'departement*', 'kyrka*', 'råd', 'rådet', 'liga', 'ligan', 'bank', 'banken', 'myndighet*', 'sällskap*', 'förening*', 'förbund*', 'bolag*', 'företag*', 'klubb*', 'union*', 'institut*', 'stiftelse*', 'organisation*', 'centrum', 'centret', 'museum', 'museet', 'sjukhus*', 'högskola*', 'akademi*', 'samfund*', 'byrå*', 'gemenskap*'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const svWeekdays: WeekdayWords = {
  names: [['måndag'], ['tisdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lördag'], ['söndag']],
  compounds: true,
  // `natten till lördag`, the night into Saturday: Friday night in English.
  eveWords: ['natten till', 'natten mot', 'natt till', 'natt mot'],
};
