// English words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** English words the check stage reads. */
export const enCheck: CheckVocabulary = {
  and: ['and'],
  timeUnits: { hour: ['hour', 'hours'], day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
  measureWords: ['years', 'hours', 'days', 'weeks', 'months', 'minutes', 'meters', 'metres', 'kilometers', 'kilometres', 'miles', 'feet', 'percent', 'times'],
  partWords: ['alone', 'including', 'among', 'of them', 'of those', 'of these', 'of whom'],
  // `of which 12`; a bare `which` begins any relative clause (`which involves eight inmates`).
  partPronouns: ['of which'],
  exclusionWords: ['besides', 'apart'],
  exclusionConnectives: ['that', 'this'],
  officeStems: { secretary: ['secretar'], chair: ['chairman', 'chairwoman', 'chairperson'], director: ['director'], governor: ['governor'], mayor: ['mayor'] },
  deputyWords: ['vice', 'deputy', 'acting'],
  deputyPrefixes: ['vice'],
  nameBreakers: ['and', 'with', 'mr'],
  unitWords: {
    millimetre: ['millimetre*', 'millimeter*'], centimetre: ['centimetre*', 'centimeter*'], metre: ['metre', 'metres', 'meter', 'meters'],
    kilometre: ['kilometre*', 'kilometer*'], gram: ['gram', 'grams'], kilogram: ['kilogram*', 'kilo', 'kilos'], tonne: ['tonne', 'tonnes', 'ton', 'tons'],
    ounce: ['ounce', 'ounces'], inch: ['inch', 'inches'], foot: ['feet', 'foot'], yard: ['yards', 'yard'], mile: ['miles', 'mile'], pound: ['pound', 'pounds'],
    celsius: ['celsius*'], fahrenheit: ['fahrenheit*'], degree: ['degrees', 'degree'],
    hectare: ['hectare', 'hectares'], acre: ['acre', 'acres'],
  },
  squareWords: { before: ['square', 'sq', 'sq.'] },
  clockWords: ['a.m.', 'p.m.', 'am', 'pm', "o'clock"],
  centuryWords: ['century', 'centuries'],
  placeTypeWords: ['mount', 'mt', 'lake', 'river', 'cape'],
  compassWords: ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central'],
  organisationWords: ['assembly', 'parliament', 'committee', 'commission', 'council', 'court', 'senate', 'congress', 'university', 'school', 'college', 'hotel', 'league', 'party', 'ministry', 'department', 'agency', 'association', 'society', 'church', 'community', 'company', 'bank', 'club', 'union', 'institute', 'service', 'federation', 'foundation', 'centre', 'center', 'office', 'organisation', 'organization', 'museum', 'hospital', 'academy', 'corporation', 'authority', 'bureau'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const enWeekdays: WeekdayWords = {
  names: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  compounds: false,
  // "overnight into Saturday": Friday night, which other languages may name by Saturday or by Friday.
  eveWords: ['overnight into', 'night into'],
};
