// Years are counted like days and months: a sentence naming one year twice does not account for
// another year the other version gives in one of those places (`2015 … 2015` against `2015 … 2019`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const dateFindings = (lang: string, a: string, b: string) =>
  check([{ lang, sentences: [a] }, { lang, sentences: [b] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'date-mismatch' && f.severity !== 'info');

describe('a year named twice', () => {
  it('finds a year changed into another year of the sentence', () => {
    assert.equal(dateFindings('sv', 'Bygget startade 2015 och skulle vara klart 2019.', 'Bygget startade 2015 och skulle vara klart 2015.').length, 1);
  });

  it('finds one of two mentions of a year changed', () => {
    assert.equal(dateFindings('id', 'Pada tahun 2015 panen turun, tetapi pada tahun 2015 harga naik.', 'Pada tahun 2013 panen turun, tetapi pada tahun 2015 harga naik.').length, 1);
  });

  it('raises nothing when one version only repeats the year', () => {
    assert.equal(dateFindings('sv', 'Bygget startade 2015 och samma år 2015 kom pengarna.', 'Bygget startade 2015 och samma år kom pengarna.').length, 0);
  });
});
