import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: dual ESM/CJS with .d.ts and .d.cts, one bundle so `require` and `import` see the same code.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
  {
    // The command line tool and its worker threads: ESM only, never imported by users.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts', 'cli-stream-worker': 'src/cli/jsonl/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // Whitespace and syntax only: names stay readable in a stack trace; keeps the tarball small, as the
    // CLI bundles the library a second time.
    esbuildOptions(options) {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
  },
]);
