// Fuzzing: runs the command line tool on seeded random mutations of the showcase corpus for a fixed
// time and reports crashes. Zero are expected. Kept out of `npm test`: `npm run fuzz [-- --seconds N]`.
//
// A crash is: runCli rejecting, an exit code other than 0/1/2, a stack trace or an "internal error" on
// stderr, stdout that is not exactly one JSON document under `--format json`, or a case that does not
// finish in time.
// The cases run in a child process (runCli in-process with fake streams) so a hang can be killed and
// reported; the parent restarts the child at the next case.
//
// Options: --seconds N (default 60), --seed N (default 1), --case-timeout-ms N (default 20000),
//          --replay SEED:CASE (re-run one case and print its output).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { markdownTable, writeResultsSection } from './lib/results.js';
import { seededRandom } from './lib/random.js';

const corpusDir = fileURLToPath(new URL('../corpora/spring-meeting-2025/', import.meta.url));
const languages = ['uk', 'nl', 'id', 'sv', 'ar'] as const;

// ---------------------------------------------------------------------------------------------------
// Seeded randomness


const randomInt = (random: () => number, below: number) => Math.floor(random() * below);
const pick = <T>(random: () => number, items: readonly T[]): T => items[randomInt(random, items.length)]!;

// ---------------------------------------------------------------------------------------------------
// Mutations, on bytes (so invalid UTF-8 and cut characters are reachable)

type Mutation = (bytes: Buffer, random: () => number) => Buffer;

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const insertAt = (bytes: Buffer, at: number, piece: Buffer) => Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
const randomOffset = (bytes: Buffer, random: () => number) => randomInt(random, bytes.length + 1);

export const mutations: Readonly<Record<string, Mutation>> = {
  'byte flips': (bytes, random) => {
    const copy = Buffer.from(bytes);
    const flips = 1 + randomInt(random, 20);
    for (let i = 0; i < flips && copy.length > 0; i++) {
      const at = randomInt(random, copy.length);
      copy[at] = copy[at]! ^ (1 << randomInt(random, 8));
    }
    return copy;
  },
  truncation: (bytes, random) => bytes.subarray(0, randomOffset(bytes, random)),
  'invalid UTF-8': (bytes, random) =>
    insertAt(bytes, randomOffset(bytes, random), Buffer.from(pick(random, [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0x80, 0x80, 0x80]]))),
  // A surrogate half encoded as if it were a character (CESU/WTF-8): not valid UTF-8.
  'lone surrogates': (bytes, random) =>
    insertAt(bytes, randomOffset(bytes, random), Buffer.from(pick(random, [[0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xed, 0xa0, 0xbd, 0x61]]))),
  'RTL and zero-width marks': (bytes, random) => {
    let result = bytes;
    for (let i = 0; i < 1 + randomInt(random, 30); i++) {
      result = insertAt(result, randomOffset(result, random), utf8(pick(random, ['\u200f', '\u200e', '\u061c', '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\u00a0', '\u0301'])));
    }
    return result;
  },
  'huge numbers': (bytes, random) => {
    const digits = pick(random, ['9', '1', '٩', '0']).repeat(1 + randomInt(random, 2000));
    const shaped = pick(random, [digits, `${digits}.${digits}`, `1${'.000'.repeat(300)}`, `1${' 000'.repeat(300)}`, `${digits}e999`, '-0', 'NaN', 'Infinity']);
    return insertAt(bytes, randomOffset(bytes, random), utf8(` ${shaped} `));
  },
  'repeated punctuation': (bytes, random) =>
    insertAt(bytes, randomOffset(bytes, random), utf8(pick(random, ['.', '!', '?', '…', '؟', '|', '«', '»', '"', '-', '(', ')', ':', '.\n']).repeat(1 + randomInt(random, 5000)))),
  'swapped lines': (bytes, random) => {
    const lines = bytes.toString('latin1').split('\n');
    for (let i = 0; i < 1 + randomInt(random, 10) && lines.length > 1; i++) {
      const a = randomInt(random, lines.length);
      const b = randomInt(random, lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
    return Buffer.from(lines.join('\n'), 'latin1');
  },
  'binary junk': (bytes, random) => {
    const junk = Buffer.alloc(1 + randomInt(random, 4096));
    for (let i = 0; i < junk.length; i++) junk[i] = randomInt(random, 256);
    return random() < 0.3 ? junk : insertAt(bytes, randomOffset(bytes, random), junk);
  },
  'NUL and control characters': (bytes, random) => {
    let result = bytes;
    for (let i = 0; i < 1 + randomInt(random, 20); i++) result = insertAt(result, randomOffset(result, random), Buffer.from([randomInt(random, 32)]));
    return result;
  },
  'UTF-16 with BOM': (bytes) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]),
  'CRLF and lone CR': (bytes, random) => Buffer.from(bytes.toString('latin1').replace(/\n/g, random() < 0.5 ? '\r\n' : '\r'), 'latin1'),
  'one long line': (bytes) => Buffer.from(bytes.toString('latin1').replace(/[\r\n]/g, ' '), 'latin1'),
  'initials and capitals': (bytes, random) =>
    insertAt(bytes, randomOffset(bytes, random), utf8(pick(random, ['A A ', 'J. K. ', 'A. B. C.', 'Н. Т. ', 'X Y Z ', 'Nguyen Xuan Thang A ']).repeat(1 + randomInt(random, 50)))),
  'one long word': (bytes, random) => {
    const unit = pick(random, ['Bala', 'وبال', 'Жова', 'ng', 'x']);
    return insertAt(bytes, randomOffset(bytes, random), utf8(` ${unit.repeat(500 + randomInt(random, 7000))} `));
  },
  'words from another script': (bytes, random) => {
    const words = bytes.toString('utf8').split(' ');
    const foreign = ['Гуансі', 'قوانغشي', 'Guangxi', 'Китаю', 'والصين', 'Kinas', '٢٠٢٥', 'лютого', 'فبراير', 'tionde', 'ke-10'];
    for (let i = 0; i < 1 + randomInt(random, 40) && words.length > 0; i++) words[randomInt(random, words.length)] = pick(random, foreign);
    return utf8(words.join(' '));
  },
  empty: () => Buffer.alloc(0),
  'whitespace only': (_bytes, random) => utf8(pick(random, [' ', '\n', '\t', '\u00a0', '\u3000']).repeat(randomInt(random, 5000))),
};

/** Mutations whose result is still valid UTF-8 text (when the input was). */
const textMutations: readonly string[] = [
  'RTL and zero-width marks', 'huge numbers', 'repeated punctuation', 'initials and capitals', 'one long word',
  'words from another script', 'CRLF and lone CR', 'one long line', 'whitespace only', 'UTF-16 with BOM',
];

// ---------------------------------------------------------------------------------------------------
// Cases

export interface FuzzCase {
  id: string;
  command: 'segment' | 'align' | 'check' | 'report';
  mutationNames: string[];
  files: Array<{ name: string; bytes: Buffer }>;
  /** Extra flags, such as --lang or --presegmented. */
  flags: string[];
}

function loadCorpus(): Map<string, Buffer> {
  return new Map(languages.map((lang) => [lang, readFileSync(join(corpusDir, `${lang}.txt`))]));
}

/** Builds case number `index` of run `seed` (pure: the same arguments give the same case). */
export function buildCase(corpus: ReadonlyMap<string, Buffer>, seed: number, index: number): FuzzCase {
  const random = seededRandom(seed * 1_000_003 + index);
  const command = pick(random, ['segment', 'align', 'check', 'check', 'report'] as const);
  const fileCount = command === 'align' ? 2 : command === 'segment' ? 1 + randomInt(random, 2) : 2 + randomInt(random, 4);
  const mutationNames: string[] = [];
  const chosen = [...languages].sort(() => random() - 0.5).slice(0, fileCount);
  const files = chosen.map((lang) => {
    let bytes = corpus.get(lang)!;
    // Most files get one or two mutations; some stay intact so that comparisons still happen.
    const count = random() < 0.2 ? 0 : 1 + randomInt(random, 2);
    for (let i = 0; i < count; i++) {
      // Three in four mutations keep the file valid UTF-8, so that the whole pipeline runs on it
      // instead of the file being refused at decoding.
      const name = pick(random, random() < 0.75 ? textMutations : Object.keys(mutations));
      mutationNames.push(name);
      bytes = mutations[name]!(bytes, random);
    }
    return { name: random() < 0.8 ? `${lang}.txt` : `article-${lang}-${index}.txt`, bytes };
  });
  const flags: string[] = [];
  if (random() < 0.15) flags.push('--presegmented');
  if (random() < 0.1) for (const _ of files) flags.push('--lang', pick(random, ['uk', 'nl', 'xx', 'und', 'ar', 'zz-Latn']));
  if (command === 'align' && random() < 0.5) flags.push('--mode', pick(random, ['parallel', 'comparable', 'auto']));
  return { id: `${seed}:${index}`, command, mutationNames, files, flags };
}

// ---------------------------------------------------------------------------------------------------
// Running one case in-process

export interface CaseOutcome {
  exitCode: number | 'threw';
  stdout: string;
  stderr: string;
  problems: string[];
}

const stackTraceLine = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Writes the case's files into a fresh directory, runs the CLI on them, judges the outcome. */
export async function runCase(fuzzCase: FuzzCase): Promise<CaseOutcome> {
  const { runCli } = await import('../src/cli/run.js');
  const dir = mkdtempSync(join(tmpdir(), 'anchoralign-fuzz-'));
  try {
    const inputDir = join(dir, 'in');
    mkdirSync(inputDir);
    const paths = fuzzCase.files.map((file) => {
      writeFileSync(join(inputDir, file.name), file.bytes);
      return join(inputDir, file.name);
    });
    const argv: string[] = [fuzzCase.command, ...paths, ...fuzzCase.flags];
    const wantsJson = fuzzCase.command !== 'report';
    if (wantsJson) argv.push('--format', 'json');
    else argv.push('--out', join(dir, 'report.html'));
    if (fuzzCase.command === 'check') argv.push('--fail-on', 'warning');

    const stdout = collector();
    const stderr = collector();
    const stdin = Readable.from([]);
    let exitCode: number | 'threw';
    const problems: string[] = [];
    try {
      exitCode = await runCli(argv, { stdout: stdout.stream, stderr: stderr.stream, stdin, env: { NO_COLOR: '1' }, cwd: dir });
    } catch (error) {
      exitCode = 'threw';
      problems.push(`runCli threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    const out = stdout.text();
    const err = stderr.text();
    if (exitCode !== 'threw' && ![0, 1, 2].includes(exitCode)) problems.push(`exit code ${exitCode}`);
    if (stackTraceLine.test(err)) problems.push('stack trace on stderr');
    // runCli turns unexpected exceptions into "internal error" and exit 2: still a crash.
    const internal = /internal error[^\n]*/.exec(err);
    if (internal) problems.push(internal[0]);
    if (wantsJson && exitCode !== 2) {
      try {
        const parsed = JSON.parse(out) as { version?: unknown };
        if (parsed.version !== 1) problems.push('JSON output without "version": 1');
      } catch {
        problems.push(`stdout is not one JSON document: ${JSON.stringify(out.slice(0, 120))}`);
      }
    }
    if (exitCode === 2 && err.trim() === '') problems.push('exit code 2 without a message on stderr');
    return { exitCode, stdout: out, stderr: err, problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// Child: runs cases on request and answers with their outcome

type ToChild = { seed: number; index: number };
type FromChild =
  | { kind: 'ready' }
  | { kind: 'done'; id: string; command: string; mutations: string[]; exitCode: number | 'threw'; problems: string[]; ms: number };

async function childMain(): Promise<void> {
  const corpus = loadCorpus();
  process.on('message', async (message: ToChild) => {
    const fuzzCase = buildCase(corpus, message.seed, message.index);
    const started = performance.now();
    const outcome = await runCase(fuzzCase).catch(
      (error: unknown): CaseOutcome => ({ exitCode: 'threw', stdout: '', stderr: '', problems: [`harness: ${String(error)}`] }),
    );
    const reply: FromChild = {
      kind: 'done',
      id: fuzzCase.id,
      command: fuzzCase.command,
      mutations: fuzzCase.mutationNames,
      exitCode: outcome.exitCode,
      problems: outcome.problems,
      ms: performance.now() - started,
    };
    process.send!(reply);
  });
  process.send!({ kind: 'ready' } satisfies FromChild);
}

// ---------------------------------------------------------------------------------------------------
// Parent

function argValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} needs a positive number`);
  return value;
}

interface Crash {
  id: string;
  command: string;
  mutations: string;
  problem: string;
}

async function parentMain(): Promise<void> {
  const seconds = argValue('--seconds', 60);
  const seed = argValue('--seed', 1);
  const caseTimeoutMs = argValue('--case-timeout-ms', 20_000);
  const deadline = performance.now() + seconds * 1000;
  const crashes: Crash[] = [];
  const exitCodes = new Map<string, number>();
  const perCommand = new Map<string, { cases: number; totalMs: number; maxMs: number }>();
  const mutationCounts = new Map<string, number>();
  let index = 0;
  let cases = 0;

  const startChild = () =>
    new Promise<ChildProcess>((resolve, reject) => {
      const child = fork(fileURLToPath(import.meta.url), ['--child'], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      child.once('message', (message: FromChild) => (message.kind === 'ready' ? resolve(child) : reject(new Error('bad hello'))));
      child.once('error', reject);
    });

  let child = await startChild();
  while (performance.now() < deadline) {
    const current = index++;
    const outcome = await new Promise<FromChild | { kind: 'timeout' } | { kind: 'died'; code: number | null }>((resolve) => {
      const timer = setTimeout(() => resolve({ kind: 'timeout' }), caseTimeoutMs);
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        resolve({ kind: 'died', code });
      };
      child.once('exit', onExit);
      child.once('message', (message: FromChild) => {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(message);
      });
      child.send({ seed, index: current } satisfies ToChild);
    });
    cases += 1;
    if (outcome.kind === 'done') {
      exitCodes.set(String(outcome.exitCode), (exitCodes.get(String(outcome.exitCode)) ?? 0) + 1);
      const stats = perCommand.get(outcome.command) ?? { cases: 0, totalMs: 0, maxMs: 0 };
      stats.cases += 1;
      stats.totalMs += outcome.ms;
      stats.maxMs = Math.max(stats.maxMs, outcome.ms);
      perCommand.set(outcome.command, stats);
      for (const name of outcome.mutations) mutationCounts.set(name, (mutationCounts.get(name) ?? 0) + 1);
      for (const problem of outcome.problems) {
        crashes.push({ id: outcome.id, command: outcome.command, mutations: outcome.mutations.join(', ') || 'none', problem });
        console.error(`CRASH ${outcome.id} ${outcome.command} [${outcome.mutations.join(', ')}]: ${problem.split('\n')[0]}`);
      }
    } else {
      const fuzzCase = buildCase(loadCorpus(), seed, current);
      const problem = outcome.kind === 'died' ? `child process died (exit ${outcome.code})` : `no result within ${caseTimeoutMs} ms`;
      crashes.push({ id: fuzzCase.id, command: fuzzCase.command, mutations: fuzzCase.mutationNames.join(', ') || 'none', problem });
      console.error(`CRASH ${fuzzCase.id} ${fuzzCase.command}: ${problem}`);
      child.kill('SIGKILL');
      child = await startChild();
    }
  }
  child.kill();

  const commandRows = [...perCommand].sort().map(([command, stats]) => [
    command,
    stats.cases,
    (stats.totalMs / stats.cases).toFixed(0),
    stats.maxMs.toFixed(0),
  ]);
  const crashRows = crashes.slice(0, 20).map((crash) => [crash.id, crash.command, crash.mutations, crash.problem.split('\n')[0]!.replace(/\|/g, '\\|').slice(0, 160)]);
  const markdown = [
    `${cases} cases in ${seconds} s (seed ${seed}, each case ≤ ${caseTimeoutMs} ms), runCli in-process on mutated copies of the showcase corpus. ` +
      `**Crashes: ${crashes.length}** (a crash is an exit code other than 0/1/2, runCli throwing, a stack trace on stderr, an "internal error", non-JSON stdout with \`--format json\`, or a timeout). ` +
      `Replay one with \`npm run fuzz -- --replay SEED:CASE\`.`,
    '',
    markdownTable(['command', 'cases', 'mean ms', 'max ms'], commandRows),
    '',
    `Exit codes: ${[...exitCodes].sort().map(([code, count]) => `${code} × ${count}`).join(', ')}.`,
    '',
    `Mutations applied: ${[...mutationCounts].sort().map(([name, count]) => `${name} × ${count}`).join(', ')}.`,
    ...(crashRows.length > 0 ? ['', markdownTable(['case', 'command', 'mutations', 'problem'], crashRows)] : []),
  ].join('\n');
  writeResultsSection('Fuzzing', markdown);
  process.exitCode = crashes.length > 0 ? 1 : 0;
}

async function replay(spec: string): Promise<void> {
  const [seed, index] = spec.split(':').map(Number);
  if (!Number.isInteger(seed) || !Number.isInteger(index)) throw new RangeError('--replay needs SEED:CASE');
  const fuzzCase = buildCase(loadCorpus(), seed!, index!);
  console.log(`case ${fuzzCase.id}: ${fuzzCase.command} ${fuzzCase.flags.join(' ')}; files ${fuzzCase.files.map((f) => `${f.name} (${f.bytes.length} B)`).join(', ')}; mutations ${fuzzCase.mutationNames.join(', ')}`);
  const outcome = await runCase(fuzzCase);
  console.log(`exit ${outcome.exitCode}\n--- stderr\n${outcome.stderr}\n--- stdout (first 2000 chars)\n${outcome.stdout.slice(0, 2000)}`);
  console.log(outcome.problems.length === 0 ? 'no problem' : `problems:\n${outcome.problems.join('\n')}`);
}

if (process.argv.includes('--child')) {
  await childMain();
} else if (process.argv.includes('--replay')) {
  await replay(process.argv[process.argv.indexOf('--replay') + 1] ?? '');
} else {
  await parentMain();
}
