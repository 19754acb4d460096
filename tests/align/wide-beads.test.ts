import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, defaultBeadTypes } from '../../src/index.js';
import { enumerationDe, enumerationFr } from './enumeration-fixture.js';

const pairs = (result: ReturnType<typeof align>) => result.links.map((link) => [link.a, link.b]);

describe('align: a long sentence split in five', () => {
  const de = enumerationDe;
  const fr = enumerationFr;

  it('joins all five clauses to the one sentence they translate', () => {
    assert.ok(defaultBeadTypes.some(([k, l]) => k === 1 && l === 5));
    const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel' });
    assert.deepEqual(pairs(result), [
      [[0], [0]],
      [[1], [1, 2, 3, 4, 5]],
      [[2], [6]],
    ]);
  });

  it('cannot join them with beads of at most four sentences a side', () => {
    const narrow = defaultBeadTypes.filter(([k, l]) => k <= 4 && l <= 4);
    const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel', beads: narrow });
    assert.ok(!pairs(result).some(([a, b]) => a!.length === 1 && b!.length === 5));
  });

  it('takes bead types up to five sentences a side and names a wider one', () => {
    const doc = { sentences: ['Eins .', 'Zwei .'], lang: 'de' };
    assert.doesNotThrow(() => align(doc, doc, { beads: [[1, 1], [5, 5]] }));
    assert.throws(
      () => align(doc, doc, { beads: [[1, 1], [1, 6]] }),
      (error: unknown) => error instanceof RangeError && /options\.beads/.test(error.message) && /0–5/.test(error.message),
    );
  });
});
