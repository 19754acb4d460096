// English country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';
import { latinCombiningForms } from '../scripts/latin.js';

/** English: `Chinese`, `Pakistani(s)`, `Sino-`. */
export const enDemonyms: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 's'],
  capitalised: true,
  stems: {
    VN: ['vietnamese'],
    CN: ['chinese', 'sino'],
    NP: ['nepalese', 'nepali'],
    IN: ['indian'],
    PK: ['pakistani'],
    BT: ['bhutanese'],
    JP: ['japanese'],
    CH: ['swiss'],
    AT: ['austrian'],
    DE: ['german'],
    FR: ['french'],
    IT: ['italian'],
    ES: ['spanish', 'spaniard'],
    GB: ['british', 'briton', 'english'],
    US: ['american'],
    RU: ['russian'],
    PL: ['polish'],
    NO: ['norwegian'],
    PE: ['peruvian'],
    AR: ['argentine', 'argentinian'],
    CL: ['chilean'],
    KP: ['north korean'],
    KR: ['south korean'],
    SG: ['singaporean'],
    MX: ['mexican'],
    CA: ['canadian'],
    UA: ['ukrainian'],
    AU: ['australian'],
    ID: ['indonesian'],
  },
};
