#!/usr/bin/env node
// Runs the tests with Node's test runner (TypeScript through tsx). Node 20's --test takes no globs,
// so the files are collected here:
//   node scripts/run-tests.mjs [PART...]         every tests/**/*.test.ts except *.slow.test.ts
//   node scripts/run-tests.mjs --slow [PART...]  only tests/**/*.slow.test.ts (`npm run test:slow`)
//   node scripts/run-tests.mjs --all [PART...]   both
//   --list                                       print the files instead of running them
//   --checks                                     also type-check (tsc --noEmit) and lint the regexes
//                                                (npm run lint:regex) while the tests run: on two
//                                                cores a serial type-check would leave one idle
// PART keeps the files whose path contains it. The slow files are the 1 MB linear-time families and
// the packaging checks: CI (.ci/run) runs them after the everyday suite, so nothing is skipped there.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const slowSuffix = '.slow.test.ts';

function collectTestFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : collectTestFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const selection = args.includes('--all') ? 'all' : args.includes('--slow') ? 'slow' : 'everyday';
const filter = args.filter((arg) => !['--slow', '--all', '--list', '--checks'].includes(arg));
const files = collectTestFiles('tests')
  .filter((file) => selection === 'all' || (selection === 'slow') === file.endsWith(slowSuffix))
  .filter((file) => filter.length === 0 || filter.some((part) => file.includes(part)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no test files matched');
  process.exit(1);
}
if (args.includes('--list')) {
  console.log(files.join('\n'));
  process.exit(0);
}
/** Runs a command; its output is shown at once (`inherit`) or kept and shown when it ends. */
function run(label, command, commandArgs, { buffered }) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ label, status: status ?? 1, output }));
    child.on('error', (error) => resolve({ label, status: 1, output: String(error) }));
  });
}

const checks = args.includes('--checks')
  ? [
      run('typecheck (tsc --noEmit)', process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '--noEmit'], { buffered: true }),
      run('lint:regex', process.execPath, ['--import', 'tsx', join('scripts', 'check-regex.ts')], { buffered: true }),
    ]
  : [];
const tests = await run('tests', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], { buffered: false });
let status = tests.status;
for (const check of await Promise.all(checks)) {
  process.stdout.write(`\n${check.label}: ${check.status === 0 ? 'passed' : 'FAILED'}\n${check.output}`);
  if (check.status !== 0) status = check.status;
}
process.exit(status);
