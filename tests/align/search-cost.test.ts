// The search prices beads with beadCost's arithmetic inlined over prefix sums (its hot loop): this
// pins the two to each other, bead type by bead type, on random sentences, weights and penalties.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cellIndex, fullBand } from '../../src/align/band.js';
import { beadCost, type CostModel } from '../../src/align/cost.js';
import { sharedWeight } from '../../src/align/features.js';
import type { BeadType } from '../../src/align/options.js';
import { search } from '../../src/align/search.js';
import { documentFeatures, plainPairFeatures } from './random-features.js';

const vocabularySize = 12;

const sentenceArbitrary = fc.record({
  length: fc.integer({ min: 1, max: 400 }),
  features: fc.uniqueArray(fc.integer({ min: 0, max: vocabularySize - 1 }), { maxLength: 6 }),
  introducesNext: fc.boolean(),
  // Mostly one sentence a line; some lines hold two or three.
  innerEnds: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 2 })),
  // Some body sentences read as headlines (a title given in a list of sentences).
  headline: fc.oneof(fc.constant(false), fc.constant(false), fc.constant(true)),
  // Some sentences state figures the other document never states (see DocumentFeatures.unsharedWeights).
  unsharedWeight: fc.oneof(fc.constant(0), fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true })),
});


// Every bead type with sentences on both sides that the defaults or `options.beads` may name.
const beadTypes: BeadType[] = [];
for (let k = 1; k <= 5; k++) for (let l = 1; l <= 5; l++) if (k <= 2 || l <= 2) beadTypes.push([k, l]);

const caseArbitrary = fc.record({
  bead: fc.constantFrom(...beadTypes),
  repeats: fc.integer({ min: 1, max: 4 }),
  sentencesA: fc.array(sentenceArbitrary, { minLength: 20, maxLength: 20 }),
  sentencesB: fc.array(sentenceArbitrary, { minLength: 20, maxLength: 20 }),
  // Some features weigh nothing (they occur in one document only), as in real pairs.
  weights: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: vocabularySize, maxLength: vocabularySize }),
  ratio: fc.double({ min: 1 / 8, max: 8, noNaN: true }),
  penalties: fc.record({
    skip: fc.double({ min: 0, max: 5, noNaN: true }),
    merge: fc.double({ min: 0, max: 5, noNaN: true }),
    length: fc.double({ min: 0, max: 5, noNaN: true }),
    anchors: fc.double({ min: 0, max: 5, noNaN: true }),
    colonBoundary: fc.double({ min: 0, max: 5, noNaN: true }),
    passenger: fc.double({ min: 0, max: 5, noNaN: true }),
    kindChange: fc.double({ min: 0, max: 5, noNaN: true }),
    shownJoin: fc.double({ min: 0, max: 1, noNaN: true }),
    headlineJoin: fc.double({ min: 0, max: 5, noNaN: true }),
    crossJoin: fc.double({ min: 0, max: 5, noNaN: true }),
  }),
  // Classes of a chain of 1-1 beads: body (1) or heading (2), so some beads join a heading with body text.
  classesA: fc.array(fc.constantFrom(1, 2), { minLength: 4, maxLength: 4 }),
  classesB: fc.array(fc.constantFrom(1, 2), { minLength: 4, maxLength: 4 }),
});

describe('search: the inlined bead cost', () => {
  it('agrees with cost.ts beadCost for every bead type, at every position of a chain of beads', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ bead, repeats, sentencesA, sentencesB, weights: weightList, ratio, penalties, classesA, classesB }) => {
        const [k, l] = bead;
        const weights = Float64Array.from(weightList);
        const a = documentFeatures(sentencesA.slice(0, k * repeats), weights);
        const b = documentFeatures(sentencesB.slice(0, l * repeats), weights);
        const features = plainPairFeatures(a, b, weights);
        const model: CostModel = {
          penalties,
          ratio,
          features,
          // Wider beads join one class only; 1-1 beads may cross from heading to body.
          classA: k === 1 && l === 1 ? Uint8Array.from(classesA.slice(0, repeats)) : new Uint8Array(k * repeats).fill(1),
          classB: k === 1 && l === 1 ? Uint8Array.from(classesB.slice(0, repeats)) : new Uint8Array(l * repeats).fill(1),
        };
        // With one bead type only, the cells (r·k, r·l) form one chain: each step is one bead's cost.
        const band = fullBand(k * repeats, l * repeats);
        const grid = search(model, [bead], band);
        const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
        let before = 0;
        for (let r = 1; r <= repeats; r++) {
          const total = grid.cost[cellIndex(band, r * k, r * l)]!;
          const expected = beadCost(model, (r - 1) * k, k, (r - 1) * l, l, shared);
          assert.ok(Number.isFinite(total), `cell (${r * k}, ${r * l}) reached`);
          assert.ok(Math.abs(total - before - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${k}-${l} bead ${r}: search ${total - before}, beadCost ${expected}`);
          before = total;
        }
      }),
      { numRuns: 300 },
    );
  });
});
