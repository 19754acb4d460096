// Among three or more translations, a version that left out or joined a sentence shifts its links by one
// there: its sentence meets the others' neighbour, and the value that neighbour's neighbour states is no
// changed fact. Over links of one sentence a side, the same values are still compared, unless the
// neighbour that states the value has no partner of its own in the outlier's version.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shiftedOntoNeighbour } from '../../src/check/stated-elsewhere.js';
import type { RawFinding, RuleContext } from '../../src/check/types.js';
import { makeContext, makeDocument, num } from './helpers.js';

// nl left out the sentence about the pigs sold: its first sentence gives the weight.
const nl = makeDocument({ lang: 'nl', sentences: ['Het varken woog 250 kilo.', 'De boer stierf ter plaatse.'] });
const sv = makeDocument({ lang: 'sv', sentences: ['Han sålde 15 grisar på marknaden.', 'Grisen vägde 250 kilo.', 'Bonden dog på platsen.'] });
const id = makeDocument({ lang: 'id', sentences: ['Dia menjual 15 babi di pasar.', 'Babi itu seberat 250 kilo.', 'Petani itu tewas di tempat.'] });
const anchors = [[num(nl, 0, '250', 250)], [num(sv, 0, '15', 15), num(sv, 1, '250', 250)], [num(id, 0, '15', 15), num(id, 1, '250', 250)]];

/** nl's 250 set against the 15 of the first sentences of sv and id. */
function weightAgainstSale(context: RuleContext): RawFinding {
  const evidence = (document: number, sentence: number, value: string) => {
    const anchor = context.anchors[document]![sentence]![0]!;
    return { document, sentence, start: anchor.start, end: anchor.end, value };
  };
  return { rule: 'count-mismatch', message: '', values: ['250', '15'], evidence: [evidence(0, 0, '250'), evidence(1, 0, '15'), evidence(2, 0, '15')] };
}

describe('a link shifted onto the neighbour of a sentence one version left out', () => {
  it('doubts a value the others state in the next sentence, reached over a wider or another link', () => {
    // nl's sentence swallowed with sv's two first sentences, and linked to id's second one.
    const context = makeContext([nl, sv, id], anchors, [
      [0, [0], 1, [0, 1], 0.6],
      [0, [0], 2, [1], 0.8],
      [1, [0], 2, [0], 0.95],
      [1, [1], 2, [1], 0.95],
    ]);
    assert.equal(shiftedOntoNeighbour(context, weightAgainstSale(context)), true);
  });

  it('keeps the disagreement over links of one sentence a side when the neighbours have partners of their own', () => {
    // nl kept every sentence and changed the count of pigs sold to the weight the next sentence gives.
    const nlChanged = makeDocument({ lang: 'nl', sentences: ['Hij verkocht 250 varkens op de markt.', 'Het varken woog 250 kilo.', 'De boer stierf ter plaatse.'] });
    const changed = [[num(nlChanged, 0, '250', 250), num(nlChanged, 1, '250', 250)], anchors[1]!, anchors[2]!];
    const context = makeContext([nlChanged, sv, id], changed, [
      [0, [0], 1, [0], 0.6],
      [0, [0], 2, [0], 0.6],
      [0, [1], 1, [1], 0.95],
      [0, [1], 2, [1], 0.95],
      [1, [0], 2, [0], 0.95],
    ]);
    assert.equal(shiftedOntoNeighbour(context, weightAgainstSale(context)), false);
  });

  it('doubts it over links of one sentence a side when the neighbour stating the value has no partner in the outlier version', () => {
    // nl left the sale out: the others' weight sentences have no nl sentence of their own, and nl's weight met their sale.
    const context = makeContext([nl, sv, id], anchors, [
      [0, [0], 1, [0], 0.6],
      [0, [0], 2, [0], 0.6],
      [1, [0], 2, [0], 0.95],
    ]);
    assert.equal(shiftedOntoNeighbour(context, weightAgainstSale(context)), true);
  });

  it('keeps the disagreement when the neighbours do not state the value', () => {
    const svOther = makeDocument({ lang: 'sv', sentences: ['Han sålde 15 grisar på marknaden.', 'Grisen vägde 300 kilo.', 'Bonden dog på platsen.'] });
    const idOther = makeDocument({ lang: 'id', sentences: ['Dia menjual 15 babi di pasar.', 'Babi itu seberat 300 kilo.', 'Petani itu tewas di tempat.'] });
    const other = [anchors[0]!, [num(svOther, 0, '15', 15), num(svOther, 1, '300', 300)], [num(idOther, 0, '15', 15), num(idOther, 1, '300', 300)]];
    const context = makeContext([nl, svOther, idOther], other, [
      [0, [0], 1, [0, 1], 0.6],
      [0, [0], 2, [1], 0.8],
    ]);
    assert.equal(shiftedOntoNeighbour(context, weightAgainstSale(context)), false);
  });

  it('needs three versions: between two, neither takes a side', () => {
    const context = makeContext([nl, sv], anchors.slice(0, 2), [[0, [0], 1, [0, 1], 0.6]]);
    const finding = weightAgainstSale(makeContext([nl, sv, id], anchors));
    assert.equal(shiftedOntoNeighbour(context, { ...finding, evidence: finding.evidence.slice(0, 2) }), false);
  });
});
