// A year range written with the last two digits of its end (`1950-53`) states the same years as one
// written in full (`1950-1953`), and a count after number words stays a count (`three one-sided`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbersOf = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);

describe('year ranges', () => {
  it('reads the short end of a year range in the first year\'s century', () => {
    assert.deepEqual(numbersOf('the 1950-53 Korean War', 'en'), numbersOf('la guerre de Corée (1950-1953)', 'fr'));
    assert.deepEqual(numbersOf('the 2017–18 season', 'en'), numbersOf('de seizoenen 2017–2018', 'nl'));
  });

  it('leaves a range of counts as written', () => {
    assert.deepEqual(numbersOf('between 10-15 people', 'en'), ['10-15']);
    assert.equal(extractAnchors('between 10-15 people', { lang: 'en' }).find((a) => a.type === 'number')?.upper, 15);
  });
});

describe('number words before a compound', () => {
  it('reads "three one-sided" as three', () => {
    assert.deepEqual(numbersOf('After three one-sided sessions, the foursomes were close.', 'en'), ['3']);
  });
});
