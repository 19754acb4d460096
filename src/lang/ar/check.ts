// Arabic words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import { arabicProclitics } from '../scripts/arabic.js';
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** Arabic words the check stage reads. */
export const arCheck: CheckVocabulary = {
  and: ['و'],
  timeUnits: { hour: ['ساعة', 'ساعات'], day: ['يوم', 'يوما', 'يومًا', 'أيام'], week: ['أسبوع', 'أسبوعا', 'أسابيع'], month: ['شهر', 'شهرا', 'أشهر', 'شهور'], year: ['عام', 'عاما', 'أعوام', 'سنة', 'سنوات'] },
  partWords: ['منها', 'وحدها', 'بينها', 'ومنها', 'منهم', 'من هؤلاء', 'من بينهم'],
  exclusionWords: ['عدا', 'باستثناء'],
  exclusionConnectives: ['ذلك', 'هذا'],
  officeStems: { secretary: ['سكرتير', 'أمين'], chair: ['رئيس'], director: ['مدير'], governor: ['محافظ'] },
  deputyWords: ['نائب'],
  officeClitics: ['وبال', 'وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'],
  nameBreakerPrefixes: ['و', 'ال'],
  spellingEquivalents: [['ج', 'غ'], ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا']],
  unitWords: {
    millimetre: ['مم', 'ملم', 'مليمتر*'], centimetre: ['سم', 'سنتيمتر*'], metre: ['م', 'متر*', 'أمتار'], kilometre: ['كم', 'كم/ساعة', 'كم/س', 'كيلومتر*'],
    inch: ['بوصة', 'بوصات', 'إنش', 'إنشات'], foot: ['قدم', 'قدما', 'أقدام'], mile: ['ميل', 'ميلا', 'أميال'], kilogram: ['كجم', 'كغ', 'كيلوغرام*', 'كيلوجرام*'],
    tonne: ['طن', 'أطنان'], pound: ['رطل', 'رطلا', 'أرطال'], degree: ['درجة', 'درجات'], celsius: ['مئوية', 'سيليزية', 'سلسيوس'], fahrenheit: ['فهرنهايت', 'فارنهايت'],
    yard: ['ياردة', 'يارده', 'ياردات', 'يارد', 'ياردا'], gram: ['غرام', 'غراما', 'جرام', 'جراما', 'غم'],
    // The feddan (4200 m²) is the acre's near equal (4047 m²), which translators write for it.
    'square-metre': ['م²', 'م2'], 'square-kilometre': ['كم²', 'كم2'], hectare: ['هكتار', 'هكتارا', 'هكتارات'], acre: ['فدان', 'فدانا', 'أفدنة', 'إيكر', 'أكر'],
  },
  squareWords: { after: ['مربع', 'مربعا', 'مربعة', 'المربع', 'مربعات'] },
  clockWords: ['الساعة', 'مساء', 'صباحا', 'صباح', 'ظهرا', 'عصرا', 'ليلا', 'فجرا'],
  centuryWords: ['القرن', 'قرن'],
  placeTypeWords: ['جبل', 'بحيرة', 'نهر'],
  compassWords: ['الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'شمال', 'جنوب', 'شرق', 'غرب'],
  organisationWords: ['البرلمان', 'برلمان', 'الجمعية', 'جمعية', 'اللجنة', 'لجنة', 'المجلس', 'مجلس', 'المحكمة', 'محكمة', 'الكونغرس', 'الجامعة', 'جامعة', 'المدرسة', 'مدرسة', 'فندق', 'الدوري', 'الحزب', 'حزب', 'الوزارة', 'وزارة', 'الكنيسة', 'كنيسة', 'البنك', 'بنك', 'وكالة', 'الوكالة', 'هيئة', 'الهيئة', 'رابطة', 'الرابطة', 'اتحاد', 'الاتحاد', 'مؤسسة', 'المؤسسة', 'شركة', 'الشركة', 'نادي', 'النادي', 'معهد', 'المعهد', 'إدارة', 'الإدارة', 'منظمة', 'المنظمة', 'مركز', 'المركز', 'متحف', 'المتحف', 'مستشفى', 'المستشفى', 'كلية', 'الكلية', 'أكاديمية', 'الأكاديمية', 'مكتب', 'المكتب', 'مجتمع', 'المجتمع', 'جماعة', 'الجماعة'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const arWeekdays: WeekdayWords = {
  names: [['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء', 'الاربعاء'], ['الخميس'], ['الجمعة'], ['السبت'], ['الأحد', 'الاحد']],
  compounds: false,
  gluedPrefixes: arabicProclitics,
  // `ليلة السبت`, the night before Saturday: Friday night in English.
  eveWords: ['ليلة', 'ليل', 'ليلة يوم'],
};
