// Majority vote across versions: which version is the odd one out.
import type { SegmentedDocument } from '../types.js';
import { groupBy } from './group.js';
import type { EvidenceDraft, RawFinding } from './types.js';

/** One version's statement of a fact: its value and where it says so. */
export interface Observation {
  value: string;
  evidence: EvidenceDraft;
}

/** The outcome of a vote: one outlier value, where it is stated, and where the others state otherwise. */
export interface Outlier {
  value: string;
  /** Other values, most supported first. */
  others: string[];
  /** First the outlier's evidence, then one piece per other document (majority value first). */
  evidence: EvidenceDraft[];
}

/** Options of {@link voteOutliers}. */
export interface VoteOptions {
  /**
   * Name no version that also states a better-supported value among the observations (in another of its
   * linked sentences): for facts compared across versions, the links then joined two of its statements,
   * one with each value, and it contradicts no one. Not for a version's own labels, where two sentences
   * of one version that disagree (a place labelled with two countries) still name the odd one.
   */
  excuseVersionsStatingBoth?: boolean;
}

/**
 * Groups observations by value and names the outliers: every value stated by fewer documents than the
 * best-supported one. When values tie (two versions, one each), the tie is broken without reference to
 * document order (a caption or heading is the one to fix before body text, then canonical document order), so the result is stable.
 */
export function voteOutliers(observations: readonly Observation[], documents: readonly SegmentedDocument[], options: VoteOptions = {}): Outlier[] {
  const byValue = groupBy(observations, (observation) => observation.value);
  if (byValue.size < 2) return [];
  const support = (list: Observation[]) => new Set(list.map((o) => o.evidence.document)).size;
  const tieKey = (list: Observation[]) => {
    const first = [...list].sort((x, y) => compareObservations(x, y))[0]!;
    const sentence = documents[first.evidence.document]!.sentences[first.evidence.sentence];
    // Body text is believed over captions and headings on a tie.
    const kindRank = sentence?.kind === 'body' ? 1 : 0;
    return `${kindRank}\u0000${String(first.evidence.document).padStart(6, '0')}\u0000${sentence?.text ?? ''}`;
  };
  const ranked = [...byValue.entries()].sort(([valueX, x], [valueY, y]) => {
    const bySupport = support(y) - support(x);
    if (bySupport !== 0) return bySupport;
    const byMentions = y.length - x.length;
    if (byMentions !== 0) return byMentions;
    const keyX = tieKey(x);
    const keyY = tieKey(y);
    if (keyX !== keyY) return keyX > keyY ? -1 : 1;
    return valueX < valueY ? -1 : 1;
  });
  const outliers: Outlier[] = [];
  for (let i = 1; i < ranked.length; i++) {
    const [value, list] = ranked[i]!;
    const own = [...list].sort((x, y) => compareObservations(x, y));
    const blamed = own[0]!.evidence.document;
    if (options.excuseVersionsStatingBoth && ranked.slice(0, i).some(([, better]) => better.some((o) => o.evidence.document === blamed))) continue;
    const evidence: EvidenceDraft[] = [own[0]!.evidence];
    const usedDocuments = new Set<number>();
    for (let j = 0; j < ranked.length; j++) {
      if (j === i) continue;
      for (const observation of [...ranked[j]![1]].sort((x, y) => compareObservations(x, y))) {
        const key = observation.evidence.document;
        if (usedDocuments.has(key)) continue;
        usedDocuments.add(key);
        evidence.push(observation.evidence);
      }
    }
    outliers.push({ value, others: ranked.filter((_, j) => j !== i).map(([v]) => v), evidence });
  }
  return outliers;
}

/**
 * Order of observations. The engine runs rules on documents in a canonical order (by language, then
 * text), so document index order is itself independent of the order the caller gave.
 */
export function compareObservations(x: Observation, y: Observation): number {
  return x.evidence.document - y.evidence.document || x.evidence.start - y.evidence.start;
}

/**
 * Votes on `observations` and adds a finding per outlier to `findings`, keyed by where the outlier is
 * stated, so that a fact two links both reach is reported once (the first link's wording wins).
 */
export function recordOutliers(
  findings: Map<string, RawFinding>,
  observations: readonly Observation[],
  documents: readonly SegmentedDocument[],
  describe: (outlier: Outlier) => RawFinding,
  options: VoteOptions = {},
): void {
  for (const outlier of voteOutliers(observations, documents, options)) {
    const first = outlier.evidence[0]!;
    const key = `${first.document}:${first.start}`;
    if (!findings.has(key)) findings.set(key, describe(outlier));
  }
}

/**
 * Swap findings (evidence: the place to fix, then the place it disagrees with) that name one place to fix
 * with one value against the same other value, each found across another pair of versions, as one
 * finding whose evidence holds every version that disagrees: one disagreement, one finding. `describe`
 * words the merged finding from its place to fix and the places that disagree with it. Pairs that found
 * the swap only weakly (`info`) leave the merged finding `info` only when all did.
 */
export function mergeSwaps(findings: readonly RawFinding[], describe: (wrong: EvidenceDraft, right: readonly EvidenceDraft[]) => string): RawFinding[] {
  const merged = new Map<string, RawFinding>();
  for (const finding of findings) {
    const [wrong, right] = finding.evidence;
    if (wrong === undefined || right === undefined) continue;
    const key = `${wrong.document}:${wrong.start}:${wrong.end}\u0000${finding.values[1] ?? ''}`;
    const found = merged.get(key);
    if (found === undefined) {
      merged.set(key, { ...finding, evidence: [...finding.evidence] });
      continue;
    }
    if (!found.evidence.some((e) => e.document === right.document)) found.evidence.push(right);
    if (finding.severity === undefined) delete found.severity;
  }
  for (const finding of merged.values()) {
    if (finding.evidence.length > 2) finding.message = describe(finding.evidence[0]!, finding.evidence.slice(1));
  }
  return [...merged.values()];
}
