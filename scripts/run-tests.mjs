#!/usr/bin/env node
// Runs the tests with Node's test runner (TypeScript through tsx). Node 20's --test takes no globs,
// so the files are collected here:
//   node scripts/run-tests.mjs [PART...]         every tests/**/*.test.ts except *.slow.test.ts
//   node scripts/run-tests.mjs --slow [PART...]  only tests/**/*.slow.test.ts (`npm run test:slow`)
//   node scripts/run-tests.mjs --all [PART...]   both
//   --list                                       print the files instead of running them
// PART keeps the files whose path contains it. The slow files are the 1 MB linear-time families and
// the packaging checks: CI (.ci/run) runs them after the everyday suite, so nothing is skipped there.
import { spawnSync } from 'node:child_process';
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
const filter = args.filter((arg) => !['--slow', '--all', '--list'].includes(arg));
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
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
