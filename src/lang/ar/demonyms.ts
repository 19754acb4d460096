// Arabic country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';

/**
 * Arabic: the nisba adjective (`صيني`, `الصينية`, `الصينيين`), masculine, feminine and plural; the
 * extractor strips the article and clitics (`وال`, `لل`) before looking a word up.
 */
export const arDemonyms: DemonymData = {
  endings: ['', 'ة', 'ين', 'ون', 'ان', 'تين'],
  capitalised: false,
  stems: {
    VN: ['فيتنامي'],
    CN: ['صيني'],
    NP: ['نيبالي'],
    IN: ['هندي'],
    PK: ['باكستاني'],
    BT: ['بوتاني'],
    JP: ['ياباني'],
    CH: ['سويسري'],
    AT: ['نمساوي'],
    DE: ['ألماني'],
    FR: ['فرنسي'],
    IT: ['إيطالي'],
    ES: ['إسباني'],
    GB: ['بريطاني', 'إنجليزي', 'إنكليزي'],
    US: ['أمريكي', 'أميركي'],
    RU: ['روسي'],
    PL: ['بولندي'],
    NO: ['نرويجي'],
    PE: ['بيروفي'],
    AR: ['أرجنتيني'],
    CL: ['تشيلي'],
    SG: ['سنغافوري'],
    MX: ['مكسيكي'],
    CA: ['كندي'],
    UA: ['أوكراني'],
    AU: ['أسترالي'],
    ID: ['إندونيسي'],
  },
};
