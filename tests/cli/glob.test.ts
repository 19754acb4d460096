import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expandBraces, expandGlob, isGlobPattern, matchSegment } from '../../src/cli/glob.js';
import { run, tempDir } from './helpers.js';

describe('matchSegment', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.txt', 'nl.txt', true],
    ['*.txt', 'nl.txt.bak', false],
    ['?l.txt', 'nl.txt', true],
    ['?l.txt', 'nnl.txt', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['*', '.hidden', false],
    ['.*', '.hidden', true],
    ['x.[ab].txt', 'x.a.txt', true],
    ['x.[ab].txt', 'x.c.txt', false],
    ['[a-c]?.txt', 'bx.txt', true],
    ['[!a-c]?.txt', 'bx.txt', false],
    ['[^a-c]?.txt', 'dx.txt', true],
    ['[]]x', ']x', true],
    ['a[b', 'a[b', true],
    ['[ук]*.txt', 'україна.txt', true],
    ['', '', true],
  ];
  for (const [pattern, name, expected] of cases) {
    it(`${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(name)}`, () => {
      assert.equal(matchSegment(pattern, name), expected);
    });
  }

  it('stays fast on adversarial patterns (no exponential backtracking)', () => {
    const pattern = `${'*a'.repeat(50)}b`;
    const name = 'a'.repeat(20_000);
    const started = performance.now();
    assert.equal(matchSegment(pattern, name), false);
    assert.ok(performance.now() - started < 2000);
  });
});

describe('isGlobPattern', () => {
  it('calls an argument a pattern exactly when it has a wildcard, a class or an alternation', () => {
    for (const pattern of ['*.txt', 'n?.txt', 'x.[ab].txt', '{nl,ar}.txt', 'x{a,{b,c}}y']) assert.equal(isGlobPattern(pattern), true, pattern);
    // Braces and commas that `expandBraces` leaves literal name a file, so a missing one is "not found".
    for (const name of ['a{b}c,d', 'a,b{c}', '{a,b.txt', 'report{1}.txt', 'x[].txt', 'plain.txt']) assert.equal(isGlobPattern(name), false, name);
  });
});

describe('expandBraces', () => {
  it('expands alternations in sequence and nested, and keeps braces without a comma literal', () => {
    assert.deepEqual(expandBraces('{nl,ar}.txt'), ['nl.txt', 'ar.txt']);
    assert.deepEqual(expandBraces('{a,b}{1,2}'), ['a1', 'a2', 'b1', 'b2']);
    assert.deepEqual(expandBraces('x{a,{b,c}}y'), ['xay', 'xby', 'xcy']);
    assert.deepEqual(expandBraces('{a}.txt'), ['{a}.txt']);
    assert.deepEqual(expandBraces('{a,b.txt'), ['{a,b.txt']);
  });

  it('refuses a pattern that expands to too many patterns, and a pattern longer than any path', () => {
    assert.throws(() => expandBraces('{a,b}'.repeat(11)), (error: unknown) => error instanceof RangeError && /more than 1024/.test(error.message));
    assert.throws(() => expandGlob(`${'{'.repeat(100_000)}a,b`, { cwd: '/' }), RangeError);
  });
});

describe('expandGlob', () => {
  it('expands *, ? and ** relative to cwd, sorted, as the pattern spells them, and survives a symlink loop', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'events', 'a', 'deep'), { recursive: true });
      mkdirSync(join(dir, 'events', 'b'));
      writeFileSync(join(dir, 'events', 'a', 'nl.txt'), 'x');
      writeFileSync(join(dir, 'events', 'a', 'ar.txt'), 'x');
      writeFileSync(join(dir, 'events', 'a', 'deep', 'sv.txt'), 'x');
      writeFileSync(join(dir, 'events', 'b', 'uk.txt'), 'x');
      writeFileSync(join(dir, 'events', 'b', 'notes.md'), 'x');
      symlinkSync(join(dir, 'events'), join(dir, 'events', 'b', 'loop'));
      assert.deepEqual(expandGlob('events/*/*.txt', { cwd: dir }), ['events/a/ar.txt', 'events/a/nl.txt', 'events/b/uk.txt']);
      assert.deepEqual(expandGlob('events/?/nl.txt', { cwd: dir }), ['events/a/nl.txt']);
      assert.deepEqual(expandGlob('events/**/*.txt', { cwd: dir }), ['events/a/ar.txt', 'events/a/deep/sv.txt', 'events/a/nl.txt', 'events/b/uk.txt']);
      assert.deepEqual(expandGlob(`${dir}/events/b/*.md`, { cwd: '/' }), [`${dir}/events/b/notes.md`]);
      assert.deepEqual(expandGlob('nothing/*.txt', { cwd: dir }), []);
      assert.deepEqual(expandGlob('events/a/{nl,ar,xx}.txt', { cwd: dir }), ['events/a/ar.txt', 'events/a/nl.txt']);
      assert.deepEqual(expandGlob('events/[ab]/[!a]*.txt', { cwd: dir }), ['events/a/nl.txt', 'events/b/uk.txt']);
    } finally {
      cleanup();
    }
  });

  it('is used by the CLI for arguments that name no file, with a message when nothing matches', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.nl.txt'), 'Een zin.');
      writeFileSync(join(dir, 'b.sv.txt'), 'En mening.');
      const outcome = await run(['segment', '*.txt', 'none/*.txt', '--format', 'json'], { cwd: dir });
      assert.equal(outcome.code, 2);
      assert.deepEqual(outcome.stderrLines, ['anchoralign: none/*.txt: no files match this pattern']);
      const json = JSON.parse(outcome.stdout) as { documents: Array<{ path: string; lang: string }> };
      assert.deepEqual(json.documents.map((document) => [document.path, document.lang]), [['a.nl.txt', 'nl'], ['b.sv.txt', 'sv']]);
      const braces = await run(['segment', '{a,b}.{nl,sv}.txt', '--format', 'json'], { cwd: dir });
      assert.equal(braces.code, 0);
      const paths = (JSON.parse(braces.stdout) as { documents: Array<{ path: string }> }).documents.map((document) => document.path);
      assert.deepEqual(paths, ['a.nl.txt', 'b.sv.txt']);
      const tooMany = await run(['segment', '{a,b}'.repeat(11)], { cwd: dir });
      assert.equal(tooMany.code, 2);
      assert.equal(tooMany.stderrLines.length, 1);
      assert.match(tooMany.stderrLines[0]!, /expands to more than 1024 patterns/);
    } finally {
      cleanup();
    }
  });
});
