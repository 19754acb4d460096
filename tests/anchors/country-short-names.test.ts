// The short names and abbreviations the press of each language uses for a country, which CLDR does not
// give (CLDR's GB is `Велика Британія`, its AE `Verenigde Arabische Emiraten`): read as the country, in
// their case forms, and not as a name glued to the person after them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';

const read = (text: string, lang: string) => extractAnchors(text, { lang }).map((a) => `${a.type}:${a.text}${a.type === 'country' ? `=${a.value}` : ''}`);

test('short country names are countries, in every case form', () => {
  assert.deepEqual(read('У КНДР, ОАЕ, Великобританії та Британії.', 'uk'), ['country:КНДР=KP', 'country:ОАЕ=AE', 'country:Великобританії=GB', 'country:Британії=GB']);
  assert.deepEqual(read('Di UEA, Korut dan Korsel.', 'id'), ['country:UEA=AE', 'country:Korut=KP', 'country:Korsel=KR']);
  assert.deepEqual(read('In de VAE.', 'nl'), ['country:VAE=AE']);
  assert.deepEqual(read('في الإمارات وبالإمارات.', 'ar'), ['country:الإمارات=AE', 'country:وبالإمارات=AE']);
});

test('names the news still uses that CLDR lists under another are countries (Macedonia, Burma, Bosnia, South Africa)', () => {
  assert.deepEqual(read('In Macedonië, Birma en Bosnië.', 'nl'), ['country:Macedonië=MK', 'country:Birma=MM', 'country:Bosnië=BA']);
  assert.deepEqual(read('I Makedonien, Burma och Vitryssland.', 'sv'), ['country:Makedonien=MK', 'country:Burma=MM', 'country:Vitryssland=BY']);
  assert.deepEqual(read('Уряд Македонії та ПАР.', 'uk'), ['country:Македонії=MK', 'country:ПАР=ZA']);
  assert.deepEqual(read('Правительство Южной Африки и Белоруссии.', 'ru'), ['country:Южной Африки=ZA', 'country:Белоруссии=BY']);
  assert.deepEqual(read('في مقدونيا وبورما.', 'ar'), ['country:مقدونيا=MK', 'country:وبورما=MM']);
  assert.deepEqual(read('Di Makedonia dan Burma.', 'id'), ['country:Makedonia=MK', 'country:Burma=MM']);
  // Lowercase French `macédoine` is a dish.
  assert.deepEqual(read('Une macédoine de légumes en Macédoine.', 'fr'), ['country:Macédoine=MK']);
});

test('a country in the genitive before a person is not glued to the name', () => {
  assert.deepEqual(read("Прем'єр-міністр Великобританії Тереза Мей прибула.", 'uk'), ['country:Великобританії=GB', 'entity:Тереза Мей']);
});

test('a name of several words whose only capital is an article the sentence opens with is no country', () => {
  // `La réunion` is "the meeting"; the island is `La Réunion`.
  assert.deepEqual(read('La réunion commence à midi.', 'fr'), []);
  assert.deepEqual(read('La Réunion a voté.', 'fr'), ['country:La Réunion=RE']);
  assert.deepEqual(read('Il est né à La Réunion.', 'fr'), ['country:La Réunion=RE']);
});
