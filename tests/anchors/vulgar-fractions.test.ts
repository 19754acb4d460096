// A whole number with a Unicode vulgar fraction (`1 ½ m`) is one number, so a translation that writes
// the decimal (`1,50 m`) agrees with it instead of disagreeing with its whole part.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const values = (text: string, lang: string) => extractAnchors(text, { lang }).map((a) => `${a.type}:${a.value}:${a.text}`);

describe('vulgar fractions', () => {
  it('reads a whole number and the fraction after it, glued or after one space, as one decimal', () => {
    assert.deepEqual(values('Das Seil war 2 ½ m lang.', 'de'), ['number:2.5:2 ½']);
    assert.deepEqual(values('De rivier was 1¾ meter diep.', 'nl'), ['number:1.75:1¾']);
    assert.deepEqual(values('Прошли 3⅓ км.', 'uk'), ['number:3.333:3⅓']);
  });

  it('leaves a number without a fraction, and a fraction two spaces away, as they were', () => {
    assert.deepEqual(values('Het touw was 2 meter lang.', 'nl'), ['number:2:2']);
    assert.deepEqual(values('Het touw was 2  ½ meter lang.', 'nl'), ['number:2:2']);
  });

  it('raises no count alarm between a mixed number and the same value as a decimal, and one for another value', () => {
    const alarms = (fr: string) =>
      check([
        { lang: 'de', sentences: ['Am 12. Mai 1954 erreichten wir den Fluss bei Namche.', 'Das Wasser war hier 1 ½ m tief, und die Strömung war stark.', 'Nach 40 Minuten standen wir am anderen Ufer.'] },
        { lang: 'fr', sentences: ['Le 12 mai 1954, nous atteignîmes la rivière près de Namche.', fr, 'Après 40 minutes, nous étions sur l’autre rive.'] },
      ]).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');
    assert.equal(alarms("L'eau était profonde de 1,50 m, et le courant était fort.").length, 0);
    assert.equal(alarms("L'eau était profonde de 3,50 m, et le courant était fort.").length, 1);
  });
});
