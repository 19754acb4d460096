import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toSegmentedDocument } from '../../src/index.js';
import { extractPairFeatures, sharedWeight } from '../../src/align/features.js';
import { compileLexicon } from '../../src/align/lexicon.js';
import { analyseSegmented } from '../../src/analyse/analyse.js';
import { getDefaultGazetteer } from '../../src/anchors/gazetteer.js';

const doc = (sentences: string[], lang: string) => toSegmentedDocument({ sentences, lang });
const none = { number: 0, anchor: 0, entity: 0, capitalised: 0, cognatePrefix: 0, soundPrefix: 0, punctuation: 0, learned: 0, lexicon: 0, figureShape: 0, weekday: 0 };

/** Shared feature weight of sentence x of A and y of B, with only the given feature families weighted. */
function shared(a: ReturnType<typeof doc>, b: ReturnType<typeof doc>, x: number, y: number, weights: Partial<typeof none>): number {
  const features = extractPairFeatures(a, b, { weights: { ...none, ...weights } });
  return sharedWeight(features.a.features[x]!, features.b.features[y]!, features.weights);
}

describe('align features: punctuation as the other version writes it', () => {
  it('takes every script’s quotation marks for one mark, and Arabic ؟ for ?', () => {
    const ukrainian = doc(['Він сказав: «ми прийдемо».', 'Чому так сталося?'], 'uk');
    const indonesian = doc(['Dia berkata “kami akan datang”.', 'Mengapa ini terjadi?'], 'id');
    const arabic = doc(['قال "سنأتي".', 'لماذا حدث هذا؟'], 'ar');
    assert.ok(shared(ukrainian, indonesian, 0, 0, { punctuation: 1 }) > 0);
    assert.equal(shared(ukrainian, indonesian, 0, 1, { punctuation: 1 }), 0);
    assert.ok(shared(indonesian, arabic, 1, 1, { punctuation: 1 }) > 0);
    assert.ok(shared(ukrainian, arabic, 0, 0, { punctuation: 1 }) > 0);
  });
});

describe('align features: a dictionary meets Arabic words with their glued clitics', () => {
  it('looks an Arabic word up without its conjunction, preposition and article', () => {
    const lexicon = compileLexicon([['boek', 'كتاب']]);
    const dutch = doc(['Zij las het boek.', 'Het regende.'], 'nl');
    const arabic = doc(['قرأت وبالكتاب.', 'كان المطر غزيرا.'], 'ar');
    const features = extractPairFeatures(dutch, arabic, { weights: { ...none, lexicon: 1 }, lexicon });
    assert.ok(sharedWeight(features.a.features[0]!, features.b.features[0]!, features.weights) > 0);
  });
});

describe('align features: dictionary concepts of function words', () => {
  it('leaves out a concept found in most sentences of a document, keeps a rare one', () => {
    const lexicon = compileLexicon([
      ['de', 'den'],
      ['boek', 'bok'],
    ]);
    const dutch = doc(['Zij las de krant.', 'Hij zag de hond.', 'De zon scheen.', 'Zij kocht de boek.', 'De regen viel.'], 'nl');
    const swedish = doc(['Hon läste den tidningen.', 'Han såg den hunden.', 'Den sol sken.', 'Hon köpte den bok.', 'Den regn föll.'], 'sv');
    const features = extractPairFeatures(dutch, swedish, { weights: { ...none, lexicon: 1 }, lexicon });
    const shared = (x: number, y: number) => sharedWeight(features.a.features[x]!, features.b.features[y]!, features.weights);
    assert.equal(shared(0, 1), 0);
    assert.ok(shared(3, 3) > 0);
  });
});

describe('align features: facts one document never states', () => {
  it('weighs a figure, a date or a country only one document states, and no name', () => {
    const dutch = doc(['De storm trof Mexico op 3 mei.', 'Burgemeester Halsema sprak met 40 inwoners.', 'Het regende in Frankrijk.'], 'nl');
    const swedish = doc(['Stormen drabbade Mexiko den 3 maj.', 'Borgmästaren talade med invånare.', 'Det regnade.'], 'sv');
    const weights = { ...none, number: 3, anchor: 3, entity: 2.5 };
    const anchors = (d: ReturnType<typeof doc>) => analyseSegmented([d], getDefaultGazetteer())[0]!;
    const features = extractPairFeatures(dutch, swedish, { weights, anchors: { a: anchors(dutch), b: anchors(swedish) } });
    // Mexico and 3 May: both state them.
    assert.equal(features.a.unsharedWeights[0], 0);
    // 40 and France: the Swedish never does; Halsema, a name, does not count.
    assert.ok(features.a.unsharedWeights[1]! > 0);
    assert.ok(features.a.unsharedWeights[2]! > 0);
    assert.deepEqual([...features.b.unsharedWeights], [0, 0, 0]);
    const nameOnly = extractPairFeatures(doc(['Burgemeester Halsema sprak.'], 'nl'), doc(['Borgmästaren talade.'], 'sv'), { weights, anchors: { a: anchors(doc(['Burgemeester Halsema sprak.'], 'nl')), b: [[]] } });
    assert.equal(nameOnly.a.unsharedWeights[0], 0);
  });
});

describe('align features: a weekday in any language', () => {
  it('gives the same weekday in Ukrainian, Arabic, Dutch and Swedish one feature, another weekday none', () => {
    const ukrainian = doc(['Ніхто не міг повірити в те, що відбувалося у вівторок.', 'Це сталося в середу.'], 'uk');
    const arabic = doc(['لم يتمكن أحد من التفكير في ما حدث يوم الثلاثاء.', 'حدث ذلك يوم الأربعاء.'], 'ar');
    const dutch = doc(['Niemand geloofde wat er dinsdagavond gebeurde.', 'Het gebeurde woensdag.'], 'nl');
    const swedish = doc(['Ingen trodde vad som hände i tisdags.', 'Det hände på onsdagen.'], 'sv');
    for (const [a, b] of [
      [ukrainian, arabic],
      [dutch, arabic],
      [swedish, ukrainian],
      [dutch, swedish],
    ] as const) {
      assert.ok(shared(a, b, 0, 0, { weekday: 1 }) > 0);
      assert.ok(shared(a, b, 1, 1, { weekday: 1 }) > 0);
      assert.equal(shared(a, b, 0, 1, { weekday: 1 }), 0);
    }
  });

  it('reads no weekday in a language without weekday words', () => {
    const unknown = doc(['dinsdag tisdag', 'woensdag'], 'xx');
    const dutch = doc(['Het gebeurde dinsdag.', 'Het gebeurde woensdag.'], 'nl');
    assert.equal(shared(unknown, dutch, 0, 0, { weekday: 1 }), 0);
  });
});
