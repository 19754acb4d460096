// The Arabic dual of a counted noun is a count of two by itself (`يومين`, "two days"): for the units of
// time and measure the profile knows and its listed counted nouns, never for any word with a dual ending.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';
import { countAlarms, numbersOf } from './arabic-counts.js';

describe('Arabic duals', () => {
  it('reads the dual of time units, units of measure and counted nouns as 2, with clitics and the article', () => {
    assert.deepEqual(numbersOf('بقي المسافرون يومين في المطار.'), ['2']);
    assert.deepEqual(numbersOf('تأخرت الطائرة ساعتين وسافرت لمدة أسبوعين.'), ['2', '2']);
    assert.deepEqual(numbersOf('عاش هناك سنتين ثم عامين آخرين.'), ['2', '2']);
    assert.deepEqual(numbersOf('دفع دولارين وركض ميلين.'), ['2', '2']);
    assert.deepEqual(numbersOf('خلال اليومين الماضيين وصل شخصان.'), ['2', '2']);
    assert.deepEqual(numbersOf('انتظر بساعتين فقط.'), ['2']);
  });

  it('reads no other word with a dual or plural ending', () => {
    assert.deepEqual(numbersOf('قال المسؤولين إن الفلسطينيين والعاملين بخير.'), []);
    assert.deepEqual(numbersOf('زار المدينتين والبلدان المجاورة.'), []);
    assert.deepEqual(numbersOf('اجتمع الطرفان والمدرسين في الميدان.'), []);
  });

  it('compares the dual with the count the other versions write', () => {
    assert.deepEqual(countAlarms({ ar: 'استمر الاجتماع يومين في 30 مايو.', nl: 'De vergadering duurde twee dagen op 30 mei.', sv: 'Mötet varade i två dagar den 30 maj.' }), []);
    assert.deepEqual(countAlarms({ ar: 'تأخر القطار ساعتين في 30 مايو.', nl: 'De trein had 2 uur vertraging op 30 mei.', uk: 'Потяг запізнився на дві години 30 травня.' }), []);
    assert.equal(countAlarms({ ar: 'استمر الاجتماع يومين في 30 مايو.', nl: 'De vergadering duurde drie dagen op 30 mei.', sv: 'Mötet varade i tre dagar den 30 maj.' }).length, 1);
    // The dual names its unit in its own word: two feet are 60 cm, two days 48 hours.
    const brim = { sv: 'Hatten har ett brätte på 60 cm sedan den 30 maj.', uk: 'Капелюх має поля шириною шістдесят сантиметрів з 30 травня.' };
    assert.deepEqual(countAlarms({ ...brim, ar: 'للقبعة حافة عرضها قدمين منذ 30 مايو.' }), []);
    assert.equal(countAlarms({ ...brim, ar: 'للقبعة حافة عرضها مترين منذ 30 مايو.' }).length, 1);
    assert.deepEqual(countAlarms({ ar: 'استمر الاجتماع يومين في 30 مايو.', nl: 'De vergadering duurde 48 uur op 30 mei.', sv: 'Mötet varade i 48 timmar den 30 maj.' }), []);
    assert.equal(countAlarms({ ar: 'قتل شخصين في 30 مايو.', nl: 'Drie mensen werden gedood op 30 mei.', id: 'Tiga orang tewas pada 30 Mei.' }).length, 1);
  });
});

describe('a half after a number in words', () => {
  const valuesOf = (text: string, lang: string) =>
    extractAnchors(text, { lang })
      .filter((a) => a.type === 'number')
      .map((a) => a.value);

  it('adds the half written after the number or after its noun', () => {
    assert.deepEqual(valuesOf('تأخرت الرحلة ساعتين ونصف.', 'ar'), ['2.5']);
    assert.deepEqual(valuesOf('عاش هناك ثلاث سنوات ونصف.', 'ar'), ['3.5']);
    assert.deepEqual(valuesOf('Resan tog två och en halv timme.', 'sv'), ['2.5']);
    assert.deepEqual(valuesOf('Поїздка тривала три години з половиною.', 'uk'), ['3.5']);
    assert.deepEqual(valuesOf('Поездка длилась два с половиной часа.', 'ru'), ['2.5']);
    assert.deepEqual(valuesOf('The trip took two and a half hours.', 'en'), ['2.5']);
    assert.deepEqual(valuesOf('Le voyage a duré deux heures et demie.', 'fr'), ['2.5']);
    assert.deepEqual(valuesOf('De reis duurde twee en een half uur.', 'nl'), ['2.5']);
  });

  it('reads a half only by the number', () => {
    assert.deepEqual(valuesOf('Tiga pria setengah baya datang.', 'id'), ['3']);
    assert.deepEqual(valuesOf('Двоє людей чекали пів години.', 'uk'), ['2']);
  });

  it('compares the dual and a half with the figure the others write', () => {
    assert.deepEqual(countAlarms({ ar: 'تأخر القطار ساعتين ونصف في 30 مايو.', nl: 'De trein had 2,5 uur vertraging op 30 mei.', sv: 'Tåget var två och en halv timme försenat den 30 maj.' }), []);
  });
});
