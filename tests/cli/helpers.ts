import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';

/** The repository root (tests run from anywhere). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const corpusDir = join(repoRoot, 'corpora', 'spring-meeting-2025');

/** A writable stream that keeps what was written, optionally pretending to be a terminal. */
export class CapturedStream extends Writable {
  chunks: string[] = [];
  isTTY?: boolean;
  columns?: number;
  constructor(options: { isTTY?: boolean; columns?: number } = {}) {
    super();
    if (options.isTTY !== undefined) this.isTTY = options.isTTY;
    if (options.columns !== undefined) this.columns = options.columns;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk.toString());
    callback();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** What one in-process run gave. */
export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
  stderrLines: string[];
}

/** Options of {@link run}. */
export interface RunOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  columns?: number;
}

/** Runs the CLI in-process with captured streams. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunOutcome> {
  const stdout = new CapturedStream({ isTTY: options.stdoutTTY ?? false, ...(options.columns === undefined ? {} : { columns: options.columns }) });
  const stderr = new CapturedStream({ isTTY: options.stderrTTY ?? false });
  const stdin = options.stdin === undefined ? new PassThrough().end() : Readable.from([Buffer.from(options.stdin)]);
  const code = await runCli(argv, { stdout, stderr, stdin, env: options.env ?? {}, cwd: options.cwd ?? repoRoot });
  return { code, stdout: stdout.text, stderr: stderr.text, stderrLines: stderr.text.split('\n').filter((line) => line !== '') };
}

/** A fresh temporary directory, removed by the returned cleanup function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'anchoralign-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Three article sets under a fresh directory: `one` and `two` the showcase's nl–ar pair, `three` its id–sv pair. */
export function threeArticleSets(): { dir: string; cleanup: () => void } {
  const made = tempDir();
  for (const set of ['one', 'two', 'three']) {
    mkdirSync(join(made.dir, set));
    for (const lang of set === 'three' ? ['id', 'sv'] : ['nl', 'ar']) copyFileSync(join(corpusDir, `${lang}.txt`), join(made.dir, set, `${lang}.txt`));
  }
  return made;
}

/**
 * Builds the command line as tsup.config.ts bundles it (cli.js and the named worker entries, from
 * src/cli/) into `root/dist`, never into the repository's dist/, which other runs use; `root` gets the
 * package.json and node_modules the bundle resolves against.
 */
export async function buildBundledCli(root: string, workers: Record<string, string>): Promise<void> {
  // Loaded here, not at the top: most files that import these helpers never build.
  const { build } = await import('tsup');
  // As tsup.config.ts's ESM build: the library beside the CLI, sharing chunks; the hashbang is main.ts's own.
  const entry: Record<string, string> = { index: join(repoRoot, 'src/index.ts'), cli: join(repoRoot, 'src/cli/main.ts') };
  for (const [name, source] of Object.entries(workers)) entry[name] = join(repoRoot, source);
  await build({
    config: false,
    silent: true,
    entry,
    format: ['esm'],
    splitting: true,
    outDir: join(root, 'dist'),
    target: 'node20',
    platform: 'node',
    external: [/^[^./]/],
  });
  copyFileSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
}
