// A text may write a place with its own language's word for the kind of place and, once, with the
// source's (`Mont Everest` and `Mount Everest` in one French text): that is no name spelt two ways. A
// name that differs elsewhere still is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const variants = (fr: string[]) =>
  check(
    [
      { lang: 'fr', sentences: fr },
      { lang: 'de', sentences: ['Expedition zum Mount Everest 1956.', 'Mount Everest, 8848 m, Leiter John Hunt.', 'Dann der Mount Everest.'] },
    ],
    { mode: 'parallel' },
  ).findings.filter((f) => f.rule === 'name-variant' && f.severity !== 'info');

describe('the kind of place translated in one text', () => {
  it('reads Mont Everest and Mount Everest in one text as one place written two ways, no misspelling', () => {
    assert.deepEqual(variants(['Expédition au Mont Everest en 1956.', 'Mount Everest, 8848 m, chef John Hunt.', 'Ensuite le Mont Everest.']), []);
  });

  it('still finds the specific part of the name spelt two ways', () => {
    assert.equal(variants(['Expédition au Mont Everest en 1956.', 'Mont Everett, 8848 m, chef John Hunt.', 'Ensuite le Mont Everest.']).length, 1);
  });
});
