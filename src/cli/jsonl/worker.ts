// Worker thread for `--input jsonl --jobs N`: one input line in, one output line back.
import { parentPort } from 'node:worker_threads';
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

parentPort?.on('message', (job: LineJob) => {
  let output: SetOutput;
  try {
    output = processLine(job.task, job.text, job.options, job.place);
  } catch (error) {
    // Not a bad set but a fault of ours: still one line, so the stream goes on.
    output = errorOutput(null, `internal error: ${error instanceof Error ? error.message : String(error)}`, job.place);
  }
  parentPort?.postMessage({ seq: job.seq, output } satisfies LineDone);
});
