// Two centuries are compared by their number: `21-го століття` against `22-го століття` is a
// disagreement, while a century written as its first year (`1800-talet`) is the ordinal it stands for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const counts = (la: string, a: string, lb: string, b: string) =>
  check([{ lang: la, sentences: [a] }, { lang: lb, sentences: [b] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');

describe('two centuries', () => {
  it('finds two different centuries', () => {
    assert.equal(counts('uk', 'Замок перебудували у 16-му столітті.', 'uk', 'Замок перебудували у 17-му столітті.').length, 1);
    assert.equal(counts('nl', 'Het kasteel werd in de 16e eeuw verbouwd.', 'nl', 'Het kasteel werd in de 15e eeuw verbouwd.').length, 1);
  });

  it('takes a century as an ordinal and as its first year for one century', () => {
    assert.equal(counts('nl', 'Het kasteel werd in de 17e eeuw verbouwd.', 'sv', 'Slottet byggdes om på 1600-talet.').length, 0);
  });
});
