// English: the hand-written layer over CLDR (forms CLDR lacks, word lists).
import { buildAnchorRules, type HandAnchorData } from '../build.js';
import { cldrEn } from './cldr.js';

const latinStops = ['the', 'a', 'an', 'and', 'or', 'in', 'on', 'of', 'to', 'for', 'with', 'at', 'by', 'from', 'this', 'that', 'it', 'he', 'she', 'we', 'they'];

/** Hand-written English anchor data. */
export const enHand: HandAnchorData = {
  // How many times, in one word; not `once` ("formerly").
  numberWords: { twice: 2, thrice: 3 },
  // Plurals count an indefinite many (`thousands of people`), abbreviations stand in headlines and figures.
  scaleWords: { hundred: 100, thousands: 1000, millions: 1e6, billions: 1e9, trillion: 1e12, trillions: 1e12, bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, dozen: 12 },
  // "Dozens", "hundreds": an order of magnitude, no figure.
  vagueAmounts: ['dozens', 'tens', 'scores', 'hundreds', 'thousands'],
  halfAfter: ['and a half', 'and one half'],
  // `half past nine`: 9:30.
  halfHours: { words: ['half past'], hourOffset: 0 },
  // `two thirds`, `one third of`, `a quarter of`; `a third term` is an ordinal, `quarters` alone no fraction.
  fractions: {
    nouns: { thirds: 3, quarter: 4, quarters: 4, fourths: 4, fifths: 5, tenths: 10 },
    nounsNeedCount: true,
    ordinalsAfterCount: true,
    oneWords: ['a', 'an'],
    partitiveWords: ['of'],
    // `half a million`, `a quarter of a million`.
    scaleParts: { half: 0.5 },
    scaleLinks: ['a', 'of a'],
  },
  newPlaceWords: ['new'],
  // `the fifth of March`.
  dayMonthLinks: ['of'],
  currencyScaleLetters: { k: 1000, K: 1000, m: 1e6, M: 1e6, bn: 1e9, b: 1e9, B: 1e9, tn: 1e12 },
  scaleAbbreviations: ['bn', 'bln', 'mn', 'mln', 'tn'],
  yearMarkers: ['year', 'in'],
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia).
  countryNames: { 'great britain': 'GB', britain: 'GB', england: 'GB', macedonia: 'MK', burma: 'MM', bosnia: 'BA' },
  percentWords: ['%', 'pct', 'percent', 'per cent', 'percentage points', 'percentage point'],
  approximations: { nearly: 'approximately', almost: 'approximately', about: 'approximately', around: 'approximately', some: 'approximately', roughly: 'approximately', approximately: 'approximately', 'an estimated': 'approximately', 'no fewer than': 'at-least', 'no more than': 'at-most', 'more than': 'more-than', over: 'more-than', 'less than': 'less-than', 'fewer than': 'less-than', 'at least': 'at-least', 'at most': 'at-most', 'up to': 'at-most', 'higher than': 'more-than', 'lower than': 'less-than' },
  // `more than the 20.4 million`: an article between the approximation and its number.
  approximationPrepositions: ['the'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  nameEndings: ["'s"],
  stopWords: [
    ...latinStops, 'then', 'there', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'when', 'while', 'after', 'before', 'but', 'as', 'if', 'also', 'mr', 'mrs', 'ms',
    // Titles, offices and kinds of storm written before a name (`President Trump`, `Hurricane Rosa`): not part of it.
    'president', 'senator', 'governor', 'mayor', 'chancellor', 'minister', 'judge', 'coach', 'captain', 'father', 'reverend', 'professor',
    'pope', 'bishop', 'king', 'queen', 'prince', 'princess', 'hurricane', 'storm', 'typhoon', 'cyclone', 'province',
    // Abbreviated titles (`PM May`, `MP Jess Phillips`).
    'pm', 'mp',
  ],
  labelWords: ['marker*', 'number*', 'milestone*', 'km'],
  // Not `as`, `an`: English words between two names (`Trump as President`).
  nameParticles: ['bin', 'ibn', 'ben', 'al', 'el', 'von', 'van', 'der', 'den', 'de', 'da', 'dos'],
  personTitles: [
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'minister', 'comrade', 'secretary', 'pm', 'mp',
    // Ranks and roles before a name (`Spokesman John Kirby`, `Striker Harry Kane`). Not `general`: `General Motors`.
    'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'director', 'manager', 'referee', 'striker', 'goalkeeper', 'midfielder', 'defender',
  ],
  // Closed classes that open a sentence before a name (`Although Smith …`, `According to`): no part of it there.
  // Not `will`, `may`, `can`: names too (Will Smith, Theresa May, Emre Can).
  openingWords: [
    'although', 'though', 'because', 'since', 'during', 'despite', 'according', 'unless', 'until', 'whereas', 'whether', 'among', 'amid',
    'against', 'between', 'without', 'within', 'throughout', 'towards', 'toward', 'upon', 'via', 'however', 'meanwhile', 'moreover',
    'nevertheless', 'yet', 'still', 'even', 'only', 'perhaps', 'could', 'would', 'should', 'must', 'did', 'does', 'has', 'had', 'is', 'was', 'were',
    // interrogatives, which open questions and headlines (`Why Trump Will Win`)
    'why', 'how', 'what', 'where', 'which', 'who', 'whose',
  ],
  coordinators: ['and', 'or'],
  rangeWords: ['to', 'through', 'until'],
  dayWords: ['on', 'the'],
  monthFirstDates: true,
  titleCaseHeadlines: true,
  possessiveEndings: ["'s", '’s'],
  // `Theresa May`, `Brian May`: these months alone are dates only after a context word (`in May`, `last June`).
  monthsAlsoNames: ['may', 'june', 'april', 'august'],
  monthContextWords: [
    'in', 'since', 'until', 'till', 'by', 'during', 'from', 'to', 'through', 'throughout', 'last', 'next', 'this', 'early', 'late', 'mid',
    'of', 'before', 'after', 'between', 'each', 'every', 'and', 'or',
    // A determiner before a month that names an event (`the June summit`, `their June summit`); a surname
    // after `the` (`the May government`) is rarer than such an event, and a first name keeps it a name.
    'the', 'their', 'its', 'our',
  ],
  yearPrepositions: ['in'],
  nominativeEndings: ['', 'a'],
  numberedNouns: ['camp', 'chapter', 'volume', 'part'],
  romanOrdinalNouns: { after: ['century', 'centuries'] },
};

/** English anchor rules: CLDR tables plus {@link enHand}. */
export const enAnchorRules = buildAnchorRules(cldrEn, enHand, { decimalSeparator: '.', groupSeparators: [','] });
