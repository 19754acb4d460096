// One month named in two calendars joined by a slash (`مايو/أيار`, the Egyptian and the Levantine
// name) is one month: one date with the year after the second name, not two dates. Two different
// months joined so stay two.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const dates = (text: string) => extractAnchors(text, { lang: 'ar' }).flatMap((a) => (a.type === 'date' ? [a.value] : []));

describe('a month named in two calendars', () => {
  it('reads the pair as one date', () => {
    assert.deepEqual(dates('وقعت الاتفاقية في مايو/أيار 2014 في القاهرة.'), ['2014-05']);
    assert.deepEqual(dates('اجتمع الوزراء في 3 أغسطس/آب 2019.'), ['2019-08-03']);
    assert.deepEqual(dates('صدر القرار في يناير/كانون الثاني الماضي.'), ['--01']);
  });

  it('reads a name that alone needs a context word when its twin follows', () => {
    assert.deepEqual(dates('أعلنت الحكومة منذ الأول من مارس/آذار خطة جديدة.'), ['--03-01']);
    assert.deepEqual(dates('مارس الطبيب مهنته عشرين عامًا.'), []);
  });

  it('leaves two different months two', () => {
    assert.equal(dates('في مايو/حزيران الماضي').length, 2);
  });

  it('check finds a pair changed to another month', () => {
    const found = check(
      [
        { lang: 'ar', sentences: ['وقعت الاتفاقية في مايو/أيار 2014 في القاهرة.'] },
        { lang: 'ar', sentences: ['وقعت الاتفاقية في أكتوبر/تشرين الأول 2014 في القاهرة.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'date-mismatch');
    assert.equal(found.length, 1);
  });
});
