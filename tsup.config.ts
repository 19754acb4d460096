import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM: the library and the command line tool (with its worker threads) in one build, so the code they
    // share lies in shared chunks once instead of in a second copy inside the CLI bundle.
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts', 'cli-stream-worker': 'src/cli/jsonl/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    splitting: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
  {
    // CJS: the library alone, one bundle so `require` sees the same code `import` does.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
]);
