// With a dictionary, two sentences that share no word pair are evidence against their link: the missing
// overlap (`anchors`) costs more, so two sentences facing each other that only length could join stay
// a deletion on each side, as they would not without a dictionary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CostModel } from '../../src/align/cost.js';
import { extractPairFeatures, minLexiconCoverage } from '../../src/align/features.js';
import { compileLexicon, lexiconPenalties } from '../../src/align/lexicon.js';
import { toSegmentedDocument } from '../../src/segment/index.js';
import { type AlignPenalties, resolveAlignOptions } from '../../src/align/options.js';
import { search } from '../../src/align/search.js';
import { traceback } from '../../src/align/traceback.js';
import { fullBand } from '../../src/align/band.js';
import { align, defaultPenalties } from '../../src/index.js';
import { documentFeatures, type RandomSentence, plainPairFeatures } from './random-features.js';

// Features 0 and 3: facts both sides share around the gap; 1 and 2: each gap sentence's own words.
const weights = Float64Array.from([3, 3, 3, 3]);

function model(a: RandomSentence[], b: RandomSentence[], penalties: AlignPenalties): CostModel {
  const features = plainPairFeatures(documentFeatures(a, weights), documentFeatures(b, weights), weights);
  return { penalties, ratio: 1, features, classA: new Uint8Array(a.length).fill(1), classB: new Uint8Array(b.length).fill(1) };
}

describe('align penalties with a dictionary', () => {
  it('are the default penalties with the dictionary’s own, and options.penalties still win', () => {
    assert.deepEqual(resolveAlignOptions({ lexicon: [] }).penalties, { ...defaultPenalties, ...lexiconPenalties });
    assert.ok(lexiconPenalties.anchors! > defaultPenalties.anchors);
    assert.equal(resolveAlignOptions({ lexicon: [], penalties: { anchors: 1 } }).penalties.anchors, 1);
    assert.deepEqual(resolveAlignOptions({}).penalties, defaultPenalties);
  });

  it('leave two sentences that share no word and disagree in length unlinked, which default penalties link', () => {
    const a: RandomSentence[] = [{ length: 80, features: [0] }, { length: 40, features: [1] }, { length: 80, features: [3] }];
    const b: RandomSentence[] = [{ length: 80, features: [0] }, { length: 80, features: [2] }, { length: 80, features: [3] }];
    const beads = [[1, 1], [1, 0], [0, 1]] as const;
    const path = (penalties: AlignPenalties) =>
      traceback(search(model(a, b, penalties), beads, fullBand(3, 3))).map((bead) => `${bead.aCount}-${bead.bCount}`);
    assert.deepEqual(path(defaultPenalties), ['1-1', '1-1', '1-1']);
    const withDictionary = path(resolveAlignOptions({ lexicon: [] }).penalties);
    assert.deepEqual(withDictionary.filter((shape) => shape === '1-1'), ['1-1', '1-1']);
    assert.deepEqual(withDictionary.filter((shape) => shape !== '1-1').sort(), ['0-1', '1-0']);
  });
});

describe('align with a dictionary that does not cover the pair', () => {
  const lexicon: Array<[string, string]> = [
    ['kat', 'katt'], ['slaapt', 'sover'], ['warme', 'varma'], ['regent', 'regnar'], ['vandaag', 'idag'],
    ['hond', 'hund'], ['rent', 'springer'], ['bos', 'skogen'], ['vogel', 'fågeln'], ['zingt', 'sjunger'],
  ];
  const dutch = ['De kat slaapt op de warme mat.', 'Het regent vandaag in de stad.', 'De vogel zingt in de tuin.', 'De hond rent door het bos.'];
  const swedish = ['Katten sover på den varma mattan.', 'Det regnar idag i staden.', 'Fågeln sjunger i trädgården.', 'Hunden springer genom skogen.'];
  const ukrainian = ['Кіт спить на теплому килимі.', 'Сьогодні в місті йде дощ.', 'Собака біжить крізь ліс.'];
  const coverage = (a: string[], langA: string, b: string[], langB: string, withLexicon = true) =>
    extractPairFeatures(toSegmentedDocument({ sentences: a, lang: langA }), toSegmentedDocument({ sentences: b, lang: langB }), {
      weights: resolveAlignOptions({}).features,
      lexicon: withLexicon ? compileLexicon(lexicon) : undefined,
    }).lexiconCoverage;

  it('measures the share of sentences holding a concept both documents share', () => {
    assert.equal(coverage(dutch, 'nl', swedish, 'sv'), 1);
    // Two of the four Swedish sentences find their concepts in the three Dutch ones (the smaller share).
    assert.equal(coverage(dutch.slice(0, 2).concat(['Zij lachen.']), 'nl', swedish, 'sv'), 2 / 4);
    assert.equal(coverage(ukrainian, 'uk', swedish, 'sv'), 0);
    assert.equal(coverage(dutch, 'nl', swedish, 'sv', false), undefined);
    assert.ok(minLexiconCoverage > 0 && minLexiconCoverage < 1);
  });

  it('aligns a pair whose language the dictionary lacks as without the dictionary', () => {
    const uk = { sentences: ukrainian, lang: 'uk' };
    const sv = { sentences: swedish, lang: 'sv' };
    assert.deepEqual(align(uk, sv, { lexicon }).links, align(uk, sv).links);
  });
});
