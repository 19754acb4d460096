/**
 * The clusters `check` returns: the aligner's clusters (`clusterPairs`, the one clustering `alignMany`
 * also uses), with the sentences each finding compares put together, so that whoever shows the result
 * side by side (the HTML report) sees the disagreeing versions in one row.
 *
 * @module
 */
import type { Cluster, Finding } from '../types.js';

const severityPriority: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

/** The confidence of a group of sentences a finding compares: the rule put them side by side. */
const evidenceGroupScore = 1;

/**
 * Puts the evidence of each cross-version finding into one cluster: per document, its first piece of
 * evidence not already claimed joins a group (more severe findings first), and those sentences leave
 * their alignment clusters. A reader looking at a finding then sees the disagreeing versions side by
 * side even where the alignment linked them elsewhere (or not at all).
 */
export function groupEvidence(clusters: readonly Cluster[], findings: readonly Finding[]): Cluster[] {
  const claimed = new Set<string>();
  const groups: Cluster[] = [];
  const order = findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (left, right) =>
        (severityPriority[left.finding.severity] ?? 3) - (severityPriority[right.finding.severity] ?? 3) ||
        left.index - right.index,
    );
  for (const { finding } of order) {
    const sentenceOf = new Map<number, number>();
    for (const evidence of finding.evidence) {
      if (sentenceOf.has(evidence.document) || claimed.has(`${evidence.document}:${evidence.sentence}`)) continue;
      sentenceOf.set(evidence.document, evidence.sentence);
    }
    if (sentenceOf.size < 2) continue;
    for (const [document, sentence] of sentenceOf) claimed.add(`${document}:${sentence}`);
    groups.push({
      members: [...sentenceOf].map(([document, sentence]) => ({ document, sentences: [sentence] })),
      score: evidenceGroupScore,
    });
  }
  if (groups.length === 0) return [...clusters];
  const rest = clusters
    .map((cluster) => ({
      ...cluster,
      members: cluster.members
        .map((member) => ({
          document: member.document,
          sentences: member.sentences.filter((sentence) => !claimed.has(`${member.document}:${sentence}`)),
        }))
        .filter((member) => member.sentences.length > 0),
    }))
    .filter((cluster) => cluster.members.length > 1);
  return [...groups, ...rest];
}
