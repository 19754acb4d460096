// The one interface every anchor reader implements.
import type { TokenCursor } from './cursor.js';

/**
 * Reads one kind of anchor starting at a token. Readers are tried in the order of `tokenReaders`
 * (readers/index.ts) at every unclaimed token of their kind; the first that reads something wins.
 */
export interface AnchorReader {
  /** Which reader this is, for tests and traces. */
  readonly name: string;
  /** The kind of token a reading starts at. */
  readonly startsAt: 'digits' | 'word';
  /**
   * Reads at token `i`: the index of the first token after what it read (an anchor emitted, or tokens
   * claimed as no anchor), or undefined to let the next reader try.
   */
  read(cursor: TokenCursor, i: number): number | undefined;
}

/** Readers sorted by the kind of token they start at, in list order. */
export interface ReadersByKind {
  digits: readonly AnchorReader[];
  word: readonly AnchorReader[];
}

export function byStartKind(readers: readonly AnchorReader[]): ReadersByKind {
  return { digits: readers.filter((reader) => reader.startsAt === 'digits'), word: readers.filter((reader) => reader.startsAt === 'word') };
}
