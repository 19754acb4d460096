import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addFuzzyCognates, consonantSkeleton, matchSkeletons, skeletonSimilarity } from '../../src/align/cognates.js';
import { extractPairFeatures, sharedWeight } from '../../src/align/features.js';
import { resolveAlignOptions } from '../../src/align/options.js';
import { toSegmentedDocument } from '../../src/segment/index.js';
import { alignComparable, matchScore, minMargin, minMatch } from '../../src/align/comparable.js';
import { sentenceClasses } from '../../src/align/classes.js';
import { createCostModel } from '../../src/align/cost.js';
import type { Link } from '../../src/types.js';

function modelOf(a: string[], langA: string, b: string[], langB: string) {
  const docA = toSegmentedDocument({ sentences: a, lang: langA });
  const docB = toSegmentedDocument({ sentences: b, lang: langB });
  const options = resolveAlignOptions({});
  const features = extractPairFeatures(docA, docB, { weights: options.features });
  return createCostModel(features, options.penalties, sentenceClasses(docA), sentenceClasses(docB));
}

const evidence = (common: number, lengthTerm = 0) => ({ common, lengthTerm, overlap: 0, weight: 0, weakestSupport: 1 });

describe('align: fuzzy cognates across scripts', () => {
  it('gives loanwords the same consonant skeleton in Latin, Cyrillic and Arabic script', () => {
    const latin = consonantSkeleton('parlement', 'nl');
    assert.equal(consonantSkeleton('парламент', 'uk'), latin);
    assert.ok(skeletonSimilarity(consonantSkeleton('البرلمان', 'ar'), latin) >= 0.8);
  });

  it('matches a skeleton that lost or gained a consonant at one end, but not an unrelated one', () => {
    assert.ok(skeletonSimilarity('KSTRS', 'KSTRSN') >= 0.8);
    assert.ok(skeletonSimilarity('KRLM', 'PSTN') === 0);
    const matches = matchSkeletons(['PRLMNT', 'KMSN'], ['PRLMNTR', 'SKLT']);
    assert.deepEqual(matches.get('PRLMNTR'), ['PRLMNT']);
    assert.equal(matches.has('SKLT'), false);
  });

  it('leaves out words with too few consonants to be told apart', () => {
    assert.equal(consonantSkeleton('dat', 'nl'), '');
    assert.equal(consonantSkeleton('це', 'uk'), '');
  });

  it('gives two sentences a shared feature for a cognate that begins differently in each language', () => {
    const nl = toSegmentedDocument({ sentences: ['Het proces was zeer gecompliceerd.', 'Het regende.'], lang: 'nl' });
    const sv = toSegmentedDocument({ sentences: ['Processen var mycket komplicerad.', 'Det snöade.'], lang: 'sv' });
    const features = extractPairFeatures(nl, sv, { weights: resolveAlignOptions({}).features });
    const before = sharedWeight(features.a.features[0]!, features.b.features[0]!, features.weights);
    const extended = addFuzzyCognates(features, nl, sv, () => true);
    const after = sharedWeight(extended.a.features[0]!, extended.b.features[0]!, extended.weights);
    assert.ok(after > before);
    assert.equal(sharedWeight(extended.a.features[1]!, extended.b.features[0]!, extended.weights), sharedWeight(features.a.features[1]!, features.b.features[0]!, features.weights));
    // The input is left as it was.
    assert.equal(sharedWeight(features.a.features[0]!, features.b.features[0]!, features.weights), before);
  });
});

describe('align: comparable matching by coverage, margin and diagonal', () => {
  it('scores a pair by the share of the heavier sentence the shared features cover', () => {
    // The same shared weight covers all of two light sentences but a quarter of a heavy one.
    const both = matchScore(evidence(10), 10, 10);
    const lopsided = matchScore(evidence(10), 10, 40);
    assert.ok(both > lopsided * 3);
    assert.equal(matchScore(evidence(0), 5, 5), 0);
  });

  it('lowers a match whose lengths disagree', () => {
    assert.ok(matchScore(evidence(10, 8), 10, 10) < matchScore(evidence(10), 10, 10) * 0.5);
  });

  it('has a floor and a margin that leave room for a clear winner', () => {
    assert.ok(minMatch > 0 && minMatch < 1);
    assert.ok(minMargin > 0 && minMatch + minMargin < 1);
  });

  it('links neither of two sentences of B that share the same facts with one sentence of A', () => {
    const a = ['Am 3. Mai 2021 sprach Anna Berger in Graz vor 420 Gästen.', 'Das Wetter war mild.'];
    const b = [
      'Le 3 mai 2021, Anna Berger a parlé à Graz devant 420 invités.',
      'Le 3 mai 2021, Anna Berger a parlé à Graz devant 420 membres.',
    ];
    const model = modelOf(a, 'de', b, 'fr');
    assert.deepEqual(alignComparable(model, 0.5), []);
    // Without the rival, the same sentence links.
    assert.deepEqual(alignComparable(modelOf(a, 'de', b.slice(0, 1), 'fr'), 0.5).map((link) => [link.a, link.b]), [[[0], [0]]]);
  });

  it('keeps pairs the competition passed over as weak candidates, for other versions to vouch for', () => {
    const a = ['Am 3. Mai 2021 sprach Anna Berger in Graz vor 420 Gästen.', 'Das Wetter war mild.'];
    const b = [
      'Le 3 mai 2021, Anna Berger a parlé à Graz devant 420 invités.',
      'Le 3 mai 2021, Anna Berger a parlé à Graz devant 420 membres.',
    ];
    const weak: Array<{ x: number; y: number; score: number }> = [];
    assert.deepEqual(alignComparable(modelOf(a, 'de', b, 'fr'), 0.5, [], weak), []);
    // Both pairs have evidence enough of their own; each lost to the other, a rival too close.
    assert.deepEqual(weak.map(({ x, y }) => [x, y]).sort(), [[0, 0], [0, 1]]);
    // A linked pair is no weak candidate.
    const alone: Array<{ x: number; y: number; score: number }> = [];
    assert.equal(alignComparable(modelOf(a, 'de', b.slice(0, 1), 'fr'), 0.5, [], alone).length, 1);
    assert.deepEqual(alone, []);
  });

  it('lets a link report its own confidence but gives clusters a lower one to merge by when a rival shares its facts', () => {
    const a = ['Am 3. Mai 2021 sprach Anna Berger in Graz vor 420 Gästen über das Projekt Nordlicht.', 'Das Wetter war mild.'];
    const b = ['Le 3 mai 2021, Anna Berger a parlé du projet Nordlicht à Graz devant 420 invités.', 'Anna Berger vit à Graz depuis 2021.'];
    const contested = new Map<Link, number>();
    const links = alignComparable(modelOf(a, 'de', b, 'fr'), 0.5, [], undefined, undefined, contested);
    assert.deepEqual(links.map((link) => [link.a, link.b]), [[[0], [0]]]);
    assert.ok(contested.get(links[0]!)! < links[0]!.score);
    // Without the rival, nothing to merge by but the link's own confidence.
    const alone = new Map<Link, number>();
    assert.equal(alignComparable(modelOf(a, 'de', b.slice(0, 1), 'fr'), 0.5, [], undefined, undefined, alone).length, 1);
    assert.equal(alone.size, 0);
  });

  it('links a neighbour on the diagonal of a link that its own evidence alone would not carry', () => {
    const a = ['Am 3. Mai 2021 sprach Anna Berger in Graz vor 420 Gästen über das Projekt Nordlicht.', 'Danach zeigte sie „Bilder“ aus dem Norden.'];
    const b = ['Le 3 mai 2021, Anna Berger a parlé du projet Nordlicht à Graz devant 420 invités.', 'Ensuite, elle a montré des « images » du Nord.'];
    const pairs = (links: ReturnType<typeof alignComparable>) => links.map((link) => [link.a[0], link.b[0]]);
    assert.deepEqual(pairs(alignComparable(modelOf(a, 'de', b, 'fr'), 0.5)), [[0, 0], [1, 1]]);
    assert.deepEqual(pairs(alignComparable(modelOf(a.slice(1), 'de', b.slice(1), 'fr'), 0.5)), []);
  });
});
