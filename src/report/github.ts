import type { Finding, Severity } from '../types.js';
import { locateEvidence } from './locations.js';
import type { CheckedRun } from './shapes.js';

/** Options of {@link formatGithub}. */
export interface GithubFormatOptions {
  /** Annotations per severity before the rest are only counted (GitHub shows 10 per type and step). */
  maxPerSeverity?: number;
}

const commandBySeverity: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Formats findings as GitHub Actions workflow commands (`::error file=…,line=…::message`), one per
 * line, so they appear as annotations on the pull request, at the place to fix. Two versions that
 * disagree with no source named (`blame: 'none'`) are annotated alike at both places. The first 10
 * findings of each severity are annotated; the rest are counted in one closing line.
 *
 * @param result A check result (documents and findings).
 */
export function formatGithub(result: CheckedRun, options: GithubFormatOptions = {}): string {
  const limit = options.maxPerSeverity ?? 10;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`maxPerSeverity must be a non-negative integer, got ${limit}`);
  const lines: string[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of result.findings) {
    if (shown[finding.severity] >= limit) {
      omitted[finding.severity]++;
      continue;
    }
    shown[finding.severity]++;
    if (finding.blame === 'none') {
      // Two versions disagree and no source says which is right: the same annotation at each place.
      for (const [index, evidence] of finding.evidence.entries()) {
        lines.push(annotation(result, finding, [evidence, ...finding.evidence.filter((_, other) => other !== index)]));
      }
    } else {
      lines.push(annotation(result, finding, finding.evidence));
    }
  }
  const omittedTotal = omitted.error + omitted.warning + omitted.info;
  if (omittedTotal > 0) {
    const parts = (['error', 'warning', 'info'] as const)
      .filter((severity) => omitted[severity] > 0)
      .map((severity) => `${omitted[severity]} ${severity === 'info' ? 'info' : severity + (omitted[severity] === 1 ? '' : 's')}`);
    lines.push(`anchoralign: ${omittedTotal} more finding${omittedTotal === 1 ? '' : 's'} not annotated (${parts.join(', ')}); run "anchoralign check --format text" to see all`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function annotation(result: CheckedRun, finding: Finding, evidence: Finding['evidence']): string {
  const [first, ...others] = evidence;
  const properties: string[] = [];
  if (first) {
    const where = locateEvidence(result.documents, first);
    properties.push(
      `file=${escapeProperty(toPosixPath(where.path))}`,
      `line=${where.startLine}`,
      `col=${where.startColumn}`,
      `endLine=${where.endLine}`,
      `endColumn=${where.endColumn}`,
    );
  }
  properties.push(`title=${escapeProperty(`anchoralign ${finding.rule}`)}`);
  let message = finding.message;
  if (others.length > 0) {
    const seeAlso = others.map((other) => {
      const where = locateEvidence(result.documents, other);
      return `${toPosixPath(where.path)}:${where.startLine}:${where.startColumn}`;
    });
    message += ` (other versions: ${seeAlso.join(', ')})`;
  }
  return `::${commandBySeverity[finding.severity]} ${properties.join(',')}::${escapeData(message)}`;
}

/** Escapes the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value of a workflow command (also `:` and `,`, which delimit properties). */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function toPosixPath(path: string): string {
  return path.replaceAll('\\', '/');
}
