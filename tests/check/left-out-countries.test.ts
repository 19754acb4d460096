// A country one version leaves out is no swap: an inflected multi-word name is still the country, and
// two versions that each leave out one of two countries the others state together disagree on nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

describe('countries left out are not swapped', () => {
  it('reads an inflected multi-word country name in Ukrainian', () => {
    const countries = (text: string) => extractAnchors(text, { lang: 'uk' }).filter((a) => a.type === 'country').map((a) => a.value);
    assert.deepEqual(countries('Санкції поставлять Північну Корею на коліна.'), ['KP']);
    assert.deepEqual(countries('Лідер Північної Кореї говорив про безпеку Північній Кореї.'), ['KP', 'KP']);
    assert.deepEqual(countries('Делегація Південною Кореєю не цікавилася.'), ['KR']);
  });

  it('does not read two versions each leaving out one of two countries the others state as a swap', () => {
    const sentences = {
      nl: ['Kim Jong Un ontmoette Pompeo uit de VS op 12 juni in Noord-Korea.', 'Daarna vertrok Pompeo op 13 juni.'],
      sv: ['Kim Jong Un träffade Pompeo från USA den 12 juni i Nordkorea.', 'Sedan reste Pompeo den 13 juni.'],
      id: ['Kim Jong Un bertemu Pompeo pada 12 Juni di Korea Utara.', 'Kemudian Pompeo pergi pada 13 Juni.'],
      uk: ['Кім Чен Ин зустрівся з Помпео зі США 12 червня.', 'Потім Помпео поїхав 13 червня.'],
    };
    const docs = Object.entries(sentences).map(([lang, s]) => ({ lang, sentences: s }));
    assert.deepEqual(check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label').map((f) => f.message), []);
    // A country put in place of another is still a swap.
    const swapped = docs.map((d) => (d.lang === 'id' ? { ...d, sentences: ['Kim Jong Un bertemu Pompeo pada 12 Juni di Prancis.', d.sentences[1]!] } : d));
    assert.equal(check(swapped, { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info').length, 1);
  });
});
