// Dutch `in plaats daarvan` ("instead") holds the part word `daarvan` but puts the count after it in
// place of another: the count is whole, and a changed one is an error. `waarvan drie` ("of which
// three") stays a part, and a difference there stays in doubt.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const counts = (nl: string, uk: string) =>
  check([{ lang: 'nl', sentences: [nl] }, { lang: 'uk', sentences: [uk] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch');

describe('"in plaats daarvan" before a count', () => {
  it('is no part: a changed count is an error', () => {
    const found = counts('De minister noemde in plaats daarvan drie bezoeken aan Kyiv.', 'Натомість міністр згадав чотири візити до Києва.');
    assert.deepEqual(found.map((f) => f.severity), ['error']);
  });

  it('while "waarvan" still marks a part', () => {
    const found = counts('Er kwamen tien gasten naar Kyiv, waarvan drie uit Polen.', 'До Києва приїхали десять гостей, четверо з Польщі.');
    assert.ok(found.every((f) => f.severity === 'info'));
  });
});

describe('"only" before an earlier count', () => {
  it('restricts that count, not the one compared with it', () => {
    const found = counts('De opkomst in Kyiv was 16 procent, vergeleken met 29 procent in 2019.', 'Явка в Києві склала лише 16% порівняно з 23% у 2019 році.');
    assert.deepEqual(found.map((f) => f.severity), ['error']);
  });

  it('still restricts the count right after it', () => {
    const found = counts('Er kwamen 12 gasten naar Kyiv.', 'До Києва приїхали лише 10 гостей.');
    assert.deepEqual(found.map((f) => f.severity), ['error']);
  });
});
