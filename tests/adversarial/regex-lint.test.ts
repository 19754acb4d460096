import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from 'recheck';
import { findPatterns, splitRegexLiteral } from '../../scripts/check-regex.js';

describe('scripts/check-regex.ts', () => {
  it('finds regex literals and RegExp constructions through the TypeScript parser, with their lines', () => {
    const source = [
      "const a = /\\d+(?:[.,]\\d+)*/gu;",
      "// not a regex: /x+/ in a comment, nor '/y+/' in a string",
      "const b = new RegExp('^(a+)+$', 'i');",
      'const c = RegExp(`[a-z]+`);',
      'const d = new RegExp(words.join("|"), "u");',
      'const e = 10 / 2 / 5;',
    ].join('\n');
    const { found, dynamic } = findPatterns('x.ts', source);
    assert.deepEqual(
      found.map(({ line, source: pattern, flags }) => ({ line, pattern, flags })),
      [
        { line: 1, pattern: '\\d+(?:[.,]\\d+)*', flags: 'gu' },
        { line: 3, pattern: '^(a+)+$', flags: 'i' },
        { line: 4, pattern: '[a-z]+', flags: '' },
      ],
    );
    assert.deepEqual(
      dynamic.map((place) => place.line),
      [5],
    );
  });

  it('splits a literal with a slash inside a class', () => {
    assert.deepEqual(splitRegexLiteral('/[/]+x/gi'), { source: '[/]+x', flags: 'gi' });
  });

  it('relies on recheck telling a nested quantifier from a linear pattern', async () => {
    const nested = await check('^(\\w+\\s?)+$', '');
    assert.equal(nested.status, 'vulnerable');
    assert.ok(nested.status === 'vulnerable' && nested.attack.string.length > 0);
    const linear = await check('\\d{1,3}(?:[ .]\\d{3})*', 'u');
    assert.equal(linear.status, 'safe');
  });
});
