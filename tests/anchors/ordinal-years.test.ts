// Ukrainian and Russian write a year as an ordinal adjective before the word for year (`1950-го року`,
// `2016-й рік`, `1950-го года`): that is the year, a date, not an ordinal 1950th. An ordinal with no such
// word after it stays one (`120-й вулиці`), and so does a number outside the years read bare. News also
// leaves the word out (`у 2006-му`, "in 2006"): a year too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const read = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type !== 'entity').map((a) => [a.type, a.text, a.type === 'date' ? a.year : a.type === 'ordinal' || a.type === 'number' ? a.numeric : undefined]);

describe('a year written as an ordinal', () => {
  it('is a year before the word for year', () => {
    assert.deepEqual(read('Фільм 1958-го року зняли в Мехіко.', 'uk'), [['date', '1958-го року', 1958]]);
    assert.deepEqual(read('2019-й рік був теплим.', 'uk'), [['date', '2019-й рік', 2019]]);
    assert.deepEqual(read('Фильм 1958-го года сняли в Мехико.', 'ru'), [['date', '1958-го года', 1958]]);
  });

  it('is a year with the word for year left out, in the years only', () => {
    assert.deepEqual(read('У 2006-му компанія оголосила про це.', 'uk'), [['date', '2006-му', 2006]]);
    assert.deepEqual(read('Випробування закінчилися 2012-го.', 'uk'), [['date', '2012-го', 2012]]);
    assert.deepEqual(read('Испытания закончились в 2012-м.', 'ru'), [['date', '2012-м', 2012]]);
    // `-річчя` makes an anniversary, not a year: `1000-річчя`, `2000-річчя`.
    assert.deepEqual(read('Місто святкувало 2000-річчя.', 'uk'), [['ordinal', '2000-річчя', 2000]]);
  });

  it('stays an ordinal without that word, or outside the years', () => {
    assert.deepEqual(read('Він живе на 125-й вулиці.', 'uk'), [['ordinal', '125-й', 125]]);
    assert.deepEqual(read('Це 1200-й рік від заснування.', 'uk'), [['ordinal', '1200-й', 1200]]);
  });

  it('check compares it with a year another version writes plainly', () => {
    const found = check(
      [
        { lang: 'uk', sentences: ['Фільм 1958-го року з Роєм Роджерсом зняли в Мехіко за 12 днів.'] },
        { lang: 'nl', sentences: ['De film uit 1950 met Roy Rogers werd in 12 dagen in Mexico-Stad opgenomen.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'date-mismatch' && f.severity !== 'info');
    assert.equal(found.length, 1);
  });
});
