// Swedish country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';
import { latinCombiningForms } from '../scripts/latin.js';

/** Swedish: `kinesisk(a|t)`, `vietnames(er|erna)`. */
export const svDemonyms: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'a', 't', 'er', 'erna'],
  capitalised: false,
  stems: {
    VN: ['vietnamesisk', 'vietnames'],
    CN: ['kinesisk', 'kines'],
    NP: ['nepalesisk', 'nepales'],
    IN: ['indisk', 'indier'],
    PK: ['pakistansk', 'pakistanier'],
    BT: ['bhutansk'],
    JP: ['japansk', 'japan'],
    CH: ['schweizisk', 'schweizar'],
    AT: ['österrikisk', 'österrikar'],
    DE: ['tysk'],
    FR: ['fransk', 'fransman', 'fransmän'],
    IT: ['italiensk', 'italien'],
    ES: ['spansk', 'spanjor'],
    GB: ['brittisk', 'britt', 'engelsk', 'engelsman', 'engelsmän'],
    US: ['amerikansk', 'amerikan'],
    RU: ['rysk', 'ryss'],
    PL: ['polsk'],
    NO: ['norsk'],
    PE: ['peruansk'],
    AR: ['argentinsk'],
    CL: ['chilensk'],
    KP: ['nordkoreansk', 'nordkorean'],
    KR: ['sydkoreansk', 'sydkorean'],
    SG: ['singaporiansk', 'singaporian'],
    MX: ['mexikansk', 'mexikan'],
    CA: ['kanadensisk', 'kanadensare'],
    UA: ['ukrainsk', 'ukrainare'],
    AU: ['australisk', 'australier'],
    ID: ['indonesisk', 'indonesier'],
  },
  compassPrefixes: ['nordost', 'nordväst', 'sydost', 'sydväst', 'nord', 'syd', 'öst', 'väst', 'mellan', 'central'],
  // Compass compounds whose remainder is another country's name (`Nordirland` is in GB, not IE).
  compassExceptions: ['nordirland'],
};
