// Indonesian affixes, for dictionary look-ups: verb prefixes with their nasal assimilation (`meny-` for
// s, `mem-` for p, `men-` for t, `meng-` for k, and the same with `pe-`), `ber- di- ter- ke- se- per-`,
// and the suffixes `-kan -an -i`, the possessive `-nya` and the particles `-lah -kah`.
import type { Morphology } from '../profile.js';

export const idMorphology: Morphology = {
  prefixes: [
    ['meng', ''], ['meng', 'k'], ['meny', 's'], ['mem', ''], ['mem', 'p'], ['men', ''], ['men', 't'], ['me', ''],
    ['peng', ''], ['peng', 'k'], ['peny', 's'], ['pem', ''], ['pem', 'p'], ['pen', ''], ['pen', 't'], ['pe', ''],
    ['memper', ''], ['diper', ''], ['per', ''], ['ber', ''], ['be', ''], ['di', ''], ['ter', ''], ['ke', ''], ['se', ''],
  ],
  suffixes: [
    ['kan', ''], ['an', ''], ['i', ''], ['nya', ''], ['lah', ''], ['kah', ''], ['kannya', ''], ['annya', ''], ['inya', ''],
  ],
  minStem: 3,
};
