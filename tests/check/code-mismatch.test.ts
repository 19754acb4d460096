// Codes and phone numbers: digits that are no count, copied verbatim by every translation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const codeFindings = (a: { lang: string; text: string }, b: { lang: string; text: string }) =>
  check([a, b], { mode: 'parallel' }).findings.filter((f) => f.rule === 'code-mismatch');

describe('code-mismatch', () => {
  it('flags a phone number written with another digit in a Ukrainian translation', () => {
    const found = codeFindings(
      { lang: 'nl', text: 'Wie informatie heeft, kan de politie van Newport bellen op 859-292-3680.' },
      { lang: 'uk', text: 'Усі, хто має інформацію, можуть зателефонувати до поліції Ньюпорта за номером 859-294-3680.' },
    );
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.text).sort(), ['859-292-3680', '859-294-3680']);
  });

  it('flags a code in Latin letters inside Arabic text', () => {
    const found = codeFindings(
      { lang: 'ar', text: 'قال الباحث إن بروتين HER3 يحفز نمو عدة أنواع من السرطان.' },
      { lang: 'sv', text: 'Forskaren sa att proteinet HER2 driver tillväxten av flera typer av cancer.' },
    );
    assert.equal(found.length, 1);
  });

  it('reads a range or a score of two digit groups as no phone number, and a code in another script as none', () => {
    assert.deepEqual(
      codeFindings(
        { lang: 'nl', text: 'Het regende 5-10 cm en de Su-30 landde op de basis.' },
        { lang: 'uk', text: 'Випало 5-12 см дощу, і Су-35 приземлився на базі.' },
      ).map((f) => f.message),
      [],
    );
  });
});
