// A bead that joins sentences must earn each of them: a sentence deleted from the other version,
// swallowed beside its neighbour because it repeats the neighbour's name, brings nothing of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beadCost, type CostModel, passengerCost, passengerSupportShare } from '../../src/align/cost.js';
import { sharedWeight } from '../../src/align/features.js';
import { search } from '../../src/align/search.js';
import { traceback } from '../../src/align/traceback.js';
import { fullBand } from '../../src/align/band.js';
import { defaultPenalties } from '../../src/index.js';
import { documentFeatures, type RandomSentence, plainPairFeatures } from './random-features.js';

// Feature 0: a name; 1, 2: the two halves' own facts; 3: a fact of the swallowed sentence's that B lacks.
const weights = Float64Array.from([2, 3, 3, 3]);

function model(a: RandomSentence[], b: RandomSentence[], passenger = defaultPenalties.passenger): CostModel {
  const features = plainPairFeatures(documentFeatures(a, weights), documentFeatures(b, weights), weights);
  return { penalties: { ...defaultPenalties, passenger }, ratio: 1, features, classA: new Uint8Array(a.length).fill(1), classB: new Uint8Array(b.length).fill(1) };
}

describe('align cost: passengers of a wide bead', () => {
  it('costs nothing when each joined sentence brings a fact of its own that the other side has', () => {
    const merged = model([{ length: 50, features: [0, 1] }, { length: 50, features: [0, 2] }], [{ length: 100, features: [0, 1, 2] }]);
    assert.equal(passengerCost(merged, 0, 2, 0, 1), 0);
  });

  it('costs a sentence that only repeats its neighbour’s name, and one whose facts the other side lacks', () => {
    const repeating = model([{ length: 50, features: [0, 1] }, { length: 50, features: [0] }], [{ length: 60, features: [0, 1] }]);
    assert.equal(passengerCost(repeating, 0, 2, 0, 1), defaultPenalties.passenger * passengerSupportShare);
    const unmatched = model([{ length: 50, features: [0, 1] }, { length: 50, features: [3] }], [{ length: 60, features: [0, 1] }]);
    assert.equal(passengerCost(unmatched, 0, 2, 0, 1), defaultPenalties.passenger * passengerSupportShare);
  });

  it('counts a sentence with no feature at all as no evidence, and a 1-1 bead never', () => {
    const featureless = model([{ length: 50, features: [0, 1] }, { length: 50, features: [] }], [{ length: 60, features: [0, 1] }]);
    assert.equal(passengerCost(featureless, 0, 2, 0, 1), 0);
    assert.equal(passengerCost(model([{ length: 50, features: [3] }], [{ length: 50, features: [0] }]), 0, 1, 0, 1), 0);
  });

  it('counts the figures a sentence states that the other document never states as its own unmatched weight', () => {
    // The second sentence shares fact 2 with B's sentence alone: it earns its place, unless it also states
    // a figure B's whole text lacks (a sentence the other version left out that happens to share a word).
    const a = (unsharedWeight: number): RandomSentence[] => [{ length: 80, features: [0, 1] }, { length: 40, features: [2], unsharedWeight }];
    const b: RandomSentence[] = [{ length: 90, features: [0, 1, 2] }];
    assert.equal(passengerCost(model(a(0), b), 0, 2, 0, 1), 0);
    const ownShare = weights[2]! / (weights[2]! + 9);
    assert.ok(Math.abs(passengerCost(model(a(9), b), 0, 2, 0, 1) - defaultPenalties.passenger * (passengerSupportShare - ownShare)) < 1e-12);
  });

  it('is part of the bead cost, so the search leaves the repeating sentence unaligned', () => {
    const a: RandomSentence[] = [{ length: 80, features: [0, 1] }, { length: 40, features: [0] }];
    const b: RandomSentence[] = [{ length: 90, features: [0, 1] }];
    const shared = (withPassenger: CostModel) => (x: number, y: number) =>
      sharedWeight(withPassenger.features.a.features[x]!, withPassenger.features.b.features[y]!, weights);
    const priced = model(a, b);
    const free = model(a, b, 0);
    assert.ok(Math.abs(beadCost(priced, 0, 2, 0, 1, shared(priced)) - beadCost(free, 0, 2, 0, 1, shared(free)) - passengerCost(priced, 0, 2, 0, 1)) < 1e-12);
    const beads = [[1, 1], [1, 0], [0, 1], [2, 1]] as const;
    const path = (m: CostModel) => traceback(search(m, beads, fullBand(2, 1))).map((bead) => `${bead.aCount}-${bead.bCount}`);
    assert.deepEqual(path(free), ['2-1']);
    assert.deepEqual(path(priced), ['1-1', '1-0']);
  });
});
