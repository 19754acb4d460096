// The stages the commands call, loaded on first use so `--help`, `--version` and argument errors
// answer without loading the whole pipeline.
import type { Alignment, DocumentInput, SegmentedDocument } from '../types.js';
import type { CheckOptions, CheckResult, RuleInfo } from '../check/types.js';
import type { Lexicon } from '../align/lexicon.js';

// Each module is imported once: a dynamic import per document costs a loader round trip.
let segmentModule: Promise<typeof import('../segment/index.js')> | undefined;
let alignModule: Promise<typeof import('../align/index.js')> | undefined;
let checkModule: Promise<typeof import('../check/index.js')> | undefined;
const loadSegment = () => (segmentModule ??= import('../segment/index.js'));
const loadAlign = () => (alignModule ??= import('../align/index.js'));
const loadCheck = () => (checkModule ??= import('../check/index.js'));

/** Segments one document (raw text, or pre-segmented) into a {@link SegmentedDocument}. */
export async function segmentDocument(input: DocumentInput): Promise<SegmentedDocument> {
  const { toSegmentedDocument } = await loadSegment();
  return toSegmentedDocument(input);
}

/** Aligns two documents. */
export async function alignDocuments(a: DocumentInput, b: DocumentInput, mode: 'auto' | 'parallel' | 'comparable', lexicon?: Lexicon): Promise<Alignment> {
  const { align } = await loadAlign();
  return align(a, b, lexicon ? { mode, lexicon } : { mode });
}

/** Checks one set of versions. */
export async function checkDocuments(documents: DocumentInput[], options: CheckOptions): Promise<CheckResult> {
  const { check } = await loadCheck();
  return check(documents, options);
}

/** Parses a config file's text (throws with a message naming the bad key or line). */
export async function parseCheckConfig(json: string): Promise<CheckOptions> {
  const { parseConfig } = await loadCheck();
  return parseConfig(json);
}

/** The rules `check` knows, for SARIF. */
export async function listRules(): Promise<readonly RuleInfo[]> {
  const { rules } = await loadCheck();
  return rules;
}

/** Renders the self-contained HTML report. */
export async function renderHtmlReport(documents: DocumentInput[], options: CheckOptions): Promise<string> {
  const { report } = await import('../report/html/index.js');
  return report(documents, options);
}

export type { CheckOptions, CheckResult, RuleInfo };
