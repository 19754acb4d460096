// `--resume OUT`: the ids an earlier run already answered. Only the head of each line is read (the
// writer puts `id` first), so an output of millions of large results costs the ids, not the results.
import { createReadStream } from 'node:fs';
import { headBytesKept, readLines } from './lines.js';

// `{"id":"…","version":1,"documents"…` is a result; `…,"error"…` an error line, which is run again.
const resultHead = /^\{"id":("(?:[^"\\]|\\.)*"),"version":1,"(\w+)"/;

/** What an earlier output holds. */
export interface EarlierOutput {
  /** Ids with a result line (error lines are not counted: those sets run again). */
  done: Set<string>;
  /** Error lines seen (their sets run again). */
  retried: number;
  /** Whether the file ended in the middle of a line (a run stopped while writing). */
  truncated: boolean;
}

/**
 * Reads the ids answered in `path`. A last line cut off by a stopped run does not count.
 *
 * @throws the file system's error when `path` cannot be read.
 */
export async function readEarlierOutput(path: string): Promise<EarlierOutput> {
  const done = new Set<string>();
  let retried = 0;
  let truncated = false;
  for await (const line of readLines(createReadStream(path), headBytesKept)) {
    if (!line.complete) {
      truncated = true;
      continue;
    }
    const head = 'text' in line ? line.text : line.head;
    const match = resultHead.exec(head);
    if (!match) continue;
    if (match[2] === 'error') {
      retried++;
      continue;
    }
    done.add(JSON.parse(match[1] as string) as string);
  }
  return { done, retried, truncated };
}
