// French writes short words onto the next one with an apostrophe (`d’octobre`, `plus d’un million`,
// `l’an 2000`). The elided word is read as its full form, so a month, a number word or a bound after
// it reads as after `de`; a word not listed keeps its apostrophe inside (`aujourd’hui`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const anchorsOf = (text: string) =>
  extractAnchors(text, { lang: 'fr' }).map((a) => `${a.type} ${a.text} ${a.value}${a.type === 'number' ? ` ${a.relation}` : ''}`);

describe('French elision', () => {
  it('reads a month, a date and a number word after an elided word', () => {
    assert.deepEqual(anchorsOf('Il fera chaud au début du mois d’octobre.'), ['date octobre --10']);
    assert.deepEqual(anchorsOf("La vente a eu lieu en fin d'avril 2019."), ['date avril 2019 2019-04']);
    assert.deepEqual(anchorsOf('Une équipe d’onze joueurs.'), ['number onze 11 exact']);
  });

  it('reads an approximation whose preposition is elided or written in full', () => {
    assert.deepEqual(anchorsOf('Le contrat vaut plus d’un million.'), ['number un million 1000000 more-than']);
    assert.deepEqual(anchorsOf('Près de 1 000 personnes ont été blessées.'), ['number 1 000 1000 approximately']);
    assert.deepEqual(anchorsOf('Il a plu jusqu’à 10 cm.'), ['number 10 10 at-most']);
  });

  it('keeps the offsets of the original text and the words with an apostrophe inside', () => {
    const text = 'Aujourd’hui, au mois d’août.';
    const month = extractAnchors(text, { lang: 'fr' }).find((a) => a.type === 'date')!;
    assert.equal(text.slice(month.start, month.end), 'août');
    assert.deepEqual(anchorsOf('Aujourd’hui, 5 personnes.'), ['number 5 5 exact']);
  });
});
