// German: the hand-written layer over CLDR (forms CLDR lacks, word lists).
import { buildAnchorRules, spaceGroupSeparators, type HandAnchorData } from '../build.js';
import { cldrDe } from './cldr.js';

/** Nouns that stand before a name in apposition: offices and titles (both genders), kinds of place, storms. */
const appositionNouns = [
  ...['präsident', 'premierminister', 'ministerpräsident', 'minister', 'kanzler', 'senator', 'richter', 'trainer', 'kapitän', 'pfarrer',
    'bischof', 'professor', 'sprecher', 'direktor', 'bürgermeister', 'gouverneur', 'abgeordnete', 'botschafter', 'außenminister', 'könig',
    'prinz', 'vorsitzende', 'spieler', 'stürmer', 'verteidiger', 'torhüter', 'kollege'].flatMap((office) => [office, `${office}in`]),
  'vater', 'pater', 'papst', 'königin', 'prinzessin', 'provinz', 'region', 'stadt', 'bezirk', 'kanton', 'bundesstaat', 'staat', 'insel',
  'halbinsel', 'hurrikan', 'tropensturm', 'sturm', 'taifun', 'zyklon', 'richtung',
];

/** Hand-written German anchor data. */
export const deHand: HandAnchorData = {
  // German `Billion` is 10^12; `Mio.`, `Mrd.`, `Tsd.`, `Bio.` are how figures are written.
  // `zweitausend`, and the hundreds past a thousand in one word (`fünfzehnhundert`, 1500).
  compoundScales: { tausend: 1000, hundert: 100 },
  scaleWords: { hundert: 100, tausende: 1000, tausenden: 1000, millionen: 1e6, billion: 1e12, billionen: 1e12, tsd: 1000, mio: 1e6, mrd: 1e9, bio: 1e12, dutzend: 12 },
  // "Dozens", "hundreds": an order of magnitude, no figure.
  vagueAmounts: ['dutzende', 'dutzenden', 'hunderte', 'hunderten', 'tausende', 'tausenden', 'zehntausende', 'zehntausenden', 'hunderttausende', 'hunderttausenden'],
  // A half added after a number in words (`zwei und ein halb Jahre`).
  halfAfter: ['und ein halb', 'und einhalb'],
  // `um halb zehn`, `halb zehn Uhr`: 9:30 (the half before the hour named); `halb` alone is any half.
  halfHours: { words: ['halb'], hourOffset: -1, contextBefore: ['um', 'gegen', 'bis', 'ab'] },
  // `ein Drittel`, `zwei Drittel`; a bare `Viertel` is a district.
  fractions: {
    nouns: { drittel: 3, drittels: 3, dritteln: 3, viertel: 4, vierteln: 4, fünftel: 5, fünfteln: 5, zehntel: 10, zehnteln: 10 },
    nounsNeedCount: true,
    // `eine halbe Million`, `eine Viertelmillion`.
    scaleParts: { halbe: 0.5, halben: 0.5, halber: 0.5 },
    gluedScaleParts: { viertel: 0.25 },
  },
  newPlaceWords: ['neu', 'new'],
  scaleAbbreviations: ['tsd', 'mio', 'mrd', 'bio'],
  // Austrian month names beside CLDR's (`Jänner` is in CLDR de-AT, `Feber` is not).
  monthNames: { feber: 2 },
  yearMarkers: ['jahr', 'jahre', 'im'],
  // Great Britain and England name the United Kingdom in everyday use (CLDR has only `Vereinigtes Königreich`).
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia).
  countryNames: { großbritannien: 'GB', grossbritannien: 'GB', england: 'GB', mazedonien: 'MK', birma: 'MM', bosnien: 'BA' },
  percentWords: ['%', 'prozent', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt'],
  approximations: { fast: 'approximately', rund: 'approximately', etwa: 'approximately', ungefähr: 'approximately', circa: 'approximately', 'ca.': 'approximately', zirka: 'approximately', knapp: 'approximately', 'bis zu': 'at-most', 'mehr als': 'more-than', über: 'more-than', 'weniger als': 'less-than', mindestens: 'at-least', höchstens: 'at-most' },
  nameEndings: ['s'],
  groupGenitive: true,
  // Plural nouns and adjectives in multi-word country names (Сполучених Штатів, Vereinigten Staaten).
  countryNameEndings: ['n', 'en'],
  stopWords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'und', 'oder', 'aber', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'vor', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man', 'dies', 'diese', 'dieser', 'dieses', 'als', 'wenn', 'da', 'dort', 'hier', 'so', 'auch', 'nur', 'noch', 'schon', 'doch', 'wie', 'was', 'wer', 'wo', 'warum', 'wieso', 'weshalb', 'wann', 'wohin', 'woher',
    // Possessive and quantifying determiners, capitalised when they open a sentence, stand before the noun
    // they determine, which German capitalises too (`Seine Nachrichten`, `Unsere Ergebnisse`): no name.
    ...['sein', 'ihr', 'unser', 'mein', 'dein', 'euer', 'eur', 'kein'].flatMap((stem) => [stem, ...['e', 'en', 'em', 'er', 'es'].map((ending) => `${stem}${ending}`)]),
    ...['jed', 'all', 'viel', 'einig', 'manch', 'welch', 'solch', 'beid', 'jen', 'ander', 'mehrer', 'wenig'].flatMap((stem) => ['e', 'en', 'em', 'er', 'es'].map((ending) => `${stem}${ending}`)),
    // Every German noun is capitalised: titles, offices and kinds of place or storm stand before a name
    // in apposition (`Provinz Qinghai`, `Premierministerin May`, `Hurrikan Rosa`) without being part of it.
    ...appositionNouns],
  // German writes Cyrillic names by its own letters: ч `tsch`, ш `sch`, х `ch`, в `w`, ц `z`, й/е `j` (`Chruschtschow`, `Lawrow`, `Jelzin`).
  nameSpellings: [['tsch', 'ch'], ['sch', 'sh'], ['ch', 'kh'], ['w', 'v'], ['z', 'ts'], ['j', 'y']],
  // Not `von`, `der`: between capitalised nouns they are German (`Bericht der Vereinten Nationen`).
  nameParticles: ['bin', 'ibn', 'ben', 'al', 'el', 'as', 'ad', 'van', 'de', 'da', 'dos'],
  personTitles: ['herr', 'frau', 'dr.', 'präsident', 'minister'],
  coordinators: ['und', 'oder', 'sowie'],
  rangeWords: ['bis'],
  dayWords: ['am', 'den', 'vom'],
  capitalisesNouns: true,
  yearPrepositions: ['im'],
  nominativeEndings: ['', 'a'],
  numberedNouns: ['lager', 'hochlager', 'höhenlager', 'sturmlager', 'kapitel', 'band', 'teil'],
};

/** German anchor rules: CLDR tables plus {@link deHand}. */
export const deAnchorRules = buildAnchorRules(cldrDe, deHand, { decimalSeparator: ',', groupSeparators: ['.', ...spaceGroupSeparators] });
