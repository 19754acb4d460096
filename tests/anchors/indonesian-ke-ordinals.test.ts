// Indonesian ke- words: before their noun a count (`kelima provinsi`, "the five provinces"), after it an
// ordinal (`provinsi kelima`). What follows an ordinal is no noun of its own but a function word: an
// auxiliary, a demonstrative, a preposition, a conjunction, or `kalinya` ("for the third time").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const figures = (text: string) =>
  extractAnchors(text, { lang: 'id' })
    .filter((a) => a.type === 'ordinal' || a.type === 'number')
    .map((a) => `${a.type} ${a.text} ${a.value}`);

describe('Indonesian ke- words as ordinals or counts', () => {
  it('reads a ke- word before a preposition or a conjunction as an ordinal', () => {
    assert.deepEqual(figures('Pada malam kedua pasca gempa, keluarga masih berharap.'), ['ordinal kedua 2.']);
    assert.deepEqual(figures('Ini kunjungan ketiga setelah pemilihan umum.'), ['ordinal ketiga 3.']);
    assert.deepEqual(figures('Tim itu finis di posisi keempat dan pulang.'), ['ordinal keempat 4.']);
  });

  it('reads a ke- word before kalinya as an ordinal, and a plain number before kali as a count', () => {
    assert.deepEqual(figures('Dia menang untuk ketiga kalinya.'), ['ordinal ketiga 3.']);
    assert.deepEqual(figures('Dia menang tiga kali.'), ['number tiga 3']);
  });

  it('still counts a ke- word before its noun', () => {
    assert.deepEqual(figures('Kelima provinsi itu terdampak banjir.'), ['number Kelima 5']);
  });
});
