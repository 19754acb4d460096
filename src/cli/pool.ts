import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentInput } from '../types.js';
import type { CheckOptions, CheckResult } from './pipeline.js';

/** One article set sent to a worker. */
export interface CheckTask {
  id: number;
  documents: DocumentInput[];
  options: CheckOptions;
}

/** A worker's answer. */
export type CheckTaskResult = { id: number; ok: true; result: CheckResult } | { id: number; ok: false; message: string; stack?: string | undefined };

/**
 * The worker script: `cli-worker.js` next to the bundled CLI in `dist/`, or, from source under tsx,
 * `worker-from-source.mjs`, which loads `worker.ts` through tsx.
 */
export function workerScript(): URL | undefined {
  for (const candidate of [new URL('./cli-worker.js', import.meta.url), new URL('./worker-from-source.mjs', import.meta.url)]) {
    if (existsSync(fileURLToPath(candidate))) return candidate;
  }
  return undefined;
}

/**
 * Checks every task on up to `jobs` worker threads and resolves to the results in task order.
 * Calls `onDone` after each task (for the progress bar). A task that fails rejects the whole run.
 */
export async function runCheckTasks(tasks: readonly CheckTask[], jobs: number, script: URL, onDone: (done: number) => void): Promise<CheckResult[]> {
  const results = new Array<CheckResult>(tasks.length);
  const position = new Map(tasks.map((task, index) => [task.id, index]));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const count = Math.min(jobs, tasks.length);
      let finished = false;
      const fail = (error: Error) => {
        if (finished) return;
        finished = true;
        reject(error);
      };
      const feed = (worker: Worker) => {
        const task = tasks[next++];
        if (task) worker.postMessage(task);
      };
      for (let i = 0; i < count; i++) {
        const worker = new Worker(script);
        workers.push(worker);
        worker.on('message', (message: CheckTaskResult) => {
          if (!message.ok) {
            const error = new Error(message.message);
            if (message.stack) error.stack = message.stack;
            fail(error);
            return;
          }
          results[position.get(message.id) ?? -1] = message.result;
          done++;
          onDone(done);
          if (done === tasks.length) {
            finished = true;
            resolve();
          } else {
            feed(worker);
          }
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (!finished && code !== 0) fail(new Error(`a worker thread stopped with exit code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
