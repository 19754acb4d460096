// A range on one side may stand for counts on the other (its bounds written apart, "5 tot 8" / "5 … 8"),
// but each bound for one count only: a drawn score changed into another ("2-2" / "2-6") leaves the second
// 2 unaccounted for, and is a disagreement.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmsOf } from './helpers.js';

const match = (score: string) => `De wedstrijd eindigde op zaterdag in Londen met een gelijkspel: ${score} tegen Chelsea.`;

describe('range bounds standing for counts', () => {
  it('finds a score changed into a range of its own first figure', () => {
    assert.equal(alarmsOf([{ lang: 'nl', sentences: [match('2-2')] }, { lang: 'nl', sentences: [match('2-6')] }], 'count-mismatch').length, 1);
  });

  it('still lets each bound of a range stand for one count written apart', () => {
    const apart = 'Tussen 5 en 8 mensen raakten op zaterdag gewond in Londen.';
    const range = 'Op zaterdag raakten 5-8 mensen gewond in Londen.';
    assert.deepEqual(alarmsOf([{ lang: 'nl', sentences: [apart] }, { lang: 'nl', sentences: [range] }], 'count-mismatch'), []);
  });
});
