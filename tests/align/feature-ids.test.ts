import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toSegmentedDocument, type Anchor } from '../../src/index.js';
import { extractPairFeatures, sharedWeight } from '../../src/align/features.js';

const doc = (sentences: string[], lang: string) => toSegmentedDocument({ sentences, lang });
const weights = { number: 1, anchor: 1, entity: 1, capitalised: 1, cognatePrefix: 1, soundPrefix: 1, punctuation: 1, learned: 0, lexicon: 0, figureShape: 0, weekday: 0 };
const entity = (value: string): Anchor => ({ type: 'entity', entityKind: 'person', text: value, value, start: 0, end: value.length });

describe('align features: one numbering for both documents', () => {
  it('gives a feature of both documents one id, and each sentence its ids sorted and unique', () => {
    const a = doc(['Zwölf Tage, 12 Stunden, 12 Minuten.', 'Berlin meldet 40 Fälle.'], 'de');
    const b = doc(['Berlin annonce 40 cas.', 'Douze jours : 12 heures.'], 'fr');
    const features = extractPairFeatures(a, b, { weights });
    for (const list of [...features.a.features, ...features.b.features]) {
      assert.deepEqual([...list], [...new Set(list)].sort((x, y) => x - y), 'sorted and unique');
    }
    // The number 40 and the capitalised Berlin are shared; 12 with the other sentence.
    assert.ok(sharedWeight(features.a.features[1]!, features.b.features[0]!, features.weights) > 0);
    assert.ok(sharedWeight(features.a.features[0]!, features.b.features[1]!, features.weights) > 0);
  });

  it('gives a name spelled nearly the same in B the id of A’s spelling, also where B meets it twice', () => {
    const a = doc(['Er traf Zelenskyy.', 'Dann reiste er ab.'], 'de');
    const b = doc(['Il a rencontré Zelensky.', 'Zelensky est parti.'], 'fr');
    const anchors = { a: [[entity('zelenskyy')], []], b: [[entity('zelensky')], [entity('zelensky')]] };
    const features = extractPairFeatures(a, b, { weights: { ...weights, capitalised: 0, cognatePrefix: 0, punctuation: 0 }, anchors });
    assert.ok(sharedWeight(features.a.features[0]!, features.b.features[0]!, features.weights) > 0);
    assert.ok(sharedWeight(features.a.features[0]!, features.b.features[1]!, features.weights) > 0);
    assert.equal(features.uniqueInBoth.length, 0, 'the name is in two sentences of B');
  });
});
