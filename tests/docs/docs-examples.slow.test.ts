// Runs in `npm run test:slow` (CI runs it): every JavaScript/TypeScript example in README.md and docs/*.md runs against the library (src/, through
// tsx, each in its own process), every `anchoralign …` line of a shell block or workflow step runs
// through the CLI's runCli, and where a `text output` block follows, it must print exactly that.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli/run.js';
import {
  anchoralignCommands,
  blockFileName,
  commandLanguages,
  extractCodeBlocks,
  runnableLanguages,
  splitWords,
  type CodeBlock,
} from './code-blocks.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = join(repoRoot, '.tmp/docs-examples');
const libraryEntry = pathToFileURL(join(repoRoot, 'src/index.ts')).href;

const markdownFiles = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

function runProcess(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * A scratch folder for the commands of one Markdown file: `corpora/` links to the repository's, and
 * every block marked `file=NAME` is saved as NAME, so the commands run as written.
 */
function commandFolder(file: string, blocks: readonly CodeBlock[]): string {
  const folder = join(scratch, `${file.replace(/[^a-z0-9]+/gi, '-')}-cli`);
  mkdirSync(folder, { recursive: true });
  symlinkSync(join(repoRoot, 'corpora'), join(folder, 'corpora'), 'dir');
  for (const block of blocks) {
    const name = blockFileName(block);
    if (name !== undefined) writeFileSync(join(folder, name), block.code);
  }
  return folder;
}

/** A stream that keeps what is written to it. */
function collector(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/**
 * Runs one `anchoralign …` line through the CLI's `runCli` in this process (as `main.ts` does, with
 * the folder as working directory); `> FILE` at the end saves stdout there.
 */
async function runCommand(line: string, folder: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const words = splitWords(line);
  assert.ok(!words.some((word) => ['|', '&&', '||', ';', '<'].includes(word)), `unsupported shell syntax in: ${line}`);
  const redirect = words.indexOf('>');
  const args = words.slice(1, redirect === -1 ? undefined : redirect);
  const stdout = collector();
  const stderr = collector();
  const status = await runCli(args, {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env: { ...process.env, NO_COLOR: '1' },
    cwd: folder,
  });
  const result = { status, stdout: stdout.text(), stderr: stderr.text() };
  if (redirect !== -1) {
    writeFileSync(join(folder, words[redirect + 1]!), result.stdout);
    return { ...result, stdout: '' };
  }
  return result;
}

/** Runs one example in its own Node process (cwd: the repository) and returns what it printed. */
function runExample(file: string, block: CodeBlock): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const source = block.code.replace(/(from\s+|import\s*\(\s*)(['"])anchoralign\2/g, `$1'${libraryEntry}'`);
  const path = join(scratch, `${file.replace(/[^a-z0-9]+/gi, '-')}-${block.line}.ts`);
  writeFileSync(path, source);
  return runProcess(['--import', 'tsx', path], repoRoot);
}

const trimLines = (text: string) => text.replace(/[ \t]+$/gm, '').trimEnd();

// Two examples at a time: each is a separate process, and most of the time is spent starting them.
describe('code examples in the docs', { concurrency: 2 }, () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  let runnableCount = 0;
  for (const file of markdownFiles) {
    const blocks = extractCodeBlocks(readFileSync(join(repoRoot, file), 'utf8'));
    for (const block of blocks.filter((candidate) => runnableLanguages.has(candidate.lang))) {
      runnableCount++;
      it(`${file}:${block.line} runs${block.expectedOutput === undefined ? '' : ' and prints the output shown'}`, async () => {
        const { status, stdout, stderr } = await runExample(file, block);
        assert.equal(status, 0, `${file}:${block.line} failed:\n${stderr}`);
        if (block.expectedOutput !== undefined) assert.equal(trimLines(stdout), trimLines(block.expectedOutput));
      });
    }
  }
  let commandCount = 0;
  for (const file of markdownFiles) {
    const blocks = extractCodeBlocks(readFileSync(join(repoRoot, file), 'utf8'));
    const withCommands = blocks.filter((block) => commandLanguages.has(block.lang) && anchoralignCommands(block).length > 0);
    if (withCommands.length === 0) continue;
    let folder: string | undefined;
    for (const block of withCommands) {
      commandCount += anchoralignCommands(block).length;
      it(`${file}:${block.line} command${block.expectedOutput === undefined ? 's run' : 's print the output shown'}`, async () => {
        folder ??= commandFolder(file, blocks);
        let printed = '';
        for (const line of anchoralignCommands(block)) {
          const { status, stdout, stderr } = await runCommand(line, folder);
          // 0: fine; 1: findings at or above --fail-on (what check is for). 2 and crashes are failures.
          assert.ok(status === 0 || status === 1, `"${line}" exited with ${status}:\n${stderr}`);
          printed += stdout;
        }
        if (block.expectedOutput !== undefined) assert.equal(trimLines(printed), trimLines(block.expectedOutput));
      });
    }
  }

  it('finds the examples (so a broken parser cannot pass silently)', () => {
    assert.ok(commandCount >= 3, `only ${commandCount} anchoralign commands found`);
    assert.ok(runnableCount >= 5, `only ${runnableCount} runnable examples found`);
  });
});
