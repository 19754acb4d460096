// Initialisms among country names (`США`, `ПАР`, `VAE`) are written in capitals, and only so do they name
// the country: `Пари` (couples) with its case ending folds to the letters of `ПАР` (South Africa). And a
// word that is another language's name for a country (`Island`, Swedish for Iceland) is a word of the
// document's own language where the document writes it in lowercase elsewhere (`the island`), or
// capitalises it only in a title-case headline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentCase, extractAnchors } from '../../src/index.js';

const countries = (text: string, lang: string) =>
  extractAnchors(text, { lang, documentCase: documentCase(text) }).flatMap((a) => (a.type === 'country' ? [`${a.text} ${a.value}`] : []));

describe('country initialisms', () => {
  it('reads an initialism written in capitals, with or without a case ending', () => {
    assert.deepEqual(countries('Делегації США та ПАР підписали угоду.', 'uk'), ['США US', 'ПАР ZA']);
    assert.deepEqual(countries('Він повернувся з ПАРу.', 'uk'), ['ПАРу ZA']);
    assert.deepEqual(countries('Делегации ЮАР и КНДР встретились.', 'ru'), ['ЮАР ZA', 'КНДР KP']);
    assert.deepEqual(countries('De VS en de VAE tekenden.', 'nl'), ['VS US', 'VAE AE']);
  });

  it('reads no country in a word of small letters that folds to one', () => {
    assert.deepEqual(countries('Пари танцювали до ранку.', 'uk'), []);
    assert.deepEqual(countries('Пара из Юар приехала.', 'ru'), []);
  });
});

describe("another language's name for a country", () => {
  it('is an ordinary word where the document writes it in lowercase', () => {
    assert.deepEqual(countries('Storm Could Devastate an Island. The island lies far from any coast.', 'en'), []);
  });

  it('stays a country where the document never writes it in lowercase', () => {
    assert.deepEqual(countries('Storm Could Devastate an Island. Nobody lives there.', 'en'), ['Island IS']);
  });

  it('is an ordinary word in a title-case headline where running text never capitalises it', () => {
    // The headline's style capitalised `Island`; the document never writes `island` in lowercase.
    const headline = 'Indonesia Tsunami and Quake Devastate an Island, Killing Hundreds';
    const inHeadline = (body: string) =>
      extractAnchors(headline, { lang: 'en', documentCase: documentCase(`${headline}\n${body}`) }).flatMap((a) => (a.type === 'country' ? [`${a.text} ${a.value}`] : []));
    assert.deepEqual(inHeadline('The tsunami struck Indonesia at dusk and killed hundreds.'), ['Indonesia ID']);
    // Running text that writes it with a capital mid-sentence names the country.
    assert.deepEqual(inHeadline('The tsunami struck at dusk, and rescuers flew in from Island and Norway.'), ['Indonesia ID', 'Island IS']);
  });

  it("keeps the document's own language's names countries, written in lowercase elsewhere or not", () => {
    assert.deepEqual(countries('Turkey banned the imports. A turkey costs more this year.', 'en'), ['Turkey TR']);
  });
});
