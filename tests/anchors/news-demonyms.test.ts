// Country adjectives and inhabitant nouns of the countries in the news beyond the corpora (Turkey, Greece,
// Sweden, Iran, …), in every inflected form the language writes, read as the country its name gives;
// look-alike common words and names stay no country.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countries = (text: string, lang: string) =>
  extractAnchors(text, { lang, demonyms: true }).filter((a) => a.type === 'country').map((a) => [a.text, a.value]);
const codes = (text: string, lang: string) => countries(text, lang).map(([, code]) => code);

describe('adjectives and inhabitants of more countries in the news', () => {
  it('reads Ukrainian adjectives in every case and inhabitant nouns of each declension', () => {
    assert.deepEqual(codes('грецький уряд, турецької армії, шведським дипломатом, іранських ракет', 'uk'), ['GR', 'TR', 'SE', 'IR']);
    assert.deepEqual(codes('нідерландська компанія і голландського футболіста', 'uk'), ['NL', 'NL']);
    assert.deepEqual(codes('для шведа, двоє іспанців, з італійцями, росіяни та єгиптянин', 'uk'), ['SE', 'ES', 'IT', 'RU', 'EG']);
    assert.deepEqual(codes('турки й греки, німці, поляка', 'uk'), ['TR', 'GR', 'DE', 'PL']);
  });

  it('reads Russian adjectives and inhabitant nouns', () => {
    assert.deepEqual(codes('греческое правительство, турецкой стороны, израильским военным, сирийских беженцев', 'ru'), ['GR', 'TR', 'IL', 'SY']);
    assert.deepEqual(codes('шведы, испанца, австрийцев, россиян и англичанин', 'ru'), ['SE', 'ES', 'AT', 'RU', 'GB']);
  });

  it('reads Dutch adjectives and inhabitants, capitalised', () => {
    assert.deepEqual(codes('De Griekse regering, een Zweed, de Macedonische premier en Turkse troepen', 'nl'), ['GR', 'SE', 'MK', 'TR']);
    assert.deepEqual(codes('Iraanse raketten en Braziliaanse boeren, twee Belgen', 'nl'), ['IR', 'BR', 'BE']);
    // `Wit-Russisch` is Belarus, not Russia.
    assert.deepEqual(codes('de Wit-Russische president', 'nl'), ['BY']);
    // Lowercase they are no country (`turks` is no Dutch word, but the rule is the capital).
    assert.deepEqual(codes('de griekse regering', 'nl'), []);
  });

  it('reads Swedish adjectives and inhabitants', () => {
    assert.deepEqual(codes('svenska regeringen, den turkiska armén, ett grekiskt fartyg, två iranier', 'sv'), ['SE', 'TR', 'GR', 'IR']);
    assert.deepEqual(codes('danskarna och en spanjor', 'sv'), ['DK', 'ES']);
    // The weak masculine of a man (`den franske presidenten`) and plurals in -ar.
    assert.deepEqual(codes('den franske presidenten och den ryske ministern', 'sv'), ['FR', 'RU']);
    assert.deepEqual(codes('tyskar och ryssarna', 'sv'), ['DE', 'RU']);
    // The definite singular of the inhabitant nouns, with its genitive; `-man` doubles its `n`.
    assert.deepEqual(codes('sänkte spanjoren och svensken', 'sv'), ['ES', 'SE']);
    assert.deepEqual(codes('amerikanens bud, tysken och fransmannen mot norrmannen', 'sv'), ['US', 'DE', 'FR', 'NO']);
  });

  it('reads Arabic nisbas with article and clitics, and the two Koreas in two words', () => {
    assert.deepEqual(codes('السلطات الإيرانية والحكومة العراقية', 'ar'), ['IR', 'IQ']);
    assert.deepEqual(codes('للسوريين والمصريون', 'ar'), ['SY', 'EG']);
    assert.deepEqual(codes('الحكومة الكورية الشمالية', 'ar'), ['KP']);
    assert.deepEqual(codes('الرئيس الكوري الجنوبي', 'ar'), ['KR']);
    assert.deepEqual(codes('السلطات التركية والقوات اليمنية', 'ar'), ['TR', 'YE']);
  });

  it('reads English, German and French forms, irregular feminines included', () => {
    assert.deepEqual(codes('the Turkish president met Greek and Iranian officials and two Swedes', 'en'), ['TR', 'GR', 'IR', 'SE']);
    assert.deepEqual(codes('South Sudanese refugees and Sudanese troops', 'en'), ['SS', 'SD']);
    assert.deepEqual(codes('die türkische Regierung, griechischen Inseln, zwei Schweden und ein Tscheche', 'de'), ['TR', 'GR', 'SE', 'CZ']);
    assert.deepEqual(codes('la présidence turque, les îles grecques, le gouvernement iranien et la police israélienne', 'fr'), ['TR', 'GR', 'IR', 'IL']);
  });

  it('reads an adjective as the same country as its name', () => {
    for (const [name, adjective, lang] of [
      ['Туреччина', 'турецький', 'uk'],
      ['Griekenland', 'Grieks', 'nl'],
      ['Sverige', 'svenska', 'sv'],
      ['إيران', 'الإيراني', 'ar'],
      ['Бразилия', 'бразильский', 'ru'],
      ['Ungarn', 'ungarischen', 'de'],
      ['Grèce', 'grecque', 'fr'],
      ['Kenya', 'Kenyan', 'en'],
    ] as const) assert.deepEqual(codes(`x ${name} x`, lang), codes(`x ${adjective} x`, lang), `${lang} ${name} / ${adjective}`);
  });

  it('leaves look-alike words and names alone', () => {
    // en `Dane` and `Finn` are first names; sv `finne` is also a pimple; ar `تركي`, `كيني`, `كوبي` are the
    // first names Turki, Kenny, Kobe without the article (read with it),
    // `روماني` also Roman, `مجرى` (a channel) and `يمنى` (right) fold as the Hungarian and Yemeni nisbas.
    assert.deepEqual(codes('Finn and Dane arrived', 'en'), []);
    assert.deepEqual(codes('en finne i ansiktet', 'sv'), []);
    assert.deepEqual(codes('الأمير تركي الفيصل', 'ar'), []);
    assert.deepEqual(codes('بعد إقالة كيني ميلر وقال كوبي براينت', 'ar'), []);
    assert.deepEqual(codes('الرئيس التركي والعدّاء الكيني والحكومة الكوبية وللجورجيين', 'ar'), ['TR', 'KE', 'CU', 'GE']);
    assert.deepEqual(codes('الإمبراطورية الرومانية', 'ar'), []);
    assert.deepEqual(codes('في مجرى النهر بيده اليمنى', 'ar'), []);
  });
});
