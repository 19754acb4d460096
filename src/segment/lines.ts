// Splits a text into its non-blank lines, each trimmed of blanks; offsets into the original text.
import * as chars from './chars.js';

// Bound once: module namespaces may be compiled to getters (tsx, some bundlers), too slow per character.
const { isBlank, isLineBreak } = chars;

/** One non-blank line: `text.slice(start, end)` has no blank character at either edge. */
export interface LineSpan {
  start: number;
  end: number;
}

/** The non-blank lines of `text`, in order. CR LF, CR, LF, NEL, LS and PS all end a line. */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let lineStart = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    if (i < length && !isLineBreak(text.charCodeAt(i))) continue;
    let start = lineStart;
    let end = i;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) lines.push({ start, end });
    lineStart = i + 1;
  }
  return lines;
}
