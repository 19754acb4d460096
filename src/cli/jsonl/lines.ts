// Reads JSON Lines from a byte stream without ever holding more than one line, and not even that
// when a line is over the limit: its bytes are counted and dropped, only its head is kept (for the id).

/** Bytes of an over-long line kept to find its id (`{"id": "..."` comes first in well-made lines). */
export const headBytesKept = 4096;

/** One line of input: its text, or why it could not be read. */
export type InputLine =
  | { number: number; text: string; complete: boolean }
  | { number: number; problem: string; head: string; complete: boolean };

const newline = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * The non-blank lines of `chunks`, numbered from 1. A line over `maxBytes` becomes a problem;
 * so does one that is not valid UTF-8. `complete` is false only for a last line without its newline.
 */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  const assembler = new LineAssembler(maxBytes);
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let at = buffer.indexOf(newline, from); at >= 0; at = buffer.indexOf(newline, from)) {
      assembler.keep(buffer.subarray(from, at));
      from = at + 1;
      const line = assembler.finish(true);
      if (line) yield line;
    }
    // A copy: the stream may reuse its chunk's memory.
    if (from < buffer.length) assembler.keep(Buffer.from(buffer.subarray(from)));
  }
  if (assembler.hasPendingLine) {
    const line = assembler.finish(false);
    if (line) yield line;
  }
}

/**
 * Gathers the pieces of the line being read, up to `maxBytes`; past that it only counts them and keeps
 * the line's head, so an over-long line is never held whole.
 */
class LineAssembler {
  readonly #maxBytes: number;
  #parts: Buffer[] = [];
  #length = 0;
  #overLimit = false;
  #head: Buffer | undefined;
  #number = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** Whether a line is under way: bytes after the last newline, held or counted. */
  get hasPendingLine(): boolean {
    return this.#length > 0 || this.#overLimit;
  }

  /** Adds the next piece of the current line. */
  keep(piece: Buffer): void {
    if (piece.length === 0) return;
    if (!this.#overLimit && this.#length + piece.length > this.#maxBytes) {
      this.#overLimit = true;
      // Only the first bytes are copied: the rest of the line is counted, never held.
      const start = Buffer.concat(this.#parts, this.#length);
      this.#head = Buffer.concat([start, piece.subarray(0, Math.max(0, headBytesKept - start.length))]).subarray(0, headBytesKept);
      this.#parts = [];
    }
    if (!this.#overLimit) this.#parts.push(piece);
    this.#length += piece.length;
  }

  /** Ends the current line and numbers it: its text, its problem, or undefined for a blank line. */
  finish(complete: boolean): InputLine | undefined {
    const number = ++this.#number;
    if (this.#overLimit) {
      const line: InputLine = { number, problem: `line is ${this.#length} bytes, over --max-bytes (${this.#maxBytes})`, head: lenientUtf8.decode(this.#head), complete };
      this.#overLimit = false;
      this.#head = undefined;
      this.#parts = [];
      this.#length = 0;
      return line;
    }
    const bytes = this.#parts.length === 1 ? (this.#parts[0] as Buffer) : Buffer.concat(this.#parts, this.#length);
    this.#parts = [];
    this.#length = 0;
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { number, problem: 'line is not valid UTF-8', head: lenientUtf8.decode(bytes.subarray(0, headBytesKept)), complete };
    }
    if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return text.trim() === '' ? undefined : { number, text, complete };
  }
}

// `{"id": "..."` at the start: the id of a line too long (or too broken) to parse whole. The string
// body alternates disjoint classes, so it cannot backtrack.
const leadingId = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")/;

/** The id written as the first field of `head`, if any. */
export function leadingIdOf(head: string): string | null {
  const match = leadingId.exec(head);
  if (!match) return null;
  try {
    const id = JSON.parse(match[1] as string) as string;
    return id === '' ? null : id;
  } catch {
    return null;
  }
}
