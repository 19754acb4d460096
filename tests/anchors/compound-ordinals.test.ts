// Compound ordinals written over several words: the tens a cardinal and the unit an ordinal, as separate
// words (`двадцять перший`, `двадцать первый`) or joined by a hyphen (`twenty-first`), and the Indonesian
// ordinal prefix on the first word (`keempat puluh lima`). All read as the one-word `eenentwintigste` does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countsOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'number' || a.type === 'ordinal')
    .map((a) => `${a.type} ${a.value}`);

describe('compound ordinals', () => {
  const cases: Array<[string, string, string[]]> = [
    ['uk', 'Гол забили на двадцять другій хвилині.', ['ordinal 22.']],
    ['uk', "Він святкував сорок п'ятий день народження.", ['ordinal 45.']],
    ['uk', 'Це сто перший випадок.', ['ordinal 101.']],
    ['ru', 'Гол забили на двадцать второй минуте.', ['ordinal 22.']],
    ['en', 'He celebrated his forty-fifth birthday.', ['ordinal 45.']],
    ['id', 'Dia merayakan ulang tahun keempat puluh lima.', ['ordinal 45.']],
    ['id', 'Gol dicetak pada menit kedua puluh dua.', ['ordinal 22.']],
    ['id', 'Ini pertemuan kedua belas.', ['ordinal 12.']],
    ['nl', 'Het was zijn vijfenveertigste verjaardag.', ['ordinal 45.']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(countsOf(text, lang), expected));
  }

  it('leaves "the first twenty" a count where the cardinal comes before "first" as separate words', () => {
    assert.deepEqual(countsOf('De tjugo första minuterna var lugna.', 'sv'), ['number 20']);
    assert.deepEqual(countsOf('Перші двадцять хвилин були спокійні.', 'uk'), ['number 20']);
    // A cardinal below the tens is no compound (`сім перших`), and an Indonesian collective stays a count.
    assert.deepEqual(countsOf('Kelima provinsi itu dilanda banjir.', 'id'), ['number 5']);
    assert.deepEqual(countsOf('Kedua negara menandatangani perjanjian.', 'id'), []);
  });
});
