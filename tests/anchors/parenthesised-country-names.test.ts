// CLDR names some countries with a second name in parentheses (`мʼянма (бірма)`, `ميانمار (بورما)`):
// running text writes the first part alone, and it names the country, as Indonesian `Myanmar` already did.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors, getProfile } from '../../src/index.js';

const countriesOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'country')
    .map((a) => a.value);

describe('country names before a parenthesis', () => {
  it('reads the first part of a parenthesised CLDR name as the country', () => {
    assert.deepEqual(countriesOf('Протести тривали в Мʼянмі тиждень.', 'uk'), ['MM']);
    assert.deepEqual(countriesOf('استمرت الاحتجاجات في ميانمار أسبوعا.', 'ar'), ['MM']);
    assert.deepEqual(countriesOf('De protesten in Myanmar duurden een week.', 'nl'), ['MM']);
  });

  it('leaves out a first part another country shares', () => {
    // French `congo (rdc)` beside `congo-brazzaville`: `Congo` alone names neither.
    assert.equal(getProfile('fr').anchors.countryNames['congo'], undefined);
    assert.equal(getProfile('ru').anchors.countryNames['конго'], undefined);
  });
});
