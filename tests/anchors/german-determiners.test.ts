// German capitalises every noun, and a determiner that opens a sentence is capitalised too: a possessive or
// quantifying determiner (`Seine`, `Unsere`, `Jede`) and the noun after it are no name, and took part in name
// swaps against the other versions' people (`Seine Nachrichten` against `Mr Gendon`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGazetteer, extractAnchors } from '../../src/index.js';

const names = (sentence: string) =>
  extractAnchors(sentence, { lang: 'de', gazetteer: createGazetteer([]) }).filter((a) => a.type === 'entity').map((a) => a.text);

describe('a German determiner opening a sentence', () => {
  it('makes no name of the noun it determines', () => {
    assert.deepEqual(names('Unsere Ergebnisse zeigen, dass die Impfung wirkt.'), []);
    assert.deepEqual(names('Seine Nachrichten blieben unbeantwortet.'), []);
    assert.deepEqual(names('Jede Kundgebung ist ausverkauft.'), []);
  });

  it('leaves the names after it', () => {
    assert.deepEqual(names('Seine Nachrichten an Donald Trump blieben unbeantwortet.'), ['Donald Trump']);
  });
});
