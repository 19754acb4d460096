// English: the hand-written layer over CLDR (forms CLDR lacks, word lists).
import { buildAnchorRules, type HandAnchorData } from '../build.js';
import { cldrEn } from './cldr.js';

const latinStops = ['the', 'a', 'an', 'and', 'or', 'in', 'on', 'of', 'to', 'for', 'with', 'at', 'by', 'from', 'this', 'that', 'it', 'he', 'she', 'we', 'they'];

/** Hand-written English anchor data. */
export const enHand: HandAnchorData = {
  yearMarkers: ['year', 'in'],
  countryNames: { 'great britain': 'GB', britain: 'GB', england: 'GB' },
  percentWords: ['%', 'percent', 'per cent'],
  approximations: { nearly: 'approximately', almost: 'approximately', about: 'approximately', around: 'approximately', some: 'approximately', 'more than': 'more-than', over: 'more-than', 'less than': 'less-than', 'fewer than': 'less-than', 'at least': 'at-least', 'at most': 'at-most', 'up to': 'at-most' },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  nameEndings: ["'s"],
  stopWords: [...latinStops, 'there', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'when', 'while', 'after', 'before', 'but', 'as', 'if', 'also', 'mr', 'mrs', 'ms'],
  labelWords: ['marker*', 'number*', 'milestone*', 'km'],
  personTitles: ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'minister', 'comrade', 'secretary'],
  coordinators: ['and', 'or'],
  rangeWords: ['to', 'through', 'until'],
  dayWords: ['on', 'the'],
  monthFirstDates: true,
  yearPrepositions: ['in'],
  nominativeEndings: ['', 'a'],
  numberedNouns: ['camp', 'chapter', 'volume', 'part'],
};

/** English anchor rules: CLDR tables plus {@link enHand}. */
export const enAnchorRules = buildAnchorRules(cldrEn, enHand, { decimalSeparator: '.', groupSeparators: [','] });
