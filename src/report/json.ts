import { toOriginalSpan } from '../formats/original.js';
import type { SegmentedDocument, Sentence } from '../types.js';
import { isAlignment, isCheckedRun, type ReportInput } from './shapes.js';

/** The JSON contract version written by {@link formatJson}. */
export const jsonFormatVersion = 1;

/**
 * Formats a result as the JSON documented in `docs/cli-json-v1.md` (version 1): `{version,
 * documents}` for segmented documents, `{version, documents, links, mode, modeReason?}` for an alignment, `{version,
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
        ...(finding.blame === undefined ? {} : { blame: finding.blame }),
        evidence: finding.evidence.map((evidence) => ({
          document: evidence.document,
          sentence: evidence.sentence,
          ...inFile(result.documents[evidence.document], evidence),
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
    ...(document.original === undefined ? {} : { format: document.original.format }),
    sentences: document.sentences.map((sentence: Sentence) => ({
      index: sentence.index,
      ...inFile(document, sentence),
      ...(sentence.kind === undefined ? {} : { kind: sentence.kind }),
    })),
  };
}

/**
 * `start`, `end` and `text` of a span in the file, as the contract has them (`text` is exactly
 * `file.slice(start, end)`); for a document read from HTML or Markdown, the text as read (tags left out,
 * entities decoded) is added as `readText`.
 */
function inFile(document: SegmentedDocument | undefined, span: { start: number; end: number; text: string }): object {
  if (document?.original === undefined) return { start: span.start, end: span.end, text: span.text };
  const { start, end } = toOriginalSpan(document, span);
  return { start, end, text: document.original.text.slice(start, end), readText: span.text };
}
