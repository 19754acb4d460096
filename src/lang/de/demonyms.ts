// German country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';
import { latinCombiningForms } from '../scripts/latin.js';

/** German: `chinesisch(e|en|er|es|em)`, `Chinese(n)`, `Japaner(in|innen)`; `sino-` as in `sino-tibetisch`. */
export const deDemonyms: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'e', 'en', 'er', 'es', 'em', 'n', 'in', 'innen'],
  capitalised: false,
  stems: {
    VN: ['vietnamesisch', 'vietnamese'],
    CN: ['chinesisch', 'chinese', 'sino'],
    NP: ['nepalesisch', 'nepalisch', 'nepalese', 'nepali'],
    IN: ['indisch', 'inder'],
    PK: ['pakistanisch', 'pakistaner'],
    BT: ['bhutanisch', 'bhutaner'],
    JP: ['japanisch', 'japaner'],
    CH: ['schweizerisch', 'schweizer'],
    AT: ['österreichisch', 'österreicher'],
    DE: ['deutsch'],
    FR: ['französisch', 'franzose'],
    IT: ['italienisch', 'italiener'],
    ES: ['spanisch', 'spanier'],
    GB: ['britisch', 'brite', 'englisch', 'engländer'],
    US: ['amerikanisch', 'amerikaner'],
    RU: ['russisch', 'russe'],
    PL: ['polnisch'],
    NO: ['norwegisch', 'norweger'],
    PE: ['peruanisch', 'peruaner'],
    AR: ['argentinisch', 'argentinier'],
    CL: ['chilenisch', 'chilene'],
    KP: ['nordkoreanisch', 'nordkoreaner'],
    KR: ['südkoreanisch', 'südkoreaner'],
    SG: ['singapurisch', 'singapurer'],
    MX: ['mexikanisch', 'mexikaner'],
    CA: ['kanadisch', 'kanadier'],
    UA: ['ukrainisch', 'ukrainer'],
    AU: ['australisch', 'australier'],
    ID: ['indonesisch', 'indonesier'],
  },
  compassPrefixes: ['nordost', 'nordwest', 'südost', 'südwest', 'nord', 'süd', 'ost', 'west', 'zentral', 'mittel'],
  // Compass compounds whose remainder is another country's name (`Nordirland` is in GB, not IE).
  compassExceptions: ['nordirland'],
};
