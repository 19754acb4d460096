// Dutch country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';
import { latinCombiningForms } from '../scripts/latin.js';

/** Dutch: `Vietnamees`/`Vietnamese`, `Chinees`/`Chinese`/`Chinezen`, `Pakistaans(e)`. */
export const nlDemonyms: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'e'],
  capitalised: true,
  stems: {
    VN: ['vietnamees', 'vietnames', 'vietnamezen'],
    CN: ['chinees', 'chines', 'chinezen', 'sino'],
    NP: ['nepalees', 'nepales', 'nepalezen'],
    IN: ['indiaas', 'indias', 'indiër', 'indiërs'],
    PK: ['pakistaans', 'pakistaan', 'pakistanen'],
    BT: ['bhutaans'],
    JP: ['japans', 'japanner', 'japanners'],
    CH: ['zwitsers', 'zwitser'],
    AT: ['oostenrijks', 'oostenrijker', 'oostenrijkers'],
    DE: ['duits', 'duitser', 'duitsers'],
    FR: ['franse', 'fransman', 'fransen'],
    IT: ['italiaans', 'italiaan', 'italianen'],
    ES: ['spaans', 'spanjaard', 'spanjaarden'],
    GB: ['brits', 'brit', 'engelse', 'engelsman'],
    US: ['amerikaans', 'amerikaan', 'amerikanen'],
    RU: ['russisch', 'rus', 'russen'],
    PL: ['pools', 'polen'],
    NO: ['noors', 'noor', 'noren'],
    PE: ['peruaans'],
    AR: ['argentijns'],
    CL: ['chileens'],
    KP: ['noord-koreaans', 'noord-koreaan', 'noord-koreanen'],
    KR: ['zuid-koreaans', 'zuid-koreaan', 'zuid-koreanen'],
    SG: ['singaporees', 'singapores', 'singaporezen'],
    MX: ['mexicaans', 'mexicaan', 'mexicanen'],
    CA: ['canadees', 'canades', 'canadezen'],
    UA: ['oekraïens', 'oekraïner', 'oekraïners'],
    AU: ['australisch', 'australiër', 'australiërs'],
    ID: ['indonesisch', 'indonesiër', 'indonesiërs'],
  },
  compassPrefixes: ['noordoost', 'noordwest', 'zuidoost', 'zuidwest', 'noord', 'zuid', 'oost', 'west', 'midden', 'centraal'],
  // Compass compounds whose remainder is another country's name (`Noord-Ierland` is in GB, not IE).
  compassExceptions: ['noordierland'],
};
