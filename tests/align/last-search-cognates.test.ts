// Across scripts the last search of parallel mode also reads fuzzy cognates (consonant skeletons that
// nearly agree in Latin, Cyrillic and Arabic script); the first pass and the first refinement, which
// comparable mode reads, do not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parallelPasses } from '../../src/align/align.js';
import { sentenceClasses } from '../../src/align/classes.js';
import { addFuzzyCognates } from '../../src/align/cognates.js';
import { createCostModel } from '../../src/align/cost.js';
import { resolveDocument } from '../../src/align/document.js';
import { extractPairFeatures, type PairFeatures } from '../../src/align/features.js';
import { resolveAlignOptions } from '../../src/align/options.js';

const nl = [
  'Het parlement in Kiev stemde dinsdag over de nieuwe begroting.',
  'De minister van financiën noemde de begroting historisch.',
  'De oppositie protesteerde in het parlement tegen de plannen.',
  'Volgens de minister stijgen de uitgaven voor onderwijs.',
];
const uk = [
  'Парламент у Києві у вівторок голосував за новий бюджет.',
  'Міністр фінансів назвав бюджет історичним.',
  'Опозиція протестувала в парламенті проти планів.',
  'За словами міністра, видатки на освіту зростуть.',
];

function setup() {
  const options = resolveAlignOptions({ mode: 'parallel' });
  const a = resolveDocument({ sentences: nl, lang: 'nl' }, 'a');
  const b = resolveDocument({ sentences: uk, lang: 'uk' }, 'b');
  const takesPart = () => true;
  const features = extractPairFeatures(a, b, { weights: options.features, include: takesPart });
  const model = createCostModel(features, { ...options.penalties, passenger: 0 }, sentenceClasses(a), sentenceClasses(b));
  return { options, a, b, takesPart, model };
}

describe('align: fuzzy cognates in the last search across scripts', () => {
  it('finds cognates between Dutch and Ukrainian sentences that share no sound prefix alone', () => {
    const { a, b, takesPart, model } = setup();
    const extended = addFuzzyCognates(model.features, a, b, takesPart, 3);
    assert.ok(extended.weights.length > model.features.weights.length, 'parlement / парламент, minister / міністр are fuzzy cognates');
  });

  it('extends the features of the last search only, not those of the first refinement', () => {
    const { options, a, b, takesPart, model } = setup();
    const seen: PairFeatures[] = [];
    const extend = (given: PairFeatures) => {
      seen.push(given);
      return addFuzzyCognates(given, a, b, takesPart, 3);
    };
    const passes = parallelPasses(model, options, 2, extend);
    assert.equal(seen.length, 1, 'called for the second refinement only');
    assert.ok(passes.model.features.weights.length > passes.earlier.model.features.weights.length);
    const once = parallelPasses(model, options, 1, extend);
    assert.equal(seen.length, 1, 'a single refinement (comparable mode, long documents) is not extended');
    assert.equal(once.model, once.earlier.model);
  });
});
