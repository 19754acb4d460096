// Indonesian country adjectives and demonyms (see src/lang/profile.ts, DemonymData; reviewed in docs/lang/demonyms.md).
import type { DemonymData } from '../profile.js';

/** Indonesian uses the country name as the adjective (`Partai Komunis Vietnam`); `Tionghoa` is Chinese. */
export const idDemonyms: DemonymData = {
  endings: [''],
  capitalised: true,
  stems: { CN: ['tionghoa'] },
};
