// Arabic inflection, for dictionary look-ups (the clitics and the article glued before a word are removed
// apart, see src/lang/scripts/arabic.ts): the feminine `ة` and its plural `ات`, the sound masculine
// plurals `ون ين`, the dual `ان`, the relative adjective `ي ية`, pronoun suffixes (`ها هم ه`, `ته` from `ة`),
// the past tense's `ت` and `وا` (`قالت`, `كانوا`), the accusative `ًا` (`عامًا`, folded to a final `ا`),
// the imperfect's person prefixes (`يكتب` → `كتب`), and the commonest broken-plural templates
// (`أمطار` → `مطر`, `شيوخ` → `شيخ`, `أشهر` → `شهر`, `مناطق` → `منطقة`, `تقارير` → `تقرير`).
import type { Morphology } from '../profile.js';

export const arMorphology: Morphology = {
  suffixes: [
    ['ة', ''], ['ات', ''], ['ات', 'ة'], ['ون', ''], ['ين', ''], ['ان', ''], ['ي', ''], ['ية', ''], ['ية', 'ي'],
    ['ها', ''], ['هم', ''], ['هما', ''], ['هن', ''], ['ه', ''], ['نا', ''], ['كم', ''],
    ['تها', 'ة'], ['ته', 'ة'], ['تهم', 'ة'], ['تنا', 'ة'],
    ['ا', ''],
  ],
  prefixes: [['ي', ''], ['ت', ''], ['ن', ''], ['سي', ''], ['ست', '']],
  minStem: 3,
  // Letters as folded for look-up (hamza-carrying alef as ا, ة as ه).
  templates: [
    ['ا12ا3', '123'], // أفعال: أمطار, أجزاء, أشخاص
    ['12و3', '123'], // فعول: شيوخ, جنود, قلوب
    ['ا123', '123'], // أفعُل: أشهر
    ['12ا34', '1234'], // مفاعل, فعالل: مساجد
    ['12ا34', '1234ه'], // مفاعل of a feminine singular: مناطق → منطقة
    ['12ا3ي4', '123ي4'], // تفاعيل, فعاليل: تقارير, خنازير
    ['12ا3ي4', '123و4'], // مفاعيل: مشاريع → مشروع
  ],
};
