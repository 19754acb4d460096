// Robustness figures: `npm run bench:robustness`.
// 1. The slowest adversarial case per public function (tests/adversarial/families.ts at 1 MB, CPU
//    time, in a memory-capped child so a quadratic case is reported rather than hanging the run).
// 2. Peak memory on 50 MB of real text: through the library (segment; extractAnchors sentence by
//    sentence) and through the CLI (refused at the default --max-bytes with a message naming the
//    limit and the flag; processed with the limit raised). Each in a child process that reports its
//    own peak RSS (process.resourceUsage().maxRSS).
//
// Options: --skip-adversarial, --skip-memory, --megabytes N (default 50).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { adversarialFamilies } from '../tests/adversarial/families.js';
import { type CaseResult, runAdversarialCases } from '../tests/adversarial/run-cases.js';
import { markdownTable, writeResultsSection } from './lib/results.js';

const corpusDir = fileURLToPath(new URL('../corpora/spring-meeting-2025/', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------------
// Child side: one measured job, answering JSON on stdout.

interface ChildReport {
  job: string;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  detail: string;
}

async function childJob(job: string, path: string, extra: string[]): Promise<void> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let detail = '';
  if (job === 'baseline') {
    detail = 'Node and the library loaded, nothing done';
    await import('../src/index.js');
  } else if (job === 'segment') {
    const { segment } = await import('../src/index.js');
    const text = readFileSync(path, 'utf8');
    const sentences = segment(text, { lang: 'nl' });
    detail = `${sentences.length.toLocaleString('en')} sentences`;
  } else if (job === 'segment+anchors') {
    const { extractAnchors, segment } = await import('../src/index.js');
    const text = readFileSync(path, 'utf8');
    let anchors = 0;
    const sentences = segment(text, { lang: 'nl' });
    for (const sentence of sentences) anchors += extractAnchors(sentence, { lang: 'nl' }).length;
    detail = `${sentences.length.toLocaleString('en')} sentences, ${anchors.toLocaleString('en')} anchors`;
  } else if (job === 'cli') {
    const { runCli } = await import('../src/cli/run.js');
    let stdoutBytes = 0;
    const stderr: string[] = [];
    const code = await runCli(extra, {
      stdout: new Writable({ write: (chunk, _e, done) => ((stdoutBytes += chunk.length), done()) }),
      stderr: new Writable({ write: (chunk, _e, done) => (stderr.push(String(chunk)), done()) }),
      stdin: process.stdin,
      env: { NO_COLOR: '1' },
      cwd: process.cwd(),
    });
    const message = stderr.join('').trim().split('\n').filter((line) => !line.includes('generic rules')).join(' / ');
    detail = `exit ${code}; ${stdoutBytes.toLocaleString('en')} bytes out${message ? `; stderr: ${message}` : ''}`;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const report: ChildReport = {
    job,
    wallMs: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

// ---------------------------------------------------------------------------------------------------
// Parent side

function runChild(args: string[], timeoutMs: number, input?: Buffer): ChildReport | { failed: string } {
  const child = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), thisFile, '--child', ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  // The child's own report comes first: a CLI that stops reading stdin at its limit makes the write
  // of the rest fail with EPIPE here, which is the behaviour being measured, not a failure.
  try {
    return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as ChildReport;
  } catch {
    const reason = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' ? `did not finish within ${timeoutMs / 1000} s` : `exit ${child.status} ${child.error ? String(child.error) : ''}`;
    return { failed: `${reason}: ${child.stderr.trim().split('\n').at(-1) ?? ''}` };
  }
}

/** Real text (the five articles, one after another, repeated) of about `bytes` UTF-8 bytes. */
function writeBigCorpus(path: string, bytes: number): number {
  const articles = ['nl', 'uk', 'id', 'sv', 'ar'].map((lang) => readFileSync(join(corpusDir, `${lang}.txt`)));
  const unit = Buffer.concat(articles.flatMap((article) => [article, Buffer.from('\n\n')]));
  const copies = Math.ceil(bytes / unit.length);
  writeFileSync(path, Buffer.concat(Array.from({ length: copies }, () => unit)));
  return copies * unit.length;
}

function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

async function adversarialSection(): Promise<string> {
  const functions = ['segment', 'extractAnchors', 'align', 'check'];
  const cases = functions.flatMap((fn) => adversarialFamilies.map((family) => [fn, family.name] as const));
  const results = await runAdversarialCases(cases, {
    secondsPerMegabyte: { segment: 2, extractAnchors: 10, align: 30, check: 40 },
    maxScaling: 25,
    noiseFloorMs: 100,
    caseTimeoutMs: 30_000,
    childHeapMb: 2048,
    retryLarge: false,
    onResult: (result) => console.error(`${result.fn} / ${result.family}: ${'failed' in result ? result.failed : `${result.largeMs?.toFixed(0) ?? '-'} ms`}`),
  });
  const rows = functions.map((fn) => {
    const mine = [...results.values()].filter((result) => result.fn === fn);
    const failures = mine.filter((result): result is Extract<CaseResult, { failed: string }> => 'failed' in result);
    const timed = mine.filter((result): result is Extract<CaseResult, { smallMs: number }> => !('failed' in result) && result.largeMs !== null);
    const slowest = [...timed].sort((x, y) => y.largeMs! - x.largeMs!)[0];
    const worstScaling = [...timed].sort((x, y) => y.largeMs! / y.smallMs - x.largeMs! / x.smallMs)[0];
    return [
      fn,
      `${timed.length}/${mine.length}`,
      slowest ? `${slowest.family}: ${formatMs(slowest.largeMs!)}` : '–',
      worstScaling ? `${worstScaling.family}: ${(worstScaling.largeMs! / worstScaling.smallMs).toFixed(1)}×` : '–',
      failures.length === 0 ? 'none' : failures.map((failure) => `${failure.family}: ${failure.failed}`).join('; '),
    ];
  });
  return [
    `Each public function on ${adversarialFamilies.length} adversarial families (tests/adversarial/families.ts), 1 MB each, CPU time of one run ` +
      '(align and check against the Dutch showcase article). Scaling is the 1 MB time over the 100 KB time: linear is 10×. ' +
      'Cases that ran past 30 s or out of 2 GB of heap are listed as failures.',
    '',
    markdownTable(['function', 'cases timed', 'slowest case at 1 MB (CPU)', 'worst scaling 100 KB → 1 MB', 'failed cases'], rows),
  ].join('\n');
}

function memorySection(megabytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'anchoralign-robustness-'));
  try {
    const bigPath = join(dir, 'big.nl.txt');
    const bytes = writeBigCorpus(bigPath, megabytes * 1024 * 1024);
    const size = `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    const jobs: Array<[label: string, args: string[]]> = [
      ['baseline: Node + library loaded', ['baseline', bigPath]],
      [`library: segment() on ${size}`, ['segment', bigPath]],
      [`library: segment() + extractAnchors() per sentence on ${size}`, ['segment+anchors', bigPath]],
      [`CLI: segment FILE (${size}, default --max-bytes)`, ['cli', bigPath, 'segment', bigPath, '--format', 'json']],
      [`CLI: segment - (${size} on stdin, default --max-bytes)`, ['cli-stdin', bigPath]],
      [`CLI: segment FILE --max-bytes 64M --format json`, ['cli', bigPath, 'segment', bigPath, '--format', 'json', '--max-bytes', '64M']],
      [`CLI: check FILE ${'nl.txt'} --max-bytes 64M`, ['cli', bigPath, 'check', bigPath, join(corpusDir, 'nl.txt'), '--format', 'json', '--max-bytes', '64M', '--fail-on', 'none']],
    ];
    const rows = jobs.map(([label, args]) => {
      console.error(`running ${label} …`);
      const report =
        args[0] === 'cli-stdin'
          ? runChild(['cli', bigPath, 'segment', '-', '--lang', 'nl', '--format', 'json'], 900_000, readFileSync(bigPath))
          : runChild(args, 900_000);
      if ('failed' in report) return [label, '–', '–', '–', report.failed];
      return [label, formatMs(report.wallMs), formatMs(report.cpuMs), `${report.maxRssMb.toFixed(0)} MB`, report.detail.replaceAll(`${dir}/`, '').replaceAll('|', '\\|')];
    });
    return [
      `Peak resident memory (maxRSS of a child process doing only that job) on ${size} of real article text (the five showcase articles repeated).`,
      '',
      markdownTable(['job', 'wall', 'CPU', 'peak RSS', 'outcome'], rows),
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const [job, path, ...extra] = process.argv.slice(3);
  await childJob(job!, path!, extra);
} else {
  const sections: string[] = [];
  if (!process.argv.includes('--skip-memory')) sections.push('### Peak memory on the 50 MB case', '', memorySection(argNumber('--megabytes', 50)), '');
  if (!process.argv.includes('--skip-adversarial')) sections.push('### Slowest adversarial case per public function', '', await adversarialSection(), '');
  writeResultsSection('Robustness', sections.join('\n'));
}
