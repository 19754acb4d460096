import { arAnchorRules, arHand } from './anchors.js';
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { arCheck, arWeekdays } from './check.js';
import { arDemonyms } from './demonyms.js';
import { arMorphology } from './morphology.js';

/** Arabic. */
export const ar: LanguageProfile = {
  code: 'ar',
  name: 'Arabic',
  script: 'Arab',
  direction: 'rtl',
  segmentation: {
    terminators: ['.', '?', '!', '…', '؟', '۔'],
    quotePairs: [
      ['«', '»'],
      ['“', '”'],
      ['"', '"'],
    ],
    abbreviations: ['د.', 'م.', 'ه.', 'ص.', 'ج.'],
    mayEndAbbreviations: ['م.', 'هـ.', 'ه.'],
    pageMarkers: {
      source: ['مصدر', 'المصدر'],
      comments: ['تعليق', 'تعليقات', 'التعليقات'],
      endOfArticle: ['في نفس الموضوع', 'في نفس الفئة', 'من نفس المؤلف', 'اقرأ أيضا', 'اقرأ أيضًا'],
      byline: ['بقلم', 'تصوير', 'المحرر'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/ar/anchors.ts (reviewed in docs/lang/ar.md).
  anchors: arAnchorRules,
};

/** Everything the project knows about Arabic. */
export const arLanguage: LanguageDefinition = {
  code: 'ar',
  name: 'Arabic',
  script: 'Arab',
  direction: 'rtl',
  profile: ar,
  anchors: arAnchorRules,
  handAnchors: arHand,
  check: arCheck,
  weekdays: arWeekdays,
  relativeLength: 0.94,
  demonyms: arDemonyms,
  morphology: arMorphology,
  detection: {
    confidence: 0.95,
    scriptDefault: true,
  },
};
