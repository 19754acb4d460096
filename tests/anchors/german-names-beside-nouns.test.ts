// German writes every noun with a capital, so a genitive name runs into the noun it qualifies (`Dolly
// Mengas Treffer`, Menga's goal). The other versions' names tell where the name ends: they write it
// without the genitive ending (`Dolly Menga`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const names = (text: string, knownNames: string[]) =>
  extractAnchors(text, { lang: 'de', knownNames }).flatMap((a) => (a.type === 'entity' ? [a.text] : []));

describe('German names beside capitalised nouns', () => {
  it('ends a genitive name the other versions write without its ending before the noun it qualifies', () => {
    assert.deepEqual(names('Dolly Mengas Treffer erwies sich als entscheidend.', ['Dolly Menga']), ['Dolly Menga']);
    assert.deepEqual(names('Dann kam Gary Holts Mannschaft zurück.', ['Gary Holt']), ['Gary Holt']);
    assert.deepEqual(names('Trumps Politik ist umstritten.', ['Trump']), ['Trump']);
  });

  it('keeps a name whose own last word ends in s', () => {
    assert.deepEqual(names('Juan Carlos Ferrero gewann das Finale.', ['Juan Carlos Ferrero', 'Juan Carlo']), ['Juan Carlos Ferrero']);
  });

  it('cuts nothing where no version writes the name without the ending', () => {
    assert.deepEqual(names('Dolly Mengas Treffer erwies sich als entscheidend.', ['Gary Holt']), ['Dolly Mengas Treffer']);
  });

  it('keeps a run the other versions know as a whole', () => {
    assert.deepEqual(names('Danach gewann Thomas Hendricks Mannschaft.', ['Thomas Hendricks Mannschaft', 'Thomas Hendrick']), ['Thomas Hendricks Mannschaft']);
  });
});
