// The everyday `npm test` leaves the slow suites to `npm run test:slow`, and CI runs both: nothing
// that exists is skipped there, only the everyday loop gets fast.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../cli/helpers.js';

const listTests = (...args: string[]) =>
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'run-tests.mjs'), '--list', ...args], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '');

describe('npm test and npm run test:slow', () => {
  const everyday = listTests();
  const slow = listTests('--slow');
  const all = listTests('--all');

  it('split the test files in two halves that together are every test file', () => {
    assert.ok(slow.length > 0 && everyday.length > slow.length);
    assert.ok(slow.every((file) => file.endsWith('.slow.test.ts')));
    assert.ok(everyday.every((file) => !file.endsWith('.slow.test.ts')));
    assert.deepEqual([...everyday, ...slow].sort(), all);
  });

  it('leave the 1 MB adversarial families, the browser, the packaging checks and the docs examples out of the everyday half', () => {
    for (const part of ['tests/adversarial/linear-time', 'tests/package/pack', 'tests/browser/report', 'tests/docs/docs-examples']) {
      assert.ok(slow.some((file) => file.startsWith(part)), `${part} runs in test:slow`);
      assert.ok(!everyday.some((file) => file.startsWith(part)), `${part} is not in npm test`);
    }
  });

  it('are both run by CI and named in the README', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.match(manifest.scripts.test ?? '', /node scripts\/run-tests\.mjs --checks$/, 'npm test also type-checks and lints the regexes');
    assert.match(manifest.scripts['test:slow'] ?? '', /node scripts\/run-tests\.mjs --slow$/);
    const ci = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8').split('\n');
    assert.ok(ci.indexOf('npm test') >= 0 && ci.indexOf('npm run test:slow') > ci.indexOf('npm test'), 'CI runs npm test, then npm run test:slow');
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.match(readme, /^npm test\b/m);
    assert.match(readme, /^npm run test:slow\b/m);
  });
});
