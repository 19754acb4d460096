// The searches after the first learn from the search just before them: the first, wide pass swallows
// more one-sided sentences into wide beads, so its links teach a noisier length ratio and noisier word
// translations than the second pass's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parallelPasses } from '../../src/align/align.js';
import { sentenceClasses } from '../../src/align/classes.js';
import { createCostModel, ratioFromLinks } from '../../src/align/cost.js';
import { resolveDocument } from '../../src/align/document.js';
import { extractPairFeatures } from '../../src/align/features.js';
import { learnTranslations } from '../../src/align/learn.js';
import { defaultFeatureWeights, defaultPenalties, resolveAlignOptions } from '../../src/align/options.js';
import { align } from '../../src/index.js';
import { parallelYearbook } from './yearbook-fixture.js';

function passesOn(seed: number) {
  const text = parallelYearbook({ seed, beads: 60 });
  const options = resolveAlignOptions({});
  const a = resolveDocument({ sentences: text.de, lang: 'de' }, 'a');
  const b = resolveDocument({ sentences: text.fr, lang: 'fr' }, 'b');
  const features = extractPairFeatures(a, b, { weights: options.features });
  const model = createCostModel(features, options.penalties, sentenceClasses(a), sentenceClasses(b));
  return { input: model, result: parallelPasses(model, options) };
}

describe('align: refining passes', () => {
  it('reads the final length ratio from the second search, not from the first', () => {
    let differing = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { input, result } = passesOn(seed);
      assert.equal(result.passLinks.length, 2, 'the first search and one refining search teach');
      assert.equal(result.model.ratio, ratioFromLinks(input, result.passLinks[1]!));
      if (ratioFromLinks(input, result.passLinks[0]!) !== result.model.ratio) differing++;
    }
    assert.ok(differing > 0, 'on some seed the first search teaches another ratio');
  });

  it('learns word translations from the refining search’s links down to a confidence of 0.5', () => {
    let differing = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { input, result } = passesOn(seed);
      const learned = (minScore: number) => learnTranslations(input.features, result.passLinks[1]!, defaultFeatureWeights.learned, minScore).weights;
      assert.deepEqual(result.model.features.weights, learned(0.5));
      if (learned(0.6).length !== learned(0.5).length) differing++;
    }
    assert.ok(differing > 0, 'on some seed links of confidence 0.5–0.6 teach more pairs');
  });

  it('leaves comparable matching to the first refinement, which prices no passengers', () => {
    const { input, result } = passesOn(2);
    assert.equal(result.earlier.model.penalties.passenger, 0);
    assert.equal(result.earlier.model.ratio, ratioFromLinks(input, result.firstLinks));
    assert.equal(result.model.penalties.passenger, defaultPenalties.passenger);
    let differing = 0;
    for (const seed of [1, 2, 3, 4]) {
      const text = parallelYearbook({ seed, beads: 60 });
      // Two halves swapped: articles in no common order, compared as comparable pairs.
      const fr = [...text.fr.slice(30), ...text.fr.slice(0, 30)];
      const aligned = (mode: 'parallel' | 'comparable', passenger: number) =>
        align({ sentences: text.de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode, penalties: { passenger } }).links;
      assert.deepEqual(aligned('comparable', 6), aligned('comparable', 0));
      if (JSON.stringify(aligned('parallel', 6)) !== JSON.stringify(aligned('parallel', 0))) differing++;
    }
    assert.ok(differing > 0, 'the passenger cost does change some parallel alignment');
  });
});
