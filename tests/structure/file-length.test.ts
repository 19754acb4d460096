// No source file under src/ grows past a length one reader can hold in mind: a longer file is a module
// doing several jobs (or generated data that should be split by subject, as scripts/generate-cldr.ts does).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { listSourceFiles, repoRoot, sourceRoot } from './sources.js';

/** Longest source file allowed, in lines. */
const maxSourceLines = 600;

function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('source file length', () => {
  it('counts lines as an editor shows them', () => {
    assert.equal(lineCount(''), 0);
    assert.equal(lineCount('a\n'), 1);
    assert.equal(lineCount('a\nb'), 2);
    assert.equal(lineCount('a\nb\n'), 2);
  });

  it(`keeps every file under src/ at ${maxSourceLines} lines or fewer`, () => {
    const files = listSourceFiles(sourceRoot, /\.[cm]?[jt]sx?$/);
    assert.ok(files.length > 20, `expected the source tree under ${sourceRoot}, found ${files.length} files`);
    const tooLong = files
      .map((path) => ({ path: relative(repoRoot, path), lines: lineCount(readFileSync(path, 'utf8')) }))
      .filter((file) => file.lines > maxSourceLines)
      .map((file) => `${file.path}: ${file.lines} lines`);
    assert.deepEqual(tooLong, []);
  });
});
