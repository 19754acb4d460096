// Starts the TypeScript stream worker (worker.ts) when the CLI runs from source under tsx (Node 20
// does not apply tsx's loader inside worker threads). The built CLI uses dist/cli-stream-worker.js.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
