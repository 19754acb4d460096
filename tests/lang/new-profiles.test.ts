// The four languages added as one folder plus one registry line each (en, ru, de, fr): their own
// segmentation rules (abbreviations, German ordinal dots, French guillemets) and anchor forms (inflected
// number words, scale words and their abbreviations, months).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors, getProfile, isSupportedLanguage, segment, supportedLanguages } from '../../src/index.js';

const sentences = (text: string, lang: string) => segment(text, { lang }).map((span) => text.slice(span.start, span.end));
const values = (text: string, lang: string, type: string) =>
  extractAnchors(text, { lang })
    .filter((anchor) => anchor.type === type)
    .map((anchor) => [text.slice(anchor.start, anchor.end), anchor.value]);

describe('en, ru, de, fr are full profiles', () => {
  it('registers each with segmentation rules of its own', () => {
    for (const code of ['en', 'ru', 'de', 'fr']) {
      assert.equal(isSupportedLanguage(code), true, code);
      assert.ok(supportedLanguages.includes(code), code);
      assert.ok(getProfile(code).segmentation.abbreviations.length > 10, code);
    }
    assert.equal(getProfile('de-AT').code, 'de');
  });
});

describe('segmentation', () => {
  it('en: titles never end a sentence, abbreviations that may end one do so before a capital', () => {
    assert.deepEqual(sentences('Mr. Adams said the Rev. John Howard Johnson led St. Martin\'s. It burned in 1939.', 'en'), [
      "Mr. Adams said the Rev. John Howard Johnson led St. Martin's.",
      'It burned in 1939.',
    ]);
    assert.deepEqual(sentences('Liverpool drew vs. Chelsea on Oct. 2, 1968. Sen. Flake agreed.', 'en'), ['Liverpool drew vs. Chelsea on Oct. 2, 1968.', 'Sen. Flake agreed.']);
    assert.deepEqual(sentences('They sell brands of Johnson & Johnson Inc. The shares rose.', 'en'), ['They sell brands of Johnson & Johnson Inc.', 'The shares rose.']);
  });

  it('de: digits and a stop after an article or before a month are an ordinal, elsewhere an end', () => {
    assert.deepEqual(sentences('Chelsea führte nach einem Treffer in der 25. Minute. Am 30. September 1882 starb er.', 'de'), [
      'Chelsea führte nach einem Treffer in der 25. Minute.',
      'Am 30. September 1882 starb er.',
    ]);
    assert.deepEqual(sentences('Er starb wenige Tage vor seinem 63. Geburtstag. Soldaten schossen 2. Oktober 1968 auf die Menge.', 'de'), [
      'Er starb wenige Tage vor seinem 63. Geburtstag.',
      'Soldaten schossen 2. Oktober 1968 auf die Menge.',
    ]);
    assert.deepEqual(sentences('Das geschah im Jahr 2018. Die Polizei ermittelt.', 'de'), ['Das geschah im Jahr 2018.', 'Die Polizei ermittelt.']);
    assert.deepEqual(sentences('Er stand in ca. 27 Meter Entfernung, z. B. vor Dr. Müller. Es kostet 3 Mio. Euro.', 'de'), [
      'Er stand in ca. 27 Meter Entfernung, z. B. vor Dr. Müller.',
      'Es kostet 3 Mio. Euro.',
    ]);
  });

  it('de: without a German profile the same ordinal is cut (the rule is the profile’s)', () => {
    assert.equal(sentences('Am 30. September 1882 starb er.', 'und').length, 2);
  });

  it('fr: a comma after a closing guillemet carries the sentence on', () => {
    assert.deepEqual(sentences('« Pourquoi a-t-il autant cédé ? », railla-t-il. Il est parti.', 'fr'), ['« Pourquoi a-t-il autant cédé ? », railla-t-il.', 'Il est parti.']);
    assert.deepEqual(sentences('Il vivait en 44 av. J.-C. Mme Dupont est partie.', 'fr'), ['Il vivait en 44 av. J.-C.', 'Mme Dupont est partie.']);
  });

  it('ru: `г.` ends a sentence before a capital, `Св.` and `англ.` never do', () => {
    assert.deepEqual(sentences('Церковь построили в 1870 г. Колокола церкви Св. Мартина (от англ. Saint Martin) молчат.', 'ru'), [
      'Церковь построили в 1870 г.',
      'Колокола церкви Св. Мартина (от англ. Saint Martin) молчат.',
    ]);
    assert.deepEqual(sentences('Он говорит по-английски, по-немецки и т. д. Она нет.', 'ru'), ['Он говорит по-английски, по-немецки и т. д.', 'Она нет.']);
  });
});

describe('number words', () => {
  it('ru: inflected cardinals, collectives and ё spellings; `семью` is "family"', () => {
    assert.deepEqual(values('Трое сотрудников и двадцати пяти гостей, у трёх из них семью забрали.', 'ru', 'number'), [
      ['Трое', '3'],
      ['двадцати пяти', '25'],
      ['трёх', '3'],
    ]);
  });

  it('fr: Belgian and Swiss tens', () => {
    assert.deepEqual(values('Il a nonante ans et septante amis.', 'fr', 'number'), [
      ['nonante', '90'],
      ['septante', '70'],
    ]);
  });
});

describe('scale words', () => {
  it('reads abbreviated scales with and without their dot', () => {
    assert.deepEqual(values('Бюджет составил 3,5 млрд. долларов, 40 тыс. человек и 5 млн рублей.', 'ru', 'number'), [
      ['3,5 млрд.', '3500000000'],
      ['40 тыс.', '40000'],
      ['5 млн', '5000000'],
    ]);
    assert.deepEqual(values('Es kostet 2,5 Mio. Euro und 3 Mrd. Dollar.', 'de', 'number'), [
      ['2,5 Mio.', '2500000'],
      ['3 Mrd.', '3000000000'],
    ]);
    assert.deepEqual(values('La dette atteint 3 Mds d’euros.', 'fr', 'number'), [['3 Mds', '3000000000']]);
    assert.deepEqual(values('The deal is worth 2bn pounds and 7 mln dollars.', 'en', 'number'), [
      ['2bn', '2000000000'],
      ['7 mln', '7000000'],
    ]);
  });

  it('de: `Billion` is a million millions', () => {
    assert.deepEqual(values('Die Schulden betragen zwei Billionen Euro.', 'de', 'number'), [['zwei Billionen', '2000000000000']]);
  });
});

describe('months', () => {
  it('ru: the prepositional case of months (`в феврале`)', () => {
    assert.deepEqual(values('Это случилось в феврале 2025 г. и 12 марта.', 'ru', 'date'), [
      ['феврале 2025 г.', '2025-02'],
      ['12 марта', '--03-12'],
    ]);
  });

  it('de: a day written as an ordinal before its month', () => {
    assert.deepEqual(values('Am 3. Oktober 2018 kamen sie.', 'de', 'date'), [['3. Oktober 2018', '2018-10-03']]);
  });
});

describe('money scale letters (currencyScaleLetters)', () => {
  it('en: a letter glued to an amount after a currency sign scales it; alone it is a unit', () => {
    const text = 'The deal cost £125m and $5bn, the track is 100m long and 5k runners came.';
    assert.deepEqual(values(text, 'en', 'number'), [
      ['125m', '125000000'],
      ['5bn', '5000000000'],
      ['100', '100'],
      ['5', '5'],
    ]);
  });

  it('fr: a scale letter right before the euro sign scales the amount', () => {
    assert.deepEqual(values('Le budget est de 3 M€.', 'fr', 'number'), [['3 M', '3000000']]);
  });

  it('a language without money letters reads the digits alone', () => {
    assert.deepEqual(values('Het kost £125m.', 'nl', 'number'), [['125', '125']]);
  });
});

