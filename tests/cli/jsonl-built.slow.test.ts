// The bundled CLI on a JSON Lines stream as a real process: worker threads from
// dist/cli-stream-worker.js, a pipe on stdout (so writes wait for it to drain), the same lines at
// --jobs 1 and 2.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildBundledCli, corpusDir, tempDir } from './helpers.js';

function runBuilt(cli: string, args: readonly string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
    child.stdin.end(stdin);
  });
}

describe('the bundled CLI with --input jsonl', () => {
  let root = '';
  let cleanup = () => {};
  before(async () => {
    ({ dir: root, cleanup } = tempDir());
    await buildBundledCli(root, { 'cli-stream-worker': 'src/cli/jsonl/worker.ts' });
  });
  after(() => cleanup());

  it('streams sets through dist/cli-stream-worker.js in input order, as --jobs 1 does', async () => {
    assert.ok(existsSync(join(root, 'dist', 'cli-stream-worker.js')));
    const langs = ['nl', 'ar', 'sv'];
    const texts = langs.map((lang) => readFileSync(join(corpusDir, `${lang}.txt`), 'utf8'));
    // Each set a different cut of the corpus, so each output line differs; together far more than a pipe holds.
    const input = Array.from({ length: 16 }, (_, i) =>
      JSON.stringify({ id: `set-${i}`, versions: langs.map((lang, v) => ({ lang, text: texts[v]!.slice(0, 2000 + 400 * i) })) }),
    ).join('\n');
    const cli = join(root, 'dist', 'cli.js');
    const one = await runBuilt(cli, ['check', '--input', 'jsonl', '--fail-on', 'none'], input);
    const two = await runBuilt(cli, ['check', '--input', 'jsonl', '--jobs', '2', '--fail-on', 'none'], input);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(two.code, 0, two.stderr);
    assert.ok(one.stdout.length > 256 * 1024, `${one.stdout.length} bytes of output`);
    assert.equal(two.stdout, one.stdout);
    const ids = one.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    assert.deepEqual(ids, Array.from({ length: 16 }, (_, i) => `set-${i}`));
  });
});
