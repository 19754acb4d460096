// A clock time written in Arabic-Indic digits is the same time as in ASCII digits: the value compared
// across versions must not keep the script of the minutes (`١٠:١٥` against `10:15`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';

test('a clock time in Arabic-Indic digits has the value of the same time in ASCII digits', () => {
  const times = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);
  assert.deepEqual(times('وقع الحادث حوالي الساعة ١٠:١٥ صباحًا.', 'ar'), ['10:15']);
  assert.deepEqual(times('وقع الحادث حوالي الساعة ٠٩:٣٠ صباحًا.', 'ar'), ['9:30']);
  assert.deepEqual(times('Het ongeval gebeurde om 10.15 uur.', 'nl'), ['10:15']);
});

