// Alignment must not depend on which document comes first: the cost of a bead read as (A, B) with the
// length ratio c equals the cost of the mirrored bead read as (B, A) with 1/c, and align(a, b) links the
// mirror of align(b, a). (The Gale–Church length term was measured in B's characters, so the two orders
// priced beads a factor c apart and could take different paths.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { beadCost, beadEvidence, type CostModel } from '../../src/align/cost.js';
import { type DocumentFeatures, sharedWeight } from '../../src/align/features.js';
import { align } from '../../src/align/index.js';
import { documentFeatures, plainPairFeatures } from './random-features.js';

const vocabularySize = 8;
const sentenceArbitrary = fc.record({
  length: fc.integer({ min: 1, max: 400 }),
  features: fc.uniqueArray(fc.integer({ min: 0, max: vocabularySize - 1 }), { maxLength: 4 }),
});


function model(a: DocumentFeatures, b: DocumentFeatures, weights: Float64Array, ratio: number): CostModel {
  const features = plainPairFeatures(a, b, weights);
  const penalties = { skip: 1, merge: 1, length: 1, anchors: 1, colonBoundary: 1, passenger: 1, kindChange: 1, shownJoin: 0.5, headlineJoin: 1, crossJoin: 1 };
  return { penalties, ratio, features, classA: new Uint8Array(a.lengths.length).fill(1), classB: new Uint8Array(b.lengths.length).fill(1) };
}

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));

describe('alignment does not depend on document order', () => {
  it('prices a bead as (A, B, c) and its mirror as (B, A, 1/c) alike', () => {
    fc.assert(
      fc.property(
        fc.array(sentenceArbitrary, { minLength: 1, maxLength: 3 }),
        fc.array(sentenceArbitrary, { minLength: 1, maxLength: 3 }),
        fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: vocabularySize, maxLength: vocabularySize }),
        fc.double({ min: 1 / 8, max: 8, noNaN: true }),
        (sentencesA, sentencesB, weightList, ratio) => {
          const weights = Float64Array.from(weightList);
          const a = documentFeatures(sentencesA, weights);
          const b = documentFeatures(sentencesB, weights);
          const forward = model(a, b, weights, ratio);
          const mirrored = model(b, a, weights, 1 / ratio);
          const sharedAB = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
          const sharedBA = (y: number, x: number) => sharedAB(x, y);
          const [k, l] = [sentencesA.length, sentencesB.length];
          const there = beadEvidence(forward, 0, k, 0, l, sharedAB);
          const back = beadEvidence(mirrored, 0, l, 0, k, sharedBA);
          assert.ok(close(there.lengthTerm, back.lengthTerm), `length term ${there.lengthTerm} against ${back.lengthTerm}`);
          assert.ok(close(beadCost(forward, 0, k, 0, l, sharedAB), beadCost(mirrored, 0, l, 0, k, sharedBA)));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Two versions whose lengths differ by a factor of two or more (as Arabic against Dutch in characters):
  // where the length term decides, a term priced in one side's characters links other sentences by order.
  const long = [
    'Zin van voor met met met een over uit bij naar bij naar over uit een 996 het uit met.',
    'Zin het de met met uit van over een van over bij met uit uit de het de de voor uit naar over een over de voor een een de naar voor naar.',
    'Zin over met over de een voor voor met naar een bij over met het de het een het van uit de voor 578 uit over uit.',
    'Zin het de een uit met over 286 uit naar naar.',
    'Zin een het uit naar van uit met voor de naar een de.',
  ];
  const short = ['Satz van uit bij uit naar een het met uit een de 578.', 'Satz over over bij 286.', 'Satz met met uit van bij de naar bij.'];
  const pairs: Array<[{ lang: string; sentences: string[] }, { lang: string; sentences: string[] }]> = [
    [
      { lang: 'nl', sentences: long },
      { lang: 'nl', sentences: short },
    ],
    [
      { lang: 'nl', sentences: long.slice(1) },
      { lang: 'nl', sentences: short },
    ],
  ];
  it('links the mirror of align(b, a) in align(a, b)', () => {
    for (const [a, b] of pairs) {
      const forward = align(a, b, { mode: 'parallel' }).links.map((link) => `${link.a.join(',')}-${link.b.join(',')}`).sort();
      const backward = align(b, a, { mode: 'parallel' }).links.map((link) => `${link.b.join(',')}-${link.a.join(',')}`).sort();
      assert.deepEqual(forward, backward);
    }
  });
});
