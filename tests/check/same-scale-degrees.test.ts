// Degrees written on one scale in both versions (both leave it unsaid, or both say Celsius) were not
// converted: `81 derajat` against `80 graden` is another figure. Degrees converted between the scales
// (80 unsaid, that is °F, against 27 °C) still round.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const counts = (a: { lang: string; text: string }, b: { lang: string; text: string }) =>
  check([{ lang: a.lang, sentences: [a.text] }, { lang: b.lang, sentences: [b.text] }], { mode: 'parallel' }).findings.filter(
    (f) => f.rule === 'count-mismatch' && f.severity !== 'info',
  );

describe('degrees on one scale', () => {
  it('one apart are two figures', () => {
    assert.equal(counts({ lang: 'id', text: 'Suhu di Medan bisa mencapai 31 derajat pada hari Kamis.' }, { lang: 'nl', text: 'In Medan kan het donderdag 30 graden worden.' }).length, 1);
    assert.equal(counts({ lang: 'sv', text: 'I Malmö blir det 24 grader Celsius på fredag.' }, { lang: 'nl', text: 'In Malmö wordt het vrijdag 23 graden Celsius.' }).length, 1);
  });

  it('converted between scales still round', () => {
    assert.equal(counts({ lang: 'nl', text: 'In Medan kan het donderdag 88 graden worden.' }, { lang: 'uk', text: 'У Медані в четвер може бути 31 градус Цельсія.' }).length, 0);
  });
});
