// A hedge on one side of two translations ("about 200" / "204"): the figure itself was changed when the
// two have one size and leading digit; a figure of another size may count something else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const counts = (nl: string, sv: string) =>
  check([{ lang: 'nl', text: nl }, { lang: 'sv', text: sv }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch');

describe('a hedge on one side of two translations', () => {
  it('leaves no doubt about a figure of the same size and leading digit', () => {
    const found = counts('Volgens Trump stonden er op 2 oktober ongeveer 200 mensen in de zaal.', 'Enligt Trump stod 204 personer i salen den 2 oktober.');
    assert.equal(found.length, 1);
    assert.notEqual(found[0]!.severity, 'info');
  });

  it('keeps a figure of another size in doubt', () => {
    const found = counts('Volgens Trump stonden er op 2 oktober ongeveer 300 mensen in de zaal.', 'Enligt Trump stod 600 personer i salen den 2 oktober.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'info');
  });
});
