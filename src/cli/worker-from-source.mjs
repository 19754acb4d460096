// Starts the TypeScript worker (worker.ts) when the CLI runs from source under tsx: Node 20 does not
// apply tsx's loader inside worker threads, so the worker loads itself through tsx's API. The built
// CLI uses dist/cli-worker.js instead and never loads this file.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
