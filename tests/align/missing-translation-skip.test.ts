// A sentence that states only facts (figures, dates, countries) the other version never states is
// cheaper to leave unaligned in the last search of a translation: its own translation is most likely
// missing, and at the full skip price it was swallowed into a neighbour's bead.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../src/index.js';
import { missingTranslationSkipShare, parallelPasses, withMissingTranslationSkips } from '../../src/align/align.js';
import { sentenceClasses } from '../../src/align/classes.js';
import { createCostModel } from '../../src/align/cost.js';
import { resolveDocument } from '../../src/align/document.js';
import { extractPairFeatures, type PairFeatures } from '../../src/align/features.js';
import { resolveAlignOptions } from '../../src/align/options.js';
import { analyseSegmented } from '../../src/analyse/analyse.js';
import { getDefaultGazetteer } from '../../src/anchors/gazetteer.js';

const indonesian = ['Perdana menteri berbicara di parlemen.', 'Pada tahun 2015, 300 orang pindah ke Jerman.', 'Oposisi menuntut pengunduran diri pemerintah.'];
const swedish = ['Premiärministern talade i parlamentet.', 'Oppositionen krävde regeringens avgång.'];

/** Two documents as `align` resolves them, and their pair features with the default weights. */
function resolvedPair(a: string[], langA: string, b: string[], langB: string) {
  const options = resolveAlignOptions({});
  const docA = resolveDocument({ sentences: a, lang: langA }, 'a');
  const docB = resolveDocument({ sentences: b, lang: langB }, 'b');
  const [anchorsA, anchorsB] = analyseSegmented([docA, docB], getDefaultGazetteer());
  return { docA, docB, features: extractPairFeatures(docA, docB, { weights: options.features, anchors: { a: anchorsA!, b: anchorsB! } }) };
}

function pairFeatures(a: string[], langA: string, b: string[], langB: string): PairFeatures {
  return resolvedPair(a, langA, b, langB).features;
}

describe('align: a sentence whose facts the other version lacks', () => {
  it('pays a share of the skip when what it alone states outweighs what it shares, and only then', () => {
    const dutch = [
      'Het parlement kwam dinsdag bijeen.',
      'In 1998 stierven in Honduras 7000 mensen.',
      'De minister sprak over de begroting.',
      'De storm trof Mexico op 3 mei en doodde 12 mensen.',
      'Het volgende jaar trok de storm naar Chili.',
    ];
    const swedishStorm = ['Parlamentet samlades i tisdags.', 'Ministern talade om budgeten.', 'Stormen drabbade Mexiko den 3 maj och dödade 14 människor.', 'Nästa år drog stormen vidare till Peru.'];
    const features = pairFeatures(dutch, 'nl', swedishStorm, 'sv');
    const links = [
      { a: [0], b: [0], score: 0.9 },
      { a: [2], b: [1], score: 0.9 },
      { a: [3], b: [2], score: 0.9 },
      { a: [4], b: [3], score: 0.9 },
    ];
    // Sentence 1 states 1998, Honduras and 7000, none of them in the Swedish, and nothing of those kinds
    // stands where its translation would; sentence 3 shares Mexico and 3 May, which outweigh its 12;
    // sentence 4 names Chili where its partner names Peru, a country each states alone: a changed fact.
    assert.ok(features.a.unsharedWeights[1]! > 0 && features.a.weightTotals[1]! <= features.a.unsharedWeights[1]!);
    assert.ok(features.a.unsharedWeights[3]! > 0 && features.a.unsharedWeights[3]! < features.a.weightTotals[3]!);
    assert.ok(features.a.unsharedWeights[4]! > 0 && features.a.weightTotals[4]! <= features.a.unsharedWeights[4]!);
    const before = Float64Array.from(features.a.skipFactors);
    const discounted = withMissingTranslationSkips(features, links);
    assert.equal(discounted.a.skipFactors[1], before[1]! * missingTranslationSkipShare);
    for (const kept of [0, 2, 3, 4]) assert.equal(discounted.a.skipFactors[kept], before[kept], `sentence ${kept}`);
    assert.deepEqual([...discounted.b.skipFactors], [...features.b.skipFactors], 'Peru faces Chili: no Swedish sentence is discounted');
    assert.deepEqual([...features.a.skipFactors], [...before], 'the given features are left as they were');
    // Without the links, the Swedish side is everywhere the counterpart could be, and it states a year and a country.
    assert.equal(withMissingTranslationSkips(features, []).a.skipFactors[1], before[1]);
  });

  it('counts no fact of the counterpart that a neighbour in its bead states too', () => {
    const dutch = ['Het parlement kwam dinsdag bijeen.', 'De aardbeving met een kracht van 7,5 trof de kust.', 'In de stad wonen 380.000 mensen.', 'De minister sprak over de begroting.'];
    const swedishQuake = ['Parlamentet samlades i tisdags.', 'Jordbävningen på 7,5 drabbade kusten.', 'Ministern talade om budgeten.'];
    const features = pairFeatures(dutch, 'nl', swedishQuake, 'sv');
    assert.ok(features.a.unsharedWeights[2]! > 0 && features.a.weightTotals[2]! <= features.a.unsharedWeights[2]!);
    const before = features.a.skipFactors[2]!;
    // The search before swallowed sentence 2 into the bead of its neighbour, whose 7,5 the Swedish states.
    const swallowed = [
      { a: [0], b: [0], score: 0.9 },
      { a: [1, 2], b: [1], score: 0.7 },
      { a: [3], b: [2], score: 0.9 },
    ];
    assert.equal(withMissingTranslationSkips(features, swallowed).a.skipFactors[2], before * missingTranslationSkipShare);
    // Linked alone to that sentence, the 7,5 stands where its count would: maybe a changed figure.
    const alone = [
      { a: [0], b: [0], score: 0.9 },
      { a: [2], b: [1], score: 0.7 },
      { a: [3], b: [2], score: 0.9 },
    ];
    assert.equal(withMissingTranslationSkips(features, alone).a.skipFactors[2], before);
  });

  it('discounts the last search only: the first refinement, which comparable mode reads, keeps the full skip', () => {
    const options = resolveAlignOptions({ mode: 'parallel' });
    const { docA: a, docB: b, features } = resolvedPair(indonesian, 'id', swedish, 'sv');
    const model = createCostModel(features, { ...options.penalties, passenger: 0 }, sentenceClasses(a), sentenceClasses(b));
    const passes = parallelPasses(model, options, 2);
    assert.equal(passes.earlier.model.features.a.skipFactors[1], features.a.skipFactors[1]);
    assert.equal(passes.model.features.a.skipFactors[1], features.a.skipFactors[1]! * missingTranslationSkipShare);
  });

  it('leaves a deleted sentence with a year, a count and a country unaligned instead of joining it to its neighbour', () => {
    const result = align({ sentences: indonesian, lang: 'id' }, { sentences: swedish, lang: 'sv' });
    assert.equal(result.mode, 'parallel');
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      [
        [[0], [0]],
        [[2], [1]],
      ],
    );
  });

  it('still links a translation whose figure the translator converted (9 metres, 30 feet)', () => {
    const ukrainian = ["Прем'єр-міністр виступив у парламенті.", 'Хвиля заввишки 9 метрів вдарила по узбережжю.', 'Опозиція вимагала відставки уряду.'];
    const arabic = ['ألقى رئيس الوزراء كلمة في البرلمان.', 'ضربت موجة بارتفاع 30 قدمًا الساحل.', 'وطالبت المعارضة باستقالة الحكومة.'];
    const result = align({ sentences: ukrainian, lang: 'uk' }, { sentences: arabic, lang: 'ar' });
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      [
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
      ],
    );
  });
});
