// A name swap read across a link between separate articles, where the other article names the leftover
// person in another sentence that makes the same statement: that sentence is the partner, not a swap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { betterPartnerNames } from '../../src/check/distinctive.js';
import type { Anchor } from '../../src/types.js';
import { country, entity, makeContext, makeDocument, num, person } from './helpers.js';

describe('a better partner elsewhere', () => {
  const nl = makeDocument({ lang: 'nl', sentences: ['Oud-minister Boris Johnson viel het Chequers-plan aan in de Sunday Times, met 12 punten, namens Groot-Brittannië.'] });
  const id = makeDocument({
    lang: 'id',
    sentences: [
      'Perdana Menteri Theresa May menuduh para kritikus bermain politik dengan masa depan Britania.',
      'Boris Johnson menyerang rencana Chequers di Sunday Times dengan 12 poin untuk Britania.',
      'Boris Johnson berbicara di Britania.',
    ],
  });
  const anchors = [
    [person(nl, 0, 'Boris Johnson', 'boris johnson'), entity(nl, 0, 'Sunday Times', 'sunday times', 'organisation'), num(nl, 0, '12', 12), country(nl, 0, 'Groot-Brittannië', 'GB')],
    [
      person(id, 0, 'Theresa May', 'theresa may'), country(id, 0, 'Britania', 'GB'),
      person(id, 1, 'Boris Johnson', 'boris johnson'), entity(id, 1, 'Sunday Times', 'sunday times', 'organisation'), num(id, 1, '12', 12), country(id, 1, 'Britania', 'GB'),
      person(id, 2, 'Boris Johnson', 'boris johnson'), country(id, 2, 'Britania', 'GB'),
    ],
  ];
  const context = makeContext([nl, id], anchors, [[0, [0], 1, [0], 0.9, 'comparable']]);
  const isName = (key: string) => (anchor: Anchor) => anchor.type === 'entity' && anchor.value === key;
  const compared = (anchor: Anchor) => isName('boris johnson')(anchor) || isName('theresa may')(anchor);

  it('is a sentence naming the leftover that shares more with this side than the linked one', () => {
    assert.equal(betterPartnerNames(context, { document: 0, sentences: [0] }, { document: 1, sentences: [0] }, isName('boris johnson'), compared), true);
  });

  it('is not a sentence that shares one fact only, nor one that names someone else', () => {
    const thin = makeContext([nl, id], [anchors[0]!, anchors[1]!.filter((a) => a.start < id.sentences[1]!.start || a.start >= id.sentences[2]!.start)], []);
    assert.equal(betterPartnerNames(thin, { document: 0, sentences: [0] }, { document: 1, sentences: [0] }, isName('boris johnson'), compared), false);
    assert.equal(betterPartnerNames(context, { document: 0, sentences: [0] }, { document: 1, sentences: [0] }, isName('jeremy hunt'), compared), false);
  });
});
