// One person named in many languages, each by its own conventions, raises no name alarm: classes found by
// the name-rendering probe (benchmarks/name-renderings.ts). Sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, countryCode, entityKey, extractAnchors } from '../../src/index.js';

const nameAlarms = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'name-variant').map((f) => f.message);

describe('one person rendered by each language’s conventions', () => {
  it('keys a Latin letter Unicode does not decompose as its base letter (ł, ı, ø, ß)', () => {
    assert.equal(entityKey('Wałęsa', 'en'), entityKey('Walesa', 'en'));
    assert.equal(entityKey('Yıldırım', 'en'), entityKey('Йилдырым', 'ru'));
    assert.equal(entityKey('Støre', 'en'), entityKey('Store', 'en'));
    assert.equal(entityKey('Strauß', 'de'), entityKey('Strauss', 'en'));
  });

  it('reads a country name whose cases drop a vowel of the nominative (Єгипту, Египта)', () => {
    assert.equal(countryCode('Єгипту', 'uk'), 'EG');
    assert.equal(countryCode('Египта', 'ru'), 'EG');
    assert.equal(countryCode('Єгипет', 'uk'), 'EG');
  });

  it('does not take a country in the genitive before the name for part of it (Президент Єгипту Ван І)', () => {
    const found = nameAlarms([
      { lang: 'uk', sentences: ['Міністр прийняв Ван І у Бразилії та обговорив 40 проєктів.', 'Президент Єгипту Ван І оголосив про 90 нових шкіл.'] },
      { lang: 'en', sentences: ['The minister met Wang Yi in Brazil and discussed 40 projects.', 'Egyptian President Wang Yi announced 90 new schools.'] },
      { lang: 'nl', sentences: ['De minister ontving Wang Yi in Brazilië en besprak 40 projecten.', 'De Egyptische president Wang Yi kondigde 90 nieuwe scholen aan.'] },
    ]);
    assert.deepEqual(found, []);
  });

  it('undoes German and Dutch transliteration in a name glued to the word opening the sentence (Laut Lawrow / Volgens Lavrov)', () => {
    const found = nameAlarms([
      { lang: 'de', sentences: ['Sergei Lawrow besuchte am Montag Japan und unterzeichnete 12 Abkommen.', 'Laut Lawrow wurden in Syrien 60 Soldaten verletzt.', 'Der Minister empfing Marija Sacharowa in Brasilien und besprach 40 Projekte.'] },
      { lang: 'nl', sentences: ['Sergej Lavrov bezocht maandag Japan en ondertekende 12 akkoorden.', 'Volgens Lavrov raakten in Syrië 60 soldaten gewond.', 'De minister ontving Maria Zacharova in Brazilië en besprak 40 projecten.'] },
      { lang: 'fr', sentences: ['Sergueï Lavrov s\'est rendu au Japon lundi et a signé 12 accords.', 'Selon Lavrov, 60 soldats ont été blessés en Syrie.', 'Le ministre a reçu Maria Zakharova au Brésil et a discuté de 40 projets.'] },
    ]);
    assert.deepEqual(found, []);
  });
});

describe('names with particles and elided words before them', () => {
  const names = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'entity').map((a) => a.text);
  const keys = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'entity').map((a) => a.value);

  it('reads a name across its particles (bin, al-, von der, аль-, фон дер) as one name', () => {
    assert.deepEqual(names('Mohammed bin Salman visited Japan on Monday.', 'en'), ['Mohammed bin Salman']);
    assert.deepEqual(names('Der Minister empfing Baschar al-Assad in Brasilien.', 'de'), ['Baschar al-Assad']);
    assert.deepEqual(names('Een verklaring van Ursula von der Leyen noemde vrijdag 300 slachtoffers.', 'nl'), ['Ursula von der Leyen']);
    assert.deepEqual(names('Міністр прийняв Урсулу фон дер Ляєн у Бразилії.', 'uk'), ['Урсулу фон дер Ляєн']);
  });

  it('leaves the particles out of the key, as languages that drop them write the name (al-Assad / Асад)', () => {
    assert.deepEqual(keys('The minister met Bashar al-Assad in Brazil.', 'en'), keys('Министр принял Башара Асада в Бразилии.', 'ru'));
    assert.deepEqual(keys("Ursula von der Leyen's statement on Friday mentioned 300 victims.", 'en'), keys('Ursula Leyen visited.', 'en'));
  });

  it('takes a name after a title and the office’s country in the genitive for a person (Президент Египта Юрий Гагарин)', () => {
    const person = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'entity' && a.entityKind === 'person').map((a) => a.text);
    assert.deepEqual(person('Президент Египта Юрий Гагарин объявил о 90 новых школах.', 'ru'), ['Юрий Гагарин']);
    assert.deepEqual(person('Президент Єгипту Петро Коваль оголосив про 90 нових шкіл.', 'uk'), ['Петро Коваль']);
  });

  it('keeps a preposition of the language out of names (Dutch van, French de)', () => {
    assert.deepEqual(names('Het Provinciaal Partijcomité van Quang Ninh vergaderde.', 'nl').includes('van Quang Ninh'), false);
    assert.deepEqual(names('Le ministre a parlé de Paris Hilton et de Londres.', 'fr').some((n) => n.startsWith('de ')), false);
  });

  it('reads a name or country after an elided French word (d’Abdel, l’Ukraine) and keeps O’Brien whole', () => {
    assert.deepEqual(names("Vendredi, une déclaration d'Oleksandr Ousyk évoquait 300 victimes.", 'fr'), ['Oleksandr Ousyk']);
    assert.deepEqual(extractAnchors("Les troupes d'Ukraine et l'Irak sont parties.", { lang: 'fr' }).filter((a) => a.type === 'country').map((a) => a.value), ['UA', 'IQ']);
    assert.equal(names('The minister met Conor O’Brien in Dublin.', 'en')[0], 'Conor O’Brien');
  });
});
