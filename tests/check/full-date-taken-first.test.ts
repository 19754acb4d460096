// A date one version writes in full is matched by the other version's equal date first; that date then
// accounts for no shorter date of the sentence (`3 Mei 2019 … 3 Mei` against `3 Mei 2019 … 5 Mei`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const dateFindings = (lang: string, a: string, b: string) =>
  check([{ lang, sentences: [a] }, { lang, sentences: [b] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'date-mismatch' && f.severity !== 'info');

describe('a full date taken by its equal first', () => {
  it('finds the shorter date changed beside the full one', () => {
    assert.equal(dateFindings('id', 'Pada 3 Mei 2019 pasar ditutup, dan sejak peristiwa 3 Mei harga naik.', 'Pada 3 Mei 2019 pasar ditutup, dan sejak peristiwa 5 Mei harga naik.').length, 1);
  });

  it('still lets a full date account for a shorter one the other version adds', () => {
    assert.equal(dateFindings('sv', 'Den 3 maj 2019 stängdes marknaden.', 'Den 3 maj 2019, en fredag den 3 maj, stängdes marknaden.').length, 0);
  });
});
