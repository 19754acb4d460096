// A decimal point written the English way in a language whose dot groups thousands is told by the one
// or two digits after it and by what follows: a scale word, a percent, and also a unit of measure
// (`1.82 meter`, `7.5 km`). Three digits after the dot still group (`7.500 km`), and a clock time stays one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';

const values = (lang: string, text: string) => extractAnchors(text, { lang }).flatMap((a) => (a.type === 'number' ? [a.value] : []));

describe('English decimals before a unit', () => {
  it('reads one or two digits after the dot before a unit as decimals', () => {
    assert.deepEqual(values('nl', 'De doelman is 1.82 meter lang.'), ['1.82']);
    assert.deepEqual(values('id', 'Rutenya sepanjang 7.5 km melewati hutan.'), ['7.5']);
    assert.deepEqual(values('nl', 'Het beeld weegt 2.4 ton.'), ['2.4']);
  });

  it('keeps three digits a group and a clock time a time', () => {
    assert.deepEqual(values('nl', 'De route is 7.500 km lang.'), ['7500']);
    assert.deepEqual(values('nl', 'De trein vertrekt om 16.45 uur.'), ['16:45']);
  });
});
