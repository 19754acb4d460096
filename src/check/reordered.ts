// Two findings that mirror each other in neighbouring sentences of one version: the version gives the
// two sentences in the other order, it does not change two facts.
import type { RawFinding } from './types.js';

/**
 * The findings of one rule that pair up as mirrors: each places its fix in the same version as the
 * other, in the sentence next to the other's, and gives the other's two values the other way round
 * (`Mexico` where the others say `USA`, and `USA` where they say `Mexico`, one sentence on). A
 * translation that tells two sentences in the other order is aligned in order (a translation path does
 * not cross), so each of the two is linked to the other's counterpart; among several versions both then
 * stand against the majority. Two facts changed into each other's values in neighbouring sentences
 * would read the same, and are far rarer.
 */
export function mirroredInNeighbours(findings: readonly RawFinding[]): Set<RawFinding> {
  const mirrored = new Set<RawFinding>();
  for (let i = 0; i < findings.length; i++) {
    const x = findings[i]!;
    const [fixX] = x.evidence;
    if (fixX === undefined || x.values.length < 2) continue;
    for (let j = i + 1; j < findings.length; j++) {
      const y = findings[j]!;
      const [fixY] = y.evidence;
      if (fixY === undefined || y.rule !== x.rule || y.values.length < 2) continue;
      if (fixY.document !== fixX.document || Math.abs(fixY.sentence - fixX.sentence) !== 1) continue;
      if (x.values[0] !== y.values[1] || x.values[1] !== y.values[0]) continue;
      mirrored.add(x).add(y);
    }
  }
  return mirrored;
}
