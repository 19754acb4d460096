import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discountRivals, rivalDiscount } from '../../src/align/comparable.js';

describe('align: comparable candidates and their rivals', () => {
  it('discounts a candidate by the best other candidate of either of its sentences', () => {
    const candidates = [
      { x: 0, y: 0, score: 0.8 },
      { x: 0, y: 1, score: 0.7 },
      { x: 1, y: 2, score: 0.8 },
      { x: 2, y: 2, score: 0.4 },
    ];
    discountRivals(candidates);
    const round = (value: number) => Math.round(value * 1000) / 1000;
    assert.deepEqual(
      candidates.map((candidate) => candidate.score),
      [round(0.8 * (1 - rivalDiscount * 0.7)), round(0.7 * (1 - rivalDiscount * 0.8)), round(0.8 * (1 - rivalDiscount * 0.4)), round(0.4 * (1 - rivalDiscount * 0.8))],
    );
  });

  it('leaves a candidate without rivals as it is, and counts a tie as a rival', () => {
    const alone = [{ x: 3, y: 5, score: 0.9 }];
    discountRivals(alone);
    assert.equal(alone[0]!.score, 0.9);
    const tied = [
      { x: 0, y: 0, score: 0.6 },
      { x: 0, y: 1, score: 0.6 },
    ];
    discountRivals(tied);
    assert.deepEqual(
      tied.map((candidate) => candidate.score),
      [0.6 * (1 - rivalDiscount * 0.6), 0.6 * (1 - rivalDiscount * 0.6)].map((value) => Math.round(value * 1000) / 1000),
    );
  });
});
