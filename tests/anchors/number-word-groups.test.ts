// Number words read the way they are said: hyphenated parts (`twenty-five`, `quatre-vingt-dix-neuf`), a
// multiplier below a thousand that multiplies only the words since the one before it (`seratus dua
// puluh` 120, `two hundred`), a scale of a thousand or more that multiplies the whole group before it
// (`dua ratus ribu` 200,000), and the coordinators some languages put inside a number.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const values = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number' || a.type === 'ordinal').map((a) => `${a.value}:${a.text}`);

describe('number words in groups', () => {
  it('reads hyphenated tens and units as one number, and leaves a word joined to a noun alone', () => {
    assert.deepEqual(values('There were twenty-five people and ninety-nine cars.', 'en'), ['25:twenty-five', '99:ninety-nine']);
    assert.deepEqual(values('Il y avait quatre-vingt-dix-neuf voitures et vingt-cinq personnes.', 'fr'), ['99:quatre-vingt-dix-neuf', '25:vingt-cinq']);
    assert.deepEqual(values('a forty-two-year-old man', 'en'), ['42:forty-two']);
    assert.deepEqual(values('a four-wheel drive', 'en'), ['4:four']);
    // A range of two words is two numbers, not their sum.
    assert.deepEqual(values('for five-six days', 'en'), ['5:five', '6:six']);
  });

  it('multiplies only the words since the last multiplier by one below a thousand', () => {
    assert.deepEqual(values('Ada seratus dua puluh orang.', 'id'), ['120:seratus dua puluh']);
    assert.deepEqual(values('Ada dua ratus lima puluh tiga orang.', 'id'), ['253:dua ratus lima puluh tiga']);
    assert.deepEqual(values('Ada seratus lima belas orang.', 'id'), ['115:seratus lima belas']);
    assert.deepEqual(values('There were two hundred people.', 'en'), ['200:two hundred']);
  });

  it('reads a hundred written apart as a multiplier, and a percent phrase of two words after number words', () => {
    assert.deepEqual(values('deux cents personnes', 'fr'), ['200:deux cents']);
    assert.deepEqual(values('trois cent mille euros', 'fr'), ['300000:trois cent mille']);
    assert.deepEqual(values('två hundra personer', 'sv'), ['200:två hundra']);
    assert.deepEqual(values('twee honderd mensen', 'nl'), ['200:twee honderd']);
    assert.deepEqual(values('cent vingt personnes', 'fr'), ['120:cent vingt']);
    assert.deepEqual(values('cinq pour cent des votes', 'fr'), ['5%:cinq pour cent']);
    assert.deepEqual(values('خمسة في المائة من الأصوات', 'ar'), ['5%:خمسة في المائة']);
  });

  it('multiplies the whole group before a scale of a thousand or more', () => {
    assert.deepEqual(values('Ada dua ratus ribu orang.', 'id'), ['200000:dua ratus ribu']);
    assert.deepEqual(values('Ada dua juta tiga ratus ribu orang.', 'id'), ['2300000:dua juta tiga ratus ribu']);
    assert.deepEqual(values('some two hundred thousand fans', 'en'), ['200000:two hundred thousand']);
    assert.deepEqual(values('trente-deux mille personnes', 'fr'), ['32000:trente-deux mille']);
  });

  it('reads a coordinator inside a number after a scale or before a one after tens, and not between two numbers', () => {
    assert.deepEqual(values('one hundred and twenty-three cars', 'en'), ['123:one hundred and twenty-three']);
    assert.deepEqual(values('les vingt et un soldats', 'fr'), ['21:vingt et un']);
    assert.deepEqual(values('between ten and five cars', 'en'), ['10:ten', '5:five']);
  });

  it('still reads a hyphenated ordinal as one', () => {
    assert.deepEqual(values('the twenty-first century', 'en'), ['21.:twenty-first']);
  });
});
