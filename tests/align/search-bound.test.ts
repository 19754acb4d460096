// The search leaves a bead unsummed when a lower bound of its total cannot beat the best bead found
// for the cell: this pins that every cell still holds the least total over all bead types, reached by
// the first bead type that gives it, on random sentences, weights and penalties.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cellIndex, fullBand } from '../../src/align/band.js';
import { beadCost, boundaryCost, type CostModel } from '../../src/align/cost.js';
import { sharedWeight } from '../../src/align/features.js';
import { defaultBeadTypes } from '../../src/align/options.js';
import { search } from '../../src/align/search.js';
import { documentFeatures, plainPairFeatures } from './random-features.js';

const vocabularySize = 10;
const tolerance = 1e-9;

const sentenceArbitrary = fc.record({
  length: fc.integer({ min: 1, max: 300 }),
  features: fc.uniqueArray(fc.integer({ min: 0, max: vocabularySize - 1 }), { maxLength: 5 }),
  introducesNext: fc.boolean(),
  innerEnds: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 2 })),
  headline: fc.boolean(),
});
const penalty = fc.double({ min: 0, max: 5, noNaN: true });

const caseArbitrary = fc.record({
  sentencesA: fc.array(sentenceArbitrary, { minLength: 1, maxLength: 9 }),
  sentencesB: fc.array(sentenceArbitrary, { minLength: 1, maxLength: 9 }),
  weights: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: vocabularySize, maxLength: vocabularySize }),
  ratio: fc.double({ min: 1 / 8, max: 8, noNaN: true }),
  penalties: fc.record({
    skip: penalty,
    merge: penalty,
    length: penalty,
    anchors: penalty,
    colonBoundary: penalty,
    passenger: penalty,
    kindChange: penalty,
    headlineJoin: penalty,
    crossJoin: penalty,
    shownJoin: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
});

describe('search: beads left unsummed by the lower bound', () => {
  it('keeps at every cell the least total over all bead types, from the first bead type that reaches it', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ sentencesA, sentencesB, weights: weightList, ratio, penalties }) => {
        const weights = Float64Array.from(weightList);
        const a = documentFeatures(sentencesA, weights);
        const b = documentFeatures(sentencesB, weights);
        const features = plainPairFeatures(a, b, weights);
        const n = sentencesA.length;
        const m = sentencesB.length;
        const model: CostModel = { penalties, ratio, features, classA: new Uint8Array(n).fill(1), classB: new Uint8Array(m).fill(1) };
        const band = fullBand(n, m);
        const grid = search(model, defaultBeadTypes, band);
        const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
        for (let i = 0; i <= n; i++) {
          for (let j = 0; j <= m; j++) {
            if (i === 0 && j === 0) continue;
            // Each bead type's total by cost.ts, from the search's own totals before it.
            const totals = defaultBeadTypes.map(([k, l]) => {
              if (k > i || l > j) return Infinity;
              const before = grid.cost[cellIndex(band, i - k, j - l)]!;
              if (k === 0 || l === 0) {
                if (k + l !== 1) return Infinity;
                return before + penalties.skip + boundaryCost(model, k, i, l, j);
              }
              return before + beadCost(model, i - k, k, j - l, l, shared);
            });
            const least = Math.min(...totals);
            const here = cellIndex(band, i, j);
            assert.ok(Math.abs(grid.cost[here]! - least) <= tolerance * Math.max(1, least), `cell (${i}, ${j}): ${grid.cost[here]} vs ${least}`);
            const first = totals.findIndex((total) => total <= least + tolerance * Math.max(1, least));
            const chosen = grid.choice[here]! - 1;
            // The chosen bead reaches the least total; an earlier one could only tie within rounding.
            assert.ok(Math.abs(totals[chosen]! - least) <= tolerance * Math.max(1, least), `cell (${i}, ${j}) chose bead ${chosen}`);
            assert.ok(chosen >= first, `cell (${i}, ${j}) chose bead ${chosen} before the first best ${first}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
