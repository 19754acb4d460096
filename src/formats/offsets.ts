// The text read out of an HTML or Markdown file, and the map from its offsets back to the file.
import type { OffsetMap, SentenceKind, Span } from '../types.js';

export type { OffsetMap };

/** A block of the read text (one line of it) and the kind its markup gives it, if any. */
export interface ReadBlock extends Span {
  /** `heading`, `caption` or `boilerplate` when the markup says so (`<h2>`, `<figcaption>`, `<nav>`); else undefined. */
  kind?: Exclude<SentenceKind, 'body'>;
}

/** What reading markup gives: plain text, one block per line, and where each of its characters came from. */
export interface ReadText {
  /** The text to segment: entities decoded, markup left out, one block (paragraph, heading, list item) per line. */
  text: string;
  blocks: ReadBlock[];
  offsets: OffsetMap;
}

/** The last run whose text start is at or before `offset` (runs are sorted). */
function runAt(map: OffsetMap, offset: number): number {
  let low = 0;
  let high = map.textStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((map.textStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function runLength(map: OffsetMap, run: number): number {
  return (map.textStarts[run + 1] ?? map.textLength) - (map.textStarts[run] ?? 0);
}

/** The file offset where the read character at `offset` begins. */
export function toSourceStart(map: OffsetMap, offset: number): number {
  if (map.textStarts.length === 0) return 0;
  if (offset >= map.textLength) return map.sourceEnds[map.sourceEnds.length - 1] ?? 0;
  const run = runAt(map, offset);
  const sourceStart = map.sourceStarts[run] ?? 0;
  const copied = runLength(map, run) === (map.sourceEnds[run] ?? 0) - sourceStart;
  return copied ? sourceStart + offset - (map.textStarts[run] ?? 0) : sourceStart;
}

/** The file offset just after the read character before `offset` (an exclusive end). */
export function toSourceEnd(map: OffsetMap, offset: number): number {
  if (map.textStarts.length === 0) return 0;
  if (offset <= 0) return map.sourceStarts[0] ?? 0;
  const run = runAt(map, Math.min(offset, map.textLength) - 1);
  const sourceStart = map.sourceStarts[run] ?? 0;
  const sourceEnd = map.sourceEnds[run] ?? 0;
  const copied = runLength(map, run) === sourceEnd - sourceStart;
  return copied ? sourceStart + Math.min(offset, map.textLength) - (map.textStarts[run] ?? 0) : sourceEnd;
}

/** A span of the read text as a span of the file: from where its first character begins to where its last ends. */
export function toSourceSpan(map: OffsetMap, span: Span): Span {
  const start = toSourceStart(map, span.start);
  if (span.end <= span.start) return { start, end: start };
  return { start, end: Math.max(start, toSourceEnd(map, span.end)) };
}

/** White space read as one space inside a block (HTML collapses it; Markdown soft breaks are spaces). */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/**
 * Builds a {@link ReadText} one character at a time, each with the file span it came from. Inside a
 * block, runs of white space become one space and white space at a block's edges is dropped; blocks are
 * separated by a line break, so the segmenter sees one paragraph per block.
 */
export class ReadTextBuilder {
  #text = '';
  readonly #blocks: ReadBlock[] = [];
  readonly #textStarts: number[] = [];
  readonly #sourceStarts: number[] = [];
  readonly #sourceEnds: number[] = [];
  #blockStart = -1;
  #blockKind: ReadBlock['kind'];
  #pendingSpace: Span | undefined;
  /** Where the file has been read up to, for the zero-width line breaks between blocks. */
  #sourcePosition = 0;

  /**
   * Adds read text that stands for `source.slice(sourceStart, sourceEnd)`: one character copied, or
   * what one character reference decodes to.
   */
  push(char: string, sourceStart: number, sourceEnd: number, kind: ReadBlock['kind']): void {
    if (char.length === 1 && isCollapsible(char.charCodeAt(0))) {
      if (this.#blockStart < 0) return;
      if (this.#pendingSpace) this.#pendingSpace.end = sourceEnd;
      else this.#pendingSpace = { start: sourceStart, end: sourceEnd };
      return;
    }
    if (this.#blockStart < 0) {
      if (this.#text.length > 0) this.#emit('\n', this.#sourcePosition, this.#sourcePosition);
      this.#blockStart = this.#text.length;
      this.#blockKind = kind;
    } else if (this.#pendingSpace) {
      this.#emit(' ', this.#pendingSpace.start, this.#pendingSpace.end);
    }
    this.#pendingSpace = undefined;
    this.#emit(char, sourceStart, sourceEnd);
  }

  /** Ends the current block, if one is open (a block element closes, `<br>`, a Markdown paragraph ends). */
  endBlock(): void {
    this.#pendingSpace = undefined;
    if (this.#blockStart < 0) return;
    const block: ReadBlock = { start: this.#blockStart, end: this.#text.length };
    if (this.#blockKind !== undefined) block.kind = this.#blockKind;
    this.#blocks.push(block);
    this.#blockStart = -1;
    this.#blockKind = undefined;
  }

  finish(): ReadText {
    this.endBlock();
    return {
      text: this.#text,
      blocks: this.#blocks,
      offsets: { textStarts: this.#textStarts, sourceStarts: this.#sourceStarts, sourceEnds: this.#sourceEnds, textLength: this.#text.length },
    };
  }

  #emit(char: string, sourceStart: number, sourceEnd: number): void {
    const last = this.#textStarts.length - 1;
    const lastStart = this.#sourceStarts[last];
    const lastEnd = this.#sourceEnds[last];
    if (last >= 0 && lastStart !== undefined && lastEnd !== undefined) {
      const lastTextLength = this.#text.length - (this.#textStarts[last] ?? 0);
      const lastCopied = lastTextLength === lastEnd - lastStart;
      const copied = char.length === sourceEnd - sourceStart;
      if (copied && lastCopied && lastEnd === sourceStart) {
        // Copied right after the last copied character: the run grows.
        this.#sourceEnds[last] = sourceEnd;
        this.#text += char;
        this.#sourcePosition = sourceEnd;
        return;
      }
    }
    this.#textStarts.push(this.#text.length);
    this.#sourceStarts.push(sourceStart);
    this.#sourceEnds.push(sourceEnd);
    this.#text += char;
    this.#sourcePosition = Math.max(this.#sourcePosition, sourceEnd);
  }
}
