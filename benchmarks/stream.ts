// npm run bench:stream — the JSON Lines stream (`check --input jsonl`) against one `check` process per
// article set, at --jobs 1 and 2; its peak memory as the stream grows (1,000 to 100,000 sets: it must
// stay flat); and Apache Spark (local[2], RDD.pipe) and GNU parallel on the same sets when this machine
// has them (scripts/install-spark.sh; `apt-get install parallel`).
//
// Sets: windows of the showcase corpus, 5 versions × about 10 KB each (tests/scale/dataset.ts). The
// memory series uses small two-sentence sets so that 100,000 of them finish in minutes; what it
// measures, growth with the count, does not depend on the set size. Every figure is wall-clock on a
// shared machine: noisy. Outputs are compared, not only timed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSets, toJsonl } from '../tests/scale/dataset.js';
import { markdownTable, writeResultsSection } from './lib/results.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repoRoot, 'dist', 'cli.js');
const rssHook = join(repoRoot, 'benchmarks', 'lib', 'report-rss.mjs');
const showcaseSets = Number(process.env.BENCH_STREAM_SETS ?? 40);
const showcaseBytes = 10 * 1024;
const memoryCounts = (process.env.BENCH_STREAM_COUNTS ?? '1000,10000,100000').split(',').map(Number);
const sparkPartitions = 4;

if (!existsSync(cli)) {
  console.error('bench:stream: dist/cli.js is missing; run npm run build first');
  process.exit(2);
}

interface Run {
  seconds: number;
  stdout: string;
  peakRss: number;
  /** User and system CPU time of the process, in seconds. */
  cpuSeconds: number;
  code: number | null;
}

/** Runs the built CLI with `args`, feeding it `input` lines (with back-pressure), timing it and reading its peak RSS. */
function runCli(args: readonly string[], input: Iterable<string> | undefined, keepOutput = true): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', rssHook, cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (keepOutput) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = /bench-rss (\d+) (\d+)/.exec(err);
      if (!rss) return reject(new Error(`no peak RSS from ${args.join(' ')}: ${err.slice(-500)}`));
      resolve({ seconds: (performance.now() - started) / 1000, stdout: keepOutput ? Buffer.concat(out).toString() : `${outBytes}`, peakRss: Number(rss[1]), cpuSeconds: Number(rss[2]) / 1e6, code });
    });
    if (input === undefined) {
      child.stdin.end();
      return;
    }
    const lines = input[Symbol.iterator]();
    const pump = () => {
      for (;;) {
        const next = lines.next();
        if (next.done) return void child.stdin.end();
        if (!child.stdin.write(next.value)) return void child.stdin.once('drain', pump);
      }
    };
    pump();
  });
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (sets: number, seconds: number) => (sets / seconds).toFixed(2);
const lines = (stdout: string) => stdout.split('\n').filter((line) => line !== '');

// --- Throughput: showcase-sized sets --------------------------------------------------------------
const sets = corpusSets(showcaseSets, showcaseBytes);
const averageBytes = sets.reduce((sum, set) => sum + set.versions.reduce((s, v) => s + Buffer.byteLength(v.text), 0), 0) / sets.length;
console.error(`bench:stream: ${sets.length} sets of 5 versions, ${(averageBytes / 5 / 1024).toFixed(1)} KB per version on average`);
const work = mkdtempSync(join(tmpdir(), 'anchoralign-bench-stream-'));
const inputPath = join(work, 'sets.jsonl');
writeFileSync(inputPath, toJsonl(sets));

const streamArgs = ['check', '--input', 'jsonl', inputPath, '--fail-on', 'none', '--quiet'];
const jobs1 = await runCli(streamArgs, undefined);
console.error(`  stream --jobs 1: ${jobs1.seconds.toFixed(1)} s`);
const jobs2 = await runCli([...streamArgs, '--jobs', '2'], undefined);
console.error(`  stream --jobs 2: ${jobs2.seconds.toFixed(1)} s`);
if (jobs2.stdout !== jobs1.stdout) throw new Error('--jobs 2 wrote other lines than --jobs 1');

// One `check DIR --format json` process per set: what a user without the stream would script.
let perProcessSeconds = 0;
let perProcessPeak = 0;
let perProcessCpu = 0;
const expectedLines = lines(jobs1.stdout);
for (const [index, set] of sets.entries()) {
  const dir = join(work, set.id);
  mkdirSync(dir);
  for (const version of set.versions) writeFileSync(join(dir, `${version.lang}.txt`), version.text);
  const run = await runCli(['check', dir, '--format', 'json', '--fail-on', 'none', '--quiet'], undefined);
  perProcessSeconds += run.seconds;
  perProcessPeak = Math.max(perProcessPeak, run.peakRss);
  perProcessCpu += run.cpuSeconds;
  // The same findings as the stream's line for this set (paths differ: files here, `id/lang.txt` there).
  const streamed = JSON.parse(expectedLines[index]!) as { findings: Array<{ id: string }> };
  const alone = JSON.parse(run.stdout) as { findings: Array<{ id: string }> };
  if (JSON.stringify(alone.findings.map((f) => f.id)) !== JSON.stringify(streamed.findings.map((f) => f.id))) {
    throw new Error(`${set.id}: the per-process check found other findings than the stream`);
  }
}
console.error(`  one process per set: ${perProcessSeconds.toFixed(1)} s`);

// --- Engines that partition the stream: Spark and GNU parallel ------------------------------------
const comparable = (stdout: string) =>
  lines(stdout)
    .map((line) => {
      const value = JSON.parse(line) as { error?: { file?: string; line?: number } };
      if (value.error) delete value.error.file, delete value.error.line;
      return JSON.stringify(value);
    })
    .sort();
const single = comparable(jobs1.stdout).join('\n');
const pipeCommand = [process.execPath, cli, 'check', '--input', 'jsonl', '--format', 'jsonl', '--fail-on', 'none', '--quiet'];
const engineRows: Array<Array<string | number>> = [];

const install = spawnSync('bash', [join(repoRoot, 'scripts/install-spark.sh')], { encoding: 'utf8', cwd: repoRoot });
if (install.status === 0) {
  const python = join(repoRoot, install.stdout.trim().split('\n').at(-1)!);
  const outDir = join(work, 'spark-out');
  const started = performance.now();
  const job = spawnSync(python, [join(repoRoot, 'tests/scale/spark_pipe.py'), inputPath, outDir, String(sparkPartitions), '--', ...pipeCommand], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (job.status !== 0) throw new Error(`Spark job failed: ${job.stderr.slice(-2000)}`);
  const jobSeconds = (JSON.parse(job.stdout.trim().split('\n').at(-1)!) as { seconds: number }).seconds;
  const union = readdirSync(outDir)
    .filter((name) => name.startsWith('part-'))
    .map((name) => readFileSync(join(outDir, name), 'utf8'))
    .join('\n');
  const equal = comparable(union).join('\n') === single;
  engineRows.push([`Apache Spark local[2], ${sparkPartitions} partitions, RDD.pipe`, rate(sets.length, jobSeconds), `${rate(sets.length, seconds)} (with JVM start-up)`, equal ? 'yes' : '**no**']);
} else {
  const reason = install.stderr.trim().replace(/^install-spark: /, '');
  engineRows.push(['Apache Spark local[2], RDD.pipe', '—', '—', `not run: ${reason}`]);
}

if (spawnSync('sh', ['-c', 'command -v parallel']).status === 0) {
  const started = performance.now();
  const run = spawnSync('parallel', ['--will-cite', '--pipe', '-N', String(Math.ceil(sets.length / sparkPartitions)), '-j', '2', ...pipeCommand], {
    input: readFileSync(inputPath),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  engineRows.push([`GNU parallel --pipe -j 2, ${sparkPartitions} blocks`, rate(sets.length, seconds), '', comparable(run.stdout).join('\n') === single ? 'yes' : '**no**']);
} else {
  engineRows.push(['GNU parallel --pipe -j 2', '—', '', 'not run: parallel is not installed (apt-get install parallel)']);
}

// --- Peak memory as the stream grows --------------------------------------------------------------
function* smallSets(count: number): Generator<string> {
  for (let i = 0; i < count; i++) {
    yield `${JSON.stringify({
      id: `small-${i}`,
      versions: [
        { lang: 'nl', text: `De vijf provincies tekenden ${i} overeenkomsten. Het overleg vond plaats op ${(i % 28) + 1} februari.` },
        { lang: 'sv', text: `De fem provinserna undertecknade ${i + (i % 4 === 0 ? 1 : 0)} avtal. Mötet hölls den ${(i % 28) + 1} februari.` },
      ],
    })}\n`;
  }
}
const memoryRows: Array<Array<string | number>> = [];
for (const count of memoryCounts) {
  for (const jobs of [1, 2]) {
    const run = await runCli(['check', '--input', 'jsonl', '--fail-on', 'none', '--quiet', '--jobs', String(jobs)], smallSets(count), false);
    if (run.code !== 0) throw new Error(`the memory run of ${count} sets exited ${run.code}`);
    memoryRows.push([count.toLocaleString('en'), jobs, mb(run.peakRss), rate(count, run.seconds), `${(Number(run.stdout) / 2 ** 20).toFixed(0)} MB`]);
    console.error(`  ${count} small sets, --jobs ${jobs}: ${mb(run.peakRss)} peak, ${run.seconds.toFixed(1)} s`);
  }
}
rmSync(work, { recursive: true, force: true });

// The same through the API in one process: the heap in use after a full collection, at each count.
const heap = spawnSync(process.execPath, ['--expose-gc', join(repoRoot, 'benchmarks/lib/stream-heap.mjs'), ...memoryCounts.map(String)], { encoding: 'utf8' });
if (heap.status !== 0) throw new Error(`stream-heap failed: ${heap.stderr.slice(-2000)}`);
const heapRows = lines(heap.stdout).map((line) => {
  const { sets: count, heapUsed, rss } = JSON.parse(line) as { sets: number; heapUsed: number; rss: number };
  return [count.toLocaleString('en'), `${(heapUsed / 2 ** 20).toFixed(1)} MB`, mb(rss)];
});

const loadAverage = os.loadavg()[0]!.toFixed(1);
const speedup = (seconds: number) => `${(perProcessSeconds / seconds).toFixed(2)}×`;
const cpuPerSet = (cpuSeconds: number) => `${((cpuSeconds / sets.length) * 1000).toFixed(0)} ms`;
writeResultsSection(
  'Stream',
  `\`check --input jsonl\` (docs/stream-jsonl-v1.md) on ${sets.length} article sets of 5 versions × ${(averageBytes / 5 / 1024).toFixed(1)} KB on average (windows of the showcase corpus, every fourth with a number changed), against one \`check DIR --format json\` process per set. Wall-clock on a 2-core machine shared with other jobs: noisy (load average ${loadAverage} when the bench ended), so CPU time per set (user + system, all threads) is given too: it does not depend on what else runs. The per-process runs found the same findings as the stream, and --jobs 2 wrote the same lines as --jobs 1.

${markdownTable(
  ['how', 'sets/s (wall clock)', 'vs one process per set', 'CPU time per set', 'peak RSS'],
  [
    ['stream, --jobs 1', rate(sets.length, jobs1.seconds), speedup(jobs1.seconds), cpuPerSet(jobs1.cpuSeconds), mb(jobs1.peakRss)],
    ['stream, --jobs 2', rate(sets.length, jobs2.seconds), speedup(jobs2.seconds), cpuPerSet(jobs2.cpuSeconds), mb(jobs2.peakRss)],
    ['one `check` process per set', rate(sets.length, perProcessSeconds), '1.00×', cpuPerSet(perProcessCpu), `${mb(perProcessPeak)} (largest process)`],
  ],
)}

Engines that cut the same ${sets.length} sets into pieces and pipe each through the CLI (docs/scale.md); "equal" compares the union of their outputs with the single process's (error lines without file and line):

${markdownTable(['engine', 'sets/s', 'sets/s, whole job', 'equal to one process'], engineRows)}

Peak RSS of one stream process as the stream grows: small sets (two versions of two sentences each, so 100,000 finish in minutes; the set size does not change what is measured, growth with the count). Flat means memory holds the sets in flight, not the stream.

${markdownTable(['sets streamed', '--jobs', 'peak RSS', 'sets/s', 'output'], memoryRows)}

Peak RSS also counts what V8 reserves as it warms up (code, heap spaces sized to the allocation rate), so it rises over the first thousands of sets. What the stream keeps is the heap still in use after a full garbage collection: \`checkStream\` over the same small sets in one process (benchmarks/lib/stream-heap.mjs):

${markdownTable(['sets streamed', 'heap in use after GC', 'RSS then'], heapRows)}`,
);
