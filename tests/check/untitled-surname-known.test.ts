// A name swapped in from elsewhere in the story is a swap when the other version writes that name
// anywhere, even alone and without a title ("zei Doseba"), where it is no person-like name of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

describe('a surname the other version writes alone', () => {
  it('still makes a swap of it a name-variant finding', () => {
    const found = check(
      [
        { lang: 'nl', sentences: ['Het hotel in Palu stortte in, zei Doseba.', 'Zijn studenten zaten vast in het hotel in Palu, onder wie de heer Mandagi.'] },
        { lang: 'id', sentences: ['Hotel di Palu runtuh, kata Doseba.', 'Para muridnya terjebak di hotel di Palu, bersama Bapak Doseba.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'name-variant' && f.severity !== 'info');
    assert.deepEqual(found.map((f) => f.evidence.map((e) => e.text).sort()), [['Doseba', 'Mandagi']]);
  });
});
