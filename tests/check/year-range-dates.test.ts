// A range of years written with a dash (`1950–53`) states the same two years as a version that writes
// them apart (`من 1950 حتى 1953`, `van 1950 tot 1953`): a year changed at either end is a date mismatch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const dateAlarms = (a: { lang: string; text: string }, b: { lang: string; text: string }) =>
  check([{ lang: a.lang, sentences: [a.text] }, { lang: b.lang, sentences: [b.text] }], { mode: 'parallel' }).findings.filter(
    (f) => f.rule === 'date-mismatch' && f.severity !== 'info',
  );

describe('a dash range of years against years written apart', () => {
  it('finds a year changed at one end', () => {
    const found = dateAlarms({ lang: 'ar', text: 'استمرت الحرب في كوريا من 1951 حتى 1953 وقتل فيها 36 ألف جندي أمريكي.' }, { lang: 'nl', text: 'De oorlog in Korea duurde van 1950-53 en kostte 36.000 Amerikaanse soldaten het leven.' });
    assert.deepEqual(found.map((f) => f.evidence.map((e) => e.text).sort()), [['1950-53', '1951']]);
  });

  it('stays quiet when the years agree', () => {
    assert.equal(dateAlarms({ lang: 'ar', text: 'استمرت الحرب في كوريا من 1950 حتى 1953 وقتل فيها 36 ألف جندي أمريكي.' }, { lang: 'sv', text: 'Kriget i Korea pågick 1950–53 och kostade 36 000 amerikanska soldater livet.' }).length, 0);
  });

  it('reads a wide range as a count, not as years', () => {
    assert.equal(dateAlarms({ lang: 'nl', text: 'In 1950 kwamen 1900-1990 mensen naar Seoul.' }, { lang: 'sv', text: 'År 1951 kom 1900–1990 personer till Seoul.' }).length, 1);
  });
});
