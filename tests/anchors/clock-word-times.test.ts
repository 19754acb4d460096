// A clock word glued between hours and minutes (`04h40`, `10h15`) is a time, as `04:40` is, not a code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => `${a.value}:${a.text}`);

describe('a clock word between hours and minutes', () => {
  it('reads hours, clock word and minutes written together as the time', () => {
    assert.deepEqual(numbers('Il arrive au marché à 04h40 le jeudi.', 'fr'), ['4:40:04h40']);
    assert.deepEqual(numbers('L’accident s’est produit vers 10h15 heure locale.', 'fr'), ['10:15:10h15']);
  });

  it('reads the time when punctuation closes it, as at the end of a sentence or a clause', () => {
    assert.deepEqual(numbers('Il arrive au marché à 15h30, la veille.', 'fr'), ['15:30:15h30']);
    assert.deepEqual(numbers('Il arrive au marché à 15h30.', 'fr'), ['15:30:15h30']);
    assert.deepEqual(numbers('Le code 25h61, est faux.', 'fr'), []);
  });

  it('reads a clock word abbreviated with a full stop as the clock word', () => {
    assert.deepEqual(numbers('Nous avions quitté ces lieux vers 15 h. 30, la veille.', 'fr'), ['15:30:15 h. 30']);
    assert.deepEqual(numbers('Il y avait à 20 h. 30 000 personnes.', 'fr'), ['20:20', '30000:30 000']);
    assert.deepEqual(numbers('De kom fram kl. 20.30 på kvällen.', 'sv'), ['20:30:20.30']);
    assert.deepEqual(numbers('Priset steg med 20.30 procent.', 'sv'), ['20.3%:20.30 procent']);
  });

  it('reads hours, clock word and minutes written apart as the time, and figures that go on as figures', () => {
    assert.deepEqual(numbers('Le meeting est prévu pour 19 h 00 ce soir.', 'fr'), ['19:00:19 h 00']);
    assert.deepEqual(numbers('Il arrive au marché vers 4 h 40 du matin.', 'fr'), ['4:40:4 h 40']);
    assert.deepEqual(numbers('Der Zug fährt um 20 Uhr 30 ab.', 'de'), ['20:30:20 Uhr 30']);
    assert.deepEqual(numbers('Il y avait à 20 h 30 000 personnes.', 'fr'), ['20:20', '30000:30 000']);
  });

  it('leaves a chunk that is no time of day, or whose letter is no clock word, a code', () => {
    assert.deepEqual(numbers('Le code 25h61 est faux.', 'fr'), []);
    assert.deepEqual(numbers('De code 04h40 is fout.', 'nl'), []);
  });
});

describe('a preposition of time before hours and minutes joined by a dot', () => {
  it('reads `о 15.00`, `об 11.30`, `в 15.00` as times, as `15:00` is read', () => {
    assert.deepEqual(numbers('Матч почнеться о 15.00 в Києві.', 'uk'), ['15:00:15.00']);
    assert.deepEqual(numbers('Засідання відбудеться об 11.30.', 'uk'), ['11:30:11.30']);
    assert.deepEqual(numbers('Матч начнется в 15.00 по Москве.', 'ru'), ['15:00:15.00']);
  });

  it('leaves a dotted figure after another word, or no time of day, unread as a time', () => {
    assert.deepEqual(numbers('Термін до 15.03 не змінився.', 'uk'), []);
    assert.deepEqual(numbers('Цена выросла в 1.5 раза.', 'ru'), []);
    assert.deepEqual(numbers('Матч почнеться о 25.70.', 'uk'), []);
  });
});
