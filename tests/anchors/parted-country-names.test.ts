// A country name of several parts is one name whatever separates its parts (spaces, hyphens, spaced
// dashes) and however each part is inflected; the longest name wins over a shorter one inside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countriesOf = (text: string, lang: string) =>
  extractAnchors(text, { lang, demonyms: true })
    .filter((a) => a.type === 'country')
    .map((a) => a.value);

describe('country names across separators', () => {
  const cases: Array<[string, string, string[]]> = [
    ['ru', 'Делегация прилетела в Папуа — Новую Гвинею во вторник.', ['PG']],
    ['ru', 'Власти Папуа-Новой Гвинеи закрыли порт.', ['PG']],
    ['uk', 'Уряд Папуа Нової Гвінеї оголосив тривогу.', ['PG']],
    ['uk', 'Папуа — Нова Гвінея та Гвінея підписали угоду.', ['PG', 'GN']],
    ['ru', 'Послы Гвинеи-Бисау и Экваториальной Гвинеи встретились.', ['GW', 'GQ']],
    ['uk', 'Посли Гвінеї-Бісау та Південного Судану приїхали.', ['GW', 'SS']],
    ['nl', 'De minister bezocht Papoea Nieuw-Guinea en Equatoriaal Guinea.', ['PG', 'GQ']],
    ['nl', 'Zuid Soedan en Soedan tekenden een akkoord.', ['SS', 'SD']],
    ['sv', 'Ministern besökte Papua-Nya Guinea och Ekvatorial-Guinea.', ['PG', 'GQ']],
    ['fr', 'Le ministre a visité la Papouasie – Nouvelle-Guinée et la Guinée.', ['PG', 'GN']],
    ['de', 'Der Minister reiste nach Äquatorial-Guinea und Süd-Sudan.', ['GQ', 'SS']],
    ['en', 'Flights to Papua-New Guinea and Guinea Bissau resumed.', ['PG', 'GW']],
    ['en', 'Niger and Nigeria, Dominica and the Dominican Republic.', ['NE', 'NG', 'DM', 'DO']],
    ['id', 'Menteri itu mengunjungi Papua-Nugini dan Sudan Selatan.', ['PG', 'SS']],
    ['ar', 'زار الوزير غينيا الاستوائية وبابوا غينيا الجديدة وجنوب السودان.', ['GQ', 'PG', 'SS']],
  ];
  for (const [lang, text, codes] of cases) it(`${lang}: ${text}`, () => assert.deepEqual(countriesOf(text, lang), codes));

  it('reads the last parts of a longer name as no shorter country (New Guinea is no Guinea)', () => {
    assert.deepEqual(countriesOf('The island of New Guinea is large.', 'en'), []);
    assert.deepEqual(countriesOf('На острові Нова Гвінея живуть люди.', 'uk'), []);
    assert.deepEqual(countriesOf('Ön Nya Guinea är stor.', 'sv'), []);
    // A sentence's first words and lowercase words before the name are no part of it.
    assert.deepEqual(countriesOf('Guinea is a country.', 'en'), ['GN']);
  });

  it('keeps two countries joined by a dash or hyphen two countries', () => {
    assert.deepEqual(countriesOf('Матч Франция — Германия прошёл в Ливии.', 'ru'), ['FR', 'DE', 'LY']);
    assert.deepEqual(countriesOf('Переговоры Россия — Украина и Китай-Индия.', 'ru'), ['RU', 'UA', 'CN', 'IN']);
    assert.deepEqual(countriesOf('De wedstrijd Nederland - België werd in Niger gespeeld.', 'nl'), ['NL', 'BE', 'NE']);
  });
});

describe('names of other languages across separators', () => {
  it('reads another table’s name as written, with no ending of the text’s language', () => {
    // `Saint-Martin` is the French table's: an English possessive of it is no country (a church, a college).
    assert.deepEqual(countriesOf("He led St Martin's church and Saint Martin's choir.", 'en'), []);
    assert.deepEqual(countriesOf('Papouasie Nouvelle-Guinée and Papua-New Guinea.', 'en'), ['PG', 'PG']);
  });
});
