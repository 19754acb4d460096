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
    // huis–hus through German and English comes once, before kat–katt through English alone.
    assert.deepEqual(entry?.lexicon, [['huis', 'hus'], ['kat', 'katt']]);
  });

  it('puts pairs several go-between languages agree on before pairs one gives', () => {
    const nlDe: Dictionary = { from: 'nl', to: 'de', pairs: [['bank', 'Bank'], ['bank', 'Ufer'], ['oever', 'Ufer']] };
    const svDe: Dictionary = { from: 'sv', to: 'de', pairs: [['bänk', 'Bank'], ['bank', 'Bank'], ['strand', 'Ufer']] };
    const nlFr: Dictionary = { from: 'nl', to: 'fr', pairs: [['oever', 'rive'], ['bank', 'banque']] };
    const svFr: Dictionary = { from: 'sv', to: 'fr', pairs: [['strand', 'rive'], ['bank', 'banque']] };
    const entry = lexiconForPair([nlDe, svDe, nlFr, svFr], 'nl', 'sv');
    assert.deepEqual(entry?.pivots, ['de', 'fr']);
    assert.deepEqual(entry?.lexicon.slice(0, 2), [['bank', 'bank'], ['oever', 'strand']]);
    assert.equal(entry?.lexicon.length, 4);
  });

  it('takes dictionaries larger than a call’s argument list', () => {
    const many = Array.from({ length: 300_000 }, (_, k) => [`w${k}`, `v${k}`] as const);
    const entry = lexiconForLanguages([{ from: 'nl', to: 'sv', pairs: many }], ['nl', 'sv']);
    assert.equal(entry?.length, many.length);
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

  it('takes dictionaries of hundreds of thousands of pairs (FreeDict nld–swe has 120 000) without overflowing the stack', () => {
    const size = 400_000;
    const pairs = Array.from({ length: size }, (_, index) => [`w${index}`, `v${index}`] as const);
    const big: Dictionary = { from: 'nl', to: 'sv', pairs };
    assert.equal(lexiconForPair([big, { pairs }], 'sv', 'nl')?.lexicon.length, 2 * size);
    assert.equal(lexiconForLanguages([big], ['nl', 'sv'])?.length, size);
  });

  it('interleaves the pairs’ lexicons rank by rank, so every pair’s surest pairs come early', () => {
    const nlSv: Dictionary = { from: 'nl', to: 'sv', pairs: [['kat', 'katt'], ['huis', 'hus'], ['hond', 'hund']] };
    const nlDe: Dictionary = { from: 'nl', to: 'de', pairs: [['kat', 'Katze'], ['huis', 'Haus']] };
    assert.deepEqual(lexiconForLanguages([nlSv, nlDe], ['nl', 'sv', 'de']), [
      ['kat', 'katt'], ['kat', 'Katze'], ['katt', 'Katze'], ['huis', 'hus'], ['huis', 'Haus'], ['hus', 'Haus'], ['hond', 'hund'],
    ]);
  });

  it('names the argument that is wrong', () => {
    assert.throws(() => lexiconForPair('nl-en' as never, 'nl', 'sv'), { name: 'TypeError', message: /dictionaries must be an array/ });
    assert.throws(() => lexiconForPair([{ from: 'nl', pairs: [] }], 'nl', 'sv'), { name: 'TypeError', message: /dictionaries\[0\] must name both languages/ });
    assert.throws(() => lexiconForPair([nlEn], '', 'sv'), { name: 'TypeError', message: /^x must be a language code/ });
    assert.throws(() => lexiconForLanguages([nlEn], 'nl' as never), { name: 'TypeError', message: /languages must be an array/ });
  });
});
