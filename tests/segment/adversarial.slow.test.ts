// Long hostile inputs: the scanner and the kind classifier must stay linear (no regex backtracking,
// no quadratic look-backs). Time bounds are generous so a busy machine does not flake; a quadratic
// path on 1 MB would take minutes, not seconds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../src/index.js';
import { assertLossless } from './helpers.js';

const MB = 1_000_000;
const BOUND_MS = 5_000;

function timed(text: string, lang: string) {
  const started = performance.now();
  const sentences = segment(text, { lang });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < BOUND_MS, `took ${elapsed.toFixed(0)} ms`);
  assertLossless(text, sentences);
  return sentences;
}

describe('segment on 1 MB adversarial input', () => {
  const cases: Array<[string, string, string]> = [
    ['full stops', '.'.repeat(MB), 'nl'],
    ['a.a.a. without spaces', 'a.'.repeat(MB / 2), 'nl'],
    ['a. a. a. with spaces', 'a. '.repeat(MB / 3), 'sv'],
    ['A. A. A. (initials)', 'A. '.repeat(MB / 3), 'uk'],
    ['.... ....', '.... '.repeat(MB / 5), 'id'],
    ['one line without a terminator', 'слово '.repeat(MB / 6), 'uk'],
    ['one word without spaces', 'x'.repeat(MB), 'und'],
    ['quotes and brackets', '"( '.repeat(MB / 3), 'nl'],
    ['closing quotes after terminators', ".'' ".repeat(MB / 4), 'nl'],
    ['bars', '| '.repeat(MB / 2), 'uk'],
    ['RLM and ZWSP', '\u200f\u200b.'.repeat(MB / 3), 'ar'],
    ['empty lines', '\n'.repeat(MB), 'nl'],
    ['short lines that look like datelines', '12:30, 1/2/2025\n'.repeat(MB / 16), 'nl'],
    ['short lines that look like counters', 'Reactie (0)\n'.repeat(MB / 12), 'nl'],
    ['dotted abbreviation run', `${'ab.'.repeat(MB / 3)} Next.`, 'sv'],
    ['Arabic question marks', '؟ '.repeat(MB / 2), 'ar'],
    ['opening brackets, then ellipses before digits', `${'('.repeat(MB / 2)}${'a... 1 '.repeat(MB / 14)}`, 'nl'],
    ['opening brackets before every ellipsis', '((((... 1 '.repeat(MB / 10), 'nl'],
  ];
  for (const [name, text, lang] of cases) {
    it(name, () => {
      timed(text, lang);
    });
  }

  it('splits one long paragraph into its sentences', () => {
    const sentences = timed('Een zin. '.repeat(MB / 9), 'nl');
    assert.equal(sentences.length, Math.floor(MB / 9));
    assert.ok(sentences.every((sentence) => sentence.paragraph === 0 && sentence.text === 'Een zin.'));
  });
});
