// Arabic words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary } from '../profile.js';

/** Arabic words the check stage reads. */
export const arCheck: CheckVocabulary = {
  and: ['و'],
  timeUnits: { hour: ['ساعة', 'ساعات'], day: ['يوم', 'يوما', 'يومًا', 'أيام'], week: ['أسبوع', 'أسبوعا', 'أسابيع'], month: ['شهر', 'شهرا', 'أشهر', 'شهور'], year: ['عام', 'عاما', 'أعوام', 'سنة', 'سنوات'] },
  partWords: ['منها', 'وحدها', 'بينها', 'ومنها', 'منهم'],
  exclusionWords: ['عدا', 'باستثناء'],
  officeStems: { secretary: ['سكرتير', 'أمين'], chair: ['رئيس'], director: ['مدير'], governor: ['محافظ'] },
  deputyWords: ['نائب'],
  officeClitics: ['وبال', 'وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'],
  nameBreakerPrefixes: ['و', 'ال'],
  spellingEquivalents: [['ج', 'غ'], ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا']],
};
