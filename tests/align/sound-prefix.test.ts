import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultFeatureWeights, toSegmentedDocument } from '../../src/index.js';
import { dominantScript, extractPairFeatures, sharedWeight } from '../../src/align/features.js';

const doc = (sentences: string[], lang: string) => toSegmentedDocument({ sentences, lang });

/** Shared feature weight of sentence x of A and y of B, with the given feature weights. */
function shared(a: ReturnType<typeof doc>, b: ReturnType<typeof doc>, x: number, y: number, weights = defaultFeatureWeights): number {
  const features = extractPairFeatures(a, b, { weights });
  return sharedWeight(features.a.features[x]!, features.b.features[y]!, features.weights);
}

describe('align features: sound prefixes meet cognates across scripts', () => {
  // Lower-case loanwords only (no names, no digits): only their sound can link the sentences.
  const ukrainian = doc(['вакцинація проти грипу почалася вчора.', 'президент підписав декрет про катастрофу.'], 'uk');
  const dutch = doc(['de president tekende een decreet over de katastrofale situatie.', 'het weer was gisteren mooi.'], 'nl');

  it('links a Cyrillic and a Latin sentence that share loanwords', () => {
    assert.ok(shared(ukrainian, dutch, 1, 0) > 0);
    assert.equal(shared(ukrainian, dutch, 1, 0, { ...defaultFeatureWeights, soundPrefix: 0 }), 0);
  });

  it('gives no sound prefixes between two documents in one script (cognate prefixes see the same words there)', () => {
    const german = doc(['Der Präsident unterschrieb gestern.'], 'de');
    const french = doc(['Le présidant a signé hier.'], 'fr');
    // `Präsident`/`présidant` share no 4-letter prefix once folded ('prasi' vs 'presi'); their sounds would.
    assert.equal(shared(german, french, 0, 0, { ...defaultFeatureWeights, punctuation: 0, capitalised: 0 }), 0);
  });

  it('tells a document’s script from its letters', () => {
    assert.equal(dominantScript(ukrainian), 'cyrillic');
    assert.equal(dominantScript(dutch), 'latin');
    assert.equal(dominantScript(doc(['قال الرئيس إن الوضع صعب.'], 'ar')), 'arabic');
  });
});
