import { arAnchorRules } from './anchors/ar.js';
import type { LanguageProfile } from './profile.js';

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
  // CLDR tables plus the hand-written layer: src/lang/anchors/ar.ts (reviewed in docs/lang/ar.md).
  anchors: arAnchorRules,
};
