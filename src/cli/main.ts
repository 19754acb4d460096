#!/usr/bin/env node
import { runCli } from './run.js';

// The only place that touches the real process: everything else gets its streams injected for tests.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
