// Two ranges of days agree only with the same ends (`12–19 травня` is not `2–19 травня`), and a list of
// months sharing one year changes as one when the year does (`у березні й квітні 2016 року` / `… 2019 року`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const dateFindings = (lang: string, a: string, b: string) =>
  check([{ lang, sentences: [a] }, { lang, sentences: [b] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'date-mismatch' && f.severity !== 'info');

describe('ranges of days and lists of months', () => {
  it('finds a range whose first day changed', () => {
    assert.equal(dateFindings('uk', 'Виставка триватиме 12-19 травня в Одесі.', 'Виставка триватиме 2-19 травня в Одесі.').length, 1);
    assert.equal(dateFindings('nl', 'De beurs loopt van 12-19 mei in Gent.', 'De beurs loopt van 12-18 mei in Gent.').length, 1);
  });

  it('still lets one day agree with a range that starts on it', () => {
    assert.equal(dateFindings('nl', 'De beurs opent op 12 mei in Gent.', 'De beurs loopt van 12-19 mei in Gent.').length, 0);
  });

  it('finds the year of a list of months changed', () => {
    assert.equal(dateFindings('uk', 'Ремонт тривав у березні й квітні 2016 року.', 'Ремонт тривав у березні й квітні 2019 року.').length, 1);
    assert.equal(dateFindings('sv', 'Arbetet pågick i mars och april 2016.', 'Arbetet pågick i mars och april 2019.').length, 1);
  });
});
