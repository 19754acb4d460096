// Arabic ordinals of the tens: no ordinal form of their own, the cardinal with the article after a
// definite noun (`القرن العشرين`, the 20th century), and compound ordinals with the unit first
// (`الحادي والعشرين` 21st, `الثالث عشر` 13th).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const countsOf = (text: string) =>
  extractAnchors(text, { lang: 'ar' })
    .filter((a) => a.type === 'number' || a.type === 'ordinal')
    .map((a) => `${a.type} ${Number.parseFloat(a.value)}`);

describe('Arabic ordinal tens', () => {
  const cases: Array<[string, string[]]> = [
    ['في القرن العشرين تغير كل شيء.', ['ordinal 20']],
    ['احتفلوا بالذكرى الخمسين للحدث.', ['ordinal 50']],
    ['وسجل في الدقيقة التسعين هدفا.', ['ordinal 90']],
    ['خلال العشرين عاما الماضية.', ['number 20']],
    ['حصل على خمسين دولارا.', ['number 50']],
    ['في القرن الحادي والعشرين.', ['ordinal 21']],
    ['في الطابق الثالث عشر.', ['ordinal 13']],
    ['الحادية عشرة.', ['ordinal 11']],
  ];
  for (const [text, expected] of cases) it(`reads "${text}"`, () => assert.deepEqual(countsOf(text), expected));

  const alarms = (ar: string) =>
    check([{ lang: 'en', text: 'On 3 May they marked the 50th anniversary of the event.' }, { lang: 'ar', text: ar }], { mode: 'parallel' }).findings.filter(
      (f) => f.rule === 'count-mismatch' && f.severity !== 'info',
    );
  it('the same ordinal in en and ar gives no alarm', () => assert.equal(alarms('في 3 مايو احتفلوا بالذكرى الخمسين للحدث.').length, 0));
  it('a changed ordinal tens word gives a count mismatch', () => assert.equal(alarms('في 3 مايو احتفلوا بالذكرى الستين للحدث.').length, 1));
});
