// "And a half" in every language: after the number words (`dua setengah`), glued into one word
// (`tweeënhalf`, `півтора`), before a scale (`two and a half million`) or after it (`deux millions et
// demi`, `ملياري دولار ونصف`): the half is one of the scale then, so all read as the digits `2,5 mld` do.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbersOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'number')
    .map((a) => a.numeric);

describe('halves', () => {
  const cases: Array<[string, string, number[]]> = [
    ['uk', 'Уряд виділив два з половиною мільярди гривень.', [2.5e9]],
    ['uk', 'Уряд виділив півтора мільйона гривень.', [1.5e6]],
    ['uk', 'Нарада тривала півтори години.', [1.5]],
    ['nl', 'De gemeente kreeg tweeënhalf miljard euro.', [2.5e9]],
    ['nl', 'De vergadering duurde anderhalf uur.', [1.5]],
    ['id', 'Pemerintah menyiapkan dua setengah miliar rupiah.', [2.5e9]],
    ['id', 'Rapat berlangsung satu setengah jam.', [1.5]],
    ['id', 'Rapat berlangsung tiga jam dan setengah.', [3.5]],
    ['sv', 'Kommunen fick två och en halv miljard kronor.', [2.5e9]],
    ['sv', 'Mötet varade halvannan timme.', [1.5]],
    ['ar', 'خصصت البلدية ملياري دولار ونصف.', [2.5e9]],
    ['ar', 'خصصت البلدية مليارين ونصف المليار دولار.', [2.5e9]],
    ['ar', 'خصصت البلدية مليون ونصف دولار.', [1.5e6]],
    ['ar', 'خصصت البلدية ألفين ونصف دولار.', [2500]],
    ['en', 'The city received two and a half million dollars.', [2.5e6]],
    ['en', 'The city received two million dollars and a half.', [2.5e6]],
    ['fr', 'La ville a reçu deux millions et demi de dollars.', [2.5e6]],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(numbersOf(text, lang), expected));
  }

  it('keeps a bare Indonesian setengah after the noun out of the count, and a lone scale word no count', () => {
    // `setengah baya` is "middle-aged": two people, no half.
    assert.deepEqual(numbersOf('Dua orang setengah baya datang.', 'id'), [2]);
    assert.deepEqual(numbersOf('Miljoenen mensen keken.', 'nl'), []);
    assert.deepEqual(numbersOf('شاهد مليون شخص البث.', 'ar'), []);
  });
});
