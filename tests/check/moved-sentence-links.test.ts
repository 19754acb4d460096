// Among translations, a version that told two sentences in another order is linked, by the versions that
// align it sentence for sentence, to whatever stands in each place: weak links, whose values disagree.
// A version whose aligner paired the moved sentence with its translation, by a far surer link, states
// the same value: the disagreement is the links', not the facts'.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backedByStrongerLink } from '../../src/check/stated-elsewhere.js';
import type { RawFinding, RuleContext } from '../../src/check/types.js';
import { makeContext, makeDocument, num } from './helpers.js';

// nl gives the weight before the sale.
const nl = makeDocument({ lang: 'nl', sentences: ['Het varken woog 250 kg.', 'Hij verkocht 15 varkens op de markt.'] });
const sv = makeDocument({ lang: 'sv', sentences: ['Han sålde 15 grisar på marknaden.', 'Grisen vägde 250 kg.'] });
const id = makeDocument({ lang: 'id', sentences: ['Dia menjual 15 babi di pasar.', 'Babi itu seberat 250 kg.'] });
const anchors = [
  [num(nl, 0, '250', 250), num(nl, 1, '15', 15)],
  [num(sv, 0, '15', 15), num(sv, 1, '250', 250)],
  [num(id, 0, '15', 15), num(id, 1, '250', 250)],
];

/** nl's 250 set against sv's 15, over the link sv's alignment made in order. */
function weightAgainstSale(context: RuleContext): RawFinding {
  const evidence = (document: number, sentence: number, value: string) => {
    const anchor = context.anchors[document]![sentence]![0]!;
    return { document, sentence, start: anchor.start, end: anchor.end, value };
  };
  return { rule: 'count-mismatch', message: '', values: ['250', '15'], evidence: [evidence(0, 0, '250'), evidence(1, 0, '15')] };
}

/** The links of the three versions: nl–sv in order at `inOrder`, nl–id by content, then sv–id. */
function links(inOrder: number, backing: [number[], number], idWeight = id): RuleContext {
  const idAnchors = idWeight === id ? anchors[2]! : [num(idWeight, 0, '15', 15), num(idWeight, 1, '300', 300)];
  return makeContext([nl, sv, idWeight], [anchors[0]!, anchors[1]!, idAnchors], [
    [0, [0], 1, [0], inOrder],
    [0, [1], 1, [1], inOrder],
    [0, [0], 2, backing[0], backing[1]],
    [1, [0], 2, [0], 0.95],
    [1, [1], 2, [1], 0.95],
  ]);
}

describe('a sentence one version moved, compared over the links of those that aligned it in order', () => {
  it('doubts the disagreement when another version links it alone, far more surely, to a sentence stating its value', () => {
    const context = links(0.3, [[1], 0.95]);
    assert.equal(backedByStrongerLink(context, weightAgainstSale(context)), true);
  });

  it('keeps it when the link compared is nearly as sure as the backing one', () => {
    const context = links(0.8, [[1], 0.95]);
    assert.equal(backedByStrongerLink(context, weightAgainstSale(context)), false);
  });

  it('keeps it when the surely linked sentence states another value: a changed fact has no backing', () => {
    const idOther = makeDocument({ lang: 'id', sentences: ['Dia menjual 15 babi di pasar.', 'Babi itu seberat 300 kg.'] });
    const context = links(0.3, [[1], 0.95], idOther);
    assert.equal(backedByStrongerLink(context, weightAgainstSale(context)), false);
  });

  it('keeps it when the surely linked sentence gives the number in another unit: 250 pounds backs no 250 kilos', () => {
    const idPounds = makeDocument({ lang: 'id', sentences: ['Dia menjual 15 babi di pasar.', 'Babi itu seberat 250 lb.'] });
    const context = makeContext([nl, sv, idPounds], [anchors[0]!, anchors[1]!, [num(idPounds, 0, '15', 15), num(idPounds, 1, '250', 250)]], [
      [0, [0], 1, [0], 0.3],
      [0, [1], 1, [1], 0.3],
      [0, [0], 2, [1], 0.95],
    ]);
    assert.equal(backedByStrongerLink(context, weightAgainstSale(context)), false);
  });

  it('keeps it when the backing link joins more than one sentence, or is itself weak', () => {
    const wide = links(0.3, [[0, 1], 0.95]);
    assert.equal(backedByStrongerLink(wide, weightAgainstSale(wide)), false);
    const weak = links(0.1, [[1], 0.4]);
    assert.equal(backedByStrongerLink(weak, weightAgainstSale(weak)), false);
  });

  it('leaves separate articles alone', () => {
    const context = links(0.3, [[1], 0.95]);
    const comparable = { ...context, pairs: context.pairs.map((pair) => ({ ...pair, mode: 'comparable' as const })) };
    assert.equal(backedByStrongerLink(comparable, weightAgainstSale(comparable)), false);
  });
});
