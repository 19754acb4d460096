// Worker thread for `--input jsonl --jobs N`: one input line in, one output line back.
import { parentPort, workerData } from 'node:worker_threads';
import type { Dictionary } from '../../align/dictionaries.js';
import { lexiconsFrom } from '../lexicons.js';
import type { StreamOptions } from '../../stream/stream.js';
import type { StreamTask } from '../../stream/sets.js';
import { errorOutput, type LinePlace, processLine, type SetOutput } from './format.js';

/** A line sent to a worker. */
export interface LineJob {
  seq: number;
  task: StreamTask;
  text: string;
  options: StreamOptions;
  place: LinePlace;
}

/** A worker's answer. */
export interface LineDone {
  seq: number;
  output: SetOutput;
}

/** What the pool gives every worker once: the `--dictionary` dictionaries, read by the main thread. */
export interface StreamWorkerData {
  dictionaries?: readonly Dictionary[];
}

const given = workerData as StreamWorkerData | undefined;
const lexiconFor = given?.dictionaries === undefined ? undefined : lexiconsFrom(given.dictionaries);

parentPort?.on('message', (job: LineJob) => {
  let output: SetOutput;
  try {
    output = processLine(job.task, job.text, job.options, job.place, lexiconFor);
  } catch (error) {
    // Not a bad set but a fault of ours: still one line, so the stream goes on.
    output = errorOutput(null, `internal error: ${error instanceof Error ? error.message : String(error)}`, job.place);
  }
  parentPort?.postMessage({ seq: job.seq, output } satisfies LineDone);
});
