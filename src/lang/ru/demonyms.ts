// Russian country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';

/**
 * Russian: adjectives in `-ск-`/`-цк-` in every case and gender (`китайский`, `китайской`, `китайским`),
 * and the combining form in `-о` (`российско-китайский`).
 */
export const ruDemonyms: DemonymData = {
  endings: ['ий', 'ая', 'ое', 'ого', 'ой', 'ому', 'ую', 'им', 'ом', 'ие', 'их', 'ими', 'о'],
  capitalised: false,
  stems: {
    VN: ['вьетнамск'],
    CN: ['китайск'],
    NP: ['непальск'],
    IN: ['индийск'],
    PK: ['пакистанск'],
    BT: ['бутанск'],
    JP: ['японск'],
    CH: ['швейцарск'],
    AT: ['австрийск'],
    DE: ['немецк', 'германск'],
    FR: ['французск'],
    IT: ['итальянск'],
    ES: ['испанск'],
    GB: ['британск', 'английск'],
    US: ['американск'],
    RU: ['российск'],
    PL: ['польск'],
    NO: ['норвежск'],
    PE: ['перуанск'],
    AR: ['аргентинск'],
    CL: ['чилийск'],
    KP: ['северокорейск'],
    KR: ['южнокорейск'],
    SG: ['сингапурск'],
    MX: ['мексиканск'],
    CA: ['канадск'],
    UA: ['украинск'],
    AU: ['австралийск'],
    ID: ['индонезийск'],
  },
};
