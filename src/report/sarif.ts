import type { Finding, Severity } from '../types.js';
import { languageName } from './languages.js';
import { locateEvidence } from './locations.js';
import type { CheckedRun, RuleDescription } from './shapes.js';

/** Options of {@link formatSarif}. */
export interface SarifFormatOptions {
  /** Rules to list in `tool.driver.rules` (rules seen in findings are always listed). */
  rules?: readonly RuleDescription[];
  /** Version of the tool to record. */
  toolVersion?: string;
  /** Absolute URI that `<rule>.md` is appended to for each rule's `helpUri` (e.g. the docs/rules/ folder). */
  helpUriBase?: string;
}

const levelBySeverity: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * Formats findings as a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run,
 * a rule per rule id, a result per finding with its first evidence (the place to fix) as the location,
 * the other versions as `relatedLocations`, and the finding id as a partial fingerprint. Two versions
 * that disagree with no source named (`blame: 'none'`) are both `locations`, none related.
 *
 * @param result A check result (documents and findings).
 */
export function formatSarif(result: CheckedRun, options: SarifFormatOptions = {}): string {
  return `${JSON.stringify(toSarifLog(result, options), null, 2)}\n`;
}

/** The SARIF log object {@link formatSarif} serialises. */
export function toSarifLog(result: CheckedRun, options: SarifFormatOptions = {}): object {
  const rules = collectRules(result.findings, options.rules ?? []);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'anchoralign',
            ...(options.toolVersion ? { version: options.toolVersion, semanticVersion: options.toolVersion } : {}),
            rules: rules.map((rule) => sarifRule(rule, options.helpUriBase)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((finding) => sarifResult(result, finding, ruleIndex.get(finding.rule) ?? 0)),
      },
    ],
  };
}

function collectRules(findings: readonly Finding[], known: readonly RuleDescription[]): RuleDescription[] {
  const rules = new Map<string, RuleDescription>();
  for (const rule of known) rules.set(rule.id, rule);
  for (const finding of findings) if (!rules.has(finding.rule)) rules.set(finding.rule, { id: finding.rule });
  return [...rules.values()];
}

function sarifRule(rule: RuleDescription, helpUriBase: string | undefined): object {
  const description = rule.description ?? `anchoralign rule ${rule.id}`;
  const severity = rule.severity && rule.severity !== 'off' ? rule.severity : undefined;
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: description },
    ...(helpUriBase ? { helpUri: `${helpUriBase}${encodeURIComponent(rule.id)}.md` } : {}),
    help: { text: `${description} See docs/rules/${rule.id}.md.`, markdown: `${description} See [docs/rules/${rule.id}.md](docs/rules/${rule.id}.md).` },
    ...(severity ? { defaultConfiguration: { level: levelBySeverity[severity] } } : {}),
  };
}

function sarifResult(result: CheckedRun, finding: Finding, ruleIndex: number): object {
  // Two versions that disagree with no source named: every place is a location alike, none "related".
  const equal = finding.blame === 'none';
  const [first, ...others] = finding.evidence;
  const located = equal ? finding.evidence : first ? [first] : [];
  const related = equal ? [] : others;
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: levelBySeverity[finding.severity],
    message: { text: finding.message },
    locations: located.map((evidence) => physicalLocation(result, evidence)),
    relatedLocations: related.map((evidence, index) => ({
      id: index + 1,
      ...physicalLocation(result, evidence),
      message: {
        text: `${languageName(result.documents[evidence.document]?.lang ?? 'und')}: ${evidence.value ?? evidence.text}`,
      },
    })),
    partialFingerprints: { 'anchoralignFindingId/v1': finding.id },
  };
}

function physicalLocation(result: CheckedRun, evidence: Finding['evidence'][number]): { physicalLocation: object } {
  const where = locateEvidence(result.documents, evidence);
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(where.path) },
      region: {
        startLine: where.startLine,
        startColumn: where.startColumn,
        endLine: where.endLine,
        endColumn: where.endColumn,
        charOffset: where.start,
        charLength: where.end - where.start,
        snippet: { text: evidence.text },
      },
    },
  };
}

// Relative paths stay relative (code scanning resolves them against the repository root);
// absolute ones become file: URIs.
function toUri(path: string): string {
  const posix = path.replaceAll('\\', '/');
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${encodeURI(posix)}`;
  if (posix.startsWith('/')) return `file://${encodeURI(posix)}`;
  return encodeURI(posix.startsWith('./') ? posix.slice(2) : posix);
}
