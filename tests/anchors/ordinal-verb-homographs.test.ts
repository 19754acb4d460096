// An ordinal stands before a noun or an adjective. Dutch `vierde` is also "celebrated" (`vierde zijn
// verjaardag`, `vierde hij de zege`): before an article, a possessive or a subject it is the verb, or a
// Dutch anniversary story carries a 4th that no other version has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countsOf = (text: string, lang = 'nl') =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'number' || a.type === 'ordinal')
    .map((a) => `${a.type} ${a.value}`);

describe('ordinals spelt like verbs', () => {
  it('reads vierde before an article, a possessive or a subject as the verb', () => {
    assert.deepEqual(countsOf('De stad vierde zijn 75ste verjaardag.'), ['ordinal 75.']);
    assert.deepEqual(countsOf('Op de derde dag vierde hij de zege.'), ['ordinal 3.']);
  });

  it('keeps vierde an ordinal before a noun, alone and after an article', () => {
    assert.deepEqual(countsOf('Het is de vierde keer dit jaar.'), ['ordinal 4.']);
    assert.deepEqual(countsOf('Zij werd vierde in de finale.'), ['ordinal 4.']);
  });
});

// Swedish `andra` is "second" and "other": the rank only after a determiner or before a definite noun.
const swedishCounts = (text: string) => countsOf(text, 'sv');

describe('ordinals that also mean "other"', () => {
  it('reads andra as "other" before an indefinite noun, after a plural article and in the idiom', () => {
    assert.deepEqual(swedishCounts('De har föreslagit andra alternativ.'), []);
    assert.deepEqual(swedishCounts('Hon mötte de andra på torget.'), []);
    assert.deepEqual(swedishCounts('Å andra sidan kan det skapa en osäkerhet.'), []);
  });

  it('reads andra as the ordinal after a determiner or before a definite noun', () => {
    assert.deepEqual(swedishCounts('Det var hans andra förlust.'), ['ordinal 2.']);
    assert.deepEqual(swedishCounts('Han gjorde mål i andra halvleken.'), ['ordinal 2.']);
    assert.deepEqual(swedishCounts('Ett andra toppmöte planeras.'), ['ordinal 2.']);
    assert.deepEqual(swedishCounts('Den tjugoandra dagen kom.'), ['ordinal 22.']);
  });
});
