// Codes of a cased script other than Latin (`Ту-154`, `Су-27`, `МіГ-29`) are compared like Latin ones:
// a capital, letters, an optional hyphen and digits. Lower-case letters glued to digits are no code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const codeFindings = (lang: string, a: string, b: string) =>
  check([{ lang, sentences: [a] }, { lang, sentences: [b] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'code-mismatch');

describe('codes of a cased script', () => {
  it('finds a Cyrillic code written with other digits', () => {
    const found = codeFindings('uk', 'Літак Ту-154 приземлився в аеропорту.', 'Літак Ту-134 приземлився в аеропорту.');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.text).sort(), ['Ту-134', 'Ту-154']);
    assert.equal(codeFindings('ru', 'Истребитель МиГ-29 поднялся в воздух.', 'Истребитель МиГ-31 поднялся в воздух.').length, 1);
  });

  it('leaves the same code and lower-case words alone', () => {
    assert.equal(codeFindings('uk', 'Літак Ту-154 приземлився.', 'Літак Ту-154 приземлився.').length, 0);
    assert.equal(codeFindings('ar', 'ارتفع النمو و2007 كان عاما صعبا.', 'ارتفع النمو و2008 كان عاما صعبا.').length, 0);
  });
});
