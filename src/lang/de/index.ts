// German: segmentation rules, anchor rules (CLDR tables and the hand-written layer), check words,
// demonyms and detection words.
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { deAnchorRules, deHand } from './anchors.js';
import { deCheck, deWeekdays } from './check.js';
import { deDemonyms } from './demonyms.js';

/** Short forms after which no sentence ends: titles, `z. B.`, units and scale words before a noun (`ca. 27 Meter`, `Nr. 5`). */
const abbreviations = [
  'Dr.', 'Prof.', 'Hr.', 'Fr.', 'Frl.', 'St.', 'Hl.', 'Pfr.', 'Dipl.', 'Ing.', 'Mag.', 'Abg.', 'Kpt.', 'Lt.',
  'ca.', 'z.', 'z.B.', 'd.h.', 'h.', 'u.a.', 'a.', 'v.a.', 'o.ä.', 'u.ä.', 'bzw.', 'bspw.', 'ggf.', 'evtl.', 'vgl.', 'sog.', 'inkl.',
  'zzgl.', 'abzgl.', 'mind.', 'max.', 'min.', 'gem.', 'lt.', 'ugs.', 'urspr.', 'Nr.', 'Bd.', 'Abs.', 'Kap.', 'Abb.',
  'Tab.', 'Anm.', 'Hrsg.', 'Jh.', 'Jhd.', 'geb.', 'gest.', 'verh.', 'Tel.', 'Str.', 'Mio.', 'Mrd.', 'Tsd.', 'Std.', 'Sek.',
  'Jan.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.', 'v.', 'n.', 'Chr.', 'z.T.', 'i.d.R.', 'o.g.', 's.o.', 's.u.',
  'usw.', 'etc.', 'e.V.', 'Co.',
];

/**
 * Of those, the ones that also end a sentence (`… und so weiter usw.`, `… 44 v. Chr.`). Not the scale words
 * and units: before a capitalised noun (`3 Mio. Euro`) they go on, and every German noun is capitalised.
 */
const mayEnd = ['usw.', 'etc.', 'o.ä.', 'u.ä.', 'Chr.', 'e.V.'];

/** German. */
export const de: LanguageProfile = {
  code: 'de',
  name: 'German',
  script: 'Latn',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…'],
    quotePairs: [
      ['„', '“'],
      ['‚', '‘'],
      ['»', '«'],
      ['›', '‹'],
      ['“', '”'],
      ['"', '"'],
    ],
    abbreviations,
    mayEndAbbreviations: mayEnd,
    // German writes ordinals as digits and a stop (`am 3. Oktober`, `in der 89. Minute`).
    ordinalDots: {
      after: [
        'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'aufs', 'ab', 'bis', 'seit',
        'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'unser', 'unsere',
        'unserem', 'unseren', 'unserer', 'jeder', 'jede', 'jedem', 'jeden', 'jedes', 'dieser', 'diese', 'diesem', 'diesen', 'dieses',
      ],
    },
    pageMarkers: {
      source: ['Quelle', 'Quellen'],
      comments: ['Kommentar', 'Kommentare'],
      endOfArticle: ['Zum selben Thema', 'In derselben Kategorie', 'Vom selben Autor', 'Lesen Sie auch', 'Mehr zum Thema', 'Verwandte Artikel'],
      byline: ['Text und Fotos', 'Text und Foto', 'Text', 'Foto', 'Fotos', 'Von'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/de/anchors.ts (reviewed in docs/lang/de.md).
  anchors: deAnchorRules,
};

/** Everything the project knows about German. */
export const deLanguage: LanguageDefinition = {
  code: 'de',
  name: 'German',
  script: 'Latn',
  direction: 'ltr',
  profile: de,
  anchors: deAnchorRules,
  handAnchors: deHand,
  check: deCheck,
  weekdays: deWeekdays,
  relativeLength: 1.22,
  demonyms: deDemonyms,
  detection: {
    functionWords: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'dem', 'ein', 'eine', 'zu', 'von', 'den', 'im', 'auch', 'wird', 'wurde', 'zwischen', 'zwei'],
  },
};
