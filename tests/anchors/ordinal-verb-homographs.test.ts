// An ordinal stands before a noun or an adjective. Dutch `vierde` is also "celebrated" (`vierde zijn
// verjaardag`, `vierde hij de zege`): before an article, a possessive or a subject it is the verb, or a
// Dutch anniversary story carries a 4th that no other version has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countsOf = (text: string) =>
  extractAnchors(text, { lang: 'nl' })
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
