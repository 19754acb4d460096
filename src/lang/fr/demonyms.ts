// French country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';
import { latinCombiningForms } from '../scripts/latin.js';

/** French: `chinois(e|es)`, `vietnamien(ne|nes|s)`; `sino-` as in `sino-soviétique`. */
export const frDemonyms: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'e', 's', 'es', 'ne', 'nes'],
  capitalised: false,
  stems: {
    VN: ['vietnamien'],
    CN: ['chinois', 'sino'],
    NP: ['népalais'],
    IN: ['indien'],
    PK: ['pakistanais'],
    BT: ['bhoutanais'],
    JP: ['japonais', 'nippon'],
    CH: ['suisse', 'helvétique'],
    AT: ['autrichien'],
    DE: ['allemand'],
    FR: ['français'],
    IT: ['italien'],
    ES: ['espagnol'],
    GB: ['britannique', 'anglais'],
    US: ['américain'],
    RU: ['russe'],
    PL: ['polonais'],
    NO: ['norvégien'],
    PE: ['péruvien'],
    AR: ['argentin'],
    CL: ['chilien'],
    KP: ['nord-coréen'],
    KR: ['sud-coréen'],
    SG: ['singapourien'],
    MX: ['mexicain'],
    CA: ['canadien'],
    UA: ['ukrainien'],
    AU: ['australien'],
    ID: ['indonésien'],
  },
};
