// Arabic eleven is `أحد عشر` (feminine `إحدى عشرة`), and 21, 31… may start with the same `أحد`: the word
// is a unit there, while alone it means "one of" or Sunday and is never a count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countAlarms, numbersOf } from './arabic-counts.js';

describe('Arabic eleven', () => {
  it('reads أحد عشر and إحدى عشرة as 11, also before a scale word and as the units of a compound', () => {
    assert.deepEqual(numbersOf('وصل أحد عشر لاعبا إلى الملعب.'), ['11']);
    assert.deepEqual(numbersOf('شاركت إحدى عشرة دولة في القمة.'), ['11']);
    assert.deepEqual(numbersOf('بلغت قيمة الصفقة أحد عشر مليون دولار.'), ['11000000']);
    assert.deepEqual(numbersOf('بلغ عمره أحد وعشرين عاما.'), ['21']);
  });

  it('reads no count in أحد alone: one of, Sunday', () => {
    assert.deepEqual(numbersOf('قال أحد المسؤولين إن القطار تأخر.'), []);
    assert.deepEqual(numbersOf('وصل القطار يوم الأحد في الصباح.'), []);
  });

  it('agrees with 11 written in words or figures, and tells eleven from ten', () => {
    // The date they share links the sentences surely enough to compare their counts.
    const nl = 'Elf mensen werden gedood op 30 mei.';
    const sv = 'Elva personer dödades den 30 maj.';
    assert.deepEqual(countAlarms({ nl, sv, ar: 'قتل أحد عشر شخصا في 30 مايو.' }), []);
    assert.deepEqual(countAlarms({ nl, sv, ar: 'قتل 11 شخصا في 30 مايو.' }), []);
    assert.equal(countAlarms({ nl, sv, ar: 'قتل عشرة أشخاص في 30 مايو.' }).length, 1);
  });
});
