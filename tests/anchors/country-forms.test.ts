// Country names as news writes them beside the forms CLDR gives: dotted capitals (`U.S.`) and the
// everyday names of states CLDR names officially (ru `Северная Корея`, declined).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countriesOf = (text: string, lang: string) =>
  extractAnchors(text, { lang }).filter((a) => a.type === 'country').map((a) => [a.text, a.value]);

describe('country names as news writes them', () => {
  it('reads dotted capitals as the country they abbreviate', () => {
    assert.deepEqual(countriesOf('No response from the U.S. to the U.K. plan.', 'en'), [['U.S.', 'US'], ['U.K.', 'GB']]);
  });

  it('keeps a domain a domain and initials no country', () => {
    assert.deepEqual(countriesOf('See nld.com.vn and J.R. Smith.', 'en'), []);
  });

  it('reads the Russian everyday names of the two Koreas in every case', () => {
    assert.deepEqual(countriesOf('Северная Корея, Северной Кореи и Южной Кореей.', 'ru'), [
      ['Северная Корея', 'KP'],
      ['Северной Кореи', 'KP'],
      ['Южной Кореей', 'KR'],
    ]);
  });

  it('reads plural country names in their case forms (plural nouns, German adjective endings)', () => {
    assert.deepEqual(countriesOf('Недовіра до Сполучених Штатів і Сполученим Штатам.', 'uk'), [
      ['Сполучених Штатів', 'US'],
      ['Сполученим Штатам', 'US'],
    ]);
    assert.deepEqual(countriesOf('Недоверие к Соединенным Штатам.', 'ru'), [['Соединенным Штатам', 'US']]);
    assert.deepEqual(countriesOf('Misstrauen gegenüber den Vereinigten Staaten.', 'de'), [['Vereinigten Staaten', 'US']]);
  });
});
