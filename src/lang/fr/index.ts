// French: segmentation rules, anchor rules (CLDR tables and the hand-written layer), check words,
// demonyms and detection words.
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { frAnchorRules, frHand } from './anchors.js';
import { frCheck, frWeekdays } from './check.js';
import { frDemonyms } from './demonyms.js';

/** Short forms after which no sentence ends: titles, `p. ex.`, `c.-à-d.`, months and units before a number. */
const abbreviations = [
  'MM.', 'Mme.', 'Mlle.', 'Mgr.', 'Dr.', 'Pr.', 'Prof.', 'St.', 'Ste.', 'Sts.', 'Gén.', 'Col.', 'Cdt.', 'Lt.', 'Sgt.',
  'av.', 'apr.', 'J.-C.', 'env.', 'cf.', 'ex.', 'p.', 'pp.', 'c.-à-d.', 'c-à-d.', 'éd.', 'vol.', 'chap.', 'al.', 'fig.',
  'n°.', 'n.', 'boul.', 'bd.', 'hab.', 'min.', 'max.', 'sq.', 'suiv.', 'resp.', 'tél.', 'janv.', 'févr.', 'avr.',
  'juil.', 'juill.', 'sept.', 'oct.', 'nov.', 'déc.', 'etc.', 'Cie.', 'Md.', 'Mds.', 'mds.', 'md.', 'mrd.', 'mln.', 'Inc.', 'Ltd.',
];

/** Of those, the ones that also end a sentence (`… des vivres, etc.`, `… 5 Mds.`, `… en 44 av. J.-C.`). */
const mayEnd = ['etc.', 'J.-C.', 'Cie.', 'Inc.', 'Ltd.', 'Md.', 'Mds.', 'mds.', 'md.', 'mrd.', 'mln.', 'hab.', 'suiv.'];

/** French. */
export const fr: LanguageProfile = {
  code: 'fr',
  name: 'French',
  script: 'Latn',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…'],
    quotePairs: [
      ['«', '»'],
      ['“', '”'],
      ['‘', '’'],
      ['"', '"'],
    ],
    abbreviations,
    mayEndAbbreviations: mayEnd,
    pageMarkers: {
      source: ['Source', 'Sources'],
      comments: ['Commentaire', 'Commentaires', 'Réagir'],
      endOfArticle: ['Sur le même sujet', 'Dans la même catégorie', 'Du même auteur', 'Lire aussi', 'À lire aussi', 'Articles liés'],
      byline: ['Texte et photos', 'Texte', 'Photo', 'Photos', 'Par'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/fr/anchors.ts (reviewed in docs/lang/fr.md).
  anchors: frAnchorRules,
};

/** Everything the project knows about French. */
export const frLanguage: LanguageDefinition = {
  code: 'fr',
  name: 'French',
  script: 'Latn',
  direction: 'ltr',
  profile: fr,
  anchors: frAnchorRules,
  handAnchors: frHand,
  check: frCheck,
  weekdays: frWeekdays,
  relativeLength: 1.18,
  demonyms: frDemonyms,
  detection: {
    functionWords: ['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'que', 'dans', 'pour', 'pas', 'sur', 'au', 'par', 'avec', 'ce', 'qui', 'entre', 'deux', 'ont'],
  },
};
