// "First" beside a count picks out the start of a series ("the first nine holes", "les neuf premiers
// coups"): the count says how many, "first" ranks nothing. Alone, "first" is the ordinal 1.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countsOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'number' || a.type === 'ordinal')
    .map((a) => `${a.type} ${a.value}`);

describe('first of a series', () => {
  const cases: Array<[string, string, string[]]> = [
    ['en', 'He dropped two shots on the first nine holes.', ['number 2', 'number 9']],
    ['en', 'The first 10 minutes were calm.', ['number 10']],
    ['fr', 'Les neuf premiers trous furent difficiles.', ['number 9']],
    ['de', 'Die ersten zehn Minuten waren ruhig.', ['number 10']],
    ['ru', 'На первых девяти лунках он ошибся.', ['number 9']],
    ['uk', "На перших дев'яти лунках він помилився.", ['number 9']],
    ['nl', 'De eerste drie dagen waren rustig.', ['number 3']],
    ['sv', 'De tre första dagarna var lugna.', ['number 3']],
    ['ar', 'كانت أول ثلاثة أيام هادئة.', ['number 3']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(countsOf(text, lang), expected));
  }

  it('leaves "first" alone an ordinal, and "first one" the first', () => {
    assert.deepEqual(countsOf('The first meeting was held in June.', 'en'), ['ordinal 1.']);
    assert.deepEqual(countsOf('Der erste Tag war ruhig.', 'de'), ['ordinal 1.']);
    assert.deepEqual(countsOf('Den första dagen var lugn.', 'sv'), ['ordinal 1.']);
  });

  it('reads a form of "first" that is plural only as the start of a series, with or without its count', () => {
    assert.deepEqual(countsOf('Les premiers coups furent difficiles.', 'fr'), []);
    assert.deepEqual(countsOf('На перших лунках він помилився.', 'uk'), []);
    assert.deepEqual(countsOf('В первые дни после землетрясения помощь не пришла.', 'ru'), []);
    // The singular, and a form the singular shares, stay the ordinal.
    assert.deepEqual(countsOf('Il est arrivé premier.', 'fr'), ['ordinal 1.']);
    assert.deepEqual(countsOf('Він став першим.', 'uk'), ['ordinal 1.']);
    assert.deepEqual(countsOf('Он занял первое место.', 'ru'), ['ordinal 1.']);
  });

});
