// A day written as a word before its month (`третього березня`, `den femte mars`, `الخامس من مارس`, "the
// fifth of March", `drie maart`) is the date, as `3 березня` is: read as an ordinal beside a month of no
// day, a changed day went unseen and a changed month or year met a date of another shape.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const dates = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'date' || a.type === 'ordinal')
    .map((a) => `${a.type}:${a.value}`);

describe('a day spelled as an ordinal before its month', () => {
  const cases: Array<[string, string, string[]]> = [
    ['ar', 'وصل الوفد في الخامس من مارس 2019.', ['date:2019-03-05']],
    ['ar', 'وصل الوفد في التاسع عشر من يونيو.', ['date:--06-19']],
    ['ar', 'وصل الوفد في الحادي والعشرين من سبتمبر.', ['date:--09-21']],
    ['ar', 'وصل الوفد في العاشر من كانون الثاني الماضي.', ['date:--01-10']],
    ['uk', 'Третього березня делегація прибула.', ['date:--03-03']],
    ['uk', 'Двадцять п\'ятого грудня 2018 року делегація прибула.', ['date:2018-12-25']],
    ['sv', 'Den femte mars kom delegationen.', ['date:--03-05']],
    ['en', 'The delegation arrived on the fifth of March 2019.', ['date:2019-03-05']],
    ['nl', 'Op drie maart kwam de delegatie aan.', ['date:--03-03']],
    ['id', 'Pada lima Maret 2019 delegasi itu tiba.', ['date:2019-03-05']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(dates(text, lang), expected));
  }

  it('leaves an ordinal before anything but a month an ordinal', () => {
    assert.deepEqual(dates('قرأ الفصل الخامس من الكتاب.', 'ar'), ['ordinal:5.']);
    // An ordinal after a definite noun is that noun's: the second half of November, the first week of March.
    assert.deepEqual(dates('ترتفع الأسعار في النصف الثاني من نوفمبر عادة.', 'ar'), ['ordinal:2.', 'date:--11']);
    assert.deepEqual(dates('وصل في الأسبوع الأول من نوفمبر.', 'ar'), ['ordinal:1.', 'date:--11']);
    assert.deepEqual(dates('The second of the matches was played in May.', 'en'), ['ordinal:2.', 'date:--05']);
    assert.deepEqual(dates('Він посів третє місце в березні.', 'uk'), ['ordinal:3.', 'date:--03']);
    // The month begins a compound the number counts.
    assert.deepEqual(dates('Er waren twee maart-demonstraties.', 'nl'), ['date:--03']);
  });
});
