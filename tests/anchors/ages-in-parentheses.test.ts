// One or two digits in parentheses right after a word are an age (`een verpleegster (34)`, `Erik Lund
// (52)`), read as a number; list marks at the start or after punctuation, area codes with a leading
// zero and years in parentheses keep their readings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const numbers = (lang: string, text: string) => extractAnchors(text, { lang }).flatMap((a) => (a.type === 'number' ? [a.numeric] : []));

describe('ages in parentheses', () => {
  it('reads an age after a word', () => {
    assert.deepEqual(numbers('nl', 'Een verpleegster (34) raakte gewond.'), [34]);
    assert.deepEqual(numbers('sv', 'Erik Lund (52) tog över bolaget.'), [52]);
  });

  it('leaves list marks and area codes unread', () => {
    assert.deepEqual(numbers('nl', '(2) De tweede regel volgt.'), []);
    assert.deepEqual(numbers('nl', 'Zie de lijst, (4) volgt later.'), []);
    assert.deepEqual(numbers('nl', 'Bel (020) 555 1234 voor vragen.'), []);
  });

  it('check finds a changed age', () => {
    const found = check(
      [
        { lang: 'nl', sentences: ['Een verpleegster (34) raakte gewond bij het ongeluk.'] },
        { lang: 'nl', sentences: ['Een verpleegster (39) raakte gewond bij het ongeluk.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.severity !== 'info');
    assert.equal(found.length, 1);
  });
});
