// npm run test:scale (run by .ci/run, not by the everyday npm test): the JSON Lines contract on real
// engines that are not ours. A dataset is partitioned, each partition piped through the built
// command line, and the union of the outputs must equal one process's output on the whole file:
// Apache Spark in local mode (pyspark from the Python package index, Java from Debian; RDD.pipe on
// local[2]) and GNU parallel (Debian). An engine is skipped, with the reason, only when this machine
// cannot install it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { corpusSets, toJsonl } from './dataset.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repoRoot, 'dist', 'cli.js');
const command = [process.execPath, cli, 'check', '--input', 'jsonl', '--format', 'jsonl', '--fail-on', 'none', '--quiet'];
const setCount = 40;
const partitions = 4;

/**
 * An output line made comparable across partitionings: results as they are; error lines without
 * `file` and `line`, which count within whatever part of the stream a process was given.
 */
function comparable(line: string): string {
  const value = JSON.parse(line) as { error?: { file?: string; line?: number } };
  if (value.error === undefined) return line;
  const { file: _file, line: _line, ...error } = value.error;
  return JSON.stringify({ ...value, error });
}

const sortedLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map(comparable)
    .sort();

describe('the JSON Lines stream on engines that partition it', () => {
  let dir = '';
  let input = '';
  let single: string[] = [];
  before(() => {
    assert.ok(existsSync(cli), 'dist/cli.js is missing: npm run test:scale builds it first');
    dir = mkdtempSync(join(tmpdir(), 'anchoralign-scale-'));
    input = join(dir, 'sets.jsonl');
    // Real sets and two bad lines: error lines must come through a partitioned run as well.
    const sets: unknown[] = corpusSets(setCount, 1500);
    sets.splice(7, 0, '{"id": "broken", "versions": [');
    sets.splice(23, 0, { id: 'lonely', versions: [{ lang: 'nl', text: 'Een versie.' }] });
    writeFileSync(input, toJsonl(sets));
    const run = spawnSync(command[0]!, [...command.slice(1), input], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.equal(run.status, 2, `the single process reports the bad sets with exit 2: ${run.stderr}`);
    single = sortedLines(run.stdout);
    assert.equal(single.length, setCount + 2);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`Apache Spark local[2]: ${partitions} partitions through RDD.pipe equal one process`, (t) => {
    const install = spawnSync('bash', [join(repoRoot, 'scripts/install-spark.sh')], { encoding: 'utf8', cwd: repoRoot });
    if (install.status === 3) {
      t.skip(`Spark cannot be installed on this machine: ${install.stderr.trim()}`);
      return;
    }
    assert.equal(install.status, 0, install.stderr);
    const python = join(repoRoot, install.stdout.trim().split('\n').at(-1)!);
    const outDir = join(dir, 'spark-out');
    const job = spawnSync(python, [join(repoRoot, 'tests/scale/spark_pipe.py'), input, outDir, String(partitions), '--', ...command], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(job.status, 0, job.stderr.slice(-4000));
    const ran = JSON.parse(job.stdout.trim().split('\n').at(-1)!) as { partitions: number; master: string };
    assert.ok(ran.partitions >= partitions, `${ran.partitions} partitions`);
    const parts = readdirSync(outDir).filter((name) => name.startsWith('part-'));
    assert.ok(parts.length >= partitions, `${parts.length} part files`);
    const union = sortedLines(parts.map((name) => readFileSync(join(outDir, name), 'utf8')).join('\n'));
    assert.deepEqual(union, single);
  });

  it('GNU parallel --pipe on 2 jobs: blocks of 8 sets equal one process', (t) => {
    if (spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status !== 0) {
      const isRoot = process.getuid?.() === 0;
      const install = isRoot ? spawnSync('sh', ['-c', 'apt-get install -y -qq parallel >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq parallel)'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : undefined;
      if (!install || install.status !== 0) {
        t.skip(`GNU parallel cannot be installed on this machine: ${isRoot ? `apt-get install parallel failed: ${install?.stderr.trim()}` : 'not root (apt-get install -y parallel)'}`);
        return;
      }
    }
    const run = spawnSync('parallel', ['--will-cite', '--pipe', '-N', '8', '-j', '2', ...command], {
      input: readFileSync(input),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.ok(run.status !== null, 'parallel ran');
    assert.ok(run.stdout.length > 0, run.stderr);
    assert.deepEqual(sortedLines(run.stdout), single);
  });
});
