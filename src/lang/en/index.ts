// English: segmentation rules, anchor rules (CLDR tables and the hand-written layer), check words,
// demonyms and detection words.
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { enAnchorRules, enHand } from './anchors.js';
import { enCheck, enWeekdays } from './check.js';
import { enDemonyms } from './demonyms.js';
import { enMorphology } from './morphology.js';

/** Titles and ranks written before a name: never a sentence end, whatever follows (`Mr. Adams`, `Sen. Flake`). */
const titles = [
  'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mmes.', 'Dr.', 'Prof.', 'Rev.', 'Fr.', 'Sr.', 'St.', 'Mt.', 'Ft.', 'Sen.', 'Rep.', 'Gov.',
  'Lt.', 'Col.', 'Gen.', 'Maj.', 'Capt.', 'Cmdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Det.', 'Insp.', 'Supt.', 'Const.', 'Hon.', 'Pres.',
  'Amb.', 'Atty.', 'Rt.', 'Sec.', 'Msgr.', 'Brig.', 'Pte.',
];

/** Short forms before a number or a name, and Latin ones that run on (`No. 5`, `vs. Chelsea`, `e.g. the`). */
const runOn = ['No.', 'Nos.', 'Vol.', 'vol.', 'pp.', 'p.', 'ch.', 'Ch.', 'Art.', 'art.', 'Fig.', 'fig.', 'vs.', 'v.', 'e.g.', 'i.e.', 'cf.', 'viz.', 'ca.', 'approx.', 'est.', 'ft.', 'lb.', 'lbs.', 'oz.', 'mi.', 'sq.', 'Dept.', 'Univ.', 'Assn.', 'Hwy.'];

/** Abbreviations that also stand at the end of a sentence (`… and Co.`, `… Johnson & Johnson Inc. The`). */
const mayEnd = ['etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.', 'Jr.', 'Sr.', 'a.m.', 'p.m.', 'U.S.', 'U.K.', 'U.N.', 'D.C.', 'Ave.', 'Blvd.', 'Rd.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** English. */
export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  script: 'Latn',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…'],
    quotePairs: [
      ['“', '”'],
      ['‘', '’'],
      ['"', '"'],
      ["'", "'"],
    ],
    abbreviations: [...titles, ...runOn],
    mayEndAbbreviations: mayEnd,
    pageMarkers: {
      source: ['Source', 'Sources'],
      comments: ['Comment', 'Comments'],
      endOfArticle: ['Related', 'Related articles', 'Read more', 'See also', 'More on this story'],
      byline: ['By', 'Photo', 'Photos', 'Text and photos', 'Reporting by', 'Editing by'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/en/anchors.ts (reviewed in docs/lang/en.md).
  anchors: enAnchorRules,
};

/** Everything the project knows about English. */
export const enLanguage: LanguageDefinition = {
  code: 'en',
  name: 'English',
  script: 'Latn',
  direction: 'ltr',
  profile: en,
  anchors: enAnchorRules,
  handAnchors: enHand,
  check: enCheck,
  weekdays: enWeekdays,
  relativeLength: 1.00,
  demonyms: enDemonyms,
  morphology: enMorphology,
  detection: {
    functionWords: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'by', 'be', 'at', 'this', 'are', 'from', 'has', 'have', 'which', 'between', 'two', 'were'],
  },
};
