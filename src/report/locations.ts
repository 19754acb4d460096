import type { Evidence, SegmentedDocument } from '../types.js';
import { toOriginalSpan } from '../formats/original.js';
import { lineIndexOf } from './position.js';

/** Where a piece of evidence lies, ready for any reporter. */
export interface EvidenceLocation {
  path: string;
  lang: string;
  /** 1-based. */
  startLine: number;
  /** 1-based, UTF-16 code units. */
  startColumn: number;
  endLine: number;
  /** 1-based column just after the last character (exclusive), as SARIF counts it. */
  endColumn: number;
  /** 0-based UTF-16 offsets into the file (the document's `original.text` when it was read from markup, else its text). */
  start: number;
  end: number;
}

/** The location of `evidence` in its document (path falls back to `document N`). */
export function locateEvidence(documents: readonly SegmentedDocument[], evidence: Evidence): EvidenceLocation {
  const document = documents[evidence.document];
  if (!document) {
    throw new RangeError(`evidence.document ${evidence.document} is not an index into the ${documents.length} documents`);
  }
  // Read from HTML or Markdown: lines and columns of the file the user has, not of the text read out of it.
  const index = lineIndexOf(document.original ?? document);
  const { start, end } = toOriginalSpan(document, evidence);
  const startPoint = index.point(start);
  const endPoint = index.point(end);
  return {
    path: document.path ?? `document ${evidence.document}`,
    lang: document.lang,
    startLine: startPoint.line,
    startColumn: startPoint.column,
    endLine: endPoint.line,
    endColumn: endPoint.column,
    start,
    end,
  };
}
