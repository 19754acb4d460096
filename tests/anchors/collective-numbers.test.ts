// Collective numerals are counts (`двоє`, `пятеро`, `сотня`, `een dozijn`); collective plurals give an
// amount by its order of magnitude alone (`десятки`, `сотні`, `tientallen`, `puluhan`, `hundratals`,
// `عشرات`) and are no figure, so no other version's figure is held against them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';
import { framedVersions as versions } from '../check/framed.js';

const numbersOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'number')
    .map((a) => a.value);

const countAlarms = (middle: Parameters<typeof versions>[0]) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch').map((f) => f.message);

describe('collective numbers', () => {
  it('reads exact collectives as counts, and a collective after a number as its scale', () => {
    assert.deepEqual(numbersOf('Троє рибалок і п’ятеро туристів чекали на березі.', 'uk'), ['3', '5']);
    assert.deepEqual(numbersOf('Четверо спасателей вынесли шестерых детей.', 'ru'), ['4', '6']);
    assert.deepEqual(numbersOf('Сотня волонтерів прибрала парк.', 'uk'), ['100']);
    assert.deepEqual(numbersOf('На площадь пришли три сотни человек и две дюжины полицейских.', 'ru'), ['300', '24']);
    assert.deepEqual(numbersOf('Він продав п’ять сотень яблук.', 'uk'), ['500']);
    assert.deepEqual(numbersOf('Hij kocht een dozijn eieren.', 'nl'), ['12']);
    assert.deepEqual(numbersOf('Hon köpte ett dussin ägg.', 'sv'), ['12']);
    assert.deepEqual(numbersOf('Dia membeli selusin telur.', 'id'), ['12']);
    assert.deepEqual(numbersOf('Il a acheté une douzaine d’œufs.', 'fr'), ['12']);
  });

  it('reads collective plurals as no figure', () => {
    const vague: Array<[string, string]> = [
      ['uk', 'Сотні людей і десятки машин застрягли на трасі.'],
      ['ru', 'Десятки домов и сотни машин остались без света.'],
      ['nl', 'Tientallen huizen en honderden auto’s bleven zonder stroom.'],
      ['id', 'Puluhan rumah dan ratusan mobil tanpa listrik.'],
      ['sv', 'Tiotals hus och hundratals bilar blev utan ström.'],
      ['ar', 'بقيت عشرات المنازل ومئات السيارات بلا كهرباء.'],
      ['en', 'Dozens of homes and hundreds of cars lost power.'],
      ['de', 'Dutzende Häuser und Hunderte Autos waren ohne Strom.'],
      ['fr', 'Des dizaines de maisons et des centaines de voitures sont restées sans courant.'],
    ];
    for (const [lang, text] of vague) assert.deepEqual(numbersOf(text, lang), [], `${lang}: ${text}`);
  });

  it('reads the G20 as a group, not a count', () => {
    assert.deepEqual(numbersOf('Лідери «двадцятки» зустрілися в Осаці.', 'uk'), []);
    assert.deepEqual(numbersOf('Саммит «Большой двадцатки» прошёл в Осаке.', 'ru'), []);
  });

  it('holds no figure against a vague amount, and still compares exact collectives', () => {
    assert.deepEqual(countAlarms({ uk: 'Сотні людей загинули 30 травня.', nl: '150 mensen kwamen om op 30 mei.', sv: '150 personer dog den 30 maj.' }), []);
    assert.deepEqual(countAlarms({ nl: 'Tientallen mensen kwamen om op 30 mei.', uk: '30 людей загинули 30 травня.', id: '30 orang tewas pada 30 Mei.' }), []);
    assert.deepEqual(countAlarms({ ar: 'قتل مئات الأشخاص في 30 مايو.', sv: '200 personer dog den 30 maj.', id: '200 orang tewas pada 30 Mei.' }), []);
    assert.equal(countAlarms({ uk: 'Двоє людей загинули 30 травня.', nl: 'Drie mensen kwamen om op 30 mei.', sv: 'Tre personer dog den 30 maj.' }).length, 1);
    assert.equal(countAlarms({ uk: 'Сотня людей загинула 30 травня.', nl: 'Driehonderd mensen kwamen om op 30 mei.', sv: '300 personer dog den 30 maj.' }).length, 1);
  });
});
