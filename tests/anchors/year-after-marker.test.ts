// A date whose year follows its day and month with the word for year (`30 سبتمبر عام 1882`, `30 سبتمبر، من
// عام 1882`, "30 September of the year 1882"): the year belongs to the date, so a changed year is set
// against the year of the same date in another version. A year word with no year after it changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const dates = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'date').map((a) => [a.text, a.value]);

describe('a date’s year after the word for year', () => {
  it('joins the year to the day and month, with or without a link word and a comma', () => {
    assert.deepEqual(dates('ولد في 12 مايو عام 1920 في القاهرة.', 'ar'), [['12 مايو عام 1920', '1920-05-12']]);
    assert.deepEqual(dates('افتتح المتحف يوم 3 يونيو، من عام 1951، وما زال مفتوحا.', 'ar'), [['3 يونيو، من عام 1951', '1951-06-03']]);
    assert.deepEqual(dates('وقع الاتفاق في 8 أبريل في عام 1999.', 'ar'), [['8 أبريل في عام 1999', '1999-04-08']]);
  });

  it('leaves the day and month alone when the year word has no year after it, or a link word no year word', () => {
    assert.deepEqual(dates('يبدأ المهرجان في 12 مايو من كل عام.', 'ar'), [['12 مايو', '--05-12']]);
    assert.deepEqual(dates('يبدأ المهرجان في 12 مايو من القاهرة 1920.', 'ar')[0], ['12 مايو', '--05-12']);
  });

  it('check sets a changed year against the same date written with its year in another version', () => {
    const found = check(
      [
        { lang: 'nl', sentences: ['Het museum ging open op 3 juni 1951 in Leiden.', 'Het trekt elk jaar veel bezoekers.'] },
        { lang: 'ar', sentences: ['افتتح المتحف يوم 3 يونيو، من عام 1953، في لايدن.', 'ويجذب كل عام زوارا كثيرين.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.severity !== 'info');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /1953/u);
    assert.match(found[0]!.message, /1951/u);
  });
});
