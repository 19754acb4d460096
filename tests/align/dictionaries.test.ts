import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Dictionary, lexiconForLanguages, lexiconForPair } from '../../src/index.js';

const nlEn: Dictionary = { from: 'nl', to: 'en', pairs: [['kat', 'cat'], ['huis', 'house']] };
const enSv: Dictionary = { from: 'en', to: 'sv', pairs: [['cat', 'katt'], ['house', 'hus']] };
const svDe: Dictionary = { from: 'sv', to: 'de', pairs: [['hus', 'Haus']] };
const deNl: Dictionary = { from: 'de', to: 'nl', pairs: [['Haus', 'huis'], ['Hund', 'hond']] };

describe('lexiconForPair', () => {
  it('takes a pair’s own dictionaries in both directions, as [word of x, word of y]', () => {
    const entry = lexiconForPair([svDe, deNl], 'nl', 'de');
    assert.deepEqual(entry?.lexicon.slice(0, 2), [['huis', 'Haus'], ['hond', 'Hund']]);
    assert.equal(entry?.direct, true);
  });

  it('joins two dictionaries through a language both pair with, whichever side it is on', () => {
    const entry = lexiconForPair([nlEn, enSv], 'sv', 'nl');
    assert.deepEqual(entry, { lexicon: [['katt', 'kat'], ['hus', 'huis']], direct: false, pivots: ['en'] });
  });

  it('joins through every shared language, the one most dictionaries pair with first', () => {
    const entry = lexiconForPair([svDe, deNl, nlEn, enSv, { from: 'de', to: 'en', pairs: [['Haus', 'house']] }], 'nl', 'sv');
    assert.deepEqual(entry?.pivots, ['de', 'en']);
    assert.deepEqual(entry?.lexicon, [['huis', 'hus'], ['kat', 'katt'], ['huis', 'hus']]);
  });

  it('uses a dictionary without languages as it is, for any pair', () => {
    const unlabelled: Dictionary = { pairs: [['kat', 'katt']] };
    assert.deepEqual(lexiconForPair([unlabelled], 'nl', 'sv')?.lexicon, [['kat', 'katt']]);
    assert.equal(lexiconForPair([nlEn], 'nl', 'ar'), undefined);
  });

  it('pools every pair’s lexicon for several languages', () => {
    assert.deepEqual(lexiconForLanguages([nlEn, enSv], ['nl', 'sv', 'ar']), [['kat', 'katt'], ['huis', 'hus']]);
    assert.equal(lexiconForLanguages([nlEn], ['sv', 'ar']), undefined);
  });

  it('pools dictionaries too large to pass as arguments (half a million pairs)', () => {
    const big: Dictionary = { from: 'nl', to: 'sv', pairs: Array.from({ length: 500_000 }, (_, i) => [`w${i}`, `o${i}`] as const) };
    assert.equal(lexiconForLanguages([big], ['nl', 'sv'])?.length, 500_000);
  });

  it('names the argument that is wrong', () => {
    assert.throws(() => lexiconForPair('nl-en' as never, 'nl', 'sv'), { name: 'TypeError', message: /dictionaries must be an array/ });
    assert.throws(() => lexiconForPair([{ from: 'nl', pairs: [] }], 'nl', 'sv'), { name: 'TypeError', message: /dictionaries\[0\] must name both languages/ });
    assert.throws(() => lexiconForPair([nlEn], '', 'sv'), { name: 'TypeError', message: /^x must be a language code/ });
    assert.throws(() => lexiconForLanguages([nlEn], 'nl' as never), { name: 'TypeError', message: /languages must be an array/ });
  });
});
