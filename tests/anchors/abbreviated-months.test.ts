// A month abbreviated before its figures: news style writes `Oct. 2, 1968`, `Sept. 30` and `okt. 2018`.
// Before a day (where the month comes first) or a year the abbreviation is a month; alone, or
// capitalised without its dot before a year (Dutch `Jan 2018`), it is as often a word or a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const dates = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'date')
    .map((a) => `${a.text} ${a.value}`);

describe('abbreviated months before their figures', () => {
  it('reads a month-first date with an abbreviated month, with or without its dot', () => {
    assert.deepEqual(dates('Troops opened fire on Oct. 2, 1968, killing about 300 people.', 'en'), ['Oct. 2, 1968 1968-10-02']);
    assert.deepEqual(dates('The vote was on Sept. 30 this year.', 'en'), ['Sept. 30 --09-30']);
    assert.deepEqual(dates('Polls close Oct 7 at noon.', 'en'), ['Oct 7 --10-07']);
  });

  it('reads an abbreviated month before a year when written with its dot or in lower case', () => {
    assert.deepEqual(dates('In Dec. 2017 the plant closed.', 'en'), ['Dec. 2017 2017-12']);
    assert.deepEqual(dates('Im Okt. 2018 wurde gewählt.', 'de'), ['Okt. 2018 2018-10']);
    assert.deepEqual(dates('In okt 2018 werd gestemd.', 'nl'), ['okt 2018 2018-10']);
  });

  it('leaves an abbreviation alone, or a capitalised one without its dot before a year', () => {
    assert.deepEqual(dates('The Mar a Lago resort was busy.', 'en'), []);
    assert.deepEqual(dates('Jan 2018 was een goed jaar voor hem.', 'nl'), ['2018 2018']);
  });
});
