// Runs input lines on worker threads, as many at once as there are workers, and hands the outputs
// back as they finish. Unlike `runCheckTasks` (a fixed batch that fails as a whole), it is fed one
// line at a time and a bad set is just an error line, so the stream never stops for one set.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SetOutput } from './format.js';
import type { LineDone, LineJob, StreamWorkerData } from './worker.js';

/**
 * The stream worker script: `cli-stream-worker.js` next to the bundled CLI in `dist/`, or, from
 * source under tsx, `worker-from-source.mjs` beside this file.
 */
export function streamWorkerScript(): URL | undefined {
  for (const candidate of [new URL('./cli-stream-worker.js', import.meta.url), new URL('./worker-from-source.mjs', import.meta.url)]) {
    if (existsSync(fileURLToPath(candidate))) return candidate;
  }
  return undefined;
}

/** A fixed set of worker threads, each given one line at a time. */
export class LinePool {
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #queue: LineJob[] = [];
  readonly #onDone: (seq: number, output: SetOutput) => void;
  readonly #onFault: (error: Error) => void;

  constructor(jobs: number, script: URL, onDone: (seq: number, output: SetOutput) => void, onFault: (error: Error) => void, workerData: StreamWorkerData = {}) {
    this.#onDone = onDone;
    this.#onFault = onFault;
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(script, { workerData });
      this.#all.push(worker);
      this.#idle.push(worker);
      worker.on('message', (message: LineDone) => {
        const next = this.#queue.shift();
        if (next) worker.postMessage(next);
        else this.#idle.push(worker);
        this.#onDone(message.seq, message.output);
      });
      worker.on('error', (error) => this.#onFault(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#onFault(new Error(`a worker thread stopped with exit code ${code}`));
      });
    }
  }

  /** Sends a line to an idle worker, or queues it for the first one free. */
  submit(job: LineJob): void {
    const worker = this.#idle.pop();
    if (worker) worker.postMessage(job);
    else this.#queue.push(job);
  }

  async close(): Promise<void> {
    for (const worker of this.#all) worker.removeAllListeners('exit');
    await Promise.all(this.#all.map((worker) => worker.terminate()));
  }
}
