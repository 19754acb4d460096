// Positions in the file a document was read from (the HTML or Markdown), for reporters and callers.
import type { SegmentedDocument, Span } from '../types.js';
import { toSourceSpan } from './offsets.js';

/**
 * Where a span of a document's text lies in the file it was read from: the span itself for plain text;
 * for HTML and Markdown, the markup it was read out of (`&amp;` and the tags inside the span included).
 */
export function toOriginalSpan(document: Pick<SegmentedDocument, 'original'>, span: Span): Span {
  const original = document.original;
  return original === undefined ? { start: span.start, end: span.end } : toSourceSpan(original.offsets, span);
}

/** The text of the file a document was read from (what line and column count in): `original.text`, else `text`. */
export function originalTextOf(document: Pick<SegmentedDocument, 'text' | 'original'>): string {
  return document.original?.text ?? document.text;
}
