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

function pairFeatures(a: string[], langA: string, b: string[], langB: string): PairFeatures {
  const options = resolveAlignOptions({});
  const docA = resolveDocument({ sentences: a, lang: langA }, 'a');
  const docB = resolveDocument({ sentences: b, lang: langB }, 'b');
  const [anchorsA, anchorsB] = analyseSegmented([docA, docB], getDefaultGazetteer());
  return extractPairFeatures(docA, docB, { weights: options.features, anchors: { a: anchorsA!, b: anchorsB! } });
}

describe('align: a sentence whose facts the other version lacks', () => {
  it('pays a share of the skip when what it alone states outweighs what it shares, and only then', () => {
    const dutch = ['De storm trof Mexico op 3 mei.', 'In 1998 stierven in Honduras 7000 mensen.', 'De storm trof Mexico op 3 mei en doodde 12 mensen.'];
    const swedishStorm = ['Stormen drabbade Mexiko den 3 maj.', 'Stormen drabbade Mexiko den 3 maj.'];
    const features = pairFeatures(dutch, 'nl', swedishStorm, 'sv');
    // Sentence 1 states 1998, Honduras and 7000, none of them in the Swedish; sentence 2 shares Mexico and
    // 3 May, which outweigh its 12; sentence 0 lacks nothing.
    assert.ok(features.a.unsharedWeights[1]! > 0 && features.a.weightTotals[1]! <= features.a.unsharedWeights[1]!);
    assert.ok(features.a.unsharedWeights[2]! > 0 && features.a.unsharedWeights[2]! < features.a.weightTotals[2]!);
    const before = Float64Array.from(features.a.skipFactors);
    const discounted = withMissingTranslationSkips(features);
    assert.equal(discounted.a.skipFactors[1], before[1]! * missingTranslationSkipShare);
    assert.equal(discounted.a.skipFactors[0], before[0]);
    assert.equal(discounted.a.skipFactors[2], before[2]);
    assert.deepEqual([...features.a.skipFactors], [...before], 'the given features are left as they were');
    assert.equal(discounted.b, features.b, 'a side with nothing to discount is passed on as it is');
  });

  it('discounts the last search only: the first refinement, which comparable mode reads, keeps the full skip', () => {
    const options = resolveAlignOptions({ mode: 'parallel' });
    const a = resolveDocument({ sentences: indonesian, lang: 'id' }, 'a');
    const b = resolveDocument({ sentences: swedish, lang: 'sv' }, 'b');
    const [anchorsA, anchorsB] = analyseSegmented([a, b], getDefaultGazetteer());
    const features = extractPairFeatures(a, b, { weights: options.features, anchors: { a: anchorsA!, b: anchorsB! } });
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
