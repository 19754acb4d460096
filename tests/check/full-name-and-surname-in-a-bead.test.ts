// A bead of two sentences a side in which one version names a person in full twice and the other once
// by surname and once in full ("Theresa May … Theresa May" / "May … Theresa May"): the mentions pair up
// one to one, leaving the full name against its own surname. One person, not a swap; a full name against
// another person's surname still is one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { country, entity, makeContext, makeDocument, person } from './helpers.js';
import { nameVariant } from '../../src/check/rules/name-variant.js';

describe('a full name against its own surname in a bead of two statements', () => {
  const id = makeDocument({
    lang: 'id',
    sentences: [
      'Perdana Menteri Theresa May menuduh kritikus bermain politik dengan masa depan Britania dalam wawancara dengan Sunday Times.',
      'Perdana Menteri Theresa May tiba di konferensi partai di Birmingham.',
      'Boris Johnson menyerang rencana itu.',
    ],
  });
  const sv = (surname: string) =>
    makeDocument({
      lang: 'sv',
      sentences: [
        `Brittiska premiärministern ${surname} anklagar kritiker för politiska lekar.`,
        'Premiärminister Theresa May anklagade kritiker för politiska lekar med Storbritanniens framtid i en intervju med Sunday Times.',
        'Boris Johnson angrep planen.',
      ],
    });
  const anchorsOf = (svDoc: ReturnType<typeof sv>, surname: string, key: string) => [
    [
      person(id, 0, 'Theresa May', 'theresa may'), country(id, 0, 'Britania', 'GB'), entity(id, 0, 'Sunday Times', 'sunday times', 'organisation'),
      person(id, 1, 'Theresa May', 'theresa may'), entity(id, 1, 'Birmingham', 'birmingham', 'place'),
      person(id, 2, 'Boris Johnson', 'boris johnson'),
    ],
    [
      person(svDoc, 0, surname, key),
      person(svDoc, 1, 'Theresa May', 'theresa may'), country(svDoc, 1, 'Storbritanniens', 'GB'), entity(svDoc, 1, 'Sunday Times', 'sunday times', 'organisation'),
      person(svDoc, 2, 'Boris Johnson', 'boris johnson'),
    ],
  ];
  const swaps = (surname: string, key: string) => {
    const svDoc = sv(surname);
    const context = makeContext([id, svDoc], anchorsOf(svDoc, surname, key), [[0, [0, 1], 1, [0, 1], 0.95], [0, [2], 1, [2], 0.9]]);
    return nameVariant.run(context).filter((f) => f.severity !== 'info').map((f) => f.message);
  };

  it('reads the surname as the person the other side names in full', () => {
    assert.deepEqual(swaps('May', 'may'), []);
  });

  it('still reads another person\'s surname as a swap', () => {
    assert.equal(swaps('Johnson', 'johnson').length, 1);
  });
});
