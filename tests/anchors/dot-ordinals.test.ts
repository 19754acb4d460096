// German writes ordinals as digits and a full stop (`in der 25. Minute`, `zum 2. Mal`): after an article,
// a preposition or a determiner and before the next word, they are ranks, as `25-й` and `25e` are. A day
// before a month stays a date, and a figure that ends a sentence stays a figure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const read = (text: string, lang = 'de') => extractAnchors(text, { lang }).map((a) => `${a.type} ${a.text} ${a.value}`);

describe('ordinals written with a full stop', () => {
  it('reads digits and a stop after an article or preposition as an ordinal', () => {
    assert.deepEqual(read('Hazard traf in der 25. Minute.'), ['ordinal 25. 25.']);
    assert.deepEqual(read('Zum 2. Mal gewann er.'), ['ordinal 2. 2.']);
    assert.deepEqual(read('Sie gewannen am 12. Spieltag.'), ['ordinal 12. 12.']);
  });

  it('leaves a day before a month, a year, and a figure that ends a clause as they were', () => {
    assert.deepEqual(read('Am 3. Oktober kam Hilfe.'), ['date 3. Oktober --10-03']);
    assert.deepEqual(read('Die 1990. Saison'), ['date 1990 1990']);
    assert.deepEqual(read('Er wurde 25. im Rennen.'), ['number 25 25']);
  });

  it('is German: a language that writes ordinals otherwise reads a figure', () => {
    assert.deepEqual(read('Hij scoorde in de 25. minuut.', 'nl'), ['number 25 25']);
  });
});
