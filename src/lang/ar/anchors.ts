// Arabic: the hand-written layer over CLDR. CLDR spells the masculine-counted forms (ثلاثة); Arabic also
// uses the bare forms with feminine nouns (ثلاث وثائق), the oblique case (عشرين، اثنين) and duals.
// Clitics (و ب ل ف ك ال) are stripped by the extractor, so the tables hold bare forms only.
import { cldrAr } from './cldr.js';
import { buildAnchorRules, inflect, type HandAnchorData } from '../build.js';

/** Hand-written Arabic anchor data (reviewed in docs/lang/ar.md). */
export const arHand: HandAnchorData = {
  numberWords: {
    اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ثلاث: 3, أربع: 4, خمس: 5, ست: 6, سبع: 7, ثماني: 8, ثمان: 8, تسع: 9, عشر: 10,
    عشرين: 20, ثلاثين: 30, أربعين: 40, خمسين: 50, ستين: 60, سبعين: 70, ثمانين: 80, تسعين: 90, مئة: 100, مائة: 100,
    مئتين: 200, مائتين: 200, مئتان: 200, مائتان: 200, مئتي: 200, مائتي: 200, ألفين: 2000, ألفان: 2000,
    // The one of eleven (`أحد عشر`, `إحدى عشرة`) and of 21, 31… (`أحد وعشرون`); alone it is "one of" or
    // Sunday, and a lone one is never read as a count.
    أحد: 1, إحدى: 1,
    // The hundreds 300-900 are one word, with either spelling of the hundred (`خمسمائة`, `خمسمئة`).
    ...inflect({ ثلاث: 300, أربع: 400, خمس: 500, ست: 600, سبع: 700, ثمان: 800, ثماني: 800, تسع: 900 }, ['مائة', 'مئة']),
    // The dual of a scale noun is a number by itself (`مليونا دولار`, `بمليونين`, `ملياري دولار`): nominative,
    // oblique, and the oblique construct form before a noun (the nominative construct `مليونا` is also the
    // accusative singular, `عشرين مليونا`, so it stays a scale).
    ألفي: 2000, مليونان: 2e6, مليونين: 2e6, مليوني: 2e6, ملياران: 2e9, مليارين: 2e9, ملياري: 2e9,
    بليونان: 2e9, بليونين: 2e9, بليوني: 2e9, تريليونان: 2e12, تريليونين: 2e12, تريليوني: 2e12, ترليونان: 2e12, ترليونين: 2e12, ترليوني: 2e12,
  },
  // The dual is a count of two by itself (`يومين`, `ساعتين`, `دولارين`): for these nouns and the units of
  // time and measure of ar/check.ts; nominative `-ان`, oblique `-ين`, the feminine `ة` becoming `ت`.
  duals: {
    endings: ['ان', 'ين'],
    stemChanges: [['ة', 'ت']],
    // `مرتين`: twice (the dual of `مرة`, a time).
    nouns: ['مرة', 'دقيقة', 'دولار', 'يورو', 'جنيه', 'دينار', 'ريال', 'درهم', 'شخص', 'رجل', 'طفل', 'هكتار', 'فدان', 'لتر', 'برميل'],
    minNounLetters: 3,
  },
  // A decade of the 1900s named by the plural of its tens (`التسعينيات`, `تسعينات القرن الماضي`: the 1990s);
  // not the twenties (`العشرينيات`), which may be either century's or a person's age.
  decadeNames: Object.fromEntries(
    Object.entries({ ثلاثين: 30, أربعين: 40, خمسين: 50, ستين: 60, سبعين: 70, ثمانين: 80, تسعين: 90 }).flatMap(([tens, value]) =>
      ['يات', 'ات'].flatMap((plural) => [[`${tens}${plural}`, value], [`ال${tens}${plural}`, value]]),
    ),
  ),
  // "Tens", "hundreds": an order of magnitude, no figure (`عشرات الأشخاص`, `مئات المنازل`).
  vagueAmounts: ['عشرات', 'مئات', 'بضع', 'بضعة'],
  // Monday is "the two" (`يوم الاثنين`); with the article the oblique form names the day far more often
  // than two people (`الاثنان`, nominative, stays a count).
  notCounts: ['الاثنين', 'الإثنين'],
  // `ساعتين ونصف`, `ثلاث سنوات ونصف`: two and a half hours, three and a half years.
  halfAfter: ['ونصف', 'و نصف'],
  // `الساعة الثالثة والنصف عصرا`: the hour as a feminine ordinal after `الساعة`, then and a half, a
  // quarter, a third, or a quarter or a third to the hour.
  hourMinutes: { ordinalHour: true, minuteWords: { والنصف: 30, والربع: 15, والثلث: 20, 'إلا ربعا': -15, 'إلا الربع': -15, 'إلا ربع': -15, 'إلا ثلثا': -20, 'إلا الثلث': -20 } },
  // `ثلث` (a third), `ثلثا`/`ثلثي` (two thirds), `ثلاثة أرباع`; `خمس` and `عشر` also spell five and ten: left out.
  // `نصف مليون`: half the scale.
  fractions: { nouns: { ثلث: 3, ثلثا: [2, 3], ثلثي: [2, 3], ربع: 4, أرباع: 4 }, scaleParts: { نصف: 0.5 } },
  newPlaceWords: ['نيو'],
  // `الخامس من مارس`: the fifth of March; not `النصف الثاني من نوفمبر`, the second half of November.
  dayMonthLinks: ['من'],
  ordinalWords: {
    // `الحادي عشر` (11th), `الحادية والعشرون` (21st): the one of compound ordinals.
    حادي: 1, حادية: 1, أول: 1, ثاني: 2, ثالث: 3, رابع: 4, خامس: 5, سادس: 6, سابع: 7, ثامن: 8, تاسع: 9, عاشر: 10,
    العاشر: 10, العاشرة: 10, الخامس: 5, الخامسة: 5,
    // The indefinite form of the defective ordinal (`اجتماع ثانٍ`, "a second meeting"), its ي dropped.
    ثان: 2,
  },
  // Singular, accusative (`عشرين ألفا`), plurals (`آلاف`, `ألوف`, `ملايين`, `مليارات`, `بلايين`).
  scaleWords: {
    آلاف: 1000, ألوف: 1000, ألف: 1000, ألفا: 1000, ملايين: 1e6, مليون: 1e6, مليونا: 1e6, مليار: 1e9, مليارا: 1e9, مليارات: 1e9,
    بليون: 1e9, بليونا: 1e9, بلايين: 1e9, تريليون: 1e12, تريليونا: 1e12, تريليونات: 1e12,
    // Trillion is also spelt without its ي (`ترليون`).
    ترليون: 1e12, ترليونا: 1e12, ترليونات: 1e12,
  },
  approximations: {
    نحو: 'approximately', حوالي: 'approximately', حوالى: 'approximately', قرابة: 'approximately', تقريبا: 'approximately',
    'ما يقرب من': 'approximately', 'أكثر من': 'more-than', 'أزيد من': 'more-than', 'أقل من': 'less-than',
    'على الأقل': 'at-least', 'ما لا يقل عن': 'at-least', 'لا يقل عن': 'at-least', 'لا يزيد عن': 'at-most',
  },
  // `ثلاثة أيام على الأقل`, `عشرة أيام تقريبا`: the approximation after the number and its noun.
  approximationsAfter: { 'على الأقل': 'at-least', 'على الاقل': 'at-least', تقريبا: 'approximately', تقريبًا: 'approximately', 'أو أكثر': 'at-least' },
  yearMarkers: ['عام', 'العام', 'سنة', 'لعام', 'عامي', 'سنة'],
  // `30 سبتمبر من عام 1882`, `في عام`: a date's year given after its day and month with the year word.
  yearLinks: ['من', 'في'],
  cliticPrefixes: ['و', 'ف', 'ب', 'ل', 'ك', 'ال'],
  unitsBeforeTens: true,
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia).
  countryNames: { صين: 'CN', الصين: 'CN', فيتنام: 'VN', فييتنام: 'VN', بريطانيا: 'GB', إنجلترا: 'GB', الإمارات: 'AE', مقدونيا: 'MK', بورما: 'MM', البوسنة: 'BA' },
  ordinalSuffixes: [],
  percentWords: ['%', '٪', 'بالمئة', 'بالمائة', 'في المئة', 'في المائة', 'نقطة مئوية', 'نقاط مئوية'],
  nameEndings: [],
  stopWords: [
    'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'أن', 'إن', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'كما', 'أيضا',
    'الرفيق', 'السيد', 'أمين', 'سكرتير', 'لجنة', 'اللجنة', 'الحزب', 'منطقة', 'مقاطعة', 'عضو', 'رئيس', 'نائب', 'وفد',
  ],
  labelWords: ['العلامه*', 'علامه*', 'رقم*', 'الرقم*', 'الشاخصه*'],
  personTitles: ['الرفيق', 'بالرفيق', 'والرفيق', 'السيد', 'السيدة', 'الرئيس', 'الأمين', 'السكرتير', 'سكرتير', 'أمين'],
  // `و` is usually glued to the next word or number (`و16`).
  coordinators: ['و', 'أو'],
  // Latin digits with a comma (Latin or Arabic) before one or two digits: a decimal (`2,3%`, `12،6 مليار`).
  shortDecimalMarks: [',', '،'],
  rangeWords: ['إلى', 'الى', 'حتى'],
  dayWords: ['في'],
  // `يونيو الماضي`, `حزيران المقبل`: last June, next June.
  monthContextWordsAfter: ['الماضي', 'المقبل', 'القادم', 'الحالي', 'الجاري'],
  // Names with no other meaning are a month alone (`قمة يونيو`, `النصف الأول من أكتوبر`), in each of the
  // three systems: Egyptian, Levantine (not `نيسان`, also the carmaker; `آب` below), and the Maghreb's
  // French-derived names (`قمة أفريل`; not `ماي`, `جوان`, also a word and a first name, nor `غشت`).
  bareMonthNames: [
    'يناير', 'فبراير', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
    'شباط', 'آذار', 'أيار', 'حزيران', 'تموز', 'أيلول',
    'جانفي', 'فيفري', 'أفريل', 'جويلية', 'أوت', 'يوليوز', 'شتنبر', 'نونبر', 'دجنبر',
  ],
  // Levantine August as written, with its madda (`قمة آب`): folded, it is `أب`, father, which no writer spells `آب`.
  bareMonthSurfaces: ['آب'],
  monthContextWords: ['في', 'شهر', 'منذ', 'حتى', 'خلال', 'بحلول', 'أوائل', 'أواخر', 'منتصف', 'مطلع', 'بداية', 'نهاية', 'قبل', 'بعد', 'الماضي', 'المقبل'],
};

/** Arabic anchor rules: CLDR tables plus {@link arHand}. */
export const arAnchorRules = buildAnchorRules(cldrAr, arHand, { decimalSeparator: '٫', groupSeparators: ['٬', ','] });
