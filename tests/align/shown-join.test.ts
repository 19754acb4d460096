// A pre-segmented line may hold two sentences where the other version has them on two lines: the
// sentence end inside the line shows the join, and such a 2-1 bead pays less of the merge penalty than
// one that joins a sentence the other version lacks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chargedJoins, type CostModel } from '../../src/align/cost.js';
import { innerSentenceEnds } from '../../src/align/sentence-features.js';
import { align, defaultPenalties } from '../../src/index.js';
import { documentFeatures, type RandomSentence, plainPairFeatures } from './random-features.js';

describe('align features: sentence ends inside a line', () => {
  it('counts full stops, question and exclamation marks followed by a new sentence, in any script', () => {
    assert.equal(innerSentenceEnds('De trein vertrok vanaf spoor twee.'), 0);
    assert.equal(innerSentenceEnds('De trein vertrok vanaf spoor twee. Niemand stapte uit.'), 1);
    assert.equal(innerSentenceEnds('Waarom wachten? „Niemand weet het”, zei de conducteur. Daarna reed hij weg.'), 2);
    assert.equal(innerSentenceEnds('Потяг вирушив о восьмій. Ніхто не вийшов.'), 1);
    assert.equal(innerSentenceEnds('غادر القطار في الثامنة. لم ينزل أحد.'), 1);
    assert.equal(innerSentenceEnds('Tåget gick klockan åtta!\u00a0Ingen steg av.'), 1);
  });

  it('does not take initials, abbreviations of up to three letters, decimals or a lower-case continuation for a sentence end', () => {
    // A sentence that ends in a word of three letters is missed too: that only leaves a join unshown.
    assert.equal(innerSentenceEnds('Mrs. Jansen kwam om acht uur. Niemand stapte uit.'), 0);
    assert.equal(innerSentenceEnds('Volgens J. K. Rowling en dr. Jansen was het 7.5 procent.'), 0);
    assert.equal(innerSentenceEnds('Het kostte 3,5 mln. euro en meer.'), 0);
    assert.equal(innerSentenceEnds('Hij zei: het is laat. en ging weg.'), 0);
  });

  it('counts as one scan of the whole text would, though it looks only at end marks', () => {
    // The definition: the pattern matched left to right, each match consuming the capital after it.
    const whole = /[\p{L}\p{Nd}]{4}[.!?\u061f\u3002\u2026]["'\u00bb\u201d\u2019)\]]{0,3}\s+["'\u00ab\u201c\u201e\u2018(\[]{0,3}[\p{Lu}\p{Lo}]/gu;
    const byWholeScan = (text: string) => text.match(whole)?.length ?? 0;
    // A capital a match consumed cannot start the next match's four letters; astral letters count once.
    assert.equal(innerSentenceEnds('Zoek. Ward. Niets.'), byWholeScan('Zoek. Ward. Niets.'));
    assert.equal(innerSentenceEnds('Zoek. Ward. Niets.'), 1);
    assert.equal(innerSentenceEnds('\u{1d400}\u{1d401}\u{1d402}\u{1d403}. Daarna'), 1);
    assert.equal(innerSentenceEnds('x\u{1d401}\u{1d402}. Daarna'), 0);
    const pieces = ['a', 'B', 'é', 'Д', 'ж', 'ب', '\u{1d400}', '7', '.', '!', '?', '\u2026', '\u061f', ' ', '"', '\u00bb', '(', '\n'];
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 5000; run++) {
      let text = '';
      for (let k = Math.floor(next() * 40); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      assert.equal(innerSentenceEnds(text), byWholeScan(text), JSON.stringify(text));
    }
  });
});

/** A cost model over sentences given by length, features and inner sentence ends. */
function model(a: RandomSentence[], b: RandomSentence[], shownJoin = defaultPenalties.shownJoin): CostModel {
  const weights = Float64Array.from([3, 3, 3]);
  const features = plainPairFeatures(documentFeatures(a, weights), documentFeatures(b, weights), weights);
  return { penalties: { ...defaultPenalties, shownJoin }, ratio: 1, features, classA: new Uint8Array(a.length).fill(1), classB: new Uint8Array(b.length).fill(1) };
}

describe('align cost: joins shown by a sentence end inside a line', () => {
  const two = [{ length: 50, features: [0] }, { length: 50, features: [1] }];

  it('waives shownJoin of the merge for a 2-1 bead whose single line holds two sentences', () => {
    const joined = model(two, [{ length: 100, features: [0, 1], innerEnds: 1 }]);
    assert.equal(chargedJoins(joined, 0, 2, 0, 1), 1 - defaultPenalties.shownJoin);
    assert.equal(chargedJoins(model(two, [{ length: 100, features: [0, 1], innerEnds: 1 }], 0), 0, 2, 0, 1), 1);
  });

  it('charges the full join when the line holds one sentence, or when the ends do not agree', () => {
    assert.equal(chargedJoins(model(two, [{ length: 100, features: [0, 1] }]), 0, 2, 0, 1), 1);
    // Three sentence ends against two: the bead joins more than the line shows.
    const unequal = model([...two, { length: 50, features: [2] }], [{ length: 150, features: [0, 1, 2], innerEnds: 1 }]);
    assert.equal(chargedJoins(unequal, 0, 3, 0, 1), 2);
    assert.equal(chargedJoins(model(two, two), 0, 1, 0, 1), 0);
  });
});

describe('align: a line that holds two sentences', () => {
  const nl = [
    'Het museum in Utrecht opent maandag een nieuwe zaal.',
    'De zaal toont schilderijen uit de zeventiende eeuw.',
    'Ze werden lang in een depot bewaard.',
    'De toegang is gratis tot het einde van de maand.',
  ];
  it('links the two sentences to the line that holds both, and leaves a sentence the other version lacks alone', () => {
    const joined = [
      'Museet i Utrecht öppnar en ny sal på måndag.',
      'Salen visar målningar från sextonhundratalet. De har länge förvarats i ett magasin.',
      'Inträdet är gratis till slutet av månaden.',
    ];
    const links = align({ sentences: nl, lang: 'nl' }, { sentences: joined, lang: 'sv' }, { mode: 'parallel' }).links.map((link) => [link.a, link.b]);
    assert.deepEqual(links, [
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
  });
});
