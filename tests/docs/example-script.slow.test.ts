// examples/check-directory.mjs imports the package by name, i.e. the built output in dist/ (`npm run
// test:slow` runs after a build, like the other built-package checks). It must check the showcase corpus and summarise it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('examples/check-directory.mjs', () => {
  it('checks the article sets under corpora/ through the built package', () => {
    assert.ok(
      existsSync(join(repoRoot, 'dist/index.js')),
      'dist/index.js is missing: run "npm run build" first (npm test does)',
    );
    const run = spawnSync(process.execPath, ['examples/check-directory.mjs', 'corpora'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(run.stderr, '');
    const lines = run.stdout.trimEnd().split('\n');
    const summary = /^corpora\/spring-meeting-2025: 5 documents \(ar id nl sv uk\), (\d+) sentences, (\d+) aligned groups, (\d+) findings? \((\d+) errors?/.exec(lines[0]!);
    assert.ok(summary, `summary line for the showcase set, got: ${lines[0]}`);
    const errors = Number(summary[4]);
    assert.ok(Number(summary[1]) > 50 && Number(summary[2]) > 5 && Number(summary[3]) > 0);
    assert.ok(lines.some((line) => /^ {2}error +country-label +fix sv “[^”]*Vietnam\)” \(disagrees with [a-z, ]+\)$/.test(line)), run.stdout);
    assert.equal(lines.at(-1), `1 set(s) checked, ${errors} error(s)`);
    assert.equal(run.status, errors > 0 ? 1 : 0);
  });

  it('says how to call it when no directory is given', () => {
    const run = spawnSync(process.execPath, ['examples/check-directory.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /usage: node examples\/check-directory\.mjs DIRECTORY/);
  });
});
