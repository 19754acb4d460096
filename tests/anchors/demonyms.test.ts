// Country adjectives and demonyms (`Vietnamese`, `الصيني`, `chinesisch`) and one-word compass regions
// (`Westnepal`) are countries when asked for (`demonyms: true`, as the check stage does); hyphenated
// country names (`Royaume-Uni`) and everyday names of the United Kingdom are countries always.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCode, extractAnchors } from '../../src/index.js';

const countries = (text: string, lang: string, demonyms = true) =>
  extractAnchors(text, { lang, demonyms }).filter((a) => a.type === 'country').map((a) => [a.text, a.value]);

describe('country adjectives and demonyms', () => {
  it('reads the Arabic nisba with article and clitics as the country', () => {
    assert.deepEqual(countries('عضو اللجنة المركزية للحزب الشيوعي الفيتنامي', 'ar'), [['الفيتنامي', 'VN']]);
    assert.deepEqual(countries('والصينية وللصينيين', 'ar'), [['والصينية', 'CN'], ['وللصينيين', 'CN']]);
  });

  it('reads adjectives in every case of the five corpus languages and de/fr/en', () => {
    assert.deepEqual(countries("samenwerking met Vietnamese regio's en de Chinese delegatie", 'nl'), [['Vietnamese', 'VN'], ['Chinese', 'CN']]);
    assert.deepEqual(countries("в'єтнамсько-китайського кордону", 'uk'), [["в'єтнамсько", 'VN'], ['китайського', 'CN']]);
    assert.deepEqual(countries('den kinesiska delegationen', 'sv'), [['kinesiska', 'CN']]);
    // Both Swedish adjectives of Macedonia, the learned and the everyday one.
    assert.deepEqual(countries('den makedonska och den makedoniska regeringen', 'sv'), [['makedonska', 'MK'], ['makedoniska', 'MK']]);
    assert.deepEqual(countries('warga Tionghoa', 'id'), [['Tionghoa', 'CN']]);
    assert.deepEqual(countries('im pakistanischen Karakorum, die Japaner', 'de'), [['pakistanischen', 'PK'], ['Japaner', 'JP']]);
    assert.deepEqual(countries("dans le Karakorum pakistanais , l' expédition sino-soviétique", 'fr'), [['pakistanais', 'PK'], ['sino', 'CN']]);
    assert.deepEqual(countries('the Nepalese government', 'en'), [['Nepalese', 'NP']]);
  });

  it('reads the demonyms of the two Koreas, one word, hyphenated or two words, and never as the other Korea', () => {
    assert.deepEqual(countries('Le ministre nord-coréen et les Sud-Coréens', 'fr'), [['nord-coréen', 'KP'], ['Sud-Coréens', 'KR']]);
    assert.deepEqual(countries('De Noord-Koreaanse minister', 'nl'), [['Noord-Koreaanse', 'KP']]);
    assert.deepEqual(countries('a North Korean leader and South Koreans', 'en'), [['North Korean', 'KP'], ['South Koreans', 'KR']]);
    assert.deepEqual(countries('mit dem nordkoreanischen Staatsoberhaupt', 'de'), [['nordkoreanischen', 'KP']]);
    assert.deepEqual(countries('с северокорейским лидером', 'ru'), [['северокорейским', 'KP']]);
    assert.deepEqual(countries('den sydkoreanska presidenten', 'sv'), [['sydkoreanska', 'KR']]);
    assert.deepEqual(countries('De Koreaanse oorlog', 'nl'), []);
  });

  it('reads the adjectives of more countries in the news: Singapore, Mexico, Canada, Ukraine, Australia', () => {
    assert.deepEqual(countries('після сінгапурського саміту', 'uk'), [['сінгапурського', 'SG']]);
    assert.deepEqual(countries('the Canadian and Mexican leaders', 'en'), [['Canadian', 'CA'], ['Mexican', 'MX']]);
    assert.deepEqual(countries('le gouvernement ukrainien et australien', 'fr'), [['ukrainien', 'UA'], ['australien', 'AU']]);
    assert.deepEqual(countries('الرئيس المكسيكي', 'ar'), [['المكسيكي', 'MX']]);
  });

  it('leaves them alone unless asked, and leaves names that look like them alone', () => {
    assert.deepEqual(countries("Vietnamese regio's", 'nl', false), []);
    assert.deepEqual(countries('الحزب الشيوعي الفيتنامي', 'ar', false), []);
    // nl `Frans` is a first name as often as "French"; lowercase `polish` in English is a verb.
    assert.deepEqual(countries('Frans Timmermans sprak', 'nl'), []);
    assert.deepEqual(countries('they polish the stones', 'en'), []);
  });

  it('reads combining forms only as the first part of a hyphenated compound', () => {
    assert.deepEqual(countries('une expédition germano-suisse dite végétarienne', 'fr'), [['germano', 'DE'], ['suisse', 'CH']]);
    assert.deepEqual(countries('eine anglo-amerikanische Expedition', 'de'), [['anglo', 'GB'], ['amerikanische', 'US']]);
    assert.deepEqual(countries('the Anglo-French treaty', 'en'), [['Anglo', 'GB'], ['French', 'FR']]);
    assert.deepEqual(countries('een anglo-amerikaanse ploeg', 'nl'), [['anglo', 'GB']]);
    assert.deepEqual(countries('en italo-schweizisk expedition', 'sv'), [['italo', 'IT'], ['schweizisk', 'CH']]);
    // Alone, or before a spaced dash, they are names: Jean Franco wrote the book on Makalu.
    assert.deepEqual(countries('le livre de Jean Franco ( Makalu )', 'fr'), []);
    assert.deepEqual(countries('Franco - le général', 'fr'), []);
    assert.deepEqual(countries('eine anglo-amerikanische Expedition', 'de', false), []);
  });

  it('marks adjectives, demonyms and compass regions as such, and names not', () => {
    const marks = extractAnchors('Die nepalischen Träger in Westnepal und in Nepal', { lang: 'de', demonyms: true })
      .filter((a) => a.type === 'country')
      .map((a) => [a.text, a.type === 'country' && a.adjective === true]);
    assert.deepEqual(marks, [['nepalischen', true], ['Westnepal', true], ['Nepal', false]]);
  });

  it('reads a one-word compass region as its country', () => {
    assert.deepEqual(countries('Toni Hagen arbeitet seit 1956 in Westnepal .', 'de'), [['Westnepal', 'NP']]);
    assert.deepEqual(countries('in Nordvietnam', 'sv'), [['Nordvietnam', 'VN']]);
    assert.deepEqual(countries('in Nordirland', 'de'), []);
  });
});

describe('demonyms of a country named like a continent', () => {
  it('reads South, North and Latin American as parts of the continent, no country', () => {
    assert.deepEqual(countries('De Zuid-Amerikanen en een Latijns-Amerikaanse ploeg.', 'nl'), []);
    assert.deepEqual(countries('A Latin American band on the North American market.', 'en'), []);
    assert.deepEqual(countries('Les équipes sud-américaines et le marché nord-américain.', 'fr'), []);
  });

  it('keeps American alone, and other compass compounds, as countries', () => {
    assert.deepEqual(countries('De Amerikaanse regering en de Noord-Italiaanse steden.', 'nl'), [['Amerikaanse', 'US'], ['Italiaanse', 'IT']]);
    assert.deepEqual(countries('The American and South African governments.', 'en'), [['American', 'US'], ['South African', 'ZA']]);
  });
});

describe('hyphenated and everyday country names', () => {
  it('reads Royaume-Uni, États-Unis and Grande-Bretagne as one country each', () => {
    assert.deepEqual(countries("dans le Royaume-Uni , aux États-Unis et en Grande-Bretagne", 'fr', false), [
      ['Royaume-Uni', 'GB'],
      ['États-Unis', 'US'],
      ['Grande-Bretagne', 'GB'],
    ]);
  });

  it('knows Great Britain and England as the United Kingdom', () => {
    assert.equal(countryCode('Großbritannien', 'de'), 'GB');
    assert.equal(countryCode('England', 'sv'), 'GB');
    assert.equal(countryCode('Groot-Brittannië', 'nl'), 'GB');
    assert.equal(countryCode('Inggris', 'id'), 'GB');
    assert.equal(countryCode('بريطانيا', 'ar'), 'GB');
  });
});
