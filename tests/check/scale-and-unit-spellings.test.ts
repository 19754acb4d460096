// Spellings of one scale or one unit that translators use: the Arabic trillion without its ي (`ترليون`),
// the Dutch `bln` (biljoen), the Swedish scales glued to kronor (`mkr`), and the Swedish `mil`, which is ten kilometres (100 miles are `16 mil`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';
import { type FramedLang, framedVersions as versions } from './framed.js';

const alarms = (middle: Partial<Record<FramedLang, string>>) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch').map((f) => f.message);
const numbersOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'number')
    .map((a) => a.numeric);

describe('scale and unit spellings', () => {
  it('reads the trillion spelt ترليون and the Dutch bln as the trillion', () => {
    assert.deepEqual(numbersOf('يبلغ الدين 3 ترليونات دولار.', 'ar'), [3e12]);
    assert.deepEqual(numbersOf('يبلغ الدين ترليوني دولار.', 'ar'), [2e12]);
    assert.deepEqual(numbersOf('De schuld bedraagt 3 bln. euro.', 'nl'), [3e12]);
  });

  it('reads the Swedish scales glued to kronor (tkr, mkr, mdkr)', () => {
    assert.deepEqual(numbersOf('Kommunen fick 11 mkr och banken 2,5 mdkr.', 'sv'), [11e6, 2.5e9]);
    assert.deepEqual(numbersOf('Biljetten kostar 5 tkr.', 'sv'), [5000]);
  });

  it('reads the Swedish mil as ten kilometres', () => {
    assert.deepEqual(alarms({ sv: 'Stormen låg 16 mil från kusten den 30 maj.', id: 'Badai itu berada 100 mil dari pantai pada 30 Mei.' }), []);
    assert.deepEqual(alarms({ sv: 'Stormen låg 16 mil från kusten den 30 maj.', uk: 'Шторм був за 160 км від узбережжя 30 травня.' }), []);
    // 100 miles are no 10 mil (100 km).
    assert.equal(alarms({ sv: 'Stormen låg 10 mil från kusten den 30 maj.', id: 'Badai itu berada 100 mil dari pantai pada 30 Mei.' }).length, 1);
  });

  it('reads a scaled amount as one amount whether its first figure is in words or digits', () => {
    // "två miljoner" is "2 juta": the small number word beside it ("tiga kali lipat") has no partner word.
    assert.deepEqual(alarms({ id: 'Jumlah wisatawan meningkat tiga kali lipat menjadi 2 juta.', sv: 'Antalet turister tredubblades till två miljoner.' }), []);
    // Small number words still answer each other: three against four is a change.
    assert.equal(alarms({ id: 'Jumlah wisatawan meningkat tiga kali lipat menjadi 2 juta.', sv: 'Antalet turister ökade fyra gånger till två miljoner.' }).length, 1);
  });
});
