// German writes every noun with a capital, so a genitive name runs into the noun it qualifies (`Dolly
// Mengas Treffer`, Menga's goal). The other versions' names tell where the name ends: they write it
// without the genitive ending (`Dolly Menga`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, extractAnchors } from '../../src/index.js';

const names = (text: string, knownNames: string[]) =>
  extractAnchors(text, { lang: 'de', knownNames }).flatMap((a) => (a.type === 'entity' ? [a.text] : []));

describe('German names beside capitalised nouns', () => {
  it('ends a genitive name the other versions write without its ending before the noun it qualifies', () => {
    assert.deepEqual(names('Dolly Mengas Treffer erwies sich als entscheidend.', ['Dolly Menga']), ['Dolly Menga']);
    assert.deepEqual(names('Dann kam Gary Holts Mannschaft zurück.', ['Gary Holt']), ['Gary Holt']);
    assert.deepEqual(names('Trumps Politik ist umstritten.', ['Trump']), ['Trump']);
    // Another version's genitive (sv `Bola Tinubus uttalande`) among the names changes nothing.
    assert.deepEqual(names('Bola Tinubus Erklärung nannte 300 Opfer.', ['Bola Tinubus', 'Bola Tinubu']), ['Bola Tinubu']);
  });

  it('keeps a name whose own last word ends in s', () => {
    assert.deepEqual(names('Juan Carlos Ferrero gewann das Finale.', ['Juan Carlos Ferrero', 'Juan Carlo']), ['Juan Carlos Ferrero']);
  });

  it('goes on past a given name in s before a particle, whatever the other versions name', () => {
    // uk reads `Шарля` (SARL) apart: `Charles` less its s is known, but a particle follows it.
    const { anchors } = analyse([
      { lang: 'uk', sentences: ["У п'ятницю заява Шарля де Голля згадувала 300 жертв у Єгипті."] },
      { lang: 'en', sentences: ["Charles de Gaulle's statement mentioned 300 victims."] },
      { lang: 'de', sentences: ['Charles de Gaulles Erklärung nannte 300 Opfer.'] },
    ]);
    assert.deepEqual(anchors[2]![0]!.flatMap((a) => (a.type === 'entity' ? [a.text] : [])), ['Charles de Gaulle']);
  });

  it('cuts nothing where no version writes the name without the ending', () => {
    assert.deepEqual(names('Dolly Mengas Treffer erwies sich als entscheidend.', ['Gary Holt']), ['Dolly Mengas Treffer']);
  });

  it('keeps a run the other versions know as a whole', () => {
    assert.deepEqual(names('Danach gewann Thomas Hendricks Mannschaft.', ['Thomas Hendricks Mannschaft', 'Thomas Hendrick']), ['Thomas Hendricks Mannschaft']);
  });
});
