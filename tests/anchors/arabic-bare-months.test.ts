// Arabic month names with no other meaning are a month without a context word before them: in a
// construct (`قمة يونيو`, the June summit) or after `من` (`النصف الأول من أكتوبر`). Names that are also
// common words or names (`مارس`, he practised; `نيسان`, the carmaker) still need one, in each of the
// Egyptian, Levantine and Maghreb calendars, and so does any month name with no word before it (alone,
// or glued after digits as part of a code). `آب` is read as written: folded, it is `أب`, father.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const months = (text: string) => extractAnchors(text, { lang: 'ar' }).flatMap((a) => (a.type === 'date' ? [[a.text, a.month]] : []));

describe('Arabic month names alone', () => {
  it('reads an unambiguous month name in a construct or after من', () => {
    assert.deepEqual(months('انتهت قمة يونيو دون اتفاق.'), [['يونيو', 6]]);
    assert.deepEqual(months('ترتفع الأسعار في النصف الثاني من نوفمبر عادة.'), [['نوفمبر', 11]]);
    assert.deepEqual(months('بدأت احتجاجات أيلول في المدينة.'), [['أيلول', 9]]);
  });

  it('reads the unambiguous names of the Levantine and the Maghreb calendars too', () => {
    assert.deepEqual(months('انتهت قمة أفريل دون اتفاق.'), [['أفريل', 4]]);
    assert.deepEqual(months('ترتفع الأسعار في النصف الثاني من جويلية عادة.'), [['جويلية', 7]]);
    assert.deepEqual(months('بدأت احتجاجات تموز في المدينة.'), [['تموز', 7]]);
    assert.deepEqual(months('انتهت قمة آب دون اتفاق.'), [['آب', 8]]);
    assert.deepEqual(months('انتهت قمة شتنبر دون اتفاق.'), [['شتنبر', 9]]);
  });

  it('leaves the Levantine and Maghreb names that are also words or names to a context word', () => {
    // نيسان is also the carmaker, جوان a first name (Juan, Joan), ماي a word.
    assert.deepEqual(months('اشترى سيارة نيسان جديدة.'), []);
    assert.deepEqual(months('وصل المدرب جوان إلى الملعب.'), []);
    assert.deepEqual(months('وصل الوفد في نيسان.'), [['نيسان', 4]]);
  });

  it('leaves month names that are also common words to a context word', () => {
    assert.deepEqual(months('مارس الطبيب مهنته عشرين عامًا.'), []);
    // Father is `أب`, folded like August `آب`: the month is read as written, with its madda.
    assert.deepEqual(months('قال أب الطفل إنه تعب.'), []);
    assert.deepEqual(months('قال اب الطفل إنه تعب.'), []);
    assert.deepEqual(months('وصل الوفد في مارس.'), [['مارس', 3]]);
    assert.deepEqual(months('يونيو'), []);
  });

  it('check compares such a month against another version', () => {
    const found = check(
      [
        { lang: 'ar', sentences: ['انتهت قمة أغسطس في هانوي دون اتفاق.'] },
        { lang: 'nl', sentences: ['De top van juni in Hanoi eindigde zonder akkoord.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'date-mismatch');
    assert.equal(found.length, 1);
  });
});
