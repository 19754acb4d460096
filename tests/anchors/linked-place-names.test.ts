// A town whose name joins parts by hyphens and a lowercase link word (`Stratford-upon-Avon`) is one
// place: a country-like last part (`Ньюпорт-он-Ливи`, `Villers-sur-Niger`) names a river or region, not
// the country.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countriesOf = (text: string, lang: string) =>
  extractAnchors(text, { lang, demonyms: true })
    .filter((a) => a.type === 'country')
    .map((a) => a.value);

describe('place names joined by a link word', () => {
  const towns: Array<[string, string]> = [
    ['ru', 'Кража произошла в городе Ньюпорт-он-Ливи в пятницу.'],
    ['fr', 'Il habite à Villers-sur-Niger depuis 2010.'],
    ['en', 'She moved to Little-on-Jordan in May.'],
    ['de', 'Er wohnt seit Mai in Neustadt-am-Kongo.'],
    // The same joins written with spaced dashes, and the country part inflected.
    ['ru', 'Кража произошла в городе Ньюпорт — он — Ливи в пятницу.'],
    ['uk', 'Крадіжка сталася в місті Ньюпорт-он-Лівії в п’ятницю.'],
    ['sv', 'Hon bor i Stad – vid – Niger sedan maj.'],
  ];
  for (const [lang, text] of towns) {
    it(`${lang}: reads no country in ${text}`, () => assert.deepEqual(countriesOf(text, lang), []));
  }

  it('still reads countries joined by a hyphen alone, and hyphenated country names', () => {
    assert.deepEqual(countriesOf('Der Kaiser von Österreich-Ungarn reiste nach Libyen.', 'de'), ['AT', 'HU', 'LY']);
    assert.deepEqual(countriesOf('Le dirigeant nord-coréen a visité le Royaume-Uni.', 'fr'), ['KP', 'GB']);
    assert.deepEqual(countriesOf('Гвинея-Бисау граничит с Сенегалом, а Ливия далеко.', 'ru'), ['GW', 'SN', 'LY']);
  });
});
