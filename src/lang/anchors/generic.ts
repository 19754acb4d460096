// Languages without a full profile still get CLDR month, number and country names when CLDR has them
// (German, French and English are generated), and digits and capitalised names always.
import { cldrDe } from '../generated/de.js';
import { cldrEn } from '../generated/en.js';
import { cldrFr } from '../generated/fr.js';
import { buildAnchorRules, type HandAnchorData } from './build.js';

const latinStops = ['the', 'a', 'an', 'and', 'or', 'in', 'on', 'of', 'to', 'for', 'with', 'at', 'by', 'from', 'this', 'that', 'it', 'he', 'she', 'we', 'they'];

/** Hand-written German anchor data. */
export const deHand: HandAnchorData = {
  yearMarkers: ['jahr', 'jahre', 'im'],
  // Great Britain and England name the United Kingdom in everyday use (CLDR has only `Vereinigtes Königreich`).
  countryNames: { großbritannien: 'GB', grossbritannien: 'GB', england: 'GB' },
  percentWords: ['%', 'prozent'],
  approximations: { fast: 'approximately', rund: 'approximately', etwa: 'approximately', ungefähr: 'approximately', 'mehr als': 'more-than', über: 'more-than', 'weniger als': 'less-than', mindestens: 'at-least', höchstens: 'at-most' },
  nameEndings: ['s'],
  stopWords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'und', 'oder', 'aber', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'vor', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man', 'dies', 'diese', 'dieser', 'dieses', 'als', 'wenn', 'da', 'dort', 'hier', 'so', 'auch', 'nur', 'noch', 'schon', 'doch', 'wie', 'was', 'wer', 'wo'],
  personTitles: ['herr', 'frau', 'dr.', 'präsident', 'minister'],
  coordinators: ['und', 'oder', 'sowie'],
  rangeWords: ['bis'],
  dayWords: ['am', 'den', 'vom'],
};
/** Hand-written French anchor data. */
export const frHand: HandAnchorData = {
  yearMarkers: ['an', 'année', 'en'],
  countryNames: { 'grande-bretagne': 'GB', angleterre: 'GB' },
  percentWords: ['%', 'pour cent', 'pourcent'],
  approximations: { presque: 'approximately', environ: 'approximately', près: 'approximately', 'plus de': 'more-than', 'moins de': 'less-than', 'au moins': 'at-least', 'au plus': 'at-most' },
  ordinalSuffixes: ['e', 'er', 're', 'ème', 'ième'],
  stopWords: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'au', 'aux', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'ce', 'cette', 'ces', 'cet', 'qui', 'que', 'quand', 'comme', 'si', 'mais', 'donc', 'ainsi', 'alors', 'puis'],
  personTitles: ['m.', 'mme', 'monsieur', 'madame', 'président', 'ministre'],
  coordinators: ['et', 'ou'],
  rangeWords: ['au', 'à'],
  dayWords: ['le', 'du'],
};
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
};

export const deAnchorRules = buildAnchorRules(cldrDe, deHand, { decimalSeparator: ',', groupSeparators: ['.', ' ', '\u00a0', '\u202f'] });
export const frAnchorRules = buildAnchorRules(cldrFr, frHand, { decimalSeparator: ',', groupSeparators: [' ', '\u00a0', '\u202f', '.'] });
export const enAnchorRules = buildAnchorRules(cldrEn, enHand, { decimalSeparator: '.', groupSeparators: [','] });
