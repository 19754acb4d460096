// The bundled CLI (what `npm install` users run): built here into a temporary folder with the same
// entries as tsup.config.ts (never into dist/, which other runs use), then run as a real process.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildBundledCli, corpusDir, repoRoot, tempDir } from './helpers.js';

const execFileAsync = promisify(execFile);

describe('the bundled CLI (dist/cli.js and dist/cli-worker.js)', () => {
  let root = '';
  let cleanup = () => {};
  before(async () => {
    ({ dir: root, cleanup } = tempDir());
    await buildBundledCli(root, { 'cli-worker': 'src/cli/worker.ts' });
    for (const set of ['one', 'two']) {
      mkdirSync(join(root, set));
      for (const lang of ['nl', 'ar']) copyFileSync(join(corpusDir, `${lang}.txt`), join(root, set, `${lang}.txt`));
    }
  });
  after(() => cleanup());

  it('finds its version in the package.json one folder up', async () => {
    assert.ok(existsSync(join(root, 'dist', 'cli-worker.js')));
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const { stdout } = await execFileAsync(process.execPath, [join(root, 'dist', 'cli.js'), '--version']);
    assert.equal(stdout, `${version}\n`);
  });

  it('checks two sets on two worker threads from dist/cli-worker.js', async () => {
    const { stdout } = await execFileAsync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', 'one', 'two', '--jobs', '2', '--format', 'json', '--fail-on', 'none'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    const json = JSON.parse(stdout) as { documents: Array<{ path: string }>; findings: unknown[] };
    assert.deepEqual(json.documents.map((document) => document.path.split('/')[0]), ['one', 'one', 'two', 'two']);
    assert.equal(json.findings.length % 2, 0, 'the same pair twice gives each finding twice');
  });
});
