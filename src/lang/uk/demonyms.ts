// Ukrainian country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';

/**
 * Ukrainian: adjectives in `-ськ-`/`-цьк-` in every case and gender (`китайський`, `китайської`,
 * `китайським`), and the combining form in `-о` (`в'єтнамсько-китайський`).
 */
export const ukDemonyms: DemonymData = {
  endings: ['ий', 'а', 'е', 'ого', 'ої', 'ому', 'ій', 'им', 'ою', 'у', 'і', 'их', 'ими', 'о'],
  capitalised: false,
  stems: {
    VN: ["в'єтнамськ"],
    CN: ['китайськ'],
    NP: ['непальськ'],
    IN: ['індійськ'],
    PK: ['пакистанськ'],
    BT: ['бутанськ'],
    JP: ['японськ'],
    CH: ['швейцарськ'],
    AT: ['австрійськ'],
    DE: ['німецьк'],
    FR: ['французьк'],
    IT: ['італійськ'],
    ES: ['іспанськ'],
    GB: ['британськ', 'англійськ'],
    US: ['американськ'],
    RU: ['російськ'],
    PL: ['польськ'],
    NO: ['норвезьк'],
    PE: ['перуанськ'],
    AR: ['аргентинськ'],
    CL: ['чилійськ'],
    KP: ['північнокорейськ'],
    KR: ['південнокорейськ'],
    SG: ['сінгапурськ'],
    MX: ['мексиканськ'],
    CA: ['канадськ'],
    UA: ['українськ'],
    AU: ['австралійськ'],
    ID: ['індонезійськ'],
  },
};
