// A part of a scale is the amount itself: `half a million`, `een kwart miljoen`, `пів мільйона`,
// `півмільйона`, `نصف مليون`, `setengah juta` are read as the digits `500.000` or `250 000` are, not as the
// fraction alone (0.25 against 250,000 was a disagreement). With them: numbers written as one word
// (`vijftienhonderd`, `tweehonderdvijftig`, `tvåtusenfemhundra`, Indonesian `duabelas`), Ukrainian hundreds
// in every case (`двохсот`), soft hyphens inside words, thin spaces between digit groups, and percent
// abbreviations (`pct.`, `proc.`, `відс.`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbersOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'number')
    .map((a) => (a.type === 'number' && a.percent ? `${a.numeric}%` : a.numeric));

describe('parts of a scale', () => {
  const cases: Array<[string, string, Array<number | string>]> = [
    ['uk', 'Загинули чверть мільйона осіб.', [250000]],
    ['uk', 'Прийшли пів мільйона людей.', [500000]],
    ['uk', 'Прийшли півмільйона людей.', [500000]],
    ['uk', 'Уряд виділив половину мільярда гривень.', [5e8]],
    ['nl', 'Er stierven een kwart miljoen mensen.', [250000]],
    ['nl', 'Er kwamen een half miljoen mensen.', [500000]],
    ['id', 'Seperempat juta orang tewas.', [250000]],
    ['id', 'Setengah juta orang datang.', [500000]],
    ['sv', 'Det kom en halv miljon människor.', [500000]],
    ['sv', 'Det dog en kvarts miljon människor.', [250000]],
    ['ar', 'لقي ربع مليون شخص حتفهم.', [250000]],
    ['ar', 'حضر نصف مليون شخص.', [500000]],
    ['ar', 'تبرع بنصف مليون دولار.', [500000]],
    ['en', 'Half a million people came and a quarter of a million left.', [500000, 250000]],
    ['ru', 'Пришли полмиллиона человек.', [500000]],
    ['de', 'Eine halbe Million Menschen und eine Viertelmillion Euro.', [500000, 250000]],
    ['fr', 'Un demi-million de personnes et un quart de million d’euros.', [500000, 250000]],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(numbersOf(text, lang), expected));
  }

  it('reads a half or a quarter before anything but a large scale as before', () => {
    assert.deepEqual(numbersOf('Een kwart van de mensen kwam.', 'nl'), [0.25]);
    assert.deepEqual(numbersOf('Om half tien kwam hij.', 'nl'), numbersOf('Om 9.30 uur kwam hij.', 'nl'));
    assert.deepEqual(numbersOf('He spent half the day and half an hour there.', 'en'), []);
    assert.deepEqual(numbersOf('Пів години тому пів міста спало.', 'uk'), []);
    assert.deepEqual(numbersOf('Setengah jam kemudian separuh warga pergi.', 'id'), []);
    assert.deepEqual(numbersOf('بعد نصف ساعة جاء نصف السكان.', 'ar'), []);
    assert.deepEqual(numbersOf('A half dozen came.', 'en'), []);
    assert.deepEqual(numbersOf('Han kom en kvarts timme senare.', 'sv'), []);
  });
});

describe('numbers written in one word or with a soft hyphen', () => {
  const cases: Array<[string, string, Array<number | string>]> = [
    ['nl', 'Er kwamen vijftienhonderd mensen.', [1500]],
    ['sv', 'Det kom femtonhundra personer.', [1500]],
    ['de', 'Es kamen fünfzehnhundert Gäste.', [1500]],
    ['id', 'Ada duabelas sekolah dan tigapuluh guru.', [12, 30]],
    ['nl', 'De kerk kreeg tweehonderdvijftig bezoekers.', [250]],
    ['nl', 'Er kwamen tweeduizendvijfhonderd mensen.', [2500]],
    ['sv', 'Det kom tvåtusenfemhundra personer och hundratusen till.', [2500, 100000]],
    ['de', 'Zweitausenddreihundertvierundfünfzig Menschen kamen.', [2354]],
    ['uk', 'Близько двохсот п\'ятдесяти осіб.', [250]],
    ['uk', 'З п\'ятьмастами учасниками у дев’ятистах містах.', [500, 900]],
    ['sv', 'Tjugo\u00adtre personer dog.', [23]],
    ['nl', 'Er kwamen twee\u00adhonderd mensen.', [200]],
    ['sv', 'Det kom 1\u2009500 personer.', [1500]],
    ['uk', 'Прийшли 12\u2009500 осіб.', [12500]],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(numbersOf(text, lang), expected));
  }

  it('reads no number in a word that only begins or ends with a scale', () => {
    assert.deepEqual(numbersOf('Het honderdjarig bestaan werd gevierd.', 'nl'), []);
    assert.deepEqual(numbersOf('Hundratals personer kom.', 'sv'), []);
    assert.deepEqual(numbersOf('Ein Tausendfüßler kam.', 'de'), []);
  });

  it('reads a name with a soft hyphen inside a word whole, with the key it has without one', () => {
    const name = (text: string) => extractAnchors(text, { lang: 'sv' }).find((a) => a.type === 'entity');
    const hyphenated = name('Enligt Annika Strand\u00adberg blir det bra.');
    assert.equal(hyphenated?.text, 'Annika Strand\u00adberg');
    assert.equal(hyphenated?.value, name('Enligt Annika Strandberg blir det bra.')?.value);
  });

  it('leaves a currency word before an amount out of the name before it', () => {
    const names = (text: string) => extractAnchors(text, { lang: 'id' }).filter((a) => a.type === 'entity').map((a) => a.text);
    assert.deepEqual(names('Anggaran Rp1,2 triliun disetujui.'), []);
    assert.deepEqual(names('Dana Rp 5.000 diberikan kepada Joko Widodo.'), ['Joko Widodo']);
  });
});

describe('percent abbreviations', () => {
  const cases: Array<[string, string, Array<number | string>]> = [
    ['nl', 'De omzet steeg met 40 pct. in een jaar.', ['40%']],
    ['sv', 'Omsättningen ökade med 40 proc. på ett år.', ['40%']],
    ['uk', 'Виручка зросла на 40 відс. за рік.', ['40%']],
    ['en', 'Revenue rose 40 pct in a year.', ['40%']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(numbersOf(text, lang), expected));
  }
});
