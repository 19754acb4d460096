import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crossJoinFromLinks, mergeFromLinks } from '../../src/align/align.js';
import { defaultPenalties } from '../../src/index.js';

const oneToOne = (index: number, score: number) => ({ a: [index], b: [index], score });
const joined = (index: number, score: number) => ({ a: [index], b: [index, index + 1], score });

describe('align: the merge penalty of the second pass follows how often the pair joins sentences', () => {
  const merge = defaultPenalties.merge;

  it('keeps the calibrated penalty for a pair that joins as often as a free literary translation', () => {
    const links = Array.from({ length: 40 }, (_, k) => (k % 2 === 0 ? joined(k, 0.9) : oneToOne(k, 0.9)));
    assert.equal(mergeFromLinks(merge, links), merge);
  });

  it('makes joining dearer for a pair translated sentence by sentence', () => {
    const links = Array.from({ length: 40 }, (_, k) => oneToOne(k, 0.9));
    assert.ok(mergeFromLinks(merge, links) > merge + 1);
  });

  it('moves little on a few confident links, and counts no link below the evidence confidence', () => {
    const few = mergeFromLinks(merge, [oneToOne(0, 0.9), oneToOne(1, 0.9)]);
    const many = mergeFromLinks(merge, Array.from({ length: 40 }, (_, k) => oneToOne(k, 0.9)));
    assert.ok(few > merge && few < many);
    assert.equal(mergeFromLinks(merge, Array.from({ length: 40 }, (_, k) => oneToOne(k, 0.2))), merge);
  });
});

describe('align: a bead joining sentences on both sides costs more in a pair that seldom joins', () => {
  it('adds nothing for a pair that joins as often as a free literary translation', () => {
    const links = Array.from({ length: 40 }, (_, k) => (k % 2 === 0 ? joined(k, 0.9) : oneToOne(k, 0.9)));
    assert.equal(crossJoinFromLinks(links), 0);
  });

  it('grows as the pair joins less, and counts no link below the evidence confidence', () => {
    const sentenceBySentence = crossJoinFromLinks(Array.from({ length: 40 }, (_, k) => oneToOne(k, 0.9)));
    const someJoins = crossJoinFromLinks(Array.from({ length: 40 }, (_, k) => (k % 8 === 0 ? joined(k, 0.9) : oneToOne(k, 0.9))));
    assert.ok(sentenceBySentence > someJoins && someJoins > 0);
    assert.equal(crossJoinFromLinks(Array.from({ length: 40 }, (_, k) => oneToOne(k, 0.2))), 0);
  });
});
