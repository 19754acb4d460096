// Roman numerals after a noun that numbers things (`camp IV`, `Lager III`) are numbers; elsewhere they
// stay part of a name (`Gasherbrum II`, `Ang Tsering III`) or are no anchor at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbers = (text: string, lang: string) =>
  extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => [a.text, a.type === 'number' ? a.numeric : undefined]);

describe('Roman numerals after a numbered noun', () => {
  it('reads camp IV and Lager III as the numbers 4 and 3', () => {
    assert.deepEqual(numbers('pour y placer la tente du camp IV ( 6300 m ) .', 'fr'), [['IV', 4], ['6300', 6300]]);
    assert.deepEqual(numbers('dem Platz für Lager III ( 7150 m ) , zwischen Lager I und Lager II .', 'de'), [['III', 3], ['7150', 7150], ['I', 1], ['II', 2]]);
    assert.deepEqual(numbers('Chapter XIV begins here.', 'en'), [['XIV', 14]]);
  });

  it('reads the longest numerals up to 399 (ten and eleven letters)', () => {
    assert.deepEqual(numbers('Chapter CCLXXXVIII and chapter CCCLXXXVIII.', 'en'), [['CCLXXXVIII', 288], ['CCCLXXXVIII', 388]]);
    assert.deepEqual(numbers('Chapter CCCLXXXVIIII.', 'en'), []);
  });

  it('gives the same value as the number in digits, so "Lager 4" and "camp IV" agree', () => {
    const de = extractAnchors('den Platz für Lager 4 ( 6300 m ) .', { lang: 'de' }).filter((a) => a.type === 'number');
    const fr = extractAnchors('la tente du camp IV ( 6300 m ) .', { lang: 'fr' }).filter((a) => a.type === 'number');
    assert.deepEqual(de.map((a) => a.value), fr.map((a) => a.value));
  });

  it('leaves numerals in names, after other words, and malformed numerals alone', () => {
    assert.deepEqual(numbers('au pied du Gasherbrum II et avec Ang Tsering III .', 'fr'), []);
    const names = extractAnchors('au pied du Gasherbrum II et avec Ang Tsering III .', { lang: 'fr' }).filter((a) => a.type === 'entity').map((a) => a.text);
    assert.deepEqual(names, ['Gasherbrum II', 'Ang Tsering III']);
    assert.deepEqual(numbers('le camp IIII , le camp IC , et le camp iv .', 'fr'), []);
  });
});
