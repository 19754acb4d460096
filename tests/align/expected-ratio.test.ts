// The length ratio a pair is priced with is held near the ratio its two languages lead one to expect,
// so one long sentence that only one version has cannot throw the estimate (and the path fitted to it)
// far off.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectedLengthRatio, parallelPasses } from '../../src/align/align.js';
import { sentenceClasses } from '../../src/align/classes.js';
import { boundedRatio, createCostModel, lengthRatioTolerance, ratioFromLinks } from '../../src/align/cost.js';
import { resolveDocument } from '../../src/align/document.js';
import { extractPairFeatures, type PairFeatures } from '../../src/align/features.js';
import { resolveAlignOptions } from '../../src/align/options.js';
import { align, defaultPenalties } from '../../src/index.js';
import { findLanguage } from '../../src/lang/registry.js';
import { documentFeatures } from './random-features.js';
import { parallelYearbook } from './yearbook-fixture.js';

describe('align: the length ratio its languages lead one to expect', () => {
  it('is the ratio of the two languages’ registered lengths, and unknown when either has none', () => {
    const id = findLanguage('id')!.relativeLength!;
    const ar = findLanguage('ar')!.relativeLength!;
    assert.ok(ar < id, 'Arabic writes a sentence in fewer characters than Indonesian');
    assert.equal(expectedLengthRatio('id', 'ar'), ar / id);
    assert.equal(expectedLengthRatio('ar', 'id'), id / ar);
    assert.equal(expectedLengthRatio('nl-BE', 'sv'), findLanguage('sv')!.relativeLength! / findLanguage('nl')!.relativeLength!);
    assert.equal(expectedLengthRatio('id', 'xx'), undefined);
    assert.equal(expectedLengthRatio('es', 'id'), undefined, 'a registered language without a measured length');
  });

  it('bounds an estimate to the tolerance around the expected ratio, and leaves it alone without one', () => {
    assert.equal(boundedRatio(1.65, undefined), 1.65);
    assert.equal(boundedRatio(0.8, 0.78), 0.8);
    assert.ok(Math.abs(boundedRatio(1.65, 0.78) - 0.78 * Math.exp(lengthRatioTolerance)) < 1e-12);
    assert.ok(Math.abs(boundedRatio(0.2, 0.78) - 0.78 * Math.exp(-lengthRatioTolerance)) < 1e-12);
  });

  it('holds the cost model’s ratio near the expected one, whether given or estimated from the documents', () => {
    const weights = new Float64Array(0);
    const features: PairFeatures = {
      a: documentFeatures([{ length: 50, features: [] }, { length: 60, features: [] }], weights),
      b: documentFeatures([{ length: 200, features: [] }, { length: 240, features: [] }], weights),
      weights,
      specific: new Uint8Array(0),
      coarse: new Uint8Array(0),
      factKinds: new Uint8Array(0),
      uniqueInBoth: new Int32Array(0),
      wordCount: 0,
    };
    const classes = Uint8Array.of(1, 1);
    assert.equal(createCostModel(features, defaultPenalties, classes, classes).ratio, 4);
    const expected = 1.1;
    const estimated = createCostModel(features, defaultPenalties, classes, classes, undefined, undefined, expected);
    assert.equal(estimated.ratio, boundedRatio(4, expected));
    assert.equal(estimated.expectedRatio, expected);
    assert.equal(createCostModel(features, defaultPenalties, classes, classes, 0.3, undefined, expected).ratio, boundedRatio(0.3, expected));
  });

  it('links a headline to its headline when the other version has one long sentence more (id–ar)', () => {
    const indonesian = [
      'Korban tewas tsunami Indonesia naik menjadi 832',
      'Korban tewas gempa bumi dan tsunami di Indonesia telah naik menjadi 832 orang, kata badan bencana nasional pada Minggu pagi.',
      'Kota Palu, yang dihuni lebih dari 380.000 orang, dipenuhi puing-puing bangunan yang runtuh.',
    ];
    const arabic = [
      'ارتفاع عدد ضحايا تسونامي إندونيسيا إلى 832',
      'قالت الوكالة الوطنية للكوارث صباح الأحد إن عدد ضحايا الزلزال والتسونامي في إندونيسيا ارتفع إلى 832 شخصا.',
      // Only the Arabic has this sentence, and it is as long as the two before it together.
      'وقال متحدث باسم الوكالة في مؤتمر صحفي إن كثيرا من الناس ما زالوا عالقين تحت أنقاض المباني التي انهارت في الزلزال الذي بلغت قوته 7.5 درجات يوم الجمعة وأثار أمواجا وصل ارتفاعها إلى ستة أمتار.',
      'امتلأت مدينة بالو التي يسكنها أكثر من 380 ألف شخص بأنقاض المباني المنهارة.',
    ];
    const { links } = align({ sentences: indonesian, lang: 'id' }, { sentences: arabic, lang: 'ar' });
    assert.deepEqual(
      links.map((link) => [link.a, link.b]),
      [
        [[0], [0]],
        [[1], [1]],
        [[2], [3]],
      ],
    );
  });

  it('bounds the refinements of a pair read as a translation, and neither the first pass nor a pair read freely', () => {
    const text = parallelYearbook({ seed: 3, beads: 40 });
    const options = resolveAlignOptions({});
    const a = resolveDocument({ sentences: text.de, lang: 'de' }, 'a');
    const b = resolveDocument({ sentences: text.fr, lang: 'fr' }, 'b');
    const model = createCostModel(extractPairFeatures(a, b, { weights: options.features }), options.penalties, sentenceClasses(a), sentenceClasses(b));
    const free = parallelPasses(model, options);
    const freeRatio = ratioFromLinks(model, free.passLinks[1]!);
    assert.equal(free.model.ratio, freeRatio);
    // An expected ratio far from what this pair reads: each refinement is held at its edge.
    const expected = freeRatio * 2;
    let asked = 0;
    const held = parallelPasses(model, options, undefined, undefined, undefined, () => (asked++, expected));
    assert.equal(asked, 1, 'asked once, after the first pass');
    assert.deepEqual(held.firstLinks, free.firstLinks, 'the first pass, which the mode is decided from, is not bounded');
    for (const refined of [held.earlier.model, held.model]) {
      assert.equal(refined.expectedRatio, expected);
      assert.ok(Math.abs(refined.ratio - expected * Math.exp(-lengthRatioTolerance)) < 1e-12);
    }
    const unbounded = parallelPasses(model, options, undefined, undefined, undefined, () => undefined);
    assert.equal(unbounded.model.ratio, freeRatio);
    assert.equal(unbounded.model.expectedRatio, undefined);
  });
});
