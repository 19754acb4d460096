import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, defaultBeadTypes, defaultPenalties } from '../../src/align/index.js';

const dutch = [
  'De delegatie bezocht Quang Ninh op 20 februari 2025.',
  'Er werden 29 overeenkomsten getekend.',
  'Het weer was mooi.',
  'De volgende bijeenkomst is in 2026 in Guangxi.',
];
const swedish = [
  'Delegationen besökte Quang Ninh den 20 februari 2025.',
  '29 avtal undertecknades.',
  'Vädret var fint.',
  'Nästa möte hålls 2026 i Guangxi.',
];

describe('align: public API', () => {
  it('aligns pre-segmented translations one to one, in order', () => {
    const result = align({ sentences: dutch, lang: 'nl' }, { sentences: swedish, lang: 'sv' }, { mode: 'parallel' });
    assert.equal(result.mode, 'parallel');
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      [
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
        [[3], [3]],
      ],
    );
    for (const link of result.links) assert.ok(link.score >= 0 && link.score <= 1);
    assert.equal(result.a.sentences.length, 4);
    assert.equal(result.b.lang, 'sv');
  });

  it('exports bead types and penalties as data', () => {
    assert.ok(defaultBeadTypes.some(([a, b]) => a === 2 && b === 1));
    assert.equal(typeof defaultPenalties.skip, 'number');
  });

  it('throws TypeError naming the argument for a non-document', () => {
    assert.throws(() => align(null as never, { sentences: [], lang: 'nl' }), (error: unknown) => error instanceof TypeError && /\ba\b/.test(error.message));
    assert.throws(() => align({ sentences: [], lang: 'nl' }, 'text' as never), (error: unknown) => error instanceof TypeError && /\bb\b/.test(error.message));
  });

  it('throws RangeError naming a bad mode', () => {
    assert.throws(
      () => align({ sentences: [], lang: 'nl' }, { sentences: [], lang: 'sv' }, { mode: 'sideways' as never }),
      (error: unknown) => error instanceof RangeError && /mode/.test(error.message),
    );
  });
});
