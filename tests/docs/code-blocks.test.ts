// The code-block reader the docs examples stand on (the examples themselves run in
// docs-examples.slow.test.ts: each runs check on the showcase corpus in its own process, which makes
// them the slowest everyday suite, so they run in `npm run test:slow`, which CI runs too).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchoralignCommands, extractCodeBlocks, splitWords, type CodeBlock } from './code-blocks.js';

describe('anchoralignCommands and splitWords', () => {
  it('takes anchoralign lines from shell blocks and YAML run: steps, with quotes and redirects', () => {
    const shell: CodeBlock = { lang: 'sh', meta: '', line: 1, code: "npm ci\n$ npx anchoralign check 'corpora/*' --format sarif > out.sarif\n" };
    const yaml: CodeBlock = { lang: 'yaml', meta: '', line: 1, code: '      - run: npx anchoralign check corpora --fail-on error\n      - run: npm ci\n' };
    assert.deepEqual(anchoralignCommands(shell), ["anchoralign check 'corpora/*' --format sarif > out.sarif"]);
    assert.deepEqual(anchoralignCommands(yaml), ['anchoralign check corpora --fail-on error']);
    assert.deepEqual(splitWords(anchoralignCommands(shell)[0]!), ['anchoralign', 'check', 'corpora/*', '--format', 'sarif', '>', 'out.sarif']);
    assert.deepEqual(splitWords(`a "b c" 'd'e`), ['a', 'b c', 'de']);
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
