// Every JavaScript/TypeScript example in README.md and docs/*.md runs against the library (src/, through
// tsx), and where a `text output` block follows, it must print exactly that.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractCodeBlocks, runnableLanguages, type CodeBlock } from './code-blocks.js';

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

/** Runs one example in its own Node process (cwd: the repository) and returns what it printed. */
function runExample(file: string, block: CodeBlock): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const source = block.code.replace(/(from\s+|import\s*\(\s*)(['"])anchoralign\2/g, `$1'${libraryEntry}'`);
  const path = join(scratch, `${file.replace(/[^a-z0-9]+/gi, '-')}-${block.line}.ts`);
  writeFileSync(path, source);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const trimLines = (text: string) => text.replace(/[ \t]+$/gm, '').trimEnd();

describe('code examples in the docs', () => {
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
  it('finds the examples (so a broken parser cannot pass silently)', () => {
    assert.ok(runnableCount >= 5, `only ${runnableCount} runnable examples found`);
  });
});

describe('extractCodeBlocks', () => {
  it('attaches a `text output` block to the code before it and keeps other blocks apart', () => {
    const markdown = ['```ts', 'console.log(1);', '```', '', '```text output', '1', '```', '```sh', 'ls', '```'].join('\n');
    const blocks = extractCodeBlocks(markdown);
    assert.deepEqual(
      blocks.map(({ lang, line, code, expectedOutput }) => ({ lang, line, code, expectedOutput })),
      [
        { lang: 'ts', line: 1, code: 'console.log(1);\n', expectedOutput: '1\n' },
        { lang: 'sh', line: 8, code: 'ls\n', expectedOutput: undefined },
      ],
    );
  });
});
