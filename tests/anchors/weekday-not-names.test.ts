// Weekday names written with a capital (`Monday`, Indonesian `Senin`, `Jumat`) are no names: read as
// names they stand left over beside versions that write the day in lowercase or as `يوم الاثنين`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const namesOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'entity')
    .map((a) => a.text);

describe('weekday names are no names', () => {
  it('reads no name in a capitalised weekday', () => {
    assert.deepEqual(namesOf('Pemungutan suara diadakan pada hari Senin di Jakarta.', 'id'), ['Jakarta']);
    assert.deepEqual(namesOf('Pada Jumat malam, Presiden Joko Widodo tiba.', 'id'), ['Joko Widodo']);
    assert.deepEqual(namesOf('The vote was held on Monday in London.', 'en'), ['London']);
  });

  it('keeps the names beside them', () => {
    assert.deepEqual(namesOf('On Friday, Boris Johnson arrived in London.', 'en'), ['Boris Johnson', 'London']);
  });
});
