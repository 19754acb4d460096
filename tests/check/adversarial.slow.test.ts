// The checker's text scanners on long hostile input: linear time, no catastrophic backtracking.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedNoun, foldSpelling, hasClausePunctuation, isSubCount, officeWords, sameSpellingUpToInflection, wordsOf } from '../../src/check/text.js';
import { check, parseConfig } from '../../src/index.js';

const size = 200_000;
const inputs: Record<string, string> = {
  'one long word': 'а'.repeat(size),
  'apostrophes and letters': "l'".repeat(size / 2),
  'spaces then a letter': `${' '.repeat(size)}x`,
  'hyphenated chain': 'провінції-'.repeat(size / 10),
  'Arabic with clitics and marks': 'والأمينَ '.repeat(size / 8),
  'combining marks': `a${'\u0301'.repeat(size)}`,
};

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('text scanners on 200 kB adversarial strings', () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`stay linear: ${name}`, () => {
      // Generous bounds: a quadratic path on 200 kB takes minutes, not seconds.
      assert.ok(timed(() => wordsOf(text)) < 10000);
      assert.ok(timed(() => countedNoun(text, 0)) < 10000);
      assert.ok(timed(() => officeWords(text)) < 10000);
      assert.ok(timed(() => foldSpelling(text)) < 10000);
      assert.ok(timed(() => sameSpellingUpToInflection(text, `${text}x`)) < 10000);
      assert.ok(timed(() => hasClausePunctuation(text)) < 10000);
      assert.ok(timed(() => isSubCount(text, text.length)) < 10000);
    });
  }

  it('parseConfig names the line of an error at the end of a long config', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `  "x${i}": 1,`);
    const json = `{\n${lines.join('\n')}\n}`;
    assert.throws(() => parseConfig(json), (e: unknown) => e instanceof SyntaxError && /line 100002/u.test(e.message));
  });

  it('pairs the leftover counts of a linked pair in bounded time, however many there are', () => {
    // Thousands of counts on each side that nothing explains (and number words with units around them):
    // pairing look-alikes must not weigh every pair against every other.
    const n = 5000;
    const de = Array.from({ length: n }, (_, i) => `${1000 + i} m`).join(' , ');
    const fr = Array.from({ length: n }, (_, i) => `${1000 + n + ((i * 7) % n)} m`).join(' , ');
    const words = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'zwei Tage' : 'vier Zacken')).join(' und ');
    const elapsed = timed(() =>
      check(
        [
          { lang: 'de', sentences: ['Start .', `${de} .`, `${words} .`, 'Ende .'] },
          { lang: 'fr', sentences: ['Début .', `${fr} .`, `${words.replaceAll('vier Zacken', 'deux jours')} .`, 'Fin .'] },
        ],
        { mode: 'parallel' },
      ),
    );
    assert.ok(elapsed < 20000, `took ${elapsed} ms`);
  });
});
