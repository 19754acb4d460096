/**
 * Streams of article sets in, one outcome per set out, for Node pipelines. Pull-based: a set is read
 * from the source only when the consumer asks for the next outcome, so a slow consumer slows the
 * source (back-pressure) and memory holds one set at a time, however long the stream.
 *
 * @module
 */
import { align } from '../align/align.js';
import type { AlignOptions } from '../align/index.js';
import { check } from '../check/check.js';
import { validateCheckOptions } from '../check/config.js';
import type { CheckOptions, CheckResult } from '../check/types.js';
import { toSegmentedDocument } from '../segment/document.js';
import type { Alignment, SegmentedDocument } from '../types.js';
import { type ArticleSet, idOf, sourceIndex, type StreamTask, toArticleSet, toDocumentInput } from './sets.js';

/** One set's outcome: its result, or why it failed (the stream goes on either way). */
export type StreamOutcome<Result> =
  | { id: string; ok: true; result: Result }
  | {
      /** The set's id, or `null` when the item had none. */
      id: string | null;
      ok: false;
      /** A TypeError or RangeError naming the bad field, as the batch functions throw. */
      error: Error;
    };

/** What `segmentStream` gives per set. */
export interface SegmentResult {
  documents: SegmentedDocument[];
}

/** The result type of each task. */
export interface StreamResults {
  check: CheckResult;
  align: Alignment;
  segment: SegmentResult;
}

/** Options of the streams: those of `check` (for `align`, only `mode` and `lexicon` apply). */
export type StreamOptions = Omit<CheckOptions, 'onProgress'>;

type SetSource = AsyncIterable<unknown> | Iterable<unknown>;

/**
 * Checks each article set of `sets` ({@link ArticleSet}: `{ id, versions, source? }`) as
 * {@link check} does, yielding `{ id, ok: true, result }` per set in input order, or
 * `{ id, ok: false, error }` for a set that is not valid (the stream goes on).
 *
 * @param sets Any iterable or async iterable, such as a generator reading a file line by line.
 * @param options As for {@link check}.
 * @throws {TypeError} at once when `sets` is not iterable or `options` is not valid.
 */
export function checkStream(sets: SetSource, options?: StreamOptions): AsyncGenerator<StreamOutcome<CheckResult>> {
  return streamOf('check', sets, options);
}

/**
 * Aligns the two versions of each article set, as {@link align} (with its `mode` and `lexicon`). Sets of
 * any other size yield an error outcome. See {@link checkStream}.
 */
export function alignStream(sets: SetSource, options?: Pick<AlignOptions, 'mode' | 'lexicon'>): AsyncGenerator<StreamOutcome<Alignment>> {
  return streamOf('align', sets, options);
}

/** Segments every version of each article set. See {@link checkStream}. */
export function segmentStream(sets: SetSource): AsyncGenerator<StreamOutcome<SegmentResult>> {
  return streamOf('segment', sets, undefined);
}

function streamOf<Task extends StreamTask>(task: Task, sets: SetSource, options: StreamOptions | undefined): AsyncGenerator<StreamOutcome<StreamResults[Task]>> {
  if (typeof sets !== 'object' || sets === null || !(Symbol.asyncIterator in sets || Symbol.iterator in sets)) {
    throw new TypeError(`sets must be an iterable or async iterable of article sets, got ${sets === null ? 'null' : typeof sets}`);
  }
  const resolved = options === undefined ? {} : (validateCheckOptions(options) as StreamOptions);
  return outcomes(task, sets, resolved);
}

async function* outcomes<Task extends StreamTask>(task: Task, sets: SetSource, options: StreamOptions): AsyncGenerator<StreamOutcome<StreamResults[Task]>> {
  for await (const value of sets) yield processArticleSet(task, value, options);
}

/**
 * One set through one task, never throwing for a bad set: the outcome carries the error. The
 * command line's workers call this too, so a set gives the same answer in every path.
 */
export function processArticleSet<Task extends StreamTask>(task: Task, value: unknown, options: StreamOptions): StreamOutcome<StreamResults[Task]> {
  let set: ArticleSet;
  try {
    set = toArticleSet(value, task);
    return { id: set.id, ok: true, result: runTask(task, set, options) };
  } catch (error) {
    return { id: idOf(value), ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

function runTask<Task extends StreamTask>(task: Task, set: ArticleSet, options: StreamOptions): StreamResults[Task] {
  const documents = set.versions.map(toDocumentInput);
  if (task === 'check') {
    const source = sourceIndex(set);
    // The set's source goes to check as the index of the version it names (check's `source` option).
    const checkOptions = source === undefined ? options : ({ ...options, source } as StreamOptions);
    return check(documents, checkOptions) as StreamResults[Task];
  }
  if (task === 'align') {
    const alignOptions = { ...(options.mode === undefined ? {} : { mode: options.mode }), ...(options.lexicon === undefined ? {} : { lexicon: options.lexicon }) };
    return align(documents[0]!, documents[1]!, alignOptions) as StreamResults[Task];
  }
  return { documents: documents.map(toSegmentedDocument) } as StreamResults[Task];
}
