// Worker thread for `check --jobs N`: checks one article set per message.
import { parentPort } from 'node:worker_threads';
import { checkDocuments } from './pipeline.js';
import type { CheckTask, CheckTaskResult } from './pool.js';

parentPort?.on('message', (task: CheckTask) => {
  checkDocuments(task.documents, task.options).then(
    (result) => parentPort?.postMessage({ id: task.id, ok: true, result } satisfies CheckTaskResult),
    (error: unknown) =>
      parentPort?.postMessage({
        id: task.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      } satisfies CheckTaskResult),
  );
});
