// The suite of a published project must pass from its own files: a fresh clone has none of the
// development data kept beside the repository (benchmarks may read it, tests may not).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

// Built from parts so that this file does not match itself.
const developmentData = new RegExp(['\\.\\./', 'shared\\b|', 'shared', '/data/'].join(''));

describe('tests are self-contained', () => {
  it('no test, fixture or test runner names the development data outside the repository', () => {
    const files = [...listFiles(join(repoRoot, 'tests')), join(repoRoot, 'scripts', 'run-tests.mjs')].filter((path) => path !== thisFile);
    assert.ok(files.length > 20, 'tests/ was found');
    const offenders = files.filter((path) => developmentData.test(readFileSync(path, 'utf8'))).map((path) => relative(repoRoot, path));
    assert.deepEqual(offenders, []);
  });
});
