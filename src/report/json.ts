import type { SegmentedDocument, Sentence } from '../types.js';
import { isAlignment, isCheckedRun, type ReportInput } from './shapes.js';

/** The JSON contract version written by {@link formatJson}. */
export const jsonFormatVersion = 1;

/**
 * Formats a result as the JSON documented in `docs/cli-json-v1.md` (version 1): `{version,
 * documents}` for segmented documents, `{version, documents, links}` for an alignment, `{version,
 * documents, findings}` for a check result. One JSON document, ending in a newline.
 *
 * @param result Segmented documents, an alignment, or a check result.
 * @throws {TypeError} when `result` is none of these.
 */
export function formatJson(result: ReportInput): string {
  return `${JSON.stringify(toJsonValue(result), null, 2)}\n`;
}

/** The plain object {@link formatJson} serialises (for callers that embed it). */
export function toJsonValue(result: ReportInput): object {
  if (result === null || typeof result !== 'object') {
    throw new TypeError(`result must be segmented documents, an alignment or a check result, got ${result === null ? 'null' : typeof result}`);
  }
  if (isAlignment(result)) {
    return {
      version: jsonFormatVersion,
      documents: [jsonDocument(result.a), jsonDocument(result.b)],
      links: result.links.map((link) => ({ a: [...link.a], b: [...link.b], score: link.score })),
      mode: result.mode,
      ...(result.modeReason === undefined ? {} : { modeReason: result.modeReason }),
    };
  }
  if (!Array.isArray((result as { documents?: unknown }).documents)) {
    throw new TypeError('result.documents must be an array of segmented documents');
  }
  const documents = result.documents.map(jsonDocument);
  if (isCheckedRun(result)) {
    return {
      version: jsonFormatVersion,
      documents,
      findings: result.findings.map((finding) => ({
        id: finding.id,
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        evidence: finding.evidence.map((evidence) => ({
          document: evidence.document,
          sentence: evidence.sentence,
          start: evidence.start,
          end: evidence.end,
          text: evidence.text,
          ...(evidence.value === undefined ? {} : { value: evidence.value }),
        })),
      })),
    };
  }
  return { version: jsonFormatVersion, documents };
}

// Only the contract's fields, in its order: the in-memory document carries more (the text,
// paragraph numbers) that the contract leaves out.
function jsonDocument(document: SegmentedDocument): object {
  return {
    path: document.path ?? '',
    lang: document.lang,
    sentences: document.sentences.map((sentence: Sentence) => ({
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      ...(sentence.kind === undefined ? {} : { kind: sentence.kind }),
    })),
  };
}
