// French: the hand-written layer over CLDR (forms CLDR lacks, word lists).
import { buildAnchorRules, type HandAnchorData } from '../build.js';
import { cldrFr } from './cldr.js';

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
  yearPrepositions: ['en'],
  numberedNouns: ['camp', 'chapitre', 'tome', 'volume', 'partie'],
};

/** French anchor rules: CLDR tables plus {@link frHand}. */
export const frAnchorRules = buildAnchorRules(cldrFr, frHand, { decimalSeparator: ',', groupSeparators: [' ', '\u00a0', '\u202f', '.'] });
