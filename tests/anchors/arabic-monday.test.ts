// Arabic names Monday "the two" (`الاثنين`): the day is no count of two, or every Arabic version of a
// story told on a Monday carries a 2 the other versions lack. The nominative `الاثنان` stays "the two".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';
import { framedVersions as versions } from '../check/framed.js';

const numbersOf = (text: string) =>
  extractAnchors(text, { lang: 'ar' })
    .filter((a) => a.type === 'number')
    .map((a) => a.numeric);

describe('Arabic Monday', () => {
  it('reads Monday as no count, with a clitic, before الماضي and after يوم', () => {
    assert.deepEqual(numbersOf('افتتح المعرض يوم الاثنين.'), []);
    assert.deepEqual(numbersOf('افتتح المعرض الإثنين الماضي وزاره 7 وزراء.'), [7]);
    assert.deepEqual(numbersOf('افتتح المعرض يوم الأحد والاثنين.'), []);
    assert.deepEqual(numbersOf('وصل الاثنان إلى المعرض.'), [2]);
  });

  it('raises no count alarm against a version that names the day', () => {
    const found = check(
      versions({ ar: 'أصيب 5 أشخاص في حادث يوم الاثنين.', uk: 'У понеділок у аварії постраждали 5 людей.', nl: 'Bij een ongeluk op maandag raakten 5 mensen gewond.' }),
      { mode: 'parallel' },
    ).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch');
    assert.deepEqual(found, []);
  });
});
