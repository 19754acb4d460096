/**
 * Lines and columns of a text, for everyone who shows a position: the retext plugin (unist points)
 * and the reporters (text, SARIF, GitHub annotations).
 *
 * @module
 */
import type { Point } from '../types.js';

/**
 * Maps UTF-16 offsets of one text to 1-based lines and columns. Line breaks are `\n`, `\r\n` and a
 * lone `\r` (as `vfile-location` reads them); columns count UTF-16 code units, as editors and GitHub
 * annotations do.
 */
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) this.#lineStarts.push(i + 1);
      else if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) this.#lineStarts.push(i + 1);
    }
  }

  /** The 1-based line and column of `offset` (clamped to the line table). */
  point(offset: number): Point {
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
  }
}
