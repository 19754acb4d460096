// Shared by the Arabic number tests: the numbers one sentence states, and the count alarms of framed versions.
import { check, extractAnchors } from '../../src/index.js';
import { framedVersions as versions } from '../check/framed.js';

/** The values of the number anchors of an Arabic sentence. */
export const numbersOf = (text: string) =>
  extractAnchors(text, { lang: 'ar' })
    .filter((a) => a.type === 'number')
    .map((a) => a.value);

/** The count-mismatch errors and warnings of one middle sentence per version. */
export const countAlarms = (middle: Parameters<typeof versions>[0]) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch').map((f) => f.message);
