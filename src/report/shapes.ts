import type { Alignment, Finding, SegmentedDocument, Severity } from '../types.js';

/**
 * What the reporters format: the documents of a `segment` run, an {@link Alignment}, or the result
 * of `check` (documents and findings; any other fields, such as clusters, are ignored).
 */
export type ReportInput = SegmentedRun | Alignment | CheckedRun;

/** The documents of a `segment` run. */
export interface SegmentedRun {
  documents: readonly SegmentedDocument[];
}

/** The part of a `check` result the reporters read. */
export interface CheckedRun {
  documents: readonly SegmentedDocument[];
  findings: readonly Finding[];
}

/** A rule as the SARIF and text reporters describe it. */
export interface RuleDescription {
  id: string;
  /** One line saying what the rule flags. */
  description?: string;
  severity?: Severity | 'off';
}

/** Whether `input` is an {@link Alignment} (documents `a` and `b` with links). */
export function isAlignment(input: ReportInput): input is Alignment {
  return 'links' in input && 'a' in input && 'b' in input;
}

/** Whether `input` carries findings. */
export function isCheckedRun(input: ReportInput): input is CheckedRun {
  return 'findings' in input && Array.isArray((input as CheckedRun).findings);
}

/** Orders severities for `--fail-on` and sorting: error first. */
export const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };
