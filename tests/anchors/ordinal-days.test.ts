// A day of the month is written as an ordinal in several languages (`1er octobre`, `21st October`,
// `1-го жовтня`, `1:a maj`): before a month name it is a date, as `1 octobre` is, so a changed day is
// compared with the other versions' dates and not with their ranks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const anchorsOf = (text: string, lang: string) => extractAnchors(text, { lang }).map((a) => `${a.type} ${a.value}`);

describe('a day written as an ordinal', () => {
  it('is a date before a month name, with the year after it', () => {
    assert.deepEqual(anchorsOf('Un an après le référendum du 1er octobre.', 'fr'), ['date --10-01']);
    assert.deepEqual(anchorsOf('Le vote a eu lieu le 1er octobre 2017.', 'fr'), ['date 2017-10-01']);
    assert.deepEqual(anchorsOf('The vote took place on 21st October 2019.', 'en'), ['date 2019-10-21']);
    assert.deepEqual(anchorsOf('Референдум відбувся 1-го жовтня.', 'uk'), ['date --10-01']);
    assert.deepEqual(anchorsOf('Референдум прошёл 1-го октября.', 'ru'), ['date --10-01']);
    assert.deepEqual(anchorsOf('Valet hölls den 1:a maj.', 'sv'), ['date --05-01']);
  });

  it('stays a rank before any other word', () => {
    assert.deepEqual(anchorsOf('Elle a terminé à la 2e place.', 'fr'), ['ordinal 2.']);
    assert.deepEqual(anchorsOf('He finished 3rd in the race.', 'en'), ['ordinal 3.']);
  });
});
